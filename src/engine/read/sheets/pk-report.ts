/**
 * An app's download titled after the PK by its short name (`LAPORAN DETAIL PK BUPATI 2025`): the caption names
 * neither REALISASI nor PENGUKURAN KINERJA, but under it the PK's indikator stand beside `Realisasi TW1 .. TW4`: the
 * PK measured, its Realisasi. Only with such a table: a caption naming the PK over anything else stays a sheet not read.
 */
import type { Sheet } from "../../grid";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";

/** `PK` as a word (the short name is written in capitals), with the year, in a cell standing alone in its row. */
const PK_CAPTION = /(^|[^\p{L}])PK([^\p{L}]|$)/u;
const YEAR = /\b(19|20)(\d{2})\b/;
const TOP_ROWS = 6;

/** The caption as the sheet's title (a Realisasi), when a table under it measures the PK by quarter; null otherwise. */
export function pkReportTitle(caption: TitleInfo, blocks: Block[]): TitleInfo | null {
  return blocks.some((b) => b.kind === "table" && measuresByQuarter(b.band.columns)) ? caption : null;
}

/** The caption naming the PK among the sheet's first rows; null when none (checked before the sheet is segmented). */
export function pkCaption(sheet: Sheet): TitleInfo | null {
  for (const r of sheet.rows.slice(0, TOP_ROWS)) {
    const cols = sheet.cols(r);
    if (cols.length !== 1) continue;
    const text = sheet.str(r, cols[0]);
    const year = text && text.length <= 160 ? YEAR.exec(text) : null;
    if (year && PK_CAPTION.test(text)) return { kind: "realisasi", row: r, col: cols[0], text, tahun: Number(year[0]) };
  }
  return null;
}

/** An indikator column and a realisasi column of a stated quarter. */
function measuresByQuarter(columns: { field: string; quarter?: number }[]): boolean {
  return columns.some((c) => c.field === "indikator") && columns.some((c) => c.field === "realisasi" && c.quarter !== undefined);
}
