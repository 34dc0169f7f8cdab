/** Picking a table's columns by meaning, and the table kinds a header makes. */
import type { Band, Column } from "../layout/header-band";
import type { TableBlock } from "../layout/segment";
import type { Field } from "../words/headers";
import { isBudgetWord } from "../vocab";

export type TableKind = "kinerja" | "kinerja-tw" | "anggaran" | "keuangan";

/** The first column of a field; null when none. */
export function colOf(columns: Column[], ...fields: Field[]): Column | null {
  for (const c of columns) if (fields.includes(c.field) && c.quarter === undefined && c.month === undefined) return c;
  return null;
}

/**
 * The columns of the table's own first group: a header that repeats `Indikator` (a cascading Rencana Aksi:
 * Es. II | Es. III | Es. IV side by side) holds other officials' tables to its right.
 */
export function firstGroup(band: Band): Column[] {
  const ind = band.columns.filter((c) => c.field === "indikator" && c.quarter === undefined);
  if (ind.length < 2) return band.columns;
  const second = ind[1].col;
  const sasaran = band.columns.filter((c) => c.field === "sasaran" && c.col > ind[0].col && c.col < second);
  const cut = sasaran.length ? sasaran[sasaran.length - 1].col : second;
  return band.columns.filter((c) => c.col < cut);
}

export function tableKind(columns: Column[]): TableKind | null {
  const has = (f: (c: Column) => boolean) => columns.some(f);
  // A name column is one the readers pick: a field under a quarter or month header is a figure of that period.
  const plain = (c: Column) => c.quarter === undefined && c.month === undefined;
  if (has((c) => c.field === "indikator" && plain(c))) {
    if (has((c) => c.quarter !== undefined && (c.field === "target-tw" || c.field === "realisasi"))) return "kinerja-tw";
    // `Jan .. Des` each over `T | R` beside the indikator: the kinerja month by month (no money words).
    if (has(isMonthlyKinerja)) return "kinerja-tw";
    if (has((c) => c.field === "target" && c.quarter === undefined)) return "kinerja";
    // `No | Program | Indikator Program | Anggaran`: no target, so a budget table; its indikator column, holding
    // nothing the model keeps, is reported unread (a planner may mark it `abaikan`).
  }
  const named = has((c) => plain(c) && (isBudgetWord(c.field) || c.field === "uraian" || c.field === "kode"));
  if (!named) return null;
  // Without indikator, quarter columns of a named table hold money, whatever their words (`Triwulan 1 / Realisasi`).
  const money = has((c) => c.month !== undefined || (c.quarter !== undefined && ["rencana-keuangan", "realisasi-keuangan", "realisasi", "target-tw"].includes(c.field)));
  if (money) return "keuangan";
  return has((c) => c.field === "pagu" || c.field === "pagu-sumber") ? "anggaran" : null;
}

/** A month's realisasi column of a kinerja table: a month with the realisasi series, no money measure. */
export function isMonthlyKinerja(c: Column): boolean {
  return c.month !== undefined && c.series === "realisasi" && c.field === "bulan" && c.measure === undefined;
}

/**
 * The pagu among several money columns (before and after a revision side by side): the latest revision, never
 * an SPD; the rightmost among equals. The others are named, so the choice is said.
 */
export function paguColumns(columns: Column[]): { pagu: Column | null; others: Column[] } {
  const { latest, others } = latestColumn(columns, "pagu");
  return { pagu: latest, others };
}

/**
 * Among several columns of one field (`Target | Target Perubahan`, `Pagu Awal | Pagu Perubahan`), the latest
 * revision; the rightmost among equals.
 */
export function latestColumn(columns: Column[], field: Field): { latest: Column | null; others: Column[] } {
  const all = columns.filter((c) => c.field === field && c.quarter === undefined && c.month === undefined);
  if (all.length <= 1) return { latest: all[0] ?? null, others: [] };
  const rank = (c: Column) => (/\b(sebelum|murni|awal|induk|semula)\b/.test(c.words) ? 0 : /\b(setelah|perubahan|papbd|p apbd|pergeseran|revisi|menjadi|efisiensi)\b/.test(c.words) ? 2 : 1);
  let best = all[0];
  for (const c of all) if (rank(c) >= rank(best)) best = c;
  return { latest: best, others: all.filter((c) => c !== best) };
}

/** The columns a reader reads: claiming a column means reading it, so each reader names the fields it uses. */
export function pick(columns: Column[], fields: Field[], quarters: "with" | "without" = "without"): Column[] {
  return columns.filter((c) => fields.includes(c.field) && (quarters === "with" || (c.quarter === undefined && c.month === undefined)));
}

const LAYOUT_FIELDS: Field[] = ["no", "keterangan", "abaikan"];
export const KINERJA_FIELDS: Field[] = [...LAYOUT_FIELDS, "sasaran", "indikator", "satuan", "target"];
export const ANGGARAN_FIELDS: Field[] = [...LAYOUT_FIELDS, "kode", "program", "kegiatan", "sub kegiatan", "uraian", "pagu", "pagu-sumber"];

/** The table with some columns' headers left unread, as the vocabulary leaves an unknown header: the account reports them. */
export function withUnknown(table: TableBlock, columns: Column[]): TableBlock {
  return { ...table, band: { ...table.band, unknown: [...table.band.unknown, ...columns.map((c) => c.col)] } };
}
