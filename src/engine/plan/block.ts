/** Building a SheetPlan row by row, so sheet layouts read top to bottom. */
import { a1 } from "../grid";
import type { CellLink, CellStyle, ChartSpec, PlanValue, SheetPlan, SheetRole, TableSpec } from "./sheet-plan";

export class PlanBuilder {
  private rows: PlanValue[][] = [];
  private links: CellLink[] = [];
  private plan: SheetPlan;

  constructor(name: string, role: SheetRole, replace: boolean) {
    this.plan = { name, role, replace, values: this.rows, numberFormats: [], styles: [], merges: [], columnWidths: [], freezeRows: 0, charts: [], conditionalFills: [], links: this.links };
  }

  /** Zero-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  row(values: PlanValue[]): number {
    this.rows.push(values);
    return this.rows.length - 1;
  }

  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.rows.push([]);
  }

  /** Style a rectangle given zero-based rows and columns (inclusive). */
  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.plan.styles.push({ range: range(r1, c1, r2, c2), style });
  }

  format(r1: number, c1: number, r2: number, c2: number, format: string): void {
    this.plan.numberFormats.push({ range: range(r1, c1, r2, c2), format });
  }

  /** One conditional rule per value over rows r1..r2 of column c. */
  fillByValue(c: number, r1: number, r2: number, fills: Record<string, string>): void {
    if (r2 < r1) return;
    for (const [equals, fill] of Object.entries(fills)) this.plan.conditionalFills.push({ range: range(r1, c, r2, c), equals, fill });
  }

  /** Cell (r, c) links to `sheet`!`cell`. */
  link(r: number, c: number, sheet: string, cell: string): void {
    this.links.push({ at: a1(r, c), sheet, cell });
  }

  merge(r: number, c1: number, c2: number): void {
    this.plan.merges.push(range(r, c1, r, c2));
  }

  chart(spec: ChartSpec): void {
    this.plan.charts.push(spec);
  }

  /** An Excel table over rows r1..r2 (r1 the header) and columns c1..c2. */
  table(r1: number, c1: number, r2: number, c2: number, style: TableSpec["style"] = "TableStyleLight9"): void {
    (this.plan.tables ??= []).push({ range: range(r1, c1, r2, c2), style });
  }

  widths(w: number[]): void {
    this.plan.columnWidths = w;
  }

  freeze(rows: number): void {
    this.plan.freezeRows = rows;
  }

  build(): SheetPlan {
    const width = Math.max(...this.rows.map((r) => r.length), 1);
    for (const r of this.rows) while (r.length < width) r.push(null);
    return this.plan;
  }
}

export function range(r1: number, c1: number, r2: number, c2: number): string {
  const a = a1(r1, c1);
  const b = a1(r2, c2);
  return a === b ? a : `${a}:${b}`;
}
