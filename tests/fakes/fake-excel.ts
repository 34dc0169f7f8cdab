/**
 * An in-memory Excel for tests: the subset of the Excel JS API the door uses, behaving like Excel
 * (load before read, values after sync, writes applied at sync, Office-like errors) and counting round trips
 * and request bytes. No node imports: it is also bundled into the stub office.js of the end-to-end test.
 */
import { cellName, colName, parseAddress } from "./fake-excel/address";
import { FakeBook, type FakeChart, type FakeConditionalFormat, type FakeTable, type FakeValue, type FakeVisibility } from "./fake-excel/book";
import { FakeContext, type FakeExcelOptions, type FakeRunOptions, type SyncStats } from "./fake-excel/context";
import { FakeWorksheetCollection } from "./fake-excel/worksheet";

export type { FakeExcelOptions } from "./fake-excel/context";
export type { FakeChart, FakeChartSeries, FakeConditionalFormat, FakeTable, FakeValue, FakeVisibility } from "./fake-excel/book";
export { FakeOfficeError } from "./fake-excel/errors";

/** A sheet to start from: a Grid fits (values from (top, left)); formulas and layout are optional. */
export interface FakeSheetData {
  name: string;
  values: FakeValue[][];
  formats?: string[][];
  /** Formula text ("=SUM(A1:A3)") by position, same shape as values; the value stays the cached result. */
  formulas?: (string | null)[][];
  top?: number;
  left?: number;
  /** A1 ranges. */
  merges?: string[];
  /** A Grid's hidden flag, or Excel's own visibility (VeryHidden: only code can show it again). */
  hidden?: boolean;
  visibility?: FakeVisibility;
  /** A Grid's hidden rows and columns: relative to top and left, like values. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** An AutoFilter on an A1 range (header row first); `filtered`: the rows it hides, relative to top like hiddenRows. */
  autoFilter?: { range: string; filtered?: number[] };
}

/** What the tests read back: every cell from A1 to the end of the used range (formats included). */
export interface FakeSheetSnapshot {
  name: string;
  values: FakeValue[][];
  formulas: (string | null)[][];
  formats: string[][];
  /** Format runs resolved per cell, only for cells that have any: "B4" -> { "font.bold": true, ... } */
  styles: Record<string, Record<string, unknown>>;
  merges: string[];
  columnWidths: Record<string, number>;
  freezeRows: number;
  charts: FakeChart[];
  tables: FakeTable[];
  /** Top priority first. */
  conditionalFormats: FakeConditionalFormat[];
  visibility: FakeVisibility;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run's two forms: run(batch) and run(options, batch). */
export interface ExcelRunLike {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: FakeRunOptions, batch: Batch<T>): Promise<T>;
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application", "suspendApiCalculationUntilNextSync()", [], () => undefined);
  }
}

/** What Excel.run hands the batch: workbook.worksheets, application, sync(). */
export class FakeRequestContext {
  readonly workbook: { worksheets: FakeWorksheetCollection };
  readonly application: FakeApplication;
  constructor(readonly inner: FakeContext) {
    this.workbook = { worksheets: new FakeWorksheetCollection(inner) };
    this.application = new FakeApplication(inner);
  }
  sync<T>(passThroughValue?: T): Promise<T> {
    return this.inner.sync().then(() => passThroughValue as T);
  }
}

export class FakeExcel {
  readonly book = new FakeBook();
  private readonly stats: SyncStats = { syncCount: 0, requestBytes: [], responseBytes: [], refused: 0, delayed: 0, operations: [] };
  /** The options of every Excel.run so far, in order. */
  readonly runs: FakeRunOptions[] = [];

  constructor(readonly options: FakeExcelOptions = {}) {}

  static fromSheets(sheets: FakeSheetData[], options: FakeExcelOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const data of sheets) fake.putSheet(data);
    fake.book.activeSheet = fake.book.sheets[0]?.name ?? null;
    return fake;
  }

  /** Build from Grid[] (or anything shaped like it). */
  static fromGrids(grids: FakeSheetData[], options: FakeExcelOptions = {}): FakeExcel {
    return FakeExcel.fromSheets(grids, options);
  }

  /** Add a sheet directly (no sync counted): for setting up a test. */
  putSheet(data: FakeSheetData): void {
    const sheet = this.book.add(data.name);
    sheet.visibility = data.visibility ?? (data.hidden ? "Hidden" : "Visible");
    const top = data.top ?? 0, left = data.left ?? 0;
    data.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const format = data.formats?.[i]?.[j];
        const cell = { value: v === "" ? null : v, formula: data.formulas?.[i]?.[j] ?? undefined, numberFormat: format && format !== "General" ? format : undefined };
        if (cell.value !== null || cell.formula !== undefined || cell.numberFormat !== undefined) {
          sheet.setNumberFormat(top + i, left + j, cell.numberFormat ?? "General");
          const stored = sheet.cell(top + i, left + j)!;
          stored.value = cell.value;
          if (cell.formula) stored.formula = cell.formula;
          if (!cell.numberFormat) delete stored.numberFormat;
        }
      }),
    );
    for (const m of data.merges ?? []) sheet.merges.push(parseAddress(m));
    for (const r of data.hiddenRows ?? []) sheet.hiddenRows.add(top + r);
    for (const c of data.hiddenCols ?? []) sheet.hiddenCols.add(left + c);
    if (data.autoFilter) {
      const filtered = data.autoFilter.filtered ?? [];
      for (const r of filtered) sheet.hiddenRows.add(top + r);
      sheet.autoFilter = { bounds: parseAddress(data.autoFilter.range), filtered: filtered.length > 0 };
    }
  }

  /** Excel.run: a fresh context per batch; pending work is flushed when the batch ends, as Office.js does. */
  readonly run: ExcelRunLike = (async <T>(first: FakeRunOptions | Batch<T>, second?: Batch<T>): Promise<T> => {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second!];
    this.runs.push(options);
    const inner = new FakeContext(this.book, this.options, this.stats, options);
    const result = await batch(new FakeRequestContext(inner) as unknown as Excel.RequestContext);
    await inner.sync();
    return result;
  }) as ExcelRunLike;

  get syncCount(): number {
    return this.stats.syncCount;
  }
  get requestBytes(): number[] {
    return this.stats.requestBytes;
  }
  get responseBytes(): number[] {
    return this.stats.responseBytes;
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.stats.requestBytes);
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.stats.responseBytes);
  }
  /** Requests Excel refused for their size (request or response); the work they carried was wasted. */
  get refusedCount(): number {
    return this.stats.refused;
  }
  get delayedCount(): number {
    return this.stats.delayed;
  }
  /** Every operation sent, when the fake was made with recordOperations. */
  get operations(): readonly { sync: number; path: string; member: string; args: unknown[] }[] {
    return this.stats.operations;
  }
  resetCounters(): void {
    this.stats.syncCount = 0;
    this.stats.requestBytes.length = 0;
    this.stats.responseBytes.length = 0;
    this.stats.refused = 0;
    this.stats.delayed = 0;
    this.stats.operations.length = 0;
  }

  sheetNames(): string[] {
    return this.book.live.map((s) => s.name);
  }
  get activeSheet(): string | null {
    return this.book.activeSheet;
  }
  get selection(): { sheet: string; address: string } | null {
    return this.book.selection;
  }

  /** Every cell of one sheet, from A1; undefined when there is no such sheet. */
  sheet(name: string): FakeSheetSnapshot | undefined {
    const sheet = this.book.find(name);
    if (!sheet) return undefined;
    const used = sheet.usedBounds(false);
    const rows = used ? used.bottom + 1 : 0, cols = used ? used.right + 1 : 0;
    const values: FakeValue[][] = [], formulas: (string | null)[][] = [], formats: string[][] = [];
    const styles: Record<string, Record<string, unknown>> = {};
    for (let r = 0; r < rows; r++) {
      values.push([]);
      formulas.push([]);
      formats.push([]);
      for (let c = 0; c < cols; c++) {
        const cell = sheet.cell(r, c);
        values[r].push(cell?.value ?? null);
        formulas[r].push(cell?.formula ?? null);
        formats[r].push(cell?.numberFormat ?? "General");
      }
    }
    // Each run painted over the cells it covers (within the used extent), later runs winning, as in Excel.
    for (const run of sheet.formatRuns)
      for (let r = run.bounds.top; r <= Math.min(run.bounds.bottom, rows - 1); r++)
        for (let c = run.bounds.left; c <= Math.min(run.bounds.right, cols - 1); c++) {
          const at = cellName(r, c);
          (styles[at] ??= {})[run.key] = run.value;
        }
    const columnWidths: Record<string, number> = {};
    for (const [c, w] of sheet.columnWidths) columnWidths[colName(c)] = w;
    return {
      name: sheet.name,
      values,
      formulas,
      formats,
      styles,
      merges: sheet.merges.map((m) => `${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)}`),
      columnWidths,
      freezeRows: sheet.freezeRows,
      charts: JSON.parse(JSON.stringify(sheet.charts)),
      tables: JSON.parse(JSON.stringify(sheet.tables)),
      conditionalFormats: JSON.parse(JSON.stringify(sheet.conditionalFormats)),
      visibility: sheet.visibility,
    };
  }

  /** Every sheet, in tab order. */
  snapshot(): FakeSheetSnapshot[] {
    return this.sheetNames().map((n) => this.sheet(n)!);
  }

  /** One cell, for short assertions. */
  cell(
    sheetName: string,
    address: string,
  ): { value: FakeValue; formula: string | null; format: string; style: Record<string, unknown>; type: "Empty" | "String" | "Double" | "Boolean" | "Error" } {
    const sheet = this.book.find(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const m = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
    if (!m) throw new Error(`bad address ${address}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    const r = Number(m[2]) - 1;
    c -= 1;
    const cell = sheet.cell(r, c);
    const value = cell?.value ?? null;
    const type = cell?.error ? "Error" : value === null ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";
    return { value, formula: cell?.formula ?? null, format: cell?.numberFormat ?? "General", style: sheet.formatAt(r, c), type };
  }
}
