/**
 * writePlans: the tables first (replace the add-in's own sheets, values, formats, layout) in one request
 * when they fit the budget, else in as few as it allows; then the charts. Sheets outside the plans are never
 * named, so never touched.
 */
import type { SheetPlan } from "../engine/plan/sheet-plan";
import type { WriteReport } from "../app/door";
import { buildBlock, type Block } from "./block";
import { OP_BYTES, REQUEST_BUDGET, pack, pieces, type Piece, type Work } from "./chunks";
import { layoutWork } from "./styles";
import { addCharts } from "./write-charts";

export async function writePlans(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  budget: number = REQUEST_BUDGET,
): Promise<WriteReport> {
  if (plans.length === 0) return { written: [], warnings: [] };
  const sheets: Excel.Worksheet[] = [];
  const items: Work[] = [
    { bytes: (1 + 2 * plans.length) * OP_BYTES, queue: () => plans.forEach((plan) => sheets.push(freshSheet(context, plan))) },
  ];
  plans.forEach((plan, i) => {
    const block = buildBlock(plan);
    for (const piece of pieces(block)) items.push({ bytes: piece.bytes, queue: () => fill(sheets[i], block, piece) });
  });
  plans.forEach((plan, i) => items.push(...layoutWork(() => sheets[i], plan)));

  for (const batch of pack(items, budget)) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const item of batch) item.queue();
    await context.sync();
  }

  const warnings = await addCharts(context, plans, sheets, budget);
  return { written: plans.map((p) => p.name), warnings };
}

/** plan.replace: the engine saw the add-in's own sheet under that name; otherwise the name is free. */
function freshSheet(context: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (plan.replace) sheets.getItem(plan.name).delete();
  return sheets.add(plan.name);
}

/** Formats before values in the same request: a text cell is "@" by the time its value lands. */
function fill(sheet: Excel.Worksheet, block: Block, piece: Piece): void {
  if (block.cols === 0) return;
  const range = sheet.getRangeByIndexes(piece.start, 0, piece.end - piece.start, block.cols);
  const formats = block.formats.slice(piece.start, piece.end);
  if (formats.some((row) => row.some((f) => f !== "General"))) range.numberFormat = formats;
  range.values = block.values.slice(piece.start, piece.end);
}
