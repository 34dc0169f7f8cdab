/**
 * The tables of the result sheets: each sheet made ready (a new one added, or the add-in's own sheet emptied in
 * place, so references to its cells and its tab position survive), then its values with their number formats,
 * as work items that write.ts packs with the layout. A sheet is ready and carries its title rows in the same
 * request, so a sheet that exists is always one the next run knows as its own. If a request fails, the sheets
 * whose every part went before it are complete; the rest are named, and the next run rewrites them. (Which of
 * a failed request's operations Excel applied is not known, so a sheet with a part in it counts as unfinished.)
 */
import { WriteIncompleteError } from "../app/door";
import { OWN_SHEET_MARK, type SheetPlan } from "../engine/plan/sheet-plan";
import { buildBlock, formatRuns, type Block } from "./block";
import { OP_BYTES, pack, pieces, rowBytes, runBytes, type Piece, type Work } from "./chunks";
import { syncOnce, type SyncPolicy } from "./sync";

/** A result sheet being written, and the charts and Excel tables it held before (loaded to go with the new ones' request). */
export interface Target {
  sheet: Excel.Worksheet;
  oldCharts: Excel.ChartCollection | null;
  oldTables?: Excel.TableCollection | null;
}

const PREPARE_BYTES = 8 * OP_BYTES;
/** The title rows (row 2 holds the add-in's mark): written first, so a sheet that exists is known as ours. */
const HEAD_ROWS = 2;

/** One part of a sheet's table: the first also makes the sheet ready (`prepares`). */
export interface TableItem extends Work {
  plan: number;
  prepares: boolean;
}

export function emptyTargets(plans: SheetPlan[]): Target[] {
  return plans.map(() => ({ sheet: undefined as unknown as Excel.Worksheet, oldCharts: null, oldTables: null }));
}

/** Every sheet's table parts, in order; `replace[i]`: the sheet exists and is ours, so it is emptied, not added. */
export function tableItems(context: Excel.RequestContext, plans: SheetPlan[], targets: Target[], budget: number, replace: boolean[]): TableItem[] {
  const items: TableItem[] = [];
  plans.forEach((plan, i) => {
    const block = buildBlock(plan);
    const [first, ...rest] = pieces(block, budget);
    const head: Piece = { start: 0, end: Math.min(HEAD_ROWS, block.rows), bytes: 0 };
    items.push({
      plan: i,
      prepares: true,
      bytes: PREPARE_BYTES + headBytes(block, head) + (first?.bytes ?? 0),
      queue: () => {
        Object.assign(targets[i], prepare(context, plan, replace[i])); // in place: work made earlier holds this object
        fill(targets[i].sheet, block, head);
        if (first) fill(targets[i].sheet, block, first);
      },
    });
    for (const piece of rest) items.push({ plan: i, prepares: false, bytes: piece.bytes, queue: () => fill(targets[i].sheet, block, piece) });
  });
  return items;
}

/** Table parts alone, packed; a failed request ends the write with the sheets complete before it named. */
export async function sendTables(context: Excel.RequestContext, plans: SheetPlan[], items: TableItem[], budget: number, policy: SyncPolicy): Promise<void> {
  let sent = 0;
  for (const batch of pack(items, budget)) {
    try {
      await syncOnce(context, () => queueTables(context, batch), policy);
    } catch (e) {
      throw incomplete(plans, items.slice(sent), e);
    }
    sent += batch.length;
  }
}

/** A request that holds table parts: Excel recalculates nothing until it is done. */
export function queueTables(context: Excel.RequestContext, batch: Work[]): void {
  context.application.suspendApiCalculationUntilNextSync();
  for (const item of batch) item.queue();
}

/** The write stopped with `unsent` parts of tables not (known to be) written: every other sheet is complete. */
export function incomplete(plans: SheetPlan[], unsent: TableItem[], cause: unknown): WriteIncompleteError {
  const open = new Set(unsent.map((it) => it.plan));
  return new WriteIncompleteError(
    plans.filter((_, i) => !open.has(i)).map((p) => p.name),
    plans.filter((_, i) => open.has(i)).map((p) => p.name),
    cause,
  );
}

/**
 * Sheets of these names that exist now and carry the add-in's mark in A2: made by a request that failed after
 * adding them. Two small reads, only after a failure.
 */
export async function ownSheetsNow(context: Excel.RequestContext, names: string[], policy: SyncPolicy): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const sheets = await syncOnce(context, () => context.workbook.worksheets.load("items/name"), policy);
  const present = names.filter((n) => sheets.items.some((s) => s.name === n));
  if (present.length === 0) return new Set();
  const marks = await syncOnce(context, () => present.map((n) => context.workbook.worksheets.getItem(n).getRange("A2").load("values")), policy);
  return new Set(present.filter((_, k) => String(marks[k].values[0]?.[0] ?? "").startsWith(OWN_SHEET_MARK)));
}

/**
 * plan.replace: the engine saw the add-in's own sheet under that name; it is emptied where it stands
 * (values, formats, merges, fills by value, frozen rows) rather than deleted, which would turn every formula
 * pointing at it into #REF! and move its tab to the end. Otherwise the name is free and the sheet is added.
 */
function prepare(context: Excel.RequestContext, plan: SheetPlan, replace: boolean): Target {
  const sheets = context.workbook.worksheets;
  if (!replace) return { sheet: sheets.add(plan.name), oldCharts: null, oldTables: null };
  const sheet = sheets.getItem(plan.name);
  const all = sheet.getRange();
  all.unmerge();
  all.clear("All");
  all.conditionalFormats.clearAll();
  sheet.freezePanes.unfreeze();
  const oldCharts = sheet.charts;
  oldCharts.load("items/name");
  // Only sheets that will hold tables ask for their old ones: the request of the other sheets stays as it was.
  const oldTables = plan.tables?.length ? sheet.tables.load("items/name") : null;
  return { sheet, oldCharts, oldTables };
}

function headBytes(block: Block, head: Piece): number {
  let bytes = 2 * OP_BYTES;
  for (let r = head.start; r < head.end; r++) bytes += rowBytes(block, r);
  for (const run of formatRuns(block)) if (run.box.top < head.end && run.box.bottom >= head.start) bytes += runBytes(run.format);
  return bytes;
}

/**
 * Formats before values in the same request: a text run is "@" by the time its values land. Each run is one
 * 1×1 format, which Excel applies to every cell of the range.
 */
function fill(sheet: Excel.Worksheet, block: Block, piece: Piece): void {
  if (block.cols === 0 || piece.end <= piece.start) return;
  for (const { box, format } of formatRuns(block)) {
    const top = Math.max(box.top, piece.start);
    const bottom = Math.min(box.bottom, piece.end - 1);
    if (top > bottom) continue;
    sheet.getRangeByIndexes(top, box.left, bottom - top + 1, box.right - box.left + 1).numberFormat = [[format]];
  }
  sheet.getRangeByIndexes(piece.start, 0, piece.end - piece.start, block.cols).values = block.values.slice(piece.start, piece.end);
}
