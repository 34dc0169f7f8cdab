/** Indikator of one PK in two versions: added, removed, renamed, and their sasaran, target, satuan and quarters. */
import type { Indikator, PkSheet, Target } from "../model";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { sameTarget } from "../domain/target-compare";
import { ROMAN } from "../domain/calendar";
import { satuanKey, squash } from "../parse/text";
import { draft, type Draft } from "./draft";
import { at } from "./related";
import { pairByKey } from "./pair";
import type { CompareContext } from "./context";

const key = (i: Indikator) => indikatorKey(i.nama);

export function indikatorChanges(ctx: CompareContext, lama: PkSheet, baru: PkSheet, pk: string): Draft[] {
  const { pairs, added, removed } = pairByKey(lama.indikator, baru.indikator, key, { near: true });
  const before = (cell: string | null) => ({ sheet: lama.sheet, cell });
  const after = (cell: string | null) => ({ sheet: baru.sheet, cell });
  const out: Draft[] = [];
  const sasaranSeen = new Set<string>();
  for (const [o, n] of pairs) {
    const [ko, kn] = [key(o), key(n)];
    // Renamed: the Rencana Aksi and Realisasi rows that still carry the old name are touched too.
    const anchors = () => [...ctx.now.indikator(baru, kn, n), ...(ko !== kn ? ctx.now.companions(baru, ko) : [])];
    if (ko !== kn) out.push(draft("nama", pk, "Nama indikator", o.nama, n.nama, before(o.cell), after(n.cell), anchors));
    if (squash(o.sasaran ?? "") !== squash(n.sasaran ?? "")) {
      // One sasaran over several indikator is one change.
      const seen = `${o.sasaranCell}|${n.sasaranCell}`;
      if (!sasaranSeen.has(seen)) {
        sasaranSeen.add(seen);
        const cells = () => [...at(baru.sheet, n.sasaranCell), ...at(baru.sheet, n.cell)];
        out.push(draft("sasaran", pk, n.nama, o.sasaran, n.sasaran, before(o.sasaranCell ?? o.cell), after(n.sasaranCell ?? n.cell), cells));
      }
    }
    if (!sameOrBothNull(o.target, n.target)) out.push(draft("target", pk, n.nama, o.target, n.target, before(o.targetCell), after(n.targetCell), anchors));
    if ((o.satuan ? satuanKey(o.satuan) : null) !== (n.satuan ? satuanKey(n.satuan) : null)) {
      out.push(draft("satuan", pk, n.nama, o.satuan, n.satuan, before(o.satuanCell ?? o.cell), after(n.satuanCell ?? n.cell), anchors));
    }
    quarterChanges(ctx, lama.sheet, baru.sheet, ko, kn, n.nama, pk, out);
  }
  for (const n of added) out.push(draft("indikator-baru", pk, n.nama, null, n.target, null, after(n.cell), () => ctx.now.indikator(baru, key(n), n)));
  for (const o of removed) out.push(draft("indikator-hilang", pk, o.nama, o.target, null, before(o.cell), null, () => ctx.now.companions(baru, key(o))));
  return out;
}

/** The quarterly targets in each version's Rencana Aksi, when both have the indikator. */
function quarterChanges(ctx: CompareContext, lamaSheet: string, baruSheet: string, ko: string, kn: string, nama: string, pk: string, out: Draft[]): void {
  const ro = ctx.renaksiLama.get(lamaSheet)?.get(ko);
  const rn = ctx.renaksiBaru.get(baruSheet)?.get(kn);
  if (!ro || !rn) return;
  for (let q = 0; q < 4; q++) {
    const a = ro.row.tw[q] ?? null;
    const b = rn.row.tw[q] ?? null;
    if (sameOrBothNull(a, b)) continue;
    // A quarter without its own column (a header the reader could not place) points at the row.
    const cellO = ro.row.twCells[q] || ro.row.cell;
    const cellN = rn.row.twCells[q] || rn.row.cell;
    out.push(draft("tw-target", pk, `${nama} · TW ${ROMAN[q]}`, a, b, { sheet: ro.sheet, cell: cellO }, { sheet: rn.sheet, cell: cellN }, () => at(rn.sheet, cellN)));
  }
}

function sameOrBothNull(a: Target | null, b: Target | null): boolean {
  return a === null || b === null ? a === b : sameTarget(a, b);
}
