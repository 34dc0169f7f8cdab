/** Budget objects of one PK in two versions: by kode, by name when a side has no kode; pagu and names compared. */
import type { BudgetItem, PkSheet } from "../model";
import { cachedIndikatorKey as nameKey } from "../domain/indikator-key";
import { amountsDiffer } from "../validate/money";
import { draft, type Draft } from "./draft";
import { pairByKey, pairingOf } from "./pair";
import type { CompareContext } from "./context";

export function budgetLabel(item: BudgetItem): string {
  return [item.kode, item.nama].filter(Boolean).join(" ");
}

export function anggaranChanges(ctx: CompareContext, lama: PkSheet, baru: PkSheet, pk: string): Draft[] {
  const { pairs, added, removed } = pairBudget(lama.anggaran, baru.anggaran);
  const before = (cell: string | null) => ({ sheet: lama.sheet, cell });
  const after = (cell: string | null) => ({ sheet: baru.sheet, cell });
  const out: Draft[] = [];
  for (const [o, n] of pairs) {
    const anchors = () => ctx.now.anggaran(baru, n.kode, n.paguCell);
    if (nameKey(o.nama) !== nameKey(n.nama)) out.push(draft("nama", pk, n.kode ? `Nama ${n.kode}` : "Nama objek anggaran", o.nama, n.nama, before(o.namaCell), after(n.namaCell), anchors));
    if (o.pagu === null || n.pagu === null ? o.pagu !== n.pagu : amountsDiffer(o.pagu, n.pagu)) {
      out.push(draft("pagu", pk, budgetLabel(n), o.pagu, n.pagu, before(o.paguCell), after(n.paguCell), anchors));
    }
  }
  for (const n of added) out.push(draft("anggaran-baru", pk, budgetLabel(n), null, n.pagu, null, after(n.kodeCell ?? n.namaCell), () => ctx.now.anggaran(baru, n.kode, n.paguCell)));
  for (const o of removed) out.push(draft("anggaran-hilang", pk, budgetLabel(o), o.pagu, null, before(o.kodeCell ?? o.namaCell), null, () => ctx.now.anggaran(baru, o.kode, null)));
  return out;
}

/** By kode; then, where one side has no kode, by name (typos within the engine's distance included). */
function pairBudget(lama: BudgetItem[], baru: BudgetItem[]) {
  const byKode = pairByKey(lama, baru, (b) => (b.kode ? "k:" + b.kode : "n:" + nameKey(b.nama)), { near: false });
  if (!byKode.added.length || !byKode.removed.length) return byKode;
  const byName = pairByKey(byKode.removed, byKode.added, (b) => nameKey(b.nama), { near: true });
  // Two different kodes are two budget objects, whatever their names.
  const kept = byName.pairs.filter(([o, n]) => !(o.kode && n.kode));
  const keptOld = new Set(kept.map(([o]) => o));
  const partner = new Map<BudgetItem, BudgetItem>([...byKode.pairs, ...kept].map(([o, n]) => [n, o]));
  return pairingOf(baru, partner, byKode.removed.filter((o) => !keptOld.has(o)));
}
