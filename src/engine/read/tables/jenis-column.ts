/**
 * The column that tells a budget object's money row from its physical row (workbook.md §2, §3): headed `Jenis` |
 * `Uraian Rencana`, or, in an app's wording, `Uraian` beside the budget object's own name column, when every filled
 * cell of it names a measure (`Realisasi Keuangan`, `Realisasi Fisik (%)`, `Rencana Fisik`).
 */
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { isBudgetWord } from "../vocab";
import { colOf } from "./columns";

/** `Realisasi Keuangan`, `Fisik (%)`, `Rencana Anggaran (Rp)`: a row label that names what the row measures. */
const MEASURE_LABEL = /^\s*((rencana|realisasi|target|renc|real)\.?\s+)?(keuangan|fisik|anggaran|dana)\b[^\n]{0,20}$/i;

export function jenisColumn(rd: SheetReader, table: TableBlock, columns: Column[]): Column | null {
  const jenis = colOf(columns, "jenis");
  if (jenis) return jenis;
  const uraian = colOf(columns, "uraian");
  if (!uraian || !columns.some((c) => isBudgetWord(c.field) && c.quarter === undefined && c.month === undefined)) return null;
  let labels = 0;
  for (const r of table.rows) {
    const t = rd.text(r, uraian.col);
    if (!t) continue;
    if (!MEASURE_LABEL.test(t)) return null;
    labels++;
  }
  return labels >= 2 ? uraian : null;
}
