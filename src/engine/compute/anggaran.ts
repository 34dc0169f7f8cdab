/** Capaian anggaran: realisasi keuangan Jan..month m against the PK's pagu. */
import type { BudgetItem, BudgetPlanRow, PkSheet } from "../model";
import type { AnggaranResult } from "./results";
import type { PkLinks } from "../domain/sheets-of-pk";
import { squash } from "../parse/text";

/** The Rencana Aksi / Realisasi row of a PK budget object: by kode, else by name. */
export function rowOf(item: BudgetItem, rows: BudgetPlanRow[]): BudgetPlanRow | undefined {
  if (item.kode) {
    const byKode = rows.find((r) => r.kode === item.kode);
    if (byKode) return byKode;
  }
  const name = squash(item.nama);
  return rows.find((r) => squash(r.nama) === name);
}

export function sumMonths(values: (number | null)[] | undefined, months: number): number {
  let s = 0;
  if (values) for (let m = 0; m < months && m < values.length; m++) s += values[m] ?? 0;
  return s;
}

export function anggaranOfPk(pk: PkSheet, links: PkLinks | undefined, months: number): AnggaranResult[] {
  if (!links) return [];
  const out: AnggaranResult[] = [];
  for (const item of pk.anggaran) {
    const row = rowOf(item, links.budget);
    if (!row?.keuangan || item.pagu === null) continue;
    const realisasi = sumMonths(row.keuangan.values, months);
    out.push({ sheet: pk.sheet, kode: item.kode, nama: item.nama, pagu: item.pagu, realisasi, capaian: item.pagu > 0 ? (realisasi / item.pagu) * 100 : null });
  }
  return out;
}
