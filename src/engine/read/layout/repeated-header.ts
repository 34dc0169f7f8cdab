/**
 * A printed table that runs over two pages repeats its header at the top of the next page (a PDF engine prints a
 * `<thead>` on every page; a converter puts both pages on one sheet). That header, word for word the table's own, with
 * the table's No going on under it and no total before it, is the page's header: the table goes on.
 */
import type { SheetReader } from "../sheet-reader";
import { squash } from "../../parse/text";
import { readBand, type Band } from "./header-band";

/** Blank rows a page break may leave between the last row of one page and the repeated header. */
const PAGE_GAP = 3;

/**
 * The last row of the repeated header band that starts at row r, when the table of `band` goes on under it; null
 * when row r starts a table of its own. `rows` are the table's body rows so far, `totals` its total rows so far.
 */
export function repeatedHeaderEnd(rd: SheetReader, band: Band, r: number, gap: number, rows: number[], totals: number[]): number | null {
  if (gap > PAGE_GAP || totals.length || !rows.length || !sameRow(rd, band.top, r)) return null;
  const again = readBand(rd, r);
  const height = band.bottom - band.top;
  if (again.bottom - r !== height) return null;
  for (let k = 1; k <= height; k++) if (!sameRow(rd, band.top + k, r + k)) return null;
  const noCol = band.columns.find((c) => c.field === "no")?.col;
  if (noCol === undefined) return null;
  const before = lastNumber(rd, rows, noCol);
  const after = rd.sheet.rows.find((x) => x > again.bottom);
  return before !== null && after !== undefined && listNumber(rd, after, noCol) === before + 1 ? again.bottom : null;
}

/** The same texts in the same columns, spacing and case aside. */
function sameRow(rd: SheetReader, a: number, b: number): boolean {
  const ca = rd.sheet.cols(a);
  const cb = rd.sheet.cols(b);
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) {
    if (ca[i] !== cb[i] || words(rd, a, ca[i]) !== words(rd, b, cb[i])) return false;
  }
  return true;
}

const words = (rd: SheetReader, r: number, c: number) => squash(rd.sheet.text(r, c));

function lastNumber(rd: SheetReader, rows: number[], col: number): number | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const n = listNumber(rd, rows[i], col);
    if (n !== null) return n;
  }
  return null;
}

/** `9`, `9.`, `9)`: the row's number in the No column. */
function listNumber(rd: SheetReader, r: number, col: number): number | null {
  const v = rd.sheet.value(r, col);
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  const m = typeof v === "string" ? /^\s*(\d{1,4})\s*[.)]?\s*$/.exec(v) : null;
  return m ? Number(m[1]) : null;
}
