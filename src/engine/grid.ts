/**
 * One worksheet as plain data: what both doors (Office.js, .xlsx) hand the engine.
 * Error values (#DIV/0!, #REF!, ...) arrive as their text; see isErrorValue.
 */
export type CellValue = string | number | boolean | null;

export interface Grid {
  name: string;
  /**
   * Values of the used range, row-major; values[0][0] sits at (top, left). May be sparse: a row may be missing
   * (undefined) and a row array may have holes, so a door never builds the rectangle between far-apart cells.
   */
  values: CellValue[][];
  /** Number formats, same shape as values (may be shorter or empty: then "General"). */
  formats: string[][];
  /** Zero-based row and column of values[0][0] in the sheet. */
  top: number;
  left: number;
  /** A sheet hidden in the workbook: not read (an old copy must not count), reported as sheet-hidden. */
  hidden?: boolean;
  /** Merged areas as A1 ranges of the sheet (`A5:A7`), when the door knows them: a hint, never required. */
  merges?: string[];
}

const ERROR_VALUES = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isErrorValue(v: CellValue): v is string {
  return typeof v === "string" && v.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.test(v);
}

const LETTERS: string[] = [];

/** Zero-based column index to letters: 0 -> A, 26 -> AA. */
export function columnLetters(col: number): string {
  if (col < 256) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based sheet row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/** A1 address to zero-based { row, col }; null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Read access to a grid by sheet coordinates, so readers never do offset arithmetic. */
export class Sheet {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  constructor(readonly grid: Grid) {
    this.name = grid.name;
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((m, r) => Math.max(m, r.length), 0);
  }
  /** Value at a position relative to the used range. */
  value(r: number, c: number): CellValue {
    const row = this.grid.values[r];
    if (!row) return null;
    const v = row[c];
    return v === undefined || v === "" ? null : v;
  }
  format(r: number, c: number): string {
    return this.grid.formats[r]?.[c] ?? "General";
  }
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (v === null) return "";
    return typeof v === "string" ? v.trim() : String(v);
  }
  /** A text cell's trimmed text; "" for numbers, booleans and blanks (headers and labels are text). */
  str(r: number, c: number): string {
    const v = this.grid.values[r]?.[c];
    return typeof v === "string" ? v.trim() : "";
  }
  address(r: number, c: number): string {
    return a1(this.grid.top + r, this.grid.left + c);
  }
  /** The first cell of the sheet (A1), for findings that concern the whole sheet. */
  get firstCell(): string {
    return "A1";
  }
}
