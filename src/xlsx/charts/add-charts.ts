import type JSZip from "jszip";
import type { SheetPlan } from "../../engine/plan/sheet-plan";
import { chartXml } from "./chart-xml";
import { drawingRelsXml, drawingXml } from "./drawing-xml";
import {
  addDrawingRel,
  addOverrides,
  CT_CHART,
  CT_DRAWING,
  insertDrawingElement,
  nextPartNumber,
  readText,
  relsPathOf,
  sheetParts,
} from "./package-parts";
import { parseRange } from "./range";

/**
 * Adds native line charts to a package exceljs wrote: per sheet with charts one drawing part holding
 * every chart's anchor, one chart part per chart, and the rels and content types that tie them in.
 */
export async function addCharts(zip: JSZip, plans: SheetPlan[]): Promise<void> {
  const withCharts = plans.filter((p) => p.charts.length > 0);
  if (withCharts.length === 0) return;
  const parts = await sheetParts(zip);
  const overrides: { path: string; type: string }[] = [];
  let chartNumber = nextPartNumber(zip, "xl/charts/chart");
  let drawingNumber = nextPartNumber(zip, "xl/drawings/drawing");

  for (const plan of withCharts) {
    const sheetPart = parts.get(plan.name);
    if (!sheetPart) throw new Error(`Lembar "${plan.name}" tidak ditemukan di berkas yang ditulis`);
    const source = { sheet: plan.name, values: plan.values, formatAt: formatLookup(plan) };
    const numbers: number[] = [];
    for (const spec of plan.charts) {
      const path = `xl/charts/chart${chartNumber}.xml`;
      zip.file(path, chartXml(spec, source));
      overrides.push({ path, type: CT_CHART });
      numbers.push(chartNumber++);
    }
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    zip.file(drawingPath, drawingXml(plan.charts));
    zip.file(relsPathOf(drawingPath), drawingRelsXml(numbers));
    overrides.push({ path: drawingPath, type: CT_DRAWING });

    const sheetRels = relsPathOf(sheetPart);
    const rel = addDrawingRel(await readText(zip, sheetRels), drawingNumber);
    zip.file(sheetRels, rel.xml);
    zip.file(sheetPart, insertDrawingElement((await readText(zip, sheetPart)) ?? "", rel.id));
    drawingNumber++;
  }
  zip.file("[Content_Types].xml", addOverrides((await readText(zip, "[Content_Types].xml")) ?? "", overrides));
}

/** Number format of a cell as the plan sets it (the last run covering the cell wins), else "General". */
function formatLookup(plan: SheetPlan): (row: number, col: number) => string {
  const runs = plan.numberFormats.map((f) => ({ range: parseRange(f.range), format: f.format })).reverse();
  return (row, col) => {
    const hit = runs.find((r) => row >= r.range.top && row <= r.range.bottom && col >= r.range.left && col <= r.range.right);
    return hit ? hit.format : "General";
  };
}
