/**
 * The top-left corner of every sheet: enough to choose a name for a sheet the add-in writes (no user sheet is
 * touched; its own earlier sheet, known by its mark near A1, is replaced) without reading every cell.
 * Names, visibility and used-range addresses in the first request (the sheets seen last time, or the chain of
 * visible sheets of read-first.ts), then the corners in one small request.
 */
import type { Grid } from "../engine/grid";
import { a1 } from "../engine/grid";
import { readCells } from "./cell-values";
import { firstSheets } from "./read-first";
import { addAddresses, listSheets } from "./read-sheets";
import type { ReadMemory, ReadOptions } from "./read";
import { syncOnce } from "./sync";

/** Rows and columns of the corner: the add-in's mark stands in its first rows, first columns. */
const CORNER_ROWS = 6;
const CORNER_COLS = 3;

export async function readSheetHeads(context: Excel.RequestContext, options: ReadOptions, memory: ReadMemory): Promise<Grid[]> {
  const entries =
    memory.sheetNames.length > 0 ? await listSheets(context, options, memory.sheetNames) : await firstSheets(context, options, memory, options.chainDepth);
  memory.sheetNames = entries.filter((e) => !e.hidden).map((e) => e.name);
  await addAddresses(context, options, entries);
  const asked = await syncOnce(
    context,
    () =>
      entries.flatMap((e) => {
        if (e.hidden || !e.box) return [];
        const { top, left } = e.box;
        const bottom = Math.min(e.box.bottom, top + CORNER_ROWS - 1);
        const right = Math.min(e.box.right, left + CORNER_COLS - 1);
        const range = e.sheet.getRange(`${a1(top, left)}:${a1(bottom, right)}`);
        range.load("values");
        return [{ e, range, top, left }];
      }),
    options,
  );
  const corners = new Map(asked.map((x) => [x.e, { name: x.e.name, values: readCells(x.range.values).rows, formats: [], top: x.top, left: x.left } as Grid]));
  return entries.map((e) => corners.get(e) ?? { name: e.name, values: [], formats: [], top: 0, left: 0, ...(e.hidden ? { hidden: true } : {}) });
}
