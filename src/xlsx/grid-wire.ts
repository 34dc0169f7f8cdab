/**
 * A grid as a few typed arrays and two string tables, to pass from the thread that unpacks a workbook to the
 * thread that reads it: the arrays move without a copy, and rebuilding the grid costs a fraction of what
 * cloning its sparse arrays would. Holds what readSheet makes: a format only where a value is.
 */
import type { CellValue, Grid } from "../engine/grid";

export interface WireGrid {
  name: string;
  top: number;
  left: number;
  hidden?: boolean;
  merges?: string[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Per cell, in row-major order: row and column relative to (top, left). */
  rows: Int32Array;
  cols: Int32Array;
  /** Per cell: NUMBER, STRING (index into `strings` in `numbers`), TRUE or FALSE. */
  kinds: Uint8Array;
  numbers: Float64Array;
  /** Per cell: index into `formatTable`, -1 for General. */
  formats: Int32Array;
  strings: string[];
  formatTable: string[];
}

const NUMBER = 0, STRING = 1, TRUE = 2, FALSE = 3;

export function toWire(grid: Grid): { wire: WireGrid; transfer: ArrayBuffer[] } {
  let n = 0;
  for (const row of grid.values) row?.forEach((v) => { if (v !== null && v !== undefined) n++; });
  const rows = new Int32Array(n), cols = new Int32Array(n), kinds = new Uint8Array(n), numbers = new Float64Array(n), formats = new Int32Array(n);
  const strings: string[] = [], formatTable: string[] = [];
  const stringIndex = new Map<string, number>(), formatIndex = new Map<string, number>();
  let i = 0;
  grid.values.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v === null || v === undefined) return;
      rows[i] = r;
      cols[i] = c;
      if (typeof v === "number") {
        kinds[i] = NUMBER;
        numbers[i] = v;
      }
      else if (typeof v === "boolean") kinds[i] = v ? TRUE : FALSE;
      else {
        kinds[i] = STRING;
        numbers[i] = indexOf(v, strings, stringIndex);
      }
      const f = grid.formats[r]?.[c];
      formats[i] = f === undefined ? -1 : indexOf(f, formatTable, formatIndex);
      i++;
    });
  });
  const { values: _v, formats: _f, ...rest } = grid;
  const wire: WireGrid = { ...rest, rows, cols, kinds, numbers, formats, strings, formatTable };
  return { wire, transfer: [rows.buffer, cols.buffer, kinds.buffer, numbers.buffer, formats.buffer] as ArrayBuffer[] };
}

export function fromWire(wire: WireGrid): Grid {
  const { rows, cols, kinds, numbers, formats, strings, formatTable, ...rest } = wire;
  const values: CellValue[][] = [];
  const cellFormats: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i], c = cols[i], k = kinds[i];
    (values[r] ??= [])[c] = k === NUMBER ? numbers[i] : k === STRING ? strings[numbers[i]] : k === TRUE;
    if (formats[i] >= 0) (cellFormats[r] ??= [])[c] = formatTable[formats[i]];
  }
  return { ...rest, values, formats: cellFormats };
}

function indexOf(s: string, table: string[], index: Map<string, number>): number {
  let at = index.get(s);
  if (at === undefined) {
    at = table.push(s) - 1;
    index.set(s, at);
  }
  return at;
}
