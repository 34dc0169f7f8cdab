import { damaged } from "../workbook-error";
import type { Area } from "./cell-ref";

/** More merged areas over one row than a sheet has columns: they overlap, which no spreadsheet writes. */
const MAX_ACTIVE = 16_384;

/**
 * Indices of the cells a merged area covers other than its top-left, where Excel keeps no value.
 * `order` lists the cells sorted by row, then column (null: they are in that order already). Cost follows the occupied cells and the merges, never an area.
 */
export function coveredCells(rows: number[], cols: number[], order: number[] | null, merges: Area[], what: string): number[] {
  if (merges.length === 0) return [];
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const active: Area[] = []; // merges over the current row, sorted by left
  let next = 0;
  let lowestBottom = Infinity;
  let currentRow = -1;
  const covered: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = order ? order[k] : k;
    const row = rows[i];
    if (row !== currentRow) {
      currentRow = row;
      if (lowestBottom < row) {
        let keep = 0;
        lowestBottom = Infinity;
        for (const m of active) {
          if (m.bottom < row) continue;
          active[keep++] = m;
          lowestBottom = Math.min(lowestBottom, m.bottom);
        }
        active.length = keep;
      }
      for (; next < byTop.length && byTop[next].top <= row; next++) {
        const m = byTop[next];
        if (m.bottom < row) continue;
        active.splice(firstRightOf(active, m.left), 0, m);
        lowestBottom = Math.min(lowestBottom, m.bottom);
      }
      if (active.length > MAX_ACTIVE) throw damaged(`sel gabungan di ${what} saling bertumpuk`);
    }
    if (active.length === 0) continue;
    const at = firstRightOf(active, cols[i]) - 1;
    const m = at >= 0 ? active[at] : null;
    if (m && cols[i] <= m.right && !(row === m.top && cols[i] === m.left)) covered.push(i);
  }
  return covered;
}

/** Index of the first area whose left edge is past `col`. */
function firstRightOf(active: Area[], col: number): number {
  let lo = 0;
  let hi = active.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (active[mid].left <= col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
