/**
 * Charts go in their own request(s) after the tables: chart APIs differ across hosts and builds, so a chart
 * the host refuses must leave the written tables in place and come back as a warning.
 */
import type { ChartSpec, SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, pack, type Work } from "./chunks";

export async function addCharts(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  sheets: Excel.Worksheet[],
  budget: number,
): Promise<string[]> {
  const items: (Work & { sheet: string })[] = [];
  plans.forEach((plan, i) =>
    plan.charts.forEach((spec) => {
      if (spec.series.length > 0)
        items.push({ sheet: plan.name, bytes: (14 + 8 * spec.series.length) * OP_BYTES, queue: () => queueChart(sheets[i], spec) });
    }),
  );
  for (const batch of pack(items, budget)) {
    for (const item of batch) item.queue();
    try {
      await context.sync();
    } catch (err) {
      // Stop at the first refusal: the host would refuse the rest the same way.
      const names = [...new Set(items.map((it) => `"${it.sheet}"`))].join(", ");
      return [
        `Grafik di lembar ${names} tidak dapat dibuat oleh Excel (${detail(err)}). ` +
          "Tabel datanya tetap tertulis; grafik dapat dibuat sendiri dari tabel tersebut.",
      ];
    }
  }
  return [];
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  // Created from the first series' range, then every series bound explicitly (values and categories),
  // so the chart stays live on the written cells when the workbook is opened without the add-in.
  const chart = sheet.charts.add("Line", sheet.getRange(spec.series[0].values), "Columns");
  chart.title.text = spec.title;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  chart.setPosition(spec.from, spec.to);
  const categories = sheet.getRange(spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
    series.format.line.color = s.color;
    if (s.dashed) series.format.line.lineStyle = "Dash";
  });
  const axis = chart.axes.valueAxis;
  axis.minimum = spec.yMin;
  axis.maximum = spec.yMax;
  axis.title.text = spec.yTitle;
}

function detail(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e?.code ?? e?.message ?? String(err);
}
