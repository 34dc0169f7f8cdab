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

/** The cell writes of a plan (PENGATURAN's, say) carried out on a copy of the grids, as a door would write them. */
export function applyEdits(grids: Grid[], edits: { sheet: string; writes: { cell: string; value: unknown }[] }): Grid[] {
  const out = grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) }));
  let g = out.find((x) => x.name === edits.sheet);
  if (!g) out.push((g = { name: edits.sheet, values: [], formats: [], top: 0, left: 0 }));
  for (const w of edits.writes) {
    const p = parseA1(w.cell)!;
    while (g.values.length <= p.row - g.top) g.values.push([]);
    (g.values[p.row - g.top] ??= [])[p.col - g.left] = w.value as CellValue;
  }
  return out;
}
