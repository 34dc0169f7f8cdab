/** A sample's grids with a few cells changed, the way a planner's typo would change them. */
import type { CellValue, Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";

export function withCells(grids: Grid[], edits: Record<string, CellValue>): Grid[] {
  const copy = grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) }));
  for (const [ref, value] of Object.entries(edits)) {
    const bang = ref.lastIndexOf("!");
    const g = copy.find((x) => x.name === ref.slice(0, bang));
    const at = parseA1(ref.slice(bang + 1));
    if (!g || !at) throw new Error(`no cell ${ref}`);
    const r = at.row - g.top;
    const c = at.col - g.left;
    g.values[r] = g.values[r] ?? [];
    g.values[r][c] = value;
  }
  return copy;
}
