/** The officials who sign: name, NIP and jabatan of both parties. `Plt.` counts here: an acting official is a change. */
import type { Pihak, PkSheet } from "../model";
import { squash } from "../parse/text";
import { draft, type Anchor, type Draft } from "./draft";
import { exactly } from "./related";
import type { CompareContext } from "./context";

const FIELDS = [
  { field: "nama", cell: "namaCell", label: "nama" },
  { field: "nip", cell: "nipCell", label: "NIP" },
  { field: "jabatan", cell: "jabatanCell", label: "jabatan" },
] as const;

const PARTIES = [
  { side: "pihakPertama", label: "Pihak Pertama" },
  { side: "pihakKedua", label: "Pihak Kedua" },
] as const;

export function pejabatChanges(ctx: CompareContext, lama: PkSheet, baru: PkSheet, pk: string): Draft[] {
  const out: Draft[] = [];
  for (const { side, label } of PARTIES) {
    const o = lama[side];
    const n = baru[side];
    if (!o && !n) continue;
    for (const f of FIELDS) {
      const a = o?.[f.field] ?? null;
      const b = n?.[f.field] ?? null;
      if (tidy(a) === tidy(b)) continue;
      const cellO = o?.[f.cell] ?? null;
      const cellN = n?.[f.cell] ?? null;
      const anchors = (): Anchor[] => [...exactly(baru.sheet, cellN), ...(side === "pihakPertama" ? ctx.now.pihakKeduaOfSubordinates(baru) : [])];
      out.push(draft("pejabat", pk, `${label} · ${f.label}`, a, b, o ? { sheet: lama.sheet, cell: cellO } : null, n ? { sheet: baru.sheet, cell: cellN } : null, anchors));
    }
  }
  return out;
}

/** Case, spacing and the signature's trailing comma are layout, not a change. */
function tidy(v: Pihak[keyof Pihak]): string {
  return v ? squash(v).replace(/[,\s]+$/, "") : "";
}
