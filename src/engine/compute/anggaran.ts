/** Capaian anggaran: realisasi keuangan Jan..month m against the PK's pagu. */
import type { PkSheet } from "../model";
import type { AnggaranResult } from "./results";
import type { PkLinks } from "../domain/sheets-of-pk";
import type { RunContext } from "./indikator";
import { budgetRows } from "./basis";

export function sumMonths(values: (number | null)[] | undefined, months: number): number {
  let s = 0;
  if (values) for (let m = 0; m < months && m < values.length; m++) s += values[m] ?? 0;
  return s;
}

export function anggaranOfPk(pk: PkSheet, links: PkLinks | undefined, months: number, run: RunContext): AnggaranResult[] {
  if (!links) return [];
  const out: AnggaranResult[] = [];
  for (const item of pk.anggaran) {
    const rows = budgetRows(item, links);
    const row = rows.real;
    if (!row?.keuangan || item.pagu === null) continue;
    const realisasi = sumMonths(row.keuangan.values, months);
    out.push({
      sheet: pk.sheet, pk: pk.id, kode: item.kode, nama: item.nama, pagu: item.pagu, realisasi, capaian: item.pagu > 0 ? (realisasi / item.pagu) * 100 : null,
      temuan: run.temuan.on((add) => run.basis.anggaran(add, pk, item, rows)),
    });
  }
  return out;
}
