/**
 * The cells of the visible sheets in requests sized in advance, for a host that caps every answer (Excel on the
 * web: 5 MB). A request holds whole used ranges or row blocks of a large one, as many as the estimate allows.
 * The estimate starts at a typical PK workbook's bytes per cell and follows what the answers weigh, per sheet
 * width (a workbook's PK, Rencana Aksi and Realisasi sheets each have their own width and density).
 * Number formats: when everything left fits in one answer with its formats, they come with the values; otherwise
 * only the cells that may be percentages, in the next request. A request Excel refuses all the same (the
 * estimate was wrong) is tried again smaller; the host counts it, nothing hides it.
 */
import type { Grid } from "../engine/grid";
import { readCells } from "./cell-values";
import { OP_BYTES } from "./chunks";
import { isTooLarge } from "./host-errors";
import { percentBoxes, type CellBox } from "./percent-cells";
import type { SheetEntry } from "./read-sheets";
import { syncOnce, type SyncPolicy } from "./sync";

export interface ReadBudget {
  /** Bytes an answer may carry, by our estimate. */
  response: number;
  /** Bytes a request may carry. */
  request: number;
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

interface Batch {
  parts: Part[];
  formats: FormatRead[];
  /** The parts' number formats come with their values (everything left fitted). */
  withFormats: boolean;
}

/** Bytes per cell before any answer: PK workbooks weigh 7 to 12 (samples in ../shared/samples). */
const FIRST_VALUE_BYTES = 12;
/** "General" and its quotes; accounting formats are longer, and the estimate follows the answers. */
const FIRST_FORMAT_BYTES = 14;
/** A little over what the last answers weighed; the budget keeps a fifth under the limit besides. */
const MARGIN = 1.1;
const MIN_BYTES = 3;
/** Each range in an answer: its envelope. */
const RANGE_BYTES = 60;
/** Each range asked for: its object path and its load. */
const RANGE_OPS_BYTES = 3 * OP_BYTES;
const MAX_REFUSALS = 8;

/** Bytes per cell, learnt from the answers: by sheet width when a sheet that wide was read, else the last seen. */
class Density {
  private readonly byWidth = new Map<number, number>();
  private last: number;
  scale = 1;
  constructor(first: number) {
    this.last = first;
  }
  of(width: number): number {
    return Math.max(MIN_BYTES, (this.byWidth.get(width) ?? this.last) * MARGIN * this.scale);
  }
  learn(width: number, bytes: number, cells: number): void {
    if (cells === 0) return;
    this.byWidth.set(width, bytes / cells);
    this.last = bytes / cells;
  }
}

export async function readSized(
  context: Excel.RequestContext,
  policy: SyncPolicy,
  budget: ReadBudget,
  entries: SheetEntry[],
): Promise<Map<SheetEntry, Grid>> {
  const grids = new Map<SheetEntry, Grid>();
  const parts: Part[] = [];
  for (const entry of entries) {
    const box = entry.box;
    if (entry.hidden || !box) continue;
    grids.set(entry, { name: entry.name, values: new Array(box.bottom - box.top + 1), formats: [], top: box.top, left: box.left });
    parts.push({ entry, row: box.top, rows: box.bottom - box.top + 1, whole: true });
  }
  const formats: FormatRead[] = [];
  const values = new Density(FIRST_VALUE_BYTES);
  const formatDensity = new Density(FIRST_FORMAT_BYTES);
  let refusals = 0;

  while (parts.length > 0 || formats.length > 0) {
    const batch = takeBatch(parts, formats, values, formatDensity, budget);
    let loaded;
    try {
      loaded = await syncOnce(context, () => queueBatch(batch), policy);
    } catch (err) {
      if (!isTooLarge(err) || ++refusals > MAX_REFUSALS) throw err;
      parts.unshift(...batch.parts);
      formats.unshift(...batch.formats);
      values.scale *= 2;
      formatDensity.scale *= 2;
      continue;
    }
    const learnt = new Map<number, { bytes: number; cells: number; formatBytes: number; formatCells: number }>();
    const tally = (width: number) => learnt.get(width) ?? learnt.set(width, { bytes: 0, cells: 0, formatBytes: 0, formatCells: 0 }).get(width)!;
    for (const { part, range } of loaded.parts) {
      const grid = grids.get(part.entry)!;
      const width = widthOf(part.entry);
      const { rows, bytes } = readCells(range.values);
      rows.forEach((row, i) => (grid.values[part.row - grid.top + i] = row));
      const t = tally(width);
      t.bytes += bytes;
      t.cells += rows.length * width;
      if (batch.withFormats) {
        const f = placeFormats(grid, part.row, grid.left, range.numberFormat);
        t.formatBytes += f;
        t.formatCells += rows.length * width;
      } else for (const box of percentBoxes(rows, part.row, grid.left)) formats.push({ entry: part.entry, box });
    }
    for (const { read, range } of loaded.formats) {
      const t = tally(widthOf(read.entry));
      t.formatBytes += placeFormats(grids.get(read.entry)!, read.box.row, read.box.col, range.numberFormat);
      t.formatCells += read.box.rows * read.box.cols;
    }
    for (const [width, t] of learnt) {
      values.learn(width, t.bytes, t.cells);
      formatDensity.learn(width, t.formatBytes, t.formatCells);
    }
  }
  return grids;
}

const widthOf = (entry: SheetEntry) => entry.box!.right - entry.box!.left + 1;

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

/**
 * The next request: the formats waiting first (small, and they finish earlier sheets), then values until the
 * answer is full by the estimate, the last part cut to the rows that still fit. When all that is left fits
 * with its formats, it goes in one request with them, and no request of formats follows.
 */
function takeBatch(parts: Part[], formats: FormatRead[], values: Density, formatDensity: Density, budget: ReadBudget): Batch {
  let room = budget.response;
  let requestRoom = budget.request - 2 * OP_BYTES;
  const batch: Batch = { parts: [], formats: [], withFormats: false };
  while (formats.length > 0 && requestRoom >= RANGE_OPS_BYTES) {
    const cost = formats[0].box.rows * formats[0].box.cols * formatDensity.of(widthOf(formats[0].entry)) + RANGE_BYTES;
    if (cost > room && batch.formats.length > 0) break;
    batch.formats.push(formats.shift()!);
    room -= cost;
    requestRoom -= RANGE_OPS_BYTES;
  }
  const cellCost = (p: Part, withFormats: boolean) => widthOf(p.entry) * (values.of(widthOf(p.entry)) + (withFormats ? formatDensity.of(widthOf(p.entry)) : 0));
  const allWithFormats = parts.reduce((sum, p) => sum + p.rows * cellCost(p, true) + RANGE_BYTES, 0);
  if (parts.length > 0 && allWithFormats <= room && parts.length * RANGE_OPS_BYTES * 2 <= requestRoom) {
    batch.parts.push(...parts.splice(0));
    batch.withFormats = true;
    return batch;
  }
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
    if (fit < 1 && (batch.parts.length > 0 || batch.formats.length > 0)) break;
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

function queueBatch(batch: Batch) {
  return {
    formats: batch.formats.map((read) => {
      const { row, col, rows, cols } = read.box;
      const range = read.entry.sheet.getRangeByIndexes(row, col, rows, cols);
      range.load("numberFormat");
      return { read, range };
    }),
    parts: batch.parts.map((part) => {
      const box = part.entry.box!;
      const range = part.whole ? part.entry.used! : part.entry.sheet.getRangeByIndexes(part.row, box.left, part.rows, widthOf(part.entry));
      range.load(batch.withFormats ? "values,numberFormat" : "values");
      return { part, range };
    }),
  };
}
