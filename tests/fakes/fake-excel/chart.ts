/** Charts kept as metadata: type, position, title, legend, axis, and the ranges each series is bound to. */
import { colCount, parseAddress, qualify, rowCount } from "./address";
import type { FakeChart as ChartData, FakeChartSeries, FakeSheet } from "./book";
import { FakeContext, FakeProxy, loadNames } from "./context";
import { officeError } from "./errors";
import type { FakeRange } from "./range";

const CHART_TYPES = ["Line", "LineMarkers", "XYScatterLines", "XYScatterLinesNoMarkers", "ColumnClustered", "BarClustered", "Area", "Pie"];

interface ChartTarget {
  sheet: FakeSheet;
  chart: ChartData;
}

/** Every chart proxy: fails on demand (failChartCall) and checks the chart still exists. */
abstract class ChartPart<T> extends FakeProxy<T> {
  protected snapshot(_t: T, _prop: string): unknown {
    return undefined;
  }
  protected chartCall(method: string, args: unknown[], apply: (t: T) => void): void {
    this.ctx.enqueue(this.path, method, args, () => {
      this.ctx.failChart(method);
      apply(this.target());
    });
  }
}

function rangeAddress(r: FakeRange): string {
  const t = r.target();
  return qualify(t.sheet.name, t.bounds);
}

function cellArg(x: FakeRange | string): string {
  if (typeof x === "string") {
    parseAddress(x);
    return x.toUpperCase();
  }
  return rangeAddress(x).split("!")[1];
}

export class FakeChartCollection extends ChartPart<FakeSheet> {
  private counter = 0;
  protected snapshot(sheet: FakeSheet, prop: string): unknown {
    if (prop === "count") return sheet.charts.length;
    if (prop !== "items") return undefined;
    return sheet.charts.map((chart, i) => {
      const proxy = new FakeChartProxy(this.ctx, `${this.path}.items[${i}]`, () => ({ sheet, chart }));
      proxy.prime("name", chart.name);
      return proxy;
    });
  }
  /** "items/name" loads the items (with their names). */
  load(names?: unknown): this {
    const props = loadNames(names).map((p) => (p.startsWith("items") ? "items" : p));
    return super.load([...new Set(props)]);
  }
  get items(): FakeChartProxy[] {
    return this.read("items");
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartProxy {
    const proxy = new FakeChartProxy(this.ctx, `${this.path}.add#${++this.counter}`, () => null);
    this.ctx.enqueue(this.path, "add", [type, sourceData, seriesBy ?? "Auto"], () => {
      this.ctx.failChart("add");
      const sheet = this.target();
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", `Unknown chart type '${type}'.`);
      const src = sourceData.target();
      const byRows = seriesBy === "Rows";
      const n = byRows ? rowCount(src.bounds) : colCount(src.bounds);
      const series: FakeChartSeries[] = [];
      for (let i = 0; i < n; i++) {
        const b = byRows
          ? { ...src.bounds, top: src.bounds.top + i, bottom: src.bounds.top + i }
          : { ...src.bounds, left: src.bounds.left + i, right: src.bounds.left + i };
        series.push({ name: `Series${i + 1}`, values: qualify(src.sheet.name, b), xValues: null });
      }
      const chart: ChartData = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: null,
        legend: {},
        valueAxis: {},
        categoryAxis: {},
        series,
        from: null,
        to: null,
      };
      sheet.charts.push(chart);
      proxy.bind({ sheet, chart });
    });
    return proxy;
  }
}

export class FakeChartProxy extends ChartPart<ChartTarget> {
  readonly title = new FakeChartText(this.ctx, this.path + ".title", () => this.target().chart, (c, v) => (c.title = v));
  readonly legend = new FakeChartLegend(this.ctx, this.path + ".legend", () => this.target().chart);
  readonly axes = new FakeChartAxes(this.ctx, this.path + ".axes", () => this.target().chart);
  readonly series = new FakeSeriesCollection(this.ctx, this.path + ".series", () => this.target().chart);
  protected isGone(t: ChartTarget): boolean {
    return !t.sheet.charts.includes(t.chart);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.chartCall("name", [v], (t) => (t.chart.name = v));
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.chartCall("setPosition", [startCell, endCell ?? null], (t) => {
      t.chart.from = cellArg(startCell);
      t.chart.to = endCell === undefined ? null : cellArg(endCell);
    });
  }
  delete(): void {
    this.chartCall("delete", [], (t) => t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1));
  }
}

export class FakeChartText extends ChartPart<ChartData> {
  constructor(ctx: FakeContext, path: string, chart: () => ChartData, private readonly assign: (c: ChartData, v: string) => void) {
    super(ctx, path, chart);
  }
  set text(v: string) {
    this.chartCall("text", [v], (c) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "Title text must be a string.");
      this.assign(c, v);
    });
  }
}

export class FakeChartLegend extends ChartPart<ChartData> {
  set visible(v: boolean) {
    this.chartCall("legend.visible", [v], (c) => (c.legend.visible = v));
  }
  set position(v: string) {
    this.chartCall("legend.position", [v], (c) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(v))
        throw officeError("InvalidArgument", `Invalid legend position '${v}'.`);
      c.legend.position = v;
    });
  }
}

export class FakeChartAxes extends ChartPart<ChartData> {
  readonly valueAxis = new FakeChartAxis(this.ctx, this.path + ".valueAxis", this.chart, "value");
  readonly categoryAxis = new FakeChartAxis(this.ctx, this.path + ".categoryAxis", this.chart, "category");
  constructor(ctx: FakeContext, path: string, private readonly chart: () => ChartData) {
    super(ctx, path, chart);
  }
}

export class FakeChartAxis extends ChartPart<ChartData> {
  readonly title: FakeChartText;
  constructor(ctx: FakeContext, path: string, chart: () => ChartData, private readonly kind: "value" | "category") {
    super(ctx, path, chart);
    this.title = new FakeChartText(ctx, path + ".title", chart, (c, v) =>
      kind === "value" ? (c.valueAxis.title = v) : (c.categoryAxis.title = v),
    );
  }
  private setBound(key: "minimum" | "maximum", v: number): void {
    this.chartCall(`axis.${key}`, [v], (c) => {
      if (this.kind !== "value") throw officeError("InvalidOperation", "Only a value axis has a minimum and maximum.");
      if (typeof v !== "number" || !Number.isFinite(v)) throw officeError("InvalidArgument", `Invalid axis ${key}.`);
      c.valueAxis[key] = v;
    });
  }
  set minimum(v: number) {
    this.setBound("minimum", v);
  }
  set reversePlotOrder(v: boolean) {
    this.chartCall("axis.reversePlotOrder", [v], (c) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "reversePlotOrder must be a boolean.");
      (this.kind === "value" ? c.valueAxis : c.categoryAxis).reversePlotOrder = v;
    });
  }
  set maximum(v: number) {
    this.setBound("maximum", v);
  }
}

interface SeriesTarget {
  chart: ChartData;
  series: FakeChartSeries;
}

export class FakeSeriesCollection extends ChartPart<ChartData> {
  add(name?: string): FakeSeries {
    const proxy = new FakeSeries(this.ctx, `${this.path}.add(${JSON.stringify(name ?? "")})`, () => null);
    this.chartCall("series.add", [name ?? null], (chart) => {
      const series: FakeChartSeries = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
      chart.series.push(series);
      proxy.bind({ chart, series });
    });
    return proxy;
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      const chart = this.target();
      const series = chart.series[index];
      if (!series) throw officeError("InvalidArgument", `No series at index ${index}.`);
      return { chart, series };
    });
  }
}

export class FakeSeries extends ChartPart<SeriesTarget> {
  readonly format = {
    line: new FakeSeriesLine(this.ctx, this.path + ".format.line", () => this.target().series),
    fill: new FakeSeriesFill(this.ctx, this.path + ".format.fill", () => this.target().series),
  };
  set name(v: string) {
    this.chartCall("series.name", [v], (t) => (t.series.name = v));
  }
  setValues(sourceData: FakeRange): void {
    this.chartCall("setValues", [sourceData], (t) => (t.series.values = rangeAddress(sourceData)));
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.chartCall("setXAxisValues", [sourceData], (t) => (t.series.xValues = rangeAddress(sourceData)));
  }
  delete(): void {
    this.chartCall("series.delete", [], (t) => t.chart.series.splice(t.chart.series.indexOf(t.series), 1));
  }
}

export class FakeSeriesLine extends ChartPart<FakeChartSeries> {
  set color(v: string) {
    this.chartCall("line.color", [v], (s) => (s.color = v));
  }
  set lineStyle(v: string) {
    this.chartCall("line.lineStyle", [v], (s) => {
      if (!["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75", "Automatic", "RoundDot"].includes(v))
        throw officeError("InvalidArgument", `Invalid line style '${v}'.`);
      s.lineStyle = v;
    });
  }
}

export class FakeSeriesFill extends ChartPart<FakeChartSeries> {
  setSolidColor(v: string): void {
    this.chartCall("fill.setSolidColor", [v], (s) => {
      if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/.test(v)) throw officeError("InvalidArgument", `Invalid color '${v}'.`);
      s.fill = v;
    });
  }
}
