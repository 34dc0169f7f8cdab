/** Grids compared cell by cell, whatever corner they start at: what two ways of reading a workbook must agree on. */
import type { Grid } from "../../src/engine/grid";
import { mayBePercent } from "../../src/excel/percent-cells";

/** Every non-empty cell by sheet address, with its number format where the engine needs it (a number that may be a fraction). */
export function cells(grids: Grid[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const g of grids) {
    out[`${g.name}!hidden`] = g.hidden ?? false;
    g.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined) return;
        out[`${g.name}!${r + g.top},${c + g.left}`] = mayBePercent(v) ? [v, g.formats[r]?.[c] ?? "General"] : v;
      }),
    );
  }
  return out;
}
