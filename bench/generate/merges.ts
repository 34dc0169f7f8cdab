/** Merged areas of generated grids, kept beside them since a Grid carries none (the .xlsx writer needs them). */
import type { Grid } from "../../src/engine/grid";

const MERGES = new WeakMap<Grid, string[]>();

export function rememberMerges(grid: Grid, merges: string[]): Grid {
  MERGES.set(grid, merges);
  return grid;
}

export function mergesOf(grid: Grid): string[] {
  return MERGES.get(grid) ?? [];
}
