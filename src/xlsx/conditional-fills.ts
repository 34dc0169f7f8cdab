import type { Worksheet } from "exceljs";
import type { ConditionalFill } from "../engine/plan/sheet-plan";
import { xmlSafe } from "./charts/xml-text";
import { hexColor } from "./color";

/**
 * A plan's fills by value as conditional formatting: per range one <conditionalFormatting>, per value one
 * "cell value equal to" rule. The first fill of the plan has the top priority (1), as the Office.js door leaves them.
 */
export function addConditionalFills(ws: Worksheet, fills: ConditionalFill[]): void {
  const byRange = new Map<string, ConditionalFill[]>();
  for (const f of fills) (byRange.get(f.range) ?? byRange.set(f.range, []).get(f.range)!).push(f);
  let priority = 1;
  for (const [ref, group] of byRange)
    ws.addConditionalFormatting({
      ref,
      rules: group.map((f) => ({
        type: "cellIs" as const,
        operator: "equal" as const,
        formulae: [textConstant(f.equals)],
        priority: priority++,
        // In a dxf Excel paints a solid fill in bgColor and ignores fgColor (the reverse of a cell's own fill);
        // LibreOffice reads bgColor too.
        style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: `FF${hexColor(f.fill)}` } } },
      })),
    });
}

/** The formula of a text constant: "Sangat Tinggi", a quote inside doubled; as the cell's text is stored. */
export function textConstant(text: string): string {
  return `"${xmlSafe(text).replace(/"/g, '""')}"`;
}
