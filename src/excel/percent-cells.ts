/**
 * Which number formats the engine needs: it reads a format only to tell a percentage (0.855 shown as 85,5 %)
 * from a plain number (isPercentFormat in engine/parse/number.ts), and a missing format is "General". So the
 * door reads formats only for numbers that could be a percentage typed as a fraction: not zero (0 % and 0 read
 * the same) and at most 10 (1.000 %). The cells are grouped into a few rectangles per sheet, so a request
 * carries a handful of ranges rather than one per cell.
 */
import type { CellValue } from "../engine/grid";

/** A rectangle of cells, zero-based in sheet coordinates. */
export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const PERCENT_MAX = 10;

export function mayBePercent(v: CellValue | undefined): boolean {
  return typeof v === "number" && v !== 0 && Math.abs(v) <= PERCENT_MAX;
}

/** Rows of other cells worth reading with a run rather than starting a new range (a range costs ~16 cells). */
const GAP_ROWS = 16;

/** Rectangles covering every candidate of `rows` (which starts at sheet row `top`, column `left`). */
export function percentBoxes(rows: CellValue[][], top: number, left: number): CellBox[] {
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const runs: CellBox[] = [];
  for (let c = 0; c < cols; c++) {
    let start = -1;
    let last = -1;
    for (let r = 0; r < rows.length; r++) {
      if (!mayBePercent(rows[r][c])) continue;
      if (start >= 0 && r - last > GAP_ROWS) {
        runs.push({ row: top + start, col: left + c, rows: last - start + 1, cols: 1 });
        start = -1;
      }
      if (start < 0) start = r;
      last = r;
    }
    if (start >= 0) runs.push({ row: top + start, col: left + c, rows: last - start + 1, cols: 1 });
  }
  return joinColumns(runs);
}

/** Runs of neighbouring columns over the same rows become one rectangle. */
function joinColumns(runs: CellBox[]): CellBox[] {
  const out: CellBox[] = [];
  const open = new Map<string, CellBox>();
  for (const run of runs) {
    const key = `${run.row}:${run.rows}`;
    const prev = open.get(key);
    if (prev && prev.col + prev.cols === run.col) prev.cols++;
    else {
      const box = { ...run };
      out.push(box);
      open.set(key, box);
    }
  }
  return out;
}
