/**
 * Charts: the rewritten sheets' old charts deleted and the new ones added, every series bound to the written
 * cells so the charts stay live when the workbook is opened without the add-in. Chart APIs differ across hosts
 * and builds, so a chart the host refuses leaves the tables in place and comes back as a warning.
 */
import { describeError } from "../app/error-message";
import type { ChartSpec, SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, pack, type Work } from "./chunks";
import { syncOnce, type SyncPolicy } from "./sync";
import type { Target } from "./write-tables";

export function chartWork(plans: SheetPlan[], targets: Target[]): Work[] {
  const items: Work[] = [];
  plans.forEach((plan, i) => {
    const old = targets[i].oldCharts;
    if (old && old.items.length > 0) items.push({ bytes: (1 + old.items.length) * OP_BYTES, queue: () => old.items.forEach((c) => c.delete()) });
    for (const spec of plan.charts)
      if (spec.series.length > 0) items.push({ bytes: (14 + 8 * spec.series.length) * OP_BYTES, queue: () => queueChart(targets[i].sheet, spec) });
  });
  return items;
}

/**
 * Charts again after a request that held them failed: whatever charts the sheets hold now go (some of the new
 * ones may have been made), then every chart once more. Stops at the first refusal: the host would refuse the
 * rest the same way.
 */
export async function redoCharts(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  targets: Target[],
  budget: number,
  policy: SyncPolicy,
): Promise<string[]> {
  if (plans.every((p) => p.charts.length === 0) && targets.every((t) => !t.oldCharts)) return [];
  try {
    const now = await syncOnce(context, () => targets.map((t) => t.sheet.charts.load("items/name")), policy);
    const fresh = targets.map((t, i) => ({ ...t, oldCharts: now[i] }));
    for (const batch of pack(chartWork(plans, fresh), budget)) await syncOnce(context, () => batch.forEach((it) => it.queue()), policy);
    return [];
  } catch (err) {
    return [chartWarning(plans, err)];
  }
}

export function chartWarning(plans: SheetPlan[], err: unknown): string {
  const names = plans.filter((p) => p.charts.length > 0).map((p) => `"${p.name}"`).join(", ");
  return (
    `Grafik di lembar ${names} tidak dapat dibuat oleh Excel. ${describeError(err)} ` +
    "Tabel datanya tetap tertulis; grafik dapat dibuat sendiri dari tabel tersebut, atau jalankan Hitung Capaian lagi."
  );
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  // Created from the first series' range, then every series bound explicitly (values and categories).
  const bar = spec.type === "bar";
  const chart = sheet.charts.add(bar ? "BarClustered" : "Line", sheet.getRange(spec.series[0].values), "Columns");
  chart.title.text = spec.title;
  // One series of bars needs no legend; bars read top down in the table's order.
  chart.legend.visible = !bar;
  if (!bar) chart.legend.position = "Bottom";
  if (bar) chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(spec.from, spec.to);
  const categories = sheet.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
    if (bar) series.format.fill.setSolidColor(s.color);
    else series.format.line.color = s.color;
    if (s.dashed) series.format.line.lineStyle = "Dash";
  });
  const axis = chart.axes.valueAxis;
  axis.minimum = spec.yMin;
  axis.maximum = spec.yMax;
  axis.title.text = spec.yTitle;
}
