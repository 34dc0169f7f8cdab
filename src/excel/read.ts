/**
 * readGrids: every sheet's name and visibility first; hidden sheets stop there (the engine reports them, an old
 * copy must not count). Then the cells of the visible sheets:
 * - without a response limit (desktop, Mac): values and number formats of every used range in one request;
 * - under Excel on the web's 5 MB response limit: used-range addresses in the first request (read-first.ts:
 *   a chain of the visible sheets, or the sheets this door saw last time, with the values of as many as fit),
 *   then values in requests sized in advance from the cell counts (whole sheets, or row blocks of a large one),
 *   with their number formats when all that is left fits in one answer, else formats only for the cells that
 *   may be percentages, carried in the next request (read-values.ts).
 *   The desktop read falls back to this one if Excel refuses it (a used range too large for one answer).
 * Hidden rows and columns (read-hidden.ts): each used range says whether it has some; which, is asked only for
 * those that do: with the next values request on the web, in one request more on the desktop (with the values on
 * a door's next read of a sheet that hid some).
 */
import type { Grid } from "../engine/grid";
import { readCells } from "./cell-values";
import { isTransient } from "./host-errors";
import { firstRequest, type SizedMemory } from "./read-first";
import { acceptHidden, acceptHiddenOfUsed, askOf, placeHidden, queueHidden, queueHiddenOfUsed, type HiddenHint } from "./read-hidden";
import { addAddresses, listSheets, setUsed, USED_PROPS, type SheetEntry } from "./read-sheets";
import { readSized, SizedReader, type ReadBudget } from "./read-values";
import { syncOnce, type SyncPolicy } from "./sync";

export interface ReadOptions extends SyncPolicy {
  /** Largest answer to plan for, in bytes; null: the host sets no limit (one request for everything). */
  responseBudgetBytes: number | null;
  requestBudgetBytes: number;
  /** Links of the sheet chain of a first web read (read-first.ts); 0: names first, then addresses. */
  chainDepth?: number;
  /** The host has ExcelApi 1.9: hidden rows and columns are found (read-hidden.ts); default true. */
  findHidden?: boolean;
}

/** What a door keeps between reads: the visible sheets it saw last, so it can ask for them at once. */
export interface ReadMemory extends SizedMemory {
  sheetNames: string[];
}

/** About 4 MB: Excel on the web answers up to 5 MB, and the sizes are estimated before the answer. */
export const RESPONSE_BUDGET = 4_000_000;

export async function readGrids(context: Excel.RequestContext, options: ReadOptions, memory: ReadMemory): Promise<Grid[]> {
  const budget: ReadBudget = { response: options.responseBudgetBytes ?? RESPONSE_BUDGET, request: options.requestBudgetBytes, findHidden: options.findHidden };
  let entries: SheetEntry[];
  let grids: Map<SheetEntry, Grid> | null = null;
  if (options.responseBudgetBytes === null) {
    entries = await listSheets(context, options, []);
    const hints = options.findHidden === false ? undefined : memory.hints;
    grids = await readAtOnce(context, options, entries, hints).catch((err) => (isTransient(err) ? Promise.reject(err) : null));
    if (grids && options.findHidden !== false) await readHidden(context, options, entries, grids);
    if (!grids) {
      await addAddresses(context, options, entries);
      const reader = new SizedReader(budget);
      for (const e of entries) if (!e.hidden) reader.add(e);
      grids = await readSized(context, options, reader);
    }
  } else {
    const first = await firstRequest(context, options, budget, memory, options.chainDepth);
    entries = first.entries;
    grids = await readSized(context, options, first.reader);
    memory.boxes = new Map(entries.filter((e) => !e.hidden).map((e) => [e.name, e.box ?? null]));
    memory.densities = first.reader.densities();
  }
  memory.hints = new Map(entries.flatMap((e) => (!e.hidden && e.hiddenHint ? [[e.name, e.hiddenHint] as const] : [])));
  memory.sheetNames = entries.filter((e) => !e.hidden).map((e) => e.name);
  return entries.map((e) => (e.hidden ? hiddenGrid(e.name) : grids!.get(e) ?? emptyGrid(e.name)));
}

/**
 * One request: address, values and formats of every visible used range, whether some rows or columns are hidden,
 * and which for the sheets that hid some last time (`hints`).
 */
async function readAtOnce(
  context: Excel.RequestContext,
  policy: SyncPolicy,
  entries: SheetEntry[],
  hints: Map<string, HiddenHint> | undefined,
): Promise<Map<SheetEntry, Grid>> {
  const visible = entries.filter((e) => !e.hidden);
  const asked = await syncOnce(
    context,
    () =>
      visible.map((e) => {
        const range = e.sheet.getUsedRangeOrNullObject(true);
        range.load(USED_PROPS + ",values,numberFormat");
        return { range, hidden: hints?.has(e.name) ? queueHiddenOfUsed(e.sheet, range) : null };
      }),
    policy,
  );
  const grids = new Map<SheetEntry, Grid>();
  visible.forEach((e, i) => {
    const { range, hidden } = asked[i];
    if (range.isNullObject) return;
    setUsed(e, range);
    if (hidden) acceptHiddenOfUsed(e, hidden);
    const box = e.box!;
    const formats = (range.numberFormat as unknown[][]).map((row) => row.map((f) => (typeof f === "string" ? f : "General")));
    const grid: Grid = { name: e.name, values: readCells(range.values).rows, formats, top: box.top, left: box.left };
    placeHidden(grid, e.hiddenFound, box);
    grids.set(e, grid);
  });
  return grids;
}

/** The desktop read's hidden rows and columns not asked yet: one more request, only when some used range has some. */
async function readHidden(context: Excel.RequestContext, policy: SyncPolicy, entries: SheetEntry[], grids: Map<SheetEntry, Grid>): Promise<void> {
  const asks = entries.flatMap((e) => (grids.has(e) && !e.hiddenFound ? (askOf(e) ?? []) : []));
  if (asks.length === 0) return;
  const loaded = await syncOnce(context, () => asks.map(queueHidden), policy);
  for (const h of loaded) acceptHidden(h);
  for (const { entry } of asks) placeHidden(grids.get(entry)!, entry.hiddenFound, entry.box!);
}

function emptyGrid(name: string): Grid {
  return { name, values: [], formats: [], top: 0, left: 0 };
}

function hiddenGrid(name: string): Grid {
  return { ...emptyGrid(name), hidden: true };
}
