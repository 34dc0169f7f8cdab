/**
 * The cells of the visible sheets in requests sized in advance, for a host that caps every answer (Excel on the
 * web: 5 MB). A request holds whole used ranges or row blocks of a large one, as many as the estimate allows,
 * and the used-range addresses still unknown (they size the next requests).
 * The estimate starts at a typical PK workbook's bytes per cell and follows what the answers weigh, per sheet
 * width (a workbook's PK, Rencana Aksi and Realisasi sheets each have their own width and density); a door
 * keeps what it learnt for its next read.
 * Number formats: when everything left fits in one answer with its formats, they come with the values; otherwise
 * only the cells that may be percentages, in the next request. A request Excel refuses all the same (the
 * estimate was wrong) is tried again smaller; the host counts it, nothing hides it.
 */
import type { Box } from "./address";
import type { Grid } from "../engine/grid";
import { readCells } from "./cell-values";
import { OP_BYTES } from "./chunks";
import { isTooLarge } from "./host-errors";
import { percentBoxes, type CellBox } from "./percent-cells";
import { acceptHidden, askBytes, askOf, HIDDEN_OPS_BYTES, placeHidden, queueHidden, ROW_ANSWER_BYTES, splitAsk, type HiddenAsk } from "./read-hidden";
import { setUsed, usedRange, type SheetEntry } from "./read-sheets";
import { syncOnce, type SyncPolicy } from "./sync";

export interface ReadBudget {
  /** Bytes an answer may carry, by our estimate. */
  response: number;
  /** Bytes a request may carry. */
  request: number;
  /** Ask which rows and columns are hidden where a used range says some are (ExcelApi 1.9); default true. */
  findHidden?: boolean;
}

/** Bytes per cell by sheet width, learnt from earlier answers: values and number formats. */
export interface Densities {
  values: [number, number][];
  formats: [number, number][];
}

/** Rows [row, row + rows) of a sheet's used box; whole: the box itself (its used-range proxy serves). */
interface Part {
  entry: SheetEntry;
  row: number;
  rows: number;
  whole: boolean;
}

interface FormatRead {
  entry: SheetEntry;
  box: CellBox;
}

export interface Batch {
  addresses: SheetEntry[];
  hidden: HiddenAsk[];
  parts: Part[];
  formats: FormatRead[];
  /** The parts' number formats come with their values (everything left fitted). */
  withFormats: boolean;
}

type Loaded = ReturnType<typeof queueBatch>;

/** Bytes per cell before any answer: PK workbooks weigh 7 to 16 (samples in ../shared/samples, bench/generate). */
const FIRST_VALUE_BYTES = 12;
/** "General" and its quotes; accounting formats are longer, and the estimate follows the answers. */
const FIRST_FORMAT_BYTES = 14;
/** Over the first guess only: the budget keeps a fifth under the limit, and later estimates are measured. */
const FIRST_MARGIN = 1.1;
const MIN_BYTES = 3;
/** Each range in an answer: its envelope (an address: about as much). */
export const RANGE_BYTES = 60;
/** Each range asked for: its object path and its load. */
export const RANGE_OPS_BYTES = 3 * OP_BYTES;
const MAX_REFUSALS = 8;

/** Bytes per cell, learnt from the answers: by sheet width when a sheet that wide was read, else the last seen. */
class Density {
  private readonly byWidth: Map<number, number>;
  private last: number | null = null;
  scale = 1;
  constructor(private readonly first: number, known: [number, number][] = []) {
    this.byWidth = new Map(known);
    if (known.length > 0) this.last = Math.max(...known.map(([, d]) => d));
  }
  of(width: number): number {
    const known = this.byWidth.get(width) ?? this.last;
    return Math.max(MIN_BYTES, (known ?? this.first * FIRST_MARGIN) * this.scale);
  }
  learn(width: number, bytes: number, cells: number): void {
    if (cells === 0) return;
    this.byWidth.set(width, bytes / cells);
    this.last = bytes / cells;
  }
  known(): [number, number][] {
    return [...this.byWidth];
  }
}

const widthOf = (entry: SheetEntry) => entry.box!.right - entry.box!.left + 1;

/** What is left to read, planned into requests under the budget. */
export class SizedReader {
  readonly grids = new Map<SheetEntry, Grid>();
  private readonly parts: Part[] = [];
  private readonly formats: FormatRead[] = [];
  private readonly addresses: SheetEntry[] = [];
  private readonly hidden: HiddenAsk[] = [];
  private readonly values: Density;
  private readonly formatDensity: Density;
  private refusals = 0;

  constructor(
    private readonly budget: ReadBudget,
    learnt?: Densities,
  ) {
    this.values = new Density(FIRST_VALUE_BYTES, learnt?.values);
    this.formatDensity = new Density(FIRST_FORMAT_BYTES, learnt?.formats);
  }

  /** A visible sheet: its cells are read once its address is known (asked for here when it is not). */
  add(entry: SheetEntry): void {
    if (entry.box === undefined) this.addresses.push(entry);
    else if (entry.box) {
      const box = entry.box;
      this.grids.set(entry, { name: entry.name, values: new Array(box.bottom - box.top + 1), formats: [], top: box.top, left: box.left });
      this.parts.push({ entry, row: box.top, rows: box.bottom - box.top + 1, whole: true });
      this.askHidden(entry);
    }
  }

  /** The sheet's hidden rows and columns, when its used range says it has some (asked with the next values). */
  askHidden(entry: SheetEntry): void {
    const ask = this.budget.findHidden === false ? null : askOf(entry);
    if (ask) this.hidden.push(ask);
  }

  /** Forget a sheet read on a guess that proved wrong (its size changed, it was hidden). */
  drop(entry: SheetEntry): void {
    this.grids.delete(entry);
    const keep = <T extends { entry: SheetEntry }>(list: T[]) => list.splice(0, list.length, ...list.filter((x) => x.entry !== entry));
    keep(this.parts);
    keep(this.formats);
    keep(this.hidden);
  }

  get done(): boolean {
    return this.parts.length === 0 && this.formats.length === 0 && this.addresses.length === 0 && this.hidden.length === 0;
  }

  densities(): Densities {
    return { values: this.values.known(), formats: this.formatDensity.known() };
  }

  /**
   * The next request: the addresses still unknown and the formats waiting first (small, and they finish earlier
   * sheets), then values until the answer is full by the estimate, the last part cut to the rows that still fit.
   * When all that is left fits with its formats, it goes in one request with them, and no request of formats
   * follows. `used`: what the same request carries besides (bytes of answer and of request).
   */
  take(used = { response: 0, request: 0 }): Batch {
    const { parts, formats, values } = this;
    let room = this.budget.response - used.response;
    let requestRoom = this.budget.request - used.request - 2 * OP_BYTES;
    const batch: Batch = { addresses: [], hidden: [], parts: [], formats: [], withFormats: false };
    while (this.addresses.length > 0 && requestRoom >= 2 * RANGE_OPS_BYTES && room > RANGE_BYTES) {
      batch.addresses.push(this.addresses.shift()!);
      room -= RANGE_BYTES;
      requestRoom -= RANGE_OPS_BYTES;
    }
    // Which rows and columns are hidden: small beside the values, and needed before the read ends.
    while (this.hidden.length > 0 && requestRoom >= HIDDEN_OPS_BYTES && room > RANGE_BYTES) {
      const ask = this.hidden[0];
      const cost = askBytes(ask) + RANGE_BYTES;
      if (cost <= room) {
        batch.hidden.push(this.hidden.shift()!);
        room -= cost;
        requestRoom -= HIDDEN_OPS_BYTES;
        continue;
      }
      const fit = Math.floor((room - RANGE_BYTES - askBytes({ ...ask, rows: 0 })) / ROW_ANSWER_BYTES);
      if (fit < 1 && (batch.addresses.length > 0 || batch.hidden.length > 0)) break;
      if (Math.max(1, fit) >= ask.rows) {
        batch.hidden.push(this.hidden.shift()!);
        break;
      }
      const [first, rest] = splitAsk(ask, Math.max(1, fit));
      batch.hidden.push(first);
      this.hidden[0] = rest;
      room -= askBytes(first) + RANGE_BYTES;
      requestRoom -= HIDDEN_OPS_BYTES;
      break;
    }
    while (formats.length > 0 && requestRoom >= RANGE_OPS_BYTES) {
      const cost = formats[0].box.rows * formats[0].box.cols * this.formatDensity.of(widthOf(formats[0].entry)) + RANGE_BYTES;
      if (cost > room && batch.formats.length > 0) break;
      batch.formats.push(formats.shift()!);
      room -= cost;
      requestRoom -= RANGE_OPS_BYTES;
    }
    const cellCost = (p: Part, withFormats: boolean) =>
      widthOf(p.entry) * (values.of(widthOf(p.entry)) + (withFormats ? this.formatDensity.of(widthOf(p.entry)) : 0));
    const allWithFormats = parts.reduce((sum, p) => sum + p.rows * cellCost(p, true) + RANGE_BYTES, 0);
    const last = this.addresses.length === 0 && batch.addresses.length === 0;
    if (last && parts.length > 0 && allWithFormats <= room && parts.length * RANGE_OPS_BYTES * 2 <= requestRoom) {
      batch.parts.push(...parts.splice(0));
      batch.withFormats = true;
      return batch;
    }
    const other = () => batch.parts.length > 0 || batch.formats.length > 0 || batch.addresses.length > 0 || batch.hidden.length > 0;
    while (parts.length > 0 && requestRoom >= RANGE_OPS_BYTES && room > RANGE_BYTES) {
      const part = parts[0];
      const rowBytes = cellCost(part, false);
      const cost = part.rows * rowBytes + RANGE_BYTES;
      if (cost <= room) {
        batch.parts.push(parts.shift()!);
        room -= cost;
        requestRoom -= RANGE_OPS_BYTES;
        continue;
      }
      const fit = Math.floor((room - RANGE_BYTES) / rowBytes);
      if (fit < 1 && other()) break;
      const rows = Math.max(1, fit);
      if (rows >= part.rows) {
        batch.parts.push(parts.shift()!);
        break;
      }
      batch.parts.push({ entry: part.entry, row: part.row, rows, whole: false });
      parts[0] = { entry: part.entry, row: part.row + rows, rows: part.rows - rows, whole: false };
      break;
    }
    return batch;
  }

  /** Excel refused the request for its size: everything in it waits again, and estimates double. */
  refused(batch: Batch, err: unknown): void {
    if (!isTooLarge(err) || ++this.refusals > MAX_REFUSALS) throw err;
    this.addresses.unshift(...batch.addresses);
    this.hidden.unshift(...batch.hidden);
    this.parts.unshift(...batch.parts);
    this.formats.unshift(...batch.formats);
    this.values.scale *= 2;
    this.formatDensity.scale *= 2;
  }

  /** What a synced request brought: addresses (their sheets join the plan), values, formats. */
  accept(batch: Batch, loaded: Loaded): void {
    for (const { entry, used } of loaded.addresses) {
      setUsed(entry, used);
      this.add(entry);
    }
    for (const h of loaded.hidden) acceptHidden(h);
    for (const { ask } of loaded.hidden) {
      const grid = this.grids.get(ask.entry);
      if (grid) placeHidden(grid, ask.entry.hiddenFound, ask.entry.box!);
    }
    const learnt = new Map<number, { bytes: number; cells: number; formatBytes: number; formatCells: number }>();
    const tally = (width: number) => learnt.get(width) ?? learnt.set(width, { bytes: 0, cells: 0, formatBytes: 0, formatCells: 0 }).get(width)!;
    for (const { part, range } of loaded.parts) {
      const grid = this.grids.get(part.entry)!;
      const width = widthOf(part.entry);
      const { rows, bytes } = readCells(range.values);
      rows.forEach((row, i) => (grid.values[part.row - grid.top + i] = row));
      const t = tally(width);
      t.bytes += bytes;
      t.cells += rows.length * width;
      if (batch.withFormats) {
        t.formatBytes += placeFormats(grid, part.row, grid.left, range.numberFormat);
        t.formatCells += rows.length * width;
      } else for (const box of percentBoxes(rows, part.row, grid.left)) this.formats.push({ entry: part.entry, box });
    }
    for (const { read, range } of loaded.formats) {
      const t = tally(widthOf(read.entry));
      t.formatBytes += placeFormats(this.grids.get(read.entry)!, read.box.row, read.box.col, range.numberFormat);
      t.formatCells += read.box.rows * read.box.cols;
    }
    for (const [width, t] of learnt) {
      this.values.learn(width, t.bytes, t.cells);
      this.formatDensity.learn(width, t.formatBytes, t.formatCells);
    }
  }
}

/** Requests until everything the reader holds is read. */
export async function readSized(context: Excel.RequestContext, policy: SyncPolicy, reader: SizedReader): Promise<Map<SheetEntry, Grid>> {
  while (!reader.done) {
    const batch = reader.take();
    let loaded: Loaded;
    try {
      loaded = await syncOnce(context, () => queueBatch(batch), policy);
    } catch (err) {
      reader.refused(batch, err);
      continue;
    }
    reader.accept(batch, loaded);
  }
  return reader.grids;
}

/** Formats read for a rectangle at sheet (row, col), into the grid; the bytes they weighed. */
function placeFormats(grid: Grid, row: number, col: number, formats: unknown[][]): number {
  let bytes = 0;
  formats.forEach((line, i) => {
    const out = (grid.formats[row - grid.top + i] ??= []);
    line.forEach((f, j) => {
      const text = typeof f === "string" ? f : "General";
      out[col - grid.left + j] = text;
      bytes += text.length + 3;
    });
  });
  return bytes;
}

export function queueBatch(batch: Batch) {
  return {
    addresses: batch.addresses.map((entry) => ({ entry, used: usedRange(entry.sheet) })),
    hidden: batch.hidden.map(queueHidden),
    formats: batch.formats.map((read) => {
      const { row, col, rows, cols } = read.box;
      const range = read.entry.sheet.getRangeByIndexes(row, col, rows, cols);
      range.load("numberFormat");
      return { read, range };
    }),
    parts: batch.parts.map((part) => {
      const box: Box = part.entry.box!;
      const range = part.whole && part.entry.used ? part.entry.used : part.entry.sheet.getRangeByIndexes(part.row, box.left, part.rows, widthOf(part.entry));
      range.load(batch.withFormats ? "values,numberFormat" : "values");
      return { part, range };
    }),
  };
}
