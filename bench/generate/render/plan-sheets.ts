/** The Rencana Aksi and Realisasi sheets of a PK, laid out like the Dinkes sample. */
import type { GenBudget, GenIndikator, GenPk } from "../types";
import { BUDGET_WORD } from "./pk-sheet";
import { RUPIAH, SheetBuilder, type BuiltSheet } from "./sheet-builder";

const WIDTH = 16;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const TW = ["TW I", "TW II", "TW III", "TW IV"];
const SIFAT = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" };
const POLARITAS = { positif: "Positif", negatif: "Negatif" };

export const raSheetName = (pk: GenPk) => `RA ${pk.label}`;
export const realisasiSheetName = (pk: GenPk) => `Realisasi ${pk.label}`;

export function renderRencanaAksi(pk: GenPk, tahun: number, pemda: string): BuiltSheet {
  const s = new SheetBuilder(raSheetName(pk), WIDTH);
  titleRows(s, `RENCANA AKSI TAHUN ${tahun}`, pk, pemda);
  kinerjaHeader(s, ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", null, null, null, "Sifat", "Polaritas"]);
  pk.indikator.forEach((ind, i) => s.line([i + 1, ind.nama, ind.satuan, ind.target, ...ind.tw, SIFAT[ind.sifat], POLARITAS[ind.polaritas]]));
  s.skip();
  budgetTable(s, pk, (b) => [
    ["Rencana Keuangan", b.rak],
    ["Rencana Fisik", b.fisik],
  ]);
  return s.build();
}

export function renderRealisasi(pk: GenPk, tahun: number, pemda: string): BuiltSheet {
  const s = new SheetBuilder(realisasiSheetName(pk), WIDTH);
  titleRows(s, `REALISASI KINERJA TAHUN ${tahun}`, pk, pemda);
  kinerjaHeader(s, ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", null, null, null]);
  pk.indikator.forEach((ind: GenIndikator, i) => s.line([i + 1, ind.nama, ind.satuan, ind.target, ...ind.realisasi]));
  s.skip();
  budgetTable(s, pk, (b) => [
    ["Realisasi Keuangan", b.realisasiKeuangan],
    ["Realisasi Fisik", b.realisasiFisik],
  ]);
  return s.build();
}

function titleRows(s: SheetBuilder, title: string, pk: GenPk, pemda: string): void {
  const lines = pk.level === "kepala-daerah" ? [title, pk.jabatan, `PEMERINTAH ${pemda}`] : [title, pk.jabatan, `${pk.unit} ${pemda}`];
  for (const line of lines) {
    const row = s.line([line]);
    s.merge(row, 0, row, 11);
  }
  s.skip();
}

/** Two header rows: the quarter group merged over E:H, then TW I .. TW IV under it. */
function kinerjaHeader(s: SheetBuilder, first: (string | null)[]): void {
  const row = s.line(first);
  s.merge(row, 4, row, 7);
  s.line(TW, 4);
}

/** Per budget object a money row (kode, name, pagu, months) and a fisik row under it, told apart by Jenis. */
function budgetTable(s: SheetBuilder, pk: GenPk, rows: (b: GenBudget) => [string, (number | null)[]][]): void {
  s.line(["Kode", BUDGET_WORD[pk.level], "Pagu", "Jenis", ...MONTHS]);
  for (const b of pk.budget) {
    const [[moneyLabel, money], [fisikLabel, fisik]] = rows(b);
    s.line([b.kode, b.nama, b.pagu, moneyLabel, ...money], 0, (c) => (c === 2 || c >= 4 ? RUPIAH : undefined));
    s.line([fisikLabel, ...fisik], 3);
  }
}
