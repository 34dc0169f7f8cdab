/** Range and its format objects. */
import { type Bounds, colCount, parseAddress, qualify, rowCount } from "./address";
import type { FakeCell, FakeSheet } from "./book";
import { conditionalFormatsOn, type FakeConditionalFormatCollection } from "./conditional";
import { FakeContext, FakeProxy } from "./context";
import { officeError, propertyNotLoaded } from "./errors";

export interface RangeTarget {
  sheet: FakeSheet;
  bounds: Bounds;
}

type RangeProps =
  | "address"
  | "values"
  | "valueTypes"
  | "numberFormat"
  | "formulas"
  | "rowCount"
  | "columnCount"
  | "rowHidden"
  | "columnHidden"
  | "isNullObject";

function matrix<V>(b: Bounds, at: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row: V[] = [];
    for (let c = b.left; c <= b.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

/**
 * Excel wants a 2-D array of exactly the range's size; a property that broadcasts (numberFormat) also takes a
 * 1×1 array, applied to every cell of the bounded range. Any other shape is refused.
 */
function checkShape(b: Bounds, data: unknown, broadcast = false): unknown[][] {
  const rows = rowCount(b), cols = colCount(b);
  if (rows * cols > 5_000_000) throw officeError("InvalidArgument", "The range is too large.");
  if (broadcast && Array.isArray(data) && data.length === 1 && Array.isArray(data[0]) && data[0].length === 1)
    return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(data[0][0]));
  if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols))
    throw officeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return data as unknown[][];
}

export class FakeRange extends FakeProxy<RangeTarget> implements Pick<Excel.Range, RangeProps | "merge" | "unmerge" | "select" | "clear" | "getRowProperties" | "getColumnProperties"> {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, path: string, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, path, resolver, nullable);
    this.format = new FakeRangeFormat(ctx, path + ".format", () => this.target());
    this.conditionalFormats = conditionalFormatsOn(ctx, path + ".conditionalFormats", () => this.target());
  }

  protected snapshot(t: RangeTarget, prop: string): unknown {
    const b = t.bounds;
    switch (prop) {
      case "address":
        return qualify(t.sheet.name, b);
      case "values":
        return matrix(b, (r, c) => t.sheet.value(r, c) ?? "");
      case "valueTypes":
        return matrix(b, (r, c) => valueType(t.sheet.cell(r, c)));
      case "formulas":
        return matrix(b, (r, c) => t.sheet.formula(r, c) ?? "");
      case "numberFormat":
        return matrix(b, (r, c) => t.sheet.numberFormat(r, c));
      case "rowCount":
        return rowCount(b);
      case "columnCount":
        return colCount(b);
      case "rowHidden":
        return t.sheet.allHidden(t.sheet.hiddenRows, b.top, b.bottom);
      case "columnHidden":
        return t.sheet.allHidden(t.sheet.hiddenCols, b.left, b.right);
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): any[][] {
    return this.read("values");
  }
  /** ExcelApi 1.2: true when all the range's rows are hidden, false when none, null when some. */
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  /** ExcelApi 1.9: one entry per row of the range, with what was asked of rowHidden and rowIndex (zero-based, in the sheet). */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.RowProperties[]> {
    return this.properties("getRowProperties", options, (t) => {
      const out: Excel.RowProperties[] = [];
      for (let r = t.bounds.top; r <= t.bounds.bottom; r++)
        out.push({ ...(options.rowHidden ? { rowHidden: t.sheet.hiddenRows.has(r) } : {}), ...(options.rowIndex ? { rowIndex: r } : {}) });
      return out;
    });
  }
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.ColumnProperties[]> {
    return this.properties("getColumnProperties", options, (t) => {
      const out: Excel.ColumnProperties[] = [];
      for (let c = t.bounds.left; c <= t.bounds.right; c++)
        out.push({ ...(options.columnHidden ? { columnHidden: t.sheet.hiddenCols.has(c) } : {}), ...(options.columnIndex ? { columnIndex: c } : {}) });
      return out;
    });
  }
  private properties<V>(method: string, options: object, make: (t: RangeTarget) => V[]): OfficeExtension.ClientResult<V[]> {
    const result = new FakeClientResult<V[]>(this.path + "." + method);
    this.ctx.enqueue(this.path, method + "()", [options], () => {
      this.ctx.requireApi(1.9, method);
      // A method of a null object (a used range of a sheet emptied since) answers nothing, as the fake's other calls do.
      const t = this.targetOrNull();
      return result.set(t ? make(t) : []);
    });
    return result as unknown as OfficeExtension.ClientResult<V[]>;
  }
  set values(data: any[][]) {
    this.write("values", data, (t) => {
      const rows = checkShape(t.bounds, data);
      rows.forEach((row, i) => row.forEach((v, j) => t.sheet.input(t.bounds.top + i, t.bounds.left + j, v)));
    });
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(data: any[][]) {
    this.values = data;
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(data: any[][]) {
    this.write("numberFormat", data, (t) => {
      const rows = checkShape(t.bounds, data, true);
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return;
          if (typeof f !== "string") throw officeError("InvalidArgument", "A number format must be text.");
          t.sheet.setNumberFormat(t.bounds.top + i, t.bounds.left + j, f);
        }),
      );
    });
  }
  merge(across?: boolean): void {
    this.call("merge", [across ?? false], (t) => {
      if (across) for (let r = t.bounds.top; r <= t.bounds.bottom; r++) t.sheet.merge({ ...t.bounds, top: r, bottom: r });
      else t.sheet.merge(t.bounds);
    });
  }
  unmerge(): void {
    this.call("unmerge", [], (t) => t.sheet.unmerge(t.bounds));
  }
  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    const what = applyTo ?? "All";
    this.call("clear", [what], (t) => {
      if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(what))
        throw officeError("InvalidArgument", `Invalid applyTo '${what}'.`, this.path);
      t.sheet.clear(t.bounds, what);
    });
  }
  select(): void {
    this.call("select", [], (t) => {
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", "This operation is not permitted for the current object.", this.path);
      const book = this.ctx.book;
      book.activeSheet = t.sheet.name;
      book.selection = { sheet: t.sheet.name, address: qualify(t.sheet.name, t.bounds).split("!")[1] };
    });
  }
}

/** What a method returns for after the sync (OfficeExtension.ClientResult): reading it earlier fails. */
export class FakeClientResult<V> {
  private ready = false;
  private v: V | undefined;
  constructor(private readonly where: string) {}
  /** At sync: keep the answer; its size on the wire. */
  set(v: V): number {
    this.v = v;
    this.ready = true;
    return JSON.stringify(v).length;
  }
  get value(): V {
    if (!this.ready) throw propertyNotLoaded("value", this.where);
    return this.v as V;
  }
}

/** Excel.RangeValueType of a cell, as Range.valueTypes reads it. */
function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.value === null && !cell.formula)) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

/** Format objects write "format runs": (bounds, key, value), resolved per cell when read back. */
abstract class FormatPart extends FakeProxy<RangeTarget> {
  constructor(ctx: FakeContext, path: string, protected readonly range: () => RangeTarget) {
    super(ctx, path, range);
  }
  protected snapshot(): unknown {
    return undefined;
  }
  protected setRun(key: string, value: unknown, check?: (v: unknown) => boolean): void {
    this.write(key, value, (t) => {
      if (check && !check(value)) throw officeError("InvalidArgument", `Invalid value for ${key}: ${JSON.stringify(value)}`);
      t.sheet.formatRuns.push({ bounds: t.bounds, key, value });
    });
  }
}

const isColor = (v: unknown) => typeof v === "string" && /^#[0-9A-Fa-f]{6}$|^[A-Za-z]+$/.test(v);
const oneOf = (...xs: string[]) => (v: unknown) => typeof v === "string" && xs.includes(v);

export class FakeRangeFormat extends FormatPart {
  readonly font = new FakeRangeFont(this.ctx, this.path + ".font", this.range);
  readonly fill = new FakeRangeFill(this.ctx, this.path + ".fill", this.range);
  readonly borders = new FakeBorders(this.ctx, this.path + ".borders", this.range);
  set wrapText(v: boolean) {
    this.setRun("wrapText", v, (x) => typeof x === "boolean");
  }
  set horizontalAlignment(v: string) {
    this.setRun("horizontalAlignment", v, oneOf("General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"));
  }
  set verticalAlignment(v: string) {
    this.setRun("verticalAlignment", v, oneOf("Top", "Center", "Bottom", "Justify", "Distributed"));
  }
  /** In points, for every column the range spans. */
  set columnWidth(points: number) {
    this.write("columnWidth", points, (t) => {
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5)
        throw officeError("InvalidArgument", `Invalid column width: ${points}`);
      for (let c = t.bounds.left; c <= t.bounds.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeRangeFont extends FormatPart {
  set bold(v: boolean) {
    this.setRun("font.bold", v, (x) => typeof x === "boolean");
  }
  set italic(v: boolean) {
    this.setRun("font.italic", v, (x) => typeof x === "boolean");
  }
  set color(v: string) {
    this.setRun("font.color", v, isColor);
  }
  set size(v: number) {
    this.setRun("font.size", v, (x) => typeof x === "number" && x >= 1 && x <= 409);
  }
  set name(v: string) {
    this.setRun("font.name", v, (x) => typeof x === "string");
  }
}

export class FakeRangeFill extends FormatPart {
  set color(v: string) {
    this.setRun("fill.color", v, isColor);
  }
}

const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class FakeBorders extends FormatPart {
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.ctx, `${this.path}[${index}]`, this.range, index);
  }
}

export class FakeBorder extends FormatPart {
  constructor(ctx: FakeContext, path: string, range: () => RangeTarget, private readonly index: string) {
    super(ctx, path, range);
  }
  private check(): void {
    if (!BORDERS.includes(this.index)) throw officeError("InvalidArgument", `Unknown border '${this.index}'.`);
  }
  set style(v: string) {
    this.setRun(`border.${this.index}.style`, v, (x) => {
      this.check();
      return oneOf("None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot")(x);
    });
  }
  set color(v: string) {
    this.setRun(`border.${this.index}.color`, v, (x) => {
      this.check();
      return isColor(x);
    });
  }
  set weight(v: string) {
    this.setRun(`border.${this.index}.weight`, v, (x) => {
      this.check();
      return oneOf("Hairline", "Thin", "Medium", "Thick")(x);
    });
  }
}

export function rangeOn(ctx: FakeContext, path: string, sheet: () => FakeSheet, address: string): FakeRange {
  return new FakeRange(ctx, `${path}.getRange(${JSON.stringify(address)})`, () => ({ sheet: sheet(), bounds: parseAddress(address) }));
}
