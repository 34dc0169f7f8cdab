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
  const bandRows: number[] = [];
  for (let r = table.band.top; r <= table.band.bottom; r++) bandRows.push(r);
  for (const r of [...bandRows, ...(table.repeated ?? [])]) {
    for (const c of rd.sheet.cols(r)) if (c >= lo && c <= hi && !unknown.includes(c)) rd.account.claim(part, r, c);
  }
  claimUnheadedNumbers(rd, table, lo - 1, part);
}

/** A `No` column printed without its header, left of the band: 1, 2, 3 ... down the table's rows is its numbering. */
function claimUnheadedNumbers(rd: SheetReader, table: TableBlock, c: number, part: number): void {
  if (c < 0 || rd.sheet.value(table.band.top, c) !== null) return;
  const rows: number[] = [];
  for (const r of table.rows) {
    const v = rd.sheet.value(r, c);
    if (v === null) continue;
    if (v !== rows.length + 1) return;
    rows.push(r);
  }
  if (rows.length >= 2) for (const r of rows) rd.account.claim(part, r, c);
}

/** A1 addresses in column order (`D4` before `AA4`). */
export const byColumn = (a: string, b: string) => a.length - b.length || a.localeCompare(b);

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
 * name is no part of it (`1 . Indeks …` too). A bare leading number (`5 besar penyakit`) is kept: only numbering with
 * punctuation goes (a column of bare counters: tables/counters.ts).
 */
export function stripListPrefix(name: string): string {
  // Most names start with a letter: nothing to strip, no regex.
  const first = name.charCodeAt(0);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && name.charCodeAt(1) !== 46 && name.charCodeAt(1) !== 41 && !/^[ivxIVX]{1,4}[.)]/.test(name.slice(0, 5))) return name;
  const m = /^\s*(\d{1,2}(\.\d{1,2}){1,3}\.?(\s*[-–]\s*|\s+)|(\d{1,2} ?[.)]|[a-zA-Z][.)]|\(\s*[a-zA-Z0-9]{1,3}\s*\)|[ivxIVX]{1,4}[.)]|[-–•*·])\s+)(?=\S)/.exec(name);
  if (m && m[0].length < name.length) return name.slice(m[0].length).trim();
  // A print that glues the number to the name (`1.Program ...`, `a.Pendataan ...`): a word follows at once.
  const glued = /^\s*(\d{1,2}|[a-zA-Z])[.)](?=[A-Z][A-Za-z])/.exec(name);
  return glued ? name.slice(glued[0].length).trim() : name.trim();
}

const LIST_NUMBER = /^\s*(\d{1,2}(\.\d{1,2}){0,3}|[a-zA-Z])[.)]?\s*$/;

/**
 * A header merged over two columns (`INDIKATOR KINERJA` over C:D) whose left column holds only the list number
 * (`1.1`) and the right one the name: the name is read from the right, the number is the list's.
 */
export function nameBeside(rd: SheetReader, table: TableBlock, col: Column): { name: number; number: number | null } {
  if (nextHeaderCol(rd, table, col.col) - col.col < 2) return { name: col.col, number: null };
  let numbered = 0;
  let named = 0;
  for (const r of table.rows) {
    const left = rd.sheet.value(r, col.col);
    const right = rd.sheet.str(r, col.col + 1);
    if (left === null) continue;
    if ((typeof left === "number" || LIST_NUMBER.test(String(left))) && right) numbered++;
    else named++;
  }
  return numbered > named ? { name: col.col + 1, number: col.col } : { name: col.col, number: null };
}

/** `Sasaran : Meningkatnya ...`, `Sasaran 2. ...` in the indikator column: a sasaran's own row, not an indikator. */
export function sasaranLabel(text: string): string | null {
  const m = /^\s*sasaran(\s+(strategis|program|kegiatan))?\s*\d*\s*[:.\-–]\s*(\S.*)$/is.exec(text);
  return m ? m[3].trim() : null;
}

/** `Tujuan : …`, `T1 - …`: a tujuan's own row in the indikator column. */
export function tujuanLabel(text: string): boolean {
  return /^\s*(?:tujuan\s*\d*|T\d{1,2})\s*[:.\-–]\s*\S/is.test(text);
}

/** ` - Penyusunan …`: a dash-bulleted line (a kegiatan under its indikator in a tree print). */
export function dashItem(text: string): boolean {
  return /^\s*[-–•]\s+\S/.test(text);
}

/** A row that says its sasaran has no indikator (`Tidak ada indikator`, `-`): a note, not an indikator. */
export function noIndikator(text: string): boolean {
  return /^\s*(-+|–|tidak ada( indikator)?|belum ada( indikator)?|nihil)\s*\.?$/i.test(text);
}

/** Quarterly targets written in one cell, one per line: `T1 = 3`, `TW II: 6`, `Triwulan 3 = 9`. */
export function packedQuarters(text: string): (string | null)[] | null {
  if (!text.includes("\n") && !/;/.test(text)) return null;
  const out: (string | null)[] = [null, null, null, null];
  let found = 0;
  for (const line of text.split(/\r?\n|;/)) {
    const m = /^\s*(?:t|tw|trw|triwulan)\s*\.?\s*(iv|i{1,3}|[1-4])\s*[=:]\s*(.*\S)\s*$/i.exec(line);
    if (!m) continue;
    const q = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 }[m[1].toLowerCase() as "i"];
    if (out[q] === null) found++;
    out[q] = m[2];
  }
  return found >= 2 ? out : null;
}

/** A column read among several of one meaning (`Pagu Awal | Pagu Perubahan`, `Target | Target Perubahan`). */
export interface ColumnChoice {
  cell: string;
  text: string;
  others: string[];
}

const CHOICE_WORDS = {
  "pagu-ganda": { columns: "anggaran", as: "pagu", last: "anggaran terakhir" },
  "target-ganda": { columns: "target", as: "target", last: "target terakhir (perubahan)" },
} as const;

/** Which of several columns was read, said at its header, with how to choose another. */
export function reportColumnChoice(rd: SheetReader, rule: keyof typeof CHOICE_WORDS, choice: ColumnChoice): void {
  const w = CHOICE_WORDS[rule];
  const cells = [choice.cell, ...choice.others].sort(byColumn);
  rd.report(rule, "warning", choice.cell,
    `Tabel ini memuat ${cells.length} kolom ${w.columns} (${cells.join(", ")}); kolom ${choice.cell} ("${choice.text}") dibaca sebagai ${w.as} karena tampak sebagai ${w.last}. Bila keliru, beri tanda "abaikan" pada kolom yang tidak berlaku lewat Judul kolom di lembar PENGATURAN.`);
}

/** The next header cell right of column c in the table's header row; Infinity when none. */
export function nextHeaderCol(rd: SheetReader, table: TableBlock, c: number): number {
  return rd.sheet.cols(table.band.top).find((x) => x > c) ?? Infinity;
}
