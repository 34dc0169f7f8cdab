import type { SheetPlan } from "../../engine/plan/sheet-plan";
import { chartXml } from "./chart-xml";
import { drawingRelsXml, drawingXml } from "./drawing-xml";
import { parseRange } from "./range";

export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface ChartParts {
  /** Part path to its XML: charts, drawings and the drawings' rels. */
  files: Map<string, string>;
  /** Content-type overrides for the new parts. */
  overrides: { path: string; type: string }[];
  /** Plan index to the number of its drawing part (xl/drawings/drawingN.xml). */
  drawingOf: Map<number, number>;
}

/**
 * Native line charts for the plans that have them: per sheet one drawing part holding every chart's anchor,
 * one chart part per chart.
 */
export function chartParts(plans: SheetPlan[]): ChartParts {
  const out: ChartParts = { files: new Map(), overrides: [], drawingOf: new Map() };
  let chartNumber = 1;
  let drawingNumber = 1;
  plans.forEach((plan, index) => {
    if (plan.charts.length === 0) return;
    const source = { sheet: plan.name, values: plan.values, formatAt: formatLookup(plan) };
    const numbers: number[] = [];
    for (const spec of plan.charts) {
      const path = `xl/charts/chart${chartNumber}.xml`;
      out.files.set(path, chartXml(spec, source));
      out.overrides.push({ path, type: CT_CHART });
      numbers.push(chartNumber++);
    }
    const drawing = `xl/drawings/drawing${drawingNumber}.xml`;
    out.files.set(drawing, drawingXml(plan.charts));
    out.files.set(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, drawingRelsXml(numbers));
    out.overrides.push({ path: drawing, type: CT_DRAWING });
    out.drawingOf.set(index, drawingNumber++);
  });
  return out;
}

/** Number format of a cell as the plan sets it (the last run covering the cell wins), else "General". */
function formatLookup(plan: SheetPlan): (row: number, col: number) => string {
  const runs = plan.numberFormats.map((f) => ({ range: parseRange(f.range), format: f.format })).reverse();
  return (row, col) => {
    const hit = runs.find((r) => row >= r.range.top && row <= r.range.bottom && col >= r.range.left && col <= r.range.right);
    return hit ? hit.format : "General";
  };
}
