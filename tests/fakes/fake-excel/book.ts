/** The workbook's state behind the proxies: plain data, changed only when a sync applies queued work. */
import { type Bounds, MAX_COLS, contains, overlaps } from "./address";
import { coerce } from "./coerce";
import { officeError } from "./errors";

export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  /** What Range.values reads. Formula cells are not evaluated: their value stays null. */
  value: FakeValue;
  formula?: string;
  numberFormat?: string;
  /** Set when the cell holds an error value (#N/A typed in, a reference to a deleted sheet): Range.valueTypes says "Error". */
  error?: true;
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

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
  /** format.fill.setSolidColor (bars). */
  fill?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string | null;
  legend: { visible?: boolean; position?: string };
  valueAxis: { minimum?: number; maximum?: number; title?: string; reversePlotOrder?: boolean };
  categoryAxis: { title?: string; reversePlotOrder?: boolean };
  series: FakeChartSeries[];
  from: string | null;
  to: string | null;
}

/** An Excel table (ListObject): its range within the sheet, style, and the column names taken from its header row. */
export interface FakeTable {
  name: string;
  range: string;
  style: string;
  headers: string[];
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

export class FakeSheet {
  deleted = false;
  visibility: FakeVisibility = "Visible";
  readonly cells = new Map<number, FakeCell>();
  readonly formatRuns: FormatRun[] = [];
  readonly merges: Bounds[] = [];
  readonly columnWidths = new Map<number, number>();
  freezeRows = 0;
  readonly charts: FakeChart[] = [];
  readonly tables: FakeTable[] = [];
  /** Top priority first, as Excel lists them (each add() goes to the top). */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Hidden rows and columns, zero-based in the sheet; a row a filter hides is hidden here too, as in Excel. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  /** The sheet's AutoFilter: its range (header row first); filtered when it has criteria. */
  autoFilter: { bounds: Bounds; filtered: boolean } | null = null;
  constructor(public name: string) {}

  /** Excel's Range.rowHidden / columnHidden: true when every one of [from, to] is hidden, false when none, else null. */
  allHidden(set: Set<number>, from: number, to: number): boolean | null {
    let n = 0;
    for (const i of set) if (i >= from && i <= to) n++;
    return n === 0 ? false : n === to - from + 1 ? true : null;
  }

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
   * Range.values semantics: null leaves the cell alone, "" clears it; a string is taken the way Excel takes
   * typing (see coerce.ts) unless the cell is Text ("@"), where only the leading apostrophe is special.
   */
  input(r: number, c: number, v: unknown): void {
    if (v === null || v === undefined) return;
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
      throw officeError("InvalidArgument", `Unsupported cell value: ${JSON.stringify(v)}`);
    if (typeof v === "number" && !Number.isFinite(v)) throw officeError("InvalidArgument", "Number is not finite.");
    const cell = this.edit(r, c);
    delete cell.formula;
    delete cell.error;
    if (v === "") {
      cell.value = null;
      return;
    }
    if (typeof v !== "string") {
      cell.value = v;
      return;
    }
    if (cell.numberFormat === "@") {
      cell.value = v.startsWith("'") ? v.slice(1) : v;
      return;
    }
    const typed = coerce(v);
    if (typed.kind === "formula") {
      cell.formula = typed.formula;
      cell.value = null;
      return;
    }
    cell.value = typed.value;
    if (typed.kind === "error") cell.error = true;
    // Excel gives a cell the format of what was typed (85% -> 0%, a date -> a date format) if it had none.
    if (typed.kind === "number" && typed.format && (cell.numberFormat ?? "General") === "General") cell.numberFormat = typed.format;
  }

  /** Range.clear: "Contents" empties values and formulas; "Formats" drops formats, merges and conditional formats. */
  clear(b: Bounds, applyTo: string): void {
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    for (const [k, cell] of [...this.cells]) {
      const r = Math.floor(k / MAX_COLS), c = k % MAX_COLS;
      if (!contains(b, r, c)) continue;
      if (contents) {
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      }
      if (formats) delete cell.numberFormat;
      if (cell.value === null && cell.formula === undefined && cell.numberFormat === undefined) this.cells.delete(k);
    }
    if (!formats) return;
    const runs = this.formatRuns.splice(0).flatMap((run) => outside(run.bounds, b).map((bounds) => ({ ...run, bounds })));
    this.formatRuns.push(...runs);
    this.unmerge(b);
    this.clearConditionalFormats(b);
  }

  unmerge(b: Bounds): void {
    const kept = this.merges.filter((m) => !overlaps(m, b));
    this.merges.splice(0, this.merges.length, ...kept);
    this.indexed = -1;
  }

  /** Formats that reach into the range go (the fake does not split a format's range, as Excel would). */
  clearConditionalFormats(b: Bounds): void {
    const kept = this.conditionalFormats.filter((f) => !overlaps(boundsOfName(f.range), b));
    this.conditionalFormats.splice(0, this.conditionalFormats.length, ...kept);
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

  /** Merged areas by each row they cover, so a new merge checks only its rows' neighbours. */
  private mergeRows: Map<number, Bounds[]> | null = null;
  private mergesByRow(): Map<number, Bounds[]> {
    if (this.mergeRows && this.indexed === this.merges.length) return this.mergeRows;
    this.mergeRows = new Map();
    for (const m of this.merges) this.indexMerge(m);
    this.indexed = this.merges.length;
    return this.mergeRows;
  }
  private indexed = -1;
  private indexMerge(m: Bounds): void {
    for (let r = m.top; r <= m.bottom; r++) (this.mergeRows!.get(r) ?? this.mergeRows!.set(r, []).get(r)!).push(m);
  }

  merge(b: Bounds): void {
    const rows = this.mergesByRow();
    const near = new Set<Bounds>();
    for (let r = b.top; r <= Math.min(b.bottom, b.top + 10_000); r++) for (const m of rows.get(r) ?? []) near.add(m);
    if (b.bottom - b.top > 10_000) for (const m of this.merges) near.add(m);
    // Merging an area that is merged exactly so already changes nothing, as in Excel.
    const others = [...near];
    if (others.some((m) => m.top === b.top && m.left === b.left && m.bottom === b.bottom && m.right === b.right)) return;
    if (others.some((m) => overlaps(m, b))) throw officeError("InvalidOperation", "Cannot merge cells that overlap a merged range.");
    this.merges.push(b);
    this.indexMerge(b);
    this.indexed = this.merges.length;
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
    if (!this.live.some((s) => s !== sheet && s.visibility === "Visible"))
      throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.deleted = true;
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheet === sheet.name) this.activeSheet = this.live[0]?.name ?? null;
    // Every formula that pointed into the deleted sheet now points nowhere, as in Excel: ='Capaian'!I7 -> =#REF!I7.
    const ref = sheetReference(sheet.name);
    for (const other of this.live)
      for (const cell of other.cells.values())
        if (cell.formula && ref.test(cell.formula)) {
          cell.formula = cell.formula.replace(ref, "#REF!");
          cell.value = "#REF!";
          cell.error = true;
        }
  }
}

/** A sheet's name as formulas write it before "!": 'Kurva S'! quoted (inner quotes doubled) or Capaian! bare. */
function sheetReference(name: string): RegExp {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${esc(name.replace(/'/g, "''"))}'!`;
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `|(?<![A-Za-z0-9_.'])${esc(name)}!` : "";
  return new RegExp(`${quoted}${bare}`, "gi");
}

function boundsOfName(a1: string): Bounds {
  const [p, q] = a1.split(":").map((x) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: c - 1 };
  });
  const e = q ?? p;
  return { top: p.r, left: p.c, bottom: e.r, right: e.c };
}

/** What is left of `a` outside `cut`: up to four rectangles. */
function outside(a: Bounds, cut: Bounds): Bounds[] {
  if (!overlaps(a, cut)) return [a];
  const out: Bounds[] = [];
  if (a.top < cut.top) out.push({ ...a, bottom: cut.top - 1 });
  if (a.bottom > cut.bottom) out.push({ ...a, top: cut.bottom + 1 });
  const top = Math.max(a.top, cut.top), bottom = Math.min(a.bottom, cut.bottom);
  if (a.left < cut.left) out.push({ top, bottom, left: a.left, right: cut.left - 1 });
  if (a.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: a.right });
  return out;
}
