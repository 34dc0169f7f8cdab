/** Grids written in tests the way a planner sees the sheet: rows of cells from A1 (or from `at`). */
import type { CellValue, Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";

export function grid(name: string, rows: CellValue[][], options: { at?: string; formats?: Record<string, string> } = {}): Grid {
  const at = parseA1(options.at ?? "A1")!;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
  const formats = values.map((r) => r.map(() => "General"));
  for (const [cell, format] of Object.entries(options.formats ?? {})) {
    const p = parseA1(cell)!;
    formats[p.row - at.row][p.col - at.col] = format;
  }
  return { name, values, formats, top: at.row, left: at.col };
}

/** n empty cells, to place a value in a later column. */
export const _ = (n: number): null[] => new Array(n).fill(null);

/** A sparse grid (as the .xlsx door gives it) as its full rectangle, for tests that edit cells by position. */
export function denseGrid(g: Grid): Grid {
  const width = g.values.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  const rows = Array.from({ length: g.values.length }, (_, r) => r);
  return {
    ...g,
    values: rows.map((r) => Array.from({ length: width }, (_, c) => g.values[r]?.[c] ?? null)),
    formats: rows.map((r) => Array.from({ length: width }, (_, c) => g.formats[r]?.[c] ?? "General")),
  };
}
