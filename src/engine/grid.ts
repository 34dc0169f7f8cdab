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
  /**
   * Rows and columns the sheet hides (relative to top and left, like values), when the door knows them: planners
   * hide old values there (the murni column of a PK Perubahan, a dropped program). Rows a filter hides are not in it.
   */
  hiddenRows?: number[];
  hiddenCols?: number[];
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

/** Indices present in an array, ascending: a plain loop for dense rows, the keys for sparse ones. */
function presentIndices<T>(arr: readonly T[] | undefined, keep: (v: T) => boolean): number[] {
  const out: number[] = [];
  if (!arr) return out;
  if (arr.length <= 4096) {
    for (let i = 0; i < arr.length; i++) if (keep(arr[i])) out.push(i);
    return out;
  }
  // A far-apart cell makes a long, holey array: visit what is there, not the whole length.
  for (const k of Object.keys(arr)) {
    const i = Number(k);
    if (Number.isInteger(i) && keep(arr[i])) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

function shownMergeCorners(grid: Grid, rows: Set<number>, cols: Set<number>): Set<string> | null {
  let out: Set<string> | null = null;
  for (const m of grid.merges ?? []) {
    const [a, b] = m.split(":");
    const s = parseA1(a);
    const e = parseA1(b ?? a);
    if (!s || !e) continue;
    const top = s.row - grid.top, left = s.col - grid.left, bottom = e.row - grid.top, right = e.col - grid.left;
    if (!rows.has(top) && !cols.has(left)) continue;
    if (anyNotIn(top, bottom, rows) && anyNotIn(left, right, cols)) (out ??= new Set()).add(`${top},${left}`);
  }
  return out;
}

/** Whether some index of [from, to] is outside the set: a span wider than the set always has one. */
function anyNotIn(from: number, to: number, set: Set<number>): boolean {
  if (to - from + 1 > set.size) return true;
  for (let i = from; i <= to; i++) if (!set.has(i)) return true;
  return false;
}

const NONE: number[] = [];
const hasCells = (row: CellValue[] | undefined) => !!row && row.length > 0;

/** A cell that holds something: not null, not "", not only spaces (a printout's `&nbsp;` cells are empty). */
export function isFilled(v: CellValue | undefined): v is string | number | boolean {
  if (v === null || v === undefined) return false;
  if (typeof v !== "string") return true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 9 && c !== 10 && c !== 13 && c !== 0x200b && c !== 0xfeff) return true;
  }
  return false;
}

/**
 * Read access to a grid by its own coordinates (0,0 = top-left of the used range), sparse: readers visit the
 * occupied rows and cells, never the rectangle between them.
 */
export class Sheet {
  readonly name: string;
  /** Occupied rows, ascending. */
  readonly rows: number[] = [];
  /** Occupied columns of each occupied row, by row (a holey array for a sparse sheet). */
  private readonly colsOf: number[][] = [];
  /** One past the last occupied row and column. */
  readonly rowCount: number;
  readonly colCount: number;

  /** Hidden rows and columns that hold something: not read, reported; null when there are none. */
  readonly hidden: { rows: number[]; cols: number[]; cells: number; first: { r: number; c: number } } | null = null;
  private readonly hiddenRow: Set<number> | null = null;
  private readonly hiddenCol: Set<number> | null = null;
  /** Hidden top-left cells (`r,c`) of merged areas that reach a visible cell: Excel shows their value there. */
  private readonly shownMerges: Set<string> | null = null;

  constructor(readonly grid: Grid) {
    this.name = grid.name;
    let cols = 0;
    if (grid.hiddenRows?.length || grid.hiddenCols?.length) {
      this.hiddenRow = new Set(grid.hiddenRows ?? []);
      this.hiddenCol = new Set(grid.hiddenCols ?? []);
      this.hidden = { rows: [], cols: [], cells: 0, first: { r: 0, c: 0 } };
      this.shownMerges = shownMergeCorners(grid, this.hiddenRow, this.hiddenCol);
    }
    for (const r of presentIndices(grid.values, hasCells)) {
      let c = presentIndices(grid.values[r], isFilled);
      if (this.hidden) c = this.withoutHidden(r, c);
      if (!c.length) continue;
      this.rows.push(r);
      this.colsOf[r] = c;
      if (c[c.length - 1] + 1 > cols) cols = c[c.length - 1] + 1;
    }
    if (this.hidden) {
      if (this.hidden.cells === 0) this.hidden = null;
      else this.hidden.cols.sort((a, b) => a - b);
    }
    this.rowCount = this.rows.length ? this.rows[this.rows.length - 1] + 1 : 0;
    this.colCount = cols;
  }

  /** Occupied columns of row r, ascending (the same array each time: do not change it). */
  cols(r: number): number[] {
    return this.colsOf[r] ?? NONE;
  }

  /** The visible ones of row r's filled columns; the hidden ones counted in `hidden`. */
  private withoutHidden(r: number, cols: number[]): number[] {
    const h = this.hidden!;
    const rowHidden = this.hiddenRow!.has(r);
    const out: number[] = [];
    for (const c of cols) {
      if (!this.isHidden(r, c, rowHidden)) {
        out.push(c);
        continue;
      }
      if (h.cells++ === 0) h.first = { r, c };
      if (rowHidden && h.rows[h.rows.length - 1] !== r) h.rows.push(r);
      else if (!rowHidden && !h.cols.includes(c)) h.cols.push(c);
    }
    return out;
  }

  private isHidden(r: number, c: number, rowHidden: boolean): boolean {
    return (rowHidden || this.hiddenCol!.has(c)) && !this.shownMerges?.has(`${r},${c}`);
  }

  /** Value at a position relative to the used range; null when blank or hidden. */
  value(r: number, c: number): CellValue {
    const v = this.grid.values[r]?.[c];
    if (this.hiddenRow && this.isHidden(r, c, this.hiddenRow.has(r))) return null;
    return isFilled(v) ? v : null;
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
    const v = this.value(r, c);
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
