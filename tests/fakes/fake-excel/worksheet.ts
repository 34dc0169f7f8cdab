/** Worksheets, their collection, freeze panes. */
import { MAX_COLS, MAX_ROWS } from "./address";
import type { FakeBook, FakeSheet } from "./book";
import { FakeContext, FakeProxy, loadNames } from "./context";
import { officeError } from "./errors";
import { FakeChartCollection } from "./chart";
import { FakeTableCollection } from "./table";
import { FakeRange, rangeOn } from "./range";

export class FakeWorksheet
  extends FakeProxy<FakeSheet>
  implements Pick<Excel.Worksheet, "name" | "isNullObject" | "activate" | "delete" | "visibility">
{
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly tables: FakeTableCollection;
  readonly autoFilter: FakeAutoFilter;
  constructor(ctx: FakeContext, path: string, resolver: () => FakeSheet | null, nullable = false) {
    super(ctx, path, resolver, nullable);
    this.autoFilter = new FakeAutoFilter(ctx, this.ref + ".autoFilter", () => this.target());
    this.freezePanes = new FakeFreezePanes(ctx, path + ".freezePanes", () => this.target());
    this.charts = new FakeChartCollection(ctx, path + ".charts", () => this.target());
    this.tables = new FakeTableCollection(ctx, path + ".tables", () => this.target());
  }
  protected isGone(t: FakeSheet): boolean {
    return t.deleted;
  }
  protected snapshot(t: FakeSheet, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "position") return this.ctx.book.sheets.indexOf(t);
    if (prop === "visibility") return t.visibility;
    return undefined;
  }
  /** For a collection priming its items. */
  peek(t: FakeSheet, prop: string): unknown {
    return this.snapshot(t, prop);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, (t) => {
      const other = this.ctx.book.find(v);
      if (other && other !== t) throw officeError("ItemAlreadyExists", `A sheet named '${v}' already exists.`);
      t.name = v;
    });
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write("visibility", v, (t) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeError("InvalidArgument", `Invalid visibility '${v}'.`);
      if (v !== "Visible" && !this.ctx.book.live.some((s) => s !== t && s.visibility === "Visible"))
        throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      t.visibility = v;
    });
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) {
      return new FakeRange(this.ctx, this.path + ".getRange()", () => ({
        sheet: this.target(),
        bounds: { top: 0, left: 0, bottom: 1048575, right: 16383 },
      }));
    }
    return rangeOn(this.ctx, this.path, () => this.target(), address);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return new FakeRange(this.ctx, `${this.path}.getRangeByIndexes(${args.join(",")})`, () => {
      if (!args.every(Number.isInteger) || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 ||
          startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS)
        throw officeError("InvalidArgument", `Invalid range indexes: ${args.join(", ")}`);
      return { sheet: this.target(), bounds: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    // An empty sheet's used range is A1, as in Excel.
    return new FakeRange(this.ctx, `${this.path}.getUsedRange(${!!valuesOnly})`, () => {
      const sheet = this.target();
      return { sheet, bounds: sheet.usedBounds(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.ref}.getUsedRangeOrNullObject(${!!valuesOnly})`,
      () => {
        const sheet = this.targetOrNull();
        const bounds = sheet?.usedBounds(!!valuesOnly);
        return sheet && bounds ? { sheet, bounds } : null;
      },
      true,
    );
  }
  /** The next sheet in tab order (visible ones only when asked); a chain of these is addressed by id. */
  getNextOrNullObject(visibleOnly?: boolean): FakeWorksheet {
    const path = `${this.ctx.nextRef()}=${this.ref}.getNextOrNullObject(${!!visibleOnly})`;
    return new FakeWorksheet(this.ctx, path, () => {
      const sheet = this.targetOrNull();
      if (!sheet) return null;
      const live = this.ctx.book.live;
      return live.slice(live.indexOf(sheet) + 1).find((s) => !visibleOnly || s.visibility === "Visible") ?? null;
    }, true);
  }
  /** How later calls name this object on the wire: its id when it has one (a chain link), else its path. */
  get ref(): string {
    return this.path.startsWith("#") ? this.path.slice(0, this.path.indexOf("=")) : this.path;
  }
  activate(): void {
    this.call("activate", [], (t) => {
      if (t.visibility !== "Visible") throw officeError("InvalidOperation", "This operation is not permitted for the current object.", this.path);
      this.ctx.book.activeSheet = t.name;
    });
  }
  delete(): void {
    this.call("delete", [], (t) => this.ctx.book.remove(t));
  }
}

/** The sheet's AutoFilter (ExcelApi 1.9): whether there is one, whether it filters, its range. */
export class FakeAutoFilter extends FakeProxy<FakeSheet> implements Pick<Excel.AutoFilter, "enabled" | "isDataFiltered"> {
  protected snapshot(t: FakeSheet, prop: string): unknown {
    this.ctx.requireApi(1.9, "autoFilter");
    if (prop === "enabled") return t.autoFilter !== null;
    if (prop === "isDataFiltered") return t.autoFilter?.filtered ?? false;
    return undefined;
  }
  get enabled(): boolean {
    return this.read("enabled");
  }
  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.getRangeOrNullObject()`,
      () => {
        this.ctx.requireApi(1.9, "autoFilter");
        const sheet = this.target();
        return sheet.autoFilter ? { sheet, bounds: sheet.autoFilter.bounds } : null;
      },
      true,
    );
  }
}

export class FakeFreezePanes extends FakeProxy<FakeSheet> implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze"> {
  protected snapshot(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.call("freezeRows", [count ?? 1], (t) => {
      t.freezeRows = count ?? 1;
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], (t) => {
      t.freezeRows = 0;
    });
  }
}

export class FakeWorksheetCollection extends FakeProxy<FakeBook> {
  private counter = 0;
  private itemProps = ["name"];
  constructor(ctx: FakeContext) {
    super(ctx, "workbook.worksheets", () => ctx.book);
  }
  protected snapshot(book: FakeBook, prop: string): unknown {
    if (prop === "items")
      return book.live.map((s, i) => {
        const ws = new FakeWorksheet(this.ctx, `${this.path}.items[${i}]`, () => s);
        for (const p of this.itemProps) ws.prime(p, ws.peek(s, p));
        return ws;
      });
    if (prop === "count") return book.live.length;
    return undefined;
  }
  /** "items/name,items/position" loads items with those properties. */
  load(names?: unknown): this {
    const props = loadNames(names);
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (sub.length) this.itemProps = sub;
    const rest = props.filter((p) => !p.startsWith("items"));
    if (props.some((p) => p.startsWith("items"))) rest.push("items");
    return super.load(rest);
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem(${JSON.stringify(name)})`, () => this.ctx.book.find(name) ?? null);
  }
  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getFirst(${!!visibleOnly})`, () => {
      const first = this.ctx.book.live.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw officeError("ItemNotFound", "The workbook has no worksheet.");
      return first;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this.ctx.book.find(name) ?? null, true);
  }
  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this.ctx.book.sheets.length + 1}`;
    const ws = new FakeWorksheet(this.ctx, `${this.path}.add(${JSON.stringify(sheetName)})#${++this.counter}`, () => null);
    this.ctx.enqueue(this.path, "add()", [sheetName], () => {
      ws.bind(this.ctx.book.add(sheetName));
    });
    return ws;
  }
}
