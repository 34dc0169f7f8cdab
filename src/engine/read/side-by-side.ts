/**
 * Two PKs printed side by side on one sheet (`PERJANJIAN KINERJA` at A1 and at H1, a blank column between): each
 * half is read as its own sheet part, so neither borrows the other's parties, indikator or budget.
 */
import type { CellValue, Grid } from "../grid";
import { isFilled } from "../grid";
import { titleKindOf } from "./layout/signals";

const TOP_ROWS = 6;

/** The halves of a side-by-side sheet, left to right; null when the sheet is one page wide. */
export function sideBySide(grid: Grid): Grid[] | null {
  const starts = pkTitleColumns(grid);
  if (starts.length < 2) return null;
  const gutters: number[] = [];
  for (let k = 1; k < starts.length; k++) {
    const gutter = blankColumnBetween(grid, starts[k - 1], starts[k]);
    if (gutter === null) return null;
    gutters.push(gutter);
  }
  const bounds = [0, ...gutters.map((g) => g + 1)];
  return bounds.map((from, k) => slice(grid, from, k + 1 < bounds.length ? gutters[k] : Infinity));
}

/** Columns of the PK titles in one of the first rows, when there are several. */
function pkTitleColumns(grid: Grid): number[] {
  for (let r = 0; r < Math.min(TOP_ROWS, grid.values.length); r++) {
    const row = grid.values[r];
    if (!row) continue;
    const cols: number[] = [];
    row.forEach((v, c) => {
      if (typeof v === "string" && v.length < 160 && titleKindOf(v) === "pk") cols.push(c);
    });
    if (cols.length >= 2) return cols;
  }
  return [];
}

/** A column between a and b that is empty on every row; null when none. */
function blankColumnBetween(grid: Grid, a: number, b: number): number | null {
  for (let c = b - 1; c > a; c--) if (grid.values.every((row) => !row || !isFilled(row[c]))) return c;
  return null;
}

function slice(grid: Grid, from: number, to: number): Grid {
  const cut = <T>(row: T[] | undefined): T[] => (row ? row.slice(from, to === Infinity ? undefined : to) : []);
  return {
    name: grid.name,
    values: grid.values.map((row) => cut<CellValue>(row)),
    formats: grid.formats.map((row) => cut(row)),
    top: grid.top,
    left: grid.left + from,
  };
}
