/** The workbook's state behind the proxies: plain data, changed only when a sync applies queued work. */
import { type Bounds, MAX_COLS, contains, overlaps } from "./address";
import { officeError } from "./errors";

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  /** What Range.values reads. Formula cells are not evaluated: their value stays null. */
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
}

/** One format property set on a range; later runs win. */
export interface FormatRun {
  bounds: Bounds;
  key: string;
  value: unknown;
}

export interface FakeChartSeries {
  name: string;
  /** Sheet-qualified address of the values, e.g. "'Kurva S'!C6:C17". */
  values: string | null;
  xValues: string | null;
  color?: string;
  lineStyle?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string | null;
  legend: { visible?: boolean; position?: string };
  valueAxis: { minimum?: number; maximum?: number; title?: string };
  categoryAxis: { title?: string };
  series: FakeChartSeries[];
  from: string | null;
  to: string | null;
}

/** A conditional format as asked for: its type, the range it covers and, for "CellValue", the rule and look. */
export interface FakeConditionalFormat {
  type: string;
  /** A1 address within the sheet, e.g. "K6:K20". */
  range: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  /** format.fill.color */
  fill?: string;
  /** format.font.color */
  fontColor?: string;
}

const FORMULA_START = /^[=+\-@]/;
const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

export class FakeSheet {
  deleted = false;
  readonly cells = new Map<number, FakeCell>();
  readonly formatRuns: FormatRun[] = [];
  readonly merges: Bounds[] = [];
  readonly columnWidths = new Map<number, number>();
  freezeRows = 0;
  readonly charts: FakeChart[] = [];
  /** Top priority first, as Excel lists them (each add() goes to the top). */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  constructor(public name: string) {}

  private key(r: number, c: number): number {
    return r * MAX_COLS + c;
  }
  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  private edit(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: null }));
    return cell;
  }
  value(r: number, c: number): FakeValue {
    return this.cell(r, c)?.value ?? null;
  }
  formula(r: number, c: number): FakeValue {
    const cell = this.cell(r, c);
    return cell?.formula ?? cell?.value ?? null;
  }
  numberFormat(r: number, c: number): string {
    return this.cell(r, c)?.numberFormat ?? "General";
  }
  setNumberFormat(r: number, c: number, format: string): void {
    this.edit(r, c).numberFormat = format;
  }

  /**
   * Range.values semantics: null leaves the cell alone, "" clears it; in a cell not formatted as text
   * a string starting with = + - @ becomes a formula and number-like text becomes a number.
   */
  input(r: number, c: number, v: unknown): void {
    if (v === null || v === undefined) return;
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
      throw officeError("InvalidArgument", `Unsupported cell value: ${JSON.stringify(v)}`);
    if (typeof v === "number" && !Number.isFinite(v)) throw officeError("InvalidArgument", "Number is not finite.");
    const cell = this.edit(r, c);
    delete cell.formula;
    if (v === "") {
      cell.value = null;
      return;
    }
    if (typeof v !== "string" || cell.numberFormat === "@") {
      cell.value = v;
      return;
    }
    if (FORMULA_START.test(v)) {
      cell.formula = v.startsWith("=") ? v : "=" + v;
      cell.value = null;
    } else if (NUMBER_TEXT.test(v)) cell.value = Number(v);
    else if (/^(true|false)$/i.test(v)) cell.value = v.toLowerCase() === "true";
    else cell.value = v;
  }

  /** Cells holding something; with valuesOnly false, formatted cells count too (as in Excel). */
  usedBounds(valuesOnly: boolean): Bounds | null {
    let b: Bounds | null = null;
    const grow = (top: number, left: number, bottom: number, right: number) => {
      if (!b) b = { top, left, bottom, right };
      else b = { top: Math.min(b.top, top), left: Math.min(b.left, left), bottom: Math.max(b.bottom, bottom), right: Math.max(b.right, right) };
    };
    for (const [k, cell] of this.cells) {
      const filled = cell.value !== null || cell.formula !== undefined;
      const formatted = !valuesOnly && cell.numberFormat !== undefined && cell.numberFormat !== "General";
      if (filled || formatted) {
        const r = Math.floor(k / MAX_COLS), c = k % MAX_COLS;
        grow(r, c, r, c);
      }
    }
    if (!valuesOnly) for (const run of this.formatRuns) grow(run.bounds.top, run.bounds.left, run.bounds.bottom, run.bounds.right);
    return b;
  }

  formatAt(r: number, c: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const run of this.formatRuns) if (contains(run.bounds, r, c)) out[run.key] = run.value;
    return out;
  }

  merge(b: Bounds): void {
    if (this.merges.some((m) => overlaps(m, b))) throw officeError("InvalidOperation", "Cannot merge cells that overlap a merged range.");
    this.merges.push(b);
  }
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;

  find(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === lower);
  }
  get live(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }
  add(name: string): FakeSheet {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
      throw officeError("InvalidArgument", `The sheet name '${name}' is not valid.`);
    if (this.find(name)) throw officeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
  remove(sheet: FakeSheet): void {
    if (this.live.length <= 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.deleted = true;
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheet === sheet.name) this.activeSheet = this.live[0]?.name ?? null;
  }
}
