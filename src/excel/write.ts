/**
 * writePlans: the tables first (replace the add-in's own sheets, values, formats, layout) in one request
 * when they fit the budget, else in as few as it allows; then the charts. Sheets outside the plans are never
 * named, so never touched.
 */
import { linkLocation, type SheetPlan } from "../engine/plan/sheet-plan";
import type { WriteReport } from "../app/door";
import { buildBlock, TEXT_FORMAT, type Block } from "./block";
import { OP_BYTES, REQUEST_BUDGET, pack, pieces, utf8Length, type Piece, type Work } from "./chunks";
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
  // Links into the workbook (ExcelApi 1.7), never a HYPERLINK formula.
  plans.forEach((plan, i) =>
    (plan.links ?? []).forEach((l) => {
      const documentReference = linkLocation(l);
      items.push({ bytes: 3 * OP_BYTES + 2 * utf8Length(documentReference), queue: () => (sheets[i].getRange(l.at).hyperlink = { documentReference, textToDisplay: l.cell }) });
    }),
  );

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

/** Formats before values in the same request: a risky text cell is "@" by the time its value lands. */
function fill(sheet: Excel.Worksheet, block: Block, piece: Piece): void {
  if (block.cols === 0) return;
  for (const { box, format } of block.formatRuns) {
    const top = Math.max(box.top, piece.start);
    const bottom = Math.min(box.bottom, piece.end - 1);
    if (top > bottom) continue;
    const width = box.right - box.left + 1;
    const rows = bottom - top + 1;
    sheet.getRangeByIndexes(top, box.left, rows, width).numberFormat = Array.from({ length: rows }, () => new Array<string>(width).fill(format));
  }
  for (const [r, c] of block.textCells) if (r >= piece.start && r < piece.end) sheet.getRangeByIndexes(r, c, 1, 1).numberFormat = [[TEXT_FORMAT]];
  sheet.getRangeByIndexes(piece.start, 0, piece.end - piece.start, block.cols).values = block.values.slice(piece.start, piece.end);
}
