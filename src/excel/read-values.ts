/**
 * The cells of the visible sheets in requests sized in advance, for a host that caps every answer (Excel on the
 * web: 5 MB). A request holds whole used ranges or row blocks of a large one, as many as the estimate allows;
 * the estimate starts at a typical PK workbook's bytes per cell and follows what the answers actually weigh.
 * The number formats of the cells that may be percentages go with the next request, the last ones alone.
 * A request Excel refuses all the same is tried again smaller (and counted by the host, not hidden).
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

interface Estimate {
  valueBytesPerCell: number;
  formatBytesPerCell: number;
}

/** Bytes per cell before any answer: PK workbooks weigh 7 to 12 (samples in ../shared/samples). */
const FIRST_VALUE_BYTES = 12;
/** "General" and its quotes; accounting formats are longer, and the estimate follows the answers. */
const FIRST_FORMAT_BYTES = 14;
/** A little over what the answers so far weighed, so a denser sheet later does not break the limit. */
const MARGIN = 1.2;
const MIN_BYTES = 3;
/** Each range in an answer: its envelope. */
const RANGE_BYTES = 60;
/** Each range asked for: its object path and its load. */
const RANGE_OPS_BYTES = 3 * OP_BYTES;
const MAX_REFUSALS = 8;

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
  const estimate: Estimate = { valueBytesPerCell: FIRST_VALUE_BYTES, formatBytesPerCell: FIRST_FORMAT_BYTES };
  const seen = { valueBytes: 0, valueCells: 0, formatBytes: 0, formatCells: 0 };
  let refusals = 0;

  while (parts.length > 0 || formats.length > 0) {
    const batch = takeBatch(parts, formats, estimate, budget);
    let loaded;
    try {
      loaded = await syncOnce(context, () => queueBatch(batch), policy);
    } catch (err) {
      if (!isTooLarge(err) || ++refusals > MAX_REFUSALS) throw err;
      parts.unshift(...batch.parts);
      formats.unshift(...batch.formats);
      estimate.valueBytesPerCell *= 2;
      estimate.formatBytesPerCell *= 2;
      continue;
    }
    for (const { part, range } of loaded.parts) {
      const { rows, bytes } = readCells(range.values);
      const grid = grids.get(part.entry)!;
      rows.forEach((row, i) => (grid.values[part.row - grid.top + i] = row));
      seen.valueBytes += bytes;
      seen.valueCells += rows.length * widthOf(part.entry);
      for (const box of percentBoxes(rows, part.row, grid.left)) formats.push({ entry: part.entry, box });
    }
    for (const { read, range } of loaded.formats) {
      const grid = grids.get(read.entry)!;
      (range.numberFormat as unknown[][]).forEach((row, i) => {
        const r = read.box.row - grid.top + i;
        const out = (grid.formats[r] ??= []);
        row.forEach((f, j) => {
          out[read.box.col - grid.left + j] = typeof f === "string" ? f : "General";
          seen.formatBytes += (typeof f === "string" ? f.length : 7) + 3;
        });
      });
      seen.formatCells += read.box.rows * read.box.cols;
    }
    if (seen.valueCells > 0) estimate.valueBytesPerCell = Math.max(MIN_BYTES, (seen.valueBytes / seen.valueCells) * MARGIN);
    if (seen.formatCells > 0) estimate.formatBytesPerCell = Math.max(MIN_BYTES, (seen.formatBytes / seen.formatCells) * MARGIN);
  }
  return grids;
}

const widthOf = (entry: SheetEntry) => entry.box!.right - entry.box!.left + 1;

/**
 * The next request: the formats waiting first (they are small and finish earlier sheets), then values until
 * the answer is full by the estimate, the last part cut to the rows that still fit.
 */
function takeBatch(parts: Part[], formats: FormatRead[], estimate: Estimate, budget: ReadBudget): { parts: Part[]; formats: FormatRead[] } {
  let room = budget.response;
  let requestRoom = budget.request - 2 * OP_BYTES;
  const batch = { parts: [] as Part[], formats: [] as FormatRead[] };
  while (formats.length > 0 && requestRoom >= RANGE_OPS_BYTES) {
    const cost = formats[0].box.rows * formats[0].box.cols * estimate.formatBytesPerCell + RANGE_BYTES;
    if (cost > room && batch.formats.length > 0) break;
    batch.formats.push(formats.shift()!);
    room -= cost;
    requestRoom -= RANGE_OPS_BYTES;
  }
  while (parts.length > 0 && requestRoom >= RANGE_OPS_BYTES && room > RANGE_BYTES) {
    const part = parts[0];
    const rowBytes = widthOf(part.entry) * estimate.valueBytesPerCell;
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

function queueBatch(batch: { parts: Part[]; formats: FormatRead[] }) {
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
      range.load("values");
      return { part, range };
    }),
  };
}
