/** A plan's layout on a sheet as work items: fonts, fills, borders, alignment, wrap, merges, widths, frozen rows. */
import { columnLetters } from "../engine/grid";
import type { CellStyle, SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, type Work } from "./chunks";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER_COLOR = "#BFBFBF";

/** Column width in characters to points: about 7 px a character plus 5 px padding, at 0.75 pt per px. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function layoutWork(sheet: () => Excel.Worksheet, plan: SheetPlan): Work[] {
  const items: Work[] = plan.styles.map((run) => ({
    bytes: (1 + styleOps(run.style)) * OP_BYTES,
    queue: () => applyStyle(sheet().getRange(run.range), run.style),
  }));
  for (const m of plan.merges) items.push({ bytes: 2 * OP_BYTES, queue: () => sheet().getRange(m).merge(false) });
  plan.columnWidths.forEach((chars, col) => {
    const letters = columnLetters(col);
    if (chars > 0)
      items.push({ bytes: 3 * OP_BYTES, queue: () => (sheet().getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(chars)) });
  });
  if (plan.freezeRows > 0) items.push({ bytes: 2 * OP_BYTES, queue: () => sheet().freezePanes.freezeRows(plan.freezeRows) });
  return items;
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
