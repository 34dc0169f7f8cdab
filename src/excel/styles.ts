/**
 * A plan's layout on a sheet as work items: fonts, fills, borders, alignment, wrap, merges, widths, frozen rows,
 * and fills that follow the cell's value (conditional formats).
 */
import { columnLetters } from "../engine/grid";
import { linkLocation, type CellStyle, type ConditionalFill, type SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, utf8Length, type Work } from "./chunks";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER_COLOR = "#BFBFBF";

/** Column width in characters to points: about 7 px a character plus 5 px padding, at 0.75 pt per px. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Kinds of layout, in the order they are applied; each can fail on its own and become a warning. */
export const LAYOUT_KINDS = ["styles", "merges", "widths", "freeze", "fills", "links"] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export interface LayoutWork extends Work {
  kind: LayoutKind;
}

export function layoutWork(sheet: () => Excel.Worksheet, plan: SheetPlan): LayoutWork[] {
  const items: LayoutWork[] = plan.styles.map((run) => ({
    kind: "styles",
    bytes: (1 + styleOps(run.style)) * OP_BYTES,
    queue: () => applyStyle(sheet().getRange(run.range), run.style),
  }));
  for (const m of plan.merges) items.push({ kind: "merges", bytes: 2 * OP_BYTES, queue: () => sheet().getRange(m).merge(false) });
  plan.columnWidths.forEach((chars, col) => {
    const letters = columnLetters(col);
    if (chars > 0)
      items.push({
        kind: "widths",
        bytes: 3 * OP_BYTES,
        queue: () => (sheet().getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(chars)),
      });
  });
  if (plan.freezeRows > 0) items.push({ kind: "freeze", bytes: 2 * OP_BYTES, queue: () => sheet().freezePanes.freezeRows(plan.freezeRows) });
  // Excel puts each new format at the top priority: added last to first, the plan's first fill ends on top.
  for (const cf of [...plan.conditionalFills].reverse())
    items.push({ kind: "fills", bytes: conditionalFillBytes(cf), queue: () => addConditionalFill(sheet(), cf) });
  // Links into the workbook (ExcelApi 1.7), never a HYPERLINK formula.
  for (const l of plan.links ?? []) {
    const documentReference = linkLocation(l);
    items.push({ kind: "links", bytes: 3 * OP_BYTES + 2 * utf8Length(documentReference), queue: () => (sheet().getRange(l.at).hyperlink = { documentReference, textToDisplay: l.cell }) });
  }
  return items;
}

/** Excel's formula for a text constant: ="Sangat Tinggi", a quote inside doubled. */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Four operations (getRange, add, fill colour, rule); the range travels in the paths, the text in the rule. */
function conditionalFillBytes(cf: ConditionalFill): number {
  return 4 * OP_BYTES + 4 * utf8Length(cf.range) + 2 * utf8Length(cf.equals) + cf.fill.length + 40;
}

/** "Cell value equal to <text>" (ExcelApi 1.6): the fill follows the value when someone edits the cell. */
function addConditionalFill(sheet: Excel.Worksheet, cf: ConditionalFill): void {
  // The type as text, not Excel.ConditionalFormatType.cellValue: the same value without needing the Excel global.
  const format = sheet.getRange(cf.range).conditionalFormats.add("CellValue").cellValue;
  format.format.fill.color = cf.fill;
  format.rule = { formula1: textFormula(cf.equals), operator: "EqualTo" };
}

function styleOps(style: CellStyle): number {
  const { border, ...rest } = style;
  return Object.keys(rest).length + (border ? 3 * BORDER_EDGES.length : 0) + 3;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.horizontal) f.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) f.verticalAlignment = VERTICAL[style.vertical];
  if (style.border)
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = BORDER_COLOR;
    }
}
