/** Building a SheetPlan row by row, so sheet layouts read top to bottom. */
import { a1 } from "../grid";
import type { CellStyle, ChartSpec, PlanValue, SheetPlan, SheetRole } from "./sheet-plan";

export class PlanBuilder {
  private rows: PlanValue[][] = [];
  private plan: SheetPlan;

  constructor(name: string, role: SheetRole, replace: boolean) {
    this.plan = { name, role, replace, values: this.rows, numberFormats: [], styles: [], merges: [], columnWidths: [], freezeRows: 0, charts: [] };
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

  /**
   * Fill one column cell by cell, emitted as one run per stretch of equal colour: 10,000 coloured rows
   * become a few hundred runs, which is what keeps the Office.js request small.
   */
  fillColumn(c: number, fills: Map<number, string>): void {
    const rows = [...fills.keys()].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && fills.get(rows[j + 1]) === fills.get(rows[i])) j++;
      this.style(rows[i], c, rows[j], c, { fill: fills.get(rows[i]) });
      i = j + 1;
    }
  }

  merge(r: number, c1: number, c2: number): void {
    this.plan.merges.push(range(r, c1, r, c2));
  }

  chart(spec: ChartSpec): void {
    this.plan.charts.push(spec);
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
