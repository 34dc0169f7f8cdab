/**
 * The tables of the result sheets: each sheet made ready (a new one added, or the add-in's own sheet emptied in
 * place, so references to its cells and its tab position survive), then its values with their number formats,
 * packed into as few requests as the budget allows. A sheet is ready and carries its title rows in the same
 * request, so a sheet that exists is always one the next run knows as its own. If a request fails, the sheets
 * whose every part went before it are complete; the rest are named, and the next run rewrites them. (Which of
 * a failed request's operations Excel applied is not known, so a sheet with a part in it counts as unfinished.)
 */
import { WriteIncompleteError } from "../app/door";
import type { SheetPlan } from "../engine/plan/sheet-plan";
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

export async function writeTables(context: Excel.RequestContext, plans: SheetPlan[], budget: number, policy: SyncPolicy): Promise<Target[]> {
  const targets: Target[] = plans.map(() => ({ sheet: undefined as unknown as Excel.Worksheet, oldCharts: null }));
  const items: (Work & { plan: number })[] = [];
  plans.forEach((plan, i) => {
    const block = buildBlock(plan);
    const [first, ...rest] = pieces(block, budget);
    const head: Piece = { start: 0, end: Math.min(HEAD_ROWS, block.rows), bytes: 0 };
    items.push({
      plan: i,
      bytes: PREPARE_BYTES + headBytes(block, head) + (first?.bytes ?? 0),
      queue: () => {
        targets[i] = prepare(context, plan);
        fill(targets[i].sheet, block, head);
        if (first) fill(targets[i].sheet, block, first);
      },
    });
    for (const piece of rest) items.push({ plan: i, bytes: piece.bytes, queue: () => fill(targets[i].sheet, block, piece) });
  });

  const batches = pack(items, budget);
  const lastBatch = plans.map((_, i) => batches.reduce((last, batch, k) => (batch.some((it) => it.plan === i) ? k : last), -1));
  for (let k = 0; k < batches.length; k++) {
    try {
      await syncOnce(
        context,
        () => {
          context.application.suspendApiCalculationUntilNextSync();
          for (const item of batches[k]) item.queue();
        },
        policy,
      );
    } catch (err) {
      const complete = plans.filter((_, i) => lastBatch[i] < k).map((p) => p.name);
      throw new WriteIncompleteError(complete, plans.filter((p) => !complete.includes(p.name)).map((p) => p.name), err);
    }
  }
  return targets;
}

/**
 * plan.replace: the engine saw the add-in's own sheet under that name; it is emptied where it stands
 * (values, formats, merges, fills by value, frozen rows) rather than deleted, which would turn every formula
 * pointing at it into #REF! and move its tab to the end. Otherwise the name is free and the sheet is added.
 */
function prepare(context: Excel.RequestContext, plan: SheetPlan): Target {
  const sheets = context.workbook.worksheets;
  if (!plan.replace) return { sheet: sheets.add(plan.name), oldCharts: null };
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
