/**
 * Excel tables (Worksheet.tables): add over a range with headers, style, convertToRange, items loaded with
 * their names. As in Excel, a table may not overlap another table nor hold a merged cell, and table names
 * are unique in the workbook.
 */
import { boundsName, overlaps, parseAddress } from "./address";
import type { FakeSheet, FakeTable } from "./book";
import { FakeProxy, loadNames } from "./context";
import { officeError } from "./errors";
import type { FakeRange } from "./range";

const STYLE = /^TableStyle(Light|Medium|Dark)\d{1,2}$/;

interface TableTarget {
  sheet: FakeSheet;
  table: FakeTable;
}

let tableCounter = 0;

export class FakeTableCollection extends FakeProxy<FakeSheet> {
  private counter = 0;
  protected snapshot(sheet: FakeSheet, prop: string): unknown {
    if (prop === "count") return sheet.tables.length;
    if (prop !== "items") return undefined;
    return sheet.tables.map((table, i) => {
      const proxy = new FakeTableProxy(this.ctx, `${this.path}.items[${i}]`, () => ({ sheet, table }));
      proxy.prime("name", table.name);
      return proxy;
    });
  }
  load(names?: unknown): this {
    const props = loadNames(names).map((p) => (p.startsWith("items") ? "items" : p));
    return super.load([...new Set(props)]);
  }
  get items(): FakeTableProxy[] {
    return this.read("items");
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    const proxy = new FakeTableProxy(this.ctx, `${this.path}.add#${++this.counter}`, () => null);
    this.ctx.enqueue(this.path, "add()", [typeof address === "string" ? address : address.path, hasHeaders], () => {
      const sheet = this.target();
      const bounds = typeof address === "string" ? parseAddress(address.includes("!") ? address.split("!")[1] : address) : address.target().bounds;
      if (sheet.tables.some((t) => overlaps(parseAddress(t.range), bounds))) throw officeError("InvalidOperation", "A table can't overlap another table.", this.path);
      if (sheet.merges.some((m) => overlaps(m, bounds))) throw officeError("InvalidOperation", "A table can't contain merged cells.", this.path);
      const headers: string[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const v = hasHeaders ? sheet.value(bounds.top, c) : null;
        headers.push(v === null || v === "" ? `Column${c - bounds.left + 1}` : String(v));
      }
      const table: FakeTable = { name: `Table${++tableCounter}`, range: boundsName(bounds), style: "TableStyleMedium2", headers };
      sheet.tables.push(table);
      proxy.bind({ sheet, table });
    });
    return proxy;
  }
}

export class FakeTableProxy extends FakeProxy<TableTarget> {
  protected snapshot(t: TableTarget, prop: string): unknown {
    if (prop === "name") return t.table.name;
    if (prop === "style") return t.table.style;
    return undefined;
  }
  protected isGone(t: TableTarget): boolean {
    return !t.sheet.tables.includes(t.table);
  }
  get name(): string {
    return this.read("name");
  }
  set style(v: string) {
    this.write("style", v, (t) => {
      if (!STYLE.test(v)) throw officeError("InvalidArgument", `Unknown table style '${v}'.`, this.path);
      t.table.style = v;
    });
  }
  /** The table goes, its cells stay. */
  convertToRange(): void {
    this.call("convertToRange", [], (t) => t.sheet.tables.splice(t.sheet.tables.indexOf(t.table), 1));
  }
}
