/** What a table reader claims for the account: its header band, and the cells of the columns it knows. */
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import type { Field } from "../words/headers";

/** The header rows (and numbering row) over the given columns; unknown headers stay unread with their column. */
export function claimBand(rd: SheetReader, table: TableBlock, columns: Column[], part: number): void {
  if (!columns.length) return;
  const lo = Math.min(table.band.left, ...columns.map((c) => c.col));
  const hi = Math.max(...columns.map((c) => c.col));
  const unknown = table.band.unknown;
  for (let r = table.band.top; r <= table.band.bottom; r++) {
    for (const c of rd.sheet.cols(r)) if (c >= lo && c <= hi && !unknown.includes(c)) rd.account.claim(part, r, c);
  }
}

/** The address of a column's header cell. */
export function headerCell(rd: SheetReader, c: Column): string {
  return rd.addr(c.hr, c.hc);
}

/** Row r's cells in the known columns (all of them, or those of some fields). */
export function claimKnown(rd: SheetReader, r: number, columns: Column[], part: number, fields?: Field[]): void {
  for (const c of columns) if (!fields || fields.includes(c.field)) rd.account.claim(part, r, c.col);
}

/**
 * `1.1   Angka Kematian Ibu`, `a. Persentase ...`, `- Nilai SAKIP`: the list numbering a template prints before a
 * name is no part of it. A bare leading number (`5 besar penyakit`) is kept: only numbering with punctuation goes.
 */
export function stripListPrefix(name: string): string {
  // Most names start with a letter: nothing to strip, no regex.
  const first = name.charCodeAt(0);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && name.charCodeAt(1) !== 46 && name.charCodeAt(1) !== 41 && !/^[ivxIVX]{1,4}[.)]/.test(name.slice(0, 5))) return name;
  const m = /^\s*(\d{1,2}(\.\d{1,2}){1,3}\.?|\d{1,2}[.)]|[a-zA-Z][.)]|\(\s*[a-zA-Z0-9]{1,3}\s*\)|[ivxIVX]{1,4}[.)]|[-–•*·])\s+(?=\S)/.exec(name);
  return m && m[0].length < name.length ? name.slice(m[0].length).trim() : name.trim();
}
