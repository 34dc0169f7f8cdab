/**
 * A sheet seen as a sequence of blocks before anything is read: tables (each header row starts one), title
 * rows, statement text, signature blocks and notes. What no block takes stays for the account to report.
 */
import { SignatureSpan } from "../parties/signature";
import type { SheetReader } from "../sheet-reader";
import type { Sheet } from "../../grid";
import type { Field } from "../words/headers";
import { isBudgetWord } from "../vocab";
import { isHeaderRow, readBand, type Band, type Column } from "./header-band";
import { repeatedHeaderEnd } from "./repeated-header";
import { isBudgetSentence } from "./budget-sentence";
import { isWebChrome } from "./web-chrome";
import { jumlahAcross } from "./jumlah-across";
import { splitBeside } from "./tables-beside";
import { parentTotalCol } from "./parent-total";
import {
  hasJabatan, hasPihakLabel, hasPlaceDate, hasSignatureLine, isCaption, isInfoRow, isNoteStart, isStatementRow,
  jumlahCol, nearCols, titleCol,
} from "./signals";

export interface TableBlock {
  kind: "table";
  band: Band;
  /** Body rows, in order (blank rows left out). */
  rows: number[];
  /** Rows of stated totals: subtotals of the rows above them, the last often the table's total. */
  jumlahRows: number[];
  /** The header printed again on the next page (its rows), over body rows that go on: layout. */
  repeated?: number[];
}

export interface RowsBlock {
  kind: "title" | "statement" | "signature" | "note" | "caption";
  rows: number[];
}

export type Block = TableBlock | RowsBlock;

/** How many blank rows a table, a signature may hold inside. */
const TABLE_GAP = 1;
const SIGNATURE_GAP = 8;

export function segment(rd: SheetReader): Block[] {
  const { sheet } = rd;
  const taken = new Taken();
  const blocks: Block[] = [];

  // Tables first: a header row is the strongest sign there is.
  for (let i = 0; i < sheet.rows.length; i++) {
    const r = sheet.rows[i];
    if (taken.has(r) || !isHeaderRow(rd, r)) continue;
    for (const table of splitBeside(rd, readTable(rd, r, taken))) {
      for (let x = table.band.top; x <= table.band.bottom; x++) taken.add(x);
      for (const x of table.rows) taken.add(x);
      for (const x of table.repeated ?? []) taken.add(x);
      blocks.push(table);
    }
  }

  // Then the rows between tables, by the signs they give.
  const free = sheet.rows.filter((r) => !taken.has(r));
  let i = 0;
  while (i < free.length) {
    const r = free[i];
    const kind = startOf(rd, r, blocks);
    if (!kind) {
      i++;
      continue;
    }
    const rows = [r];
    const span = new SignatureSpan();
    span.add(rd, r);
    let j = i + 1;
    for (; j < free.length; j++) {
      const next = free[j];
      const gap = next - rows[rows.length - 1] - 1;
      if (!continues(rd, kind, next, gap, taken, span.range())) break;
      rows.push(next);
      if (kind === "signature") span.add(rd, next);
    }
    blocks.push({ kind, rows });
    i = j;
  }
  return blocks.sort((a, b) => firstRow(a) - firstRow(b));
}

export function firstRow(b: Block): number {
  return b.kind === "table" ? b.band.top : b.rows[0];
}

function startOf(rd: SheetReader, r: number, blocks: Block[]): RowsBlock["kind"] | null {
  const { sheet } = rd;
  if (isBudgetSentence(sheet, r)) return null;
  if (titleCol(sheet, r) >= 0) return "title";
  if (isNoteStart(sheet, r) || isWebChrome(sheet, r)) return "note";
  if (isStatementRow(sheet, r)) return "statement";
  // `PIHAK PERTAMA` alone over `Nama | : | …` rows: the heading of a party's statement, not a signature.
  if (sheet.cols(r).length === 1 && hasPihakLabel(sheet, r) && isStatementRow(sheet, nextRow(sheet, r))) return "statement";
  if (hasPihakLabel(sheet, r) || hasPlaceDate(sheet, r) || hasSignatureLine(sheet, r) || (sheet.cols(r).length <= 2 && hasDateCell(rd, r))) return "signature";
  // A jabatan below a table or the statement opens a signature block; above everything it is a title line.
  if (hasJabatan(sheet, r) && blocks.some((b) => (b.kind === "table" || b.kind === "statement") && firstRow(b) < r)) return "signature";
  if (isInfoRow(sheet, r) || (isCaption(sheet, r) && captionOfTable(rd, r, blocks))) return "caption";
  if (r < Math.min(...blocks.map(firstRow), Infinity) && isCaption(sheet, r)) return "title";
  return null;
}

/** A single short text right above a table's header: its caption. */
function captionOfTable(rd: SheetReader, r: number, blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === "table" && b.band.top > r && b.band.top - r <= 2);
}

/** Rows a table took, by row (holey for a sparse sheet). */
class Taken {
  private rows: boolean[] = [];
  add(r: number): void {
    this.rows[r] = true;
  }
  has(r: number): boolean {
    return this.rows[r] === true;
  }
}

function continues(rd: SheetReader, kind: RowsBlock["kind"], r: number, gap: number, taken: Taken, span: [number, number]): boolean {
  const { sheet } = rd;
  if (titleCol(sheet, r) >= 0 || isBudgetSentence(sheet, r)) return false;
  switch (kind) {
    case "title":
      // Title lines follow the title (a cover spaces them out); a heading's `LABEL : value` rows may too.
      return (gap <= 2 && isShortTextRow(rd, r) && sheet.cols(r).length <= 2 && !isListRow(sheet, r) && !isStatementRow(sheet, r) && !hasPihakLabel(sheet, r) && !hasPlaceDate(sheet, r) && !hasSignatureLine(sheet, r) && !takenBetween(taken, r, gap)) || (gap <= 1 && isInfoRow(sheet, r));
    case "statement":
      return gap <= 1 && isStatementRow(sheet, r) || (gap === 0 && isShortTextRow(rd, r) && !hasPihakLabel(sheet, r) && !hasPlaceDate(sheet, r));
    case "signature":
    {
      if (gap > SIGNATURE_GAP || takenBetween(taken, r, gap)) return false;
      // A row with nothing in the signature's columns (a stray block beside it) is a blank line of the signature.
      if (!sheet.cols(r).some((c) => c >= span[0] && c <= span[1])) return true;
      return isShortTextRow(rd, r, span) && !isStatementRow(sheet, r) && !isNoteStart(sheet, r);
    }
    case "note":
      // A `Jumlah` row is never a line of a note: it closes the table above.
      return gap === 0 && !hasPihakLabel(sheet, r) && !hasPlaceDate(sheet, r) && jumlahCol(sheet, r) < 0;
    case "caption":
      return gap === 0 && isInfoRow(sheet, r);
  }
}

/** `No. | SASARAN`, `1. | Meningkatnya ...`: a list's header or item, never a line of the title above it. */
function isListRow(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  if (cols.length !== 2) return false;
  const first = sheet.value(r, cols[0]);
  return (typeof first === "number" && Number.isInteger(first) && first > 0 && first < 100) || (typeof first === "string" && /^\s*(no\.?|\d{1,2}[.)]?)\s*$/i.test(first));
}

function nextRow(sheet: Sheet, r: number): number {
  return sheet.rows.find((x) => x > r) ?? -1;
}

function takenBetween(taken: Taken, r: number, gap: number): boolean {
  for (let k = 1; k <= gap; k++) if (taken.has(r - k)) return true;
  return false;
}

/** Text lines of the kind titles and signatures are made of: a few cells, none long, no numbers but dates. */
function isShortTextRow(rd: SheetReader, r: number, span: [number, number] = [-Infinity, Infinity]): boolean {
  const cols = nearCols(rd.sheet, r).filter((c) => c >= span[0] && c <= span[1]);
  if (cols.length > 4) return false;
  let texts = 0;
  for (const c of cols) {
    const v = rd.sheet.value(r, c);
    if (typeof v === "string") {
      if (v.length > 200) return false;
      texts++;
    }
  }
  // A stray figure among the lines does not end them; a row of figures is no line of text.
  return texts > 0 || cols.some((c) => isDateLike(rd, r, c));
}



function isDateLike(rd: SheetReader, r: number, c: number): boolean {
  const v = rd.sheet.value(r, c);
  return typeof v === "number" && v > 20000 && v < 80000 && /[dmy]/i.test(rd.sheet.format(r, c));
}

// ---------------------------------------------------------------------------------------------------------------

/** Columns that name a row's subject: the cell a body row must fill after a blank row. */
const KEY_FIELDS = new Set<Field>(["indikator", "sasaran", "program", "kegiatan", "sub kegiatan", "uraian", "kode"]);

function readTable(rd: SheetReader, header: number, taken: Taken): TableBlock {
  const { sheet } = rd;
  const band = readBand(rd, header);
  const keyCols = band.columns.filter((c) => KEY_FIELDS.has(c.field)).map((c) => c.col);
  const money = band.columns.some((c) => c.field === "pagu" || c.field === "pagu-sumber" || c.month !== undefined || isBudgetWord(c.field));
  const rows: number[] = [];
  const jumlahRows: number[] = [];
  const repeated: number[] = [];
  let last = band.bottom;
  for (const r of sheet.rows) {
    if (r <= last || taken.has(r)) continue;
    const gap = r - last - 1;
    const pageHeaderEnd = repeatedHeaderEnd(rd, band, r, gap, rows, jumlahRows);
    if (pageHeaderEnd !== null) {
      for (const x of sheet.rows) if (x >= r && x <= pageHeaderEnd) repeated.push(x);
      last = pageHeaderEnd;
      continue;
    }
    if (gap > TABLE_GAP || stopsTable(rd, r, band) || !fits(rd, r, band, keyCols, gap > 0)) {
      // Its Jumlah closes a budget table across a footnote or a blank row.
      const total = money && rows.length ? jumlahAcross(rd, band, r, last) : null;
      if (total !== null && !taken.has(total)) rows.push(total), jumlahRows.push(total);
      break;
    }
    rows.push(r);
    last = r;
    // A total closes the table unless rows of its shape go on right under it (a subtotal per group).
    if (money && (jumlahCol(sheet, r, band.left, band.right) >= 0 || parentTotalCol(sheet, r, band) >= 0)) jumlahRows.push(r);
  }
  return { kind: "table", band, rows, jumlahRows, ...(repeated.length ? { repeated } : {}) };
}

function stopsTable(rd: SheetReader, r: number, band: Band): boolean {
  const { sheet } = rd;
  // A web list's pager and counts pasted under the table (`Showing 1 to 3 of 3 entries | Previous | 1 | Next`) end it.
  if (isWebChrome(sheet, r)) return true;
  // A row of three or more cells with a figure among them is data: no title, label or note looks like that. Only
  // the cells under the header count: a stray figure beside a signature row makes it no data row.
  const under = sheet.cols(r).filter((c) => c >= band.left && c <= band.right);
  if (under.length >= 3 && hasNumber(rd, r, band) && !hasDateCell(rd, r)) return false;
  return isHeaderRow(rd, r) || titleCol(sheet, r) >= 0 || hasPihakLabel(sheet, r) || hasPlaceDate(sheet, r) || isNoteStart(sheet, r) || (isStatementRow(sheet, r) && !hasNumber(rd, r, band));
}

function hasDateCell(rd: SheetReader, r: number): boolean {
  for (const c of rd.sheet.cols(r)) if (isDateLike(rd, r, c)) return true;
  return false;
}

function hasNumber(rd: SheetReader, r: number, band?: Band): boolean {
  for (const c of rd.sheet.cols(r)) if ((!band || (c >= band.left && c <= band.right)) && typeof rd.sheet.value(r, c) === "number") return true;
  return false;
}

/** A body row lies within the header's columns; after a blank row it must name its subject as well. */
function fits(rd: SheetReader, r: number, band: Band, keyCols: number[], afterBlank: boolean): boolean {
  const cols = rd.sheet.cols(r);
  let inside = 0;
  for (const c of cols) if (c >= band.left && c <= band.right) inside++;
  // Cells beside the table do not end it: they stay unread, and the account reports them.
  if (!inside) return false;
  if (!afterBlank) return true;
  if (hasJabatan(rd.sheet, r) && !hasNumber(rd, r, band)) return false;
  for (const c of keyCols) if (rd.sheet.value(r, c) !== null) return true;
  return false;
}

export type { Band, Column };
