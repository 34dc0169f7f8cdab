import type { SheetPlan } from "../../engine/plan/sheet-plan";
import { chartXml } from "./chart-xml";
import { drawingRelsXml, drawingXml } from "./drawing-xml";
import { parseRange } from "./range";

export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface ChartLayout {
  /** Content-type overrides for the chart and drawing parts. */
  overrides: { path: string; type: string }[];
  /** Plan index to the number of its drawing part (xl/drawings/drawingN.xml). */
  drawingOf: Map<number, number>;
}

/** Where the charts go: per sheet with charts one drawing part holding every chart's anchor, one part per chart. */
export function chartLayout(plans: SheetPlan[]): ChartLayout {
  const out: ChartLayout = { overrides: [], drawingOf: new Map() };
  let chart = 1;
  plans.forEach((plan, index) => {
    if (plan.charts.length === 0) return;
    for (let i = 0; i < plan.charts.length; i++) out.overrides.push({ path: `xl/charts/chart${chart++}.xml`, type: CT_CHART });
    const drawing = out.drawingOf.size + 1;
    out.overrides.push({ path: `xl/drawings/drawing${drawing}.xml`, type: CT_DRAWING });
    out.drawingOf.set(index, drawing);
  });
  return out;
}

/** Native line charts for the plans that have them, handed to `add` part by part in the layout's numbering. */
export function writeCharts(plans: SheetPlan[], layout: ChartLayout, add: (path: string, xml: string) => void): void {
  let chartNumber = 1;
  plans.forEach((plan, index) => {
    const drawing = layout.drawingOf.get(index);
    if (drawing === undefined) return;
    const source = { sheet: plan.name, values: plan.values, formatAt: formatLookup(plan) };
    const numbers: number[] = [];
    for (const spec of plan.charts) {
      add(`xl/charts/chart${chartNumber}.xml`, chartXml(spec, source));
      numbers.push(chartNumber++);
    }
    add(`xl/drawings/drawing${drawing}.xml`, drawingXml(plan.charts));
    add(`xl/drawings/_rels/drawing${drawing}.xml.rels`, drawingRelsXml(numbers));
  });
}

/** Number format of a cell as the plan sets it (the last run covering the cell wins), else "General". */
function formatLookup(plan: SheetPlan): (row: number, col: number) => string {
  const runs = plan.numberFormats.map((f) => ({ range: parseRange(f.range), format: f.format })).reverse();
  return (row, col) => {
    const hit = runs.find((r) => row >= r.range.top && row <= r.range.bottom && col >= r.range.left && col <= r.range.right);
    return hit ? hit.format : "General";
  };
}
