/**
 * Excel on the web refuses a request above 5 MB. The write is a list of work items, each with an estimated
 * wire size; they go out in order, packed into as few requests as the budget allows (one when it all fits).
 */
import { formatRuns, type Block } from "./block";

/** Bytes per request we allow ourselves: the 5 MB limit less a margin for our estimate's error. */
export const REQUEST_BUDGET = 4_000_000;
/** Rough wire size of one queued operation besides its arguments (object path, member name, ids). */
export const OP_BYTES = 120;
/** Largest piece of values in one item, so packing wastes little of a request. */
const PIECE_BYTES = 250_000;

export interface Work {
  bytes: number;
  queue(): void;
}

/** Consecutive items grouped into requests of at most `budget` bytes (an oversized item goes alone). */
export function pack<T extends Work>(items: T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Rows [start, end) of a block, written as one numberFormat and one values assignment. */
export interface Piece {
  start: number;
  end: number;
  bytes: number;
}

/** Pieces of at most about 250 KB, and never more than half a request, so packing wastes little of one. */
export function pieces(block: Block, budget: number = REQUEST_BUDGET): Piece[] {
  const limit = Math.min(PIECE_BYTES, budget / 2);
  const runs = formatRuns(block);
  const starting = new Array<number>(block.rows).fill(0);
  for (const run of runs) if (run.box.top < block.rows) starting[run.box.top] += runBytes(run.format);
  const out: Piece[] = [];
  let start = 0;
  let bytes = 2 * OP_BYTES;
  for (let r = 0; r < block.rows; r++) {
    const row = rowBytes(block, r) + starting[r];
    if (r > start && bytes + row > limit) {
      out.push({ start, end: r, bytes });
      start = r;
      // The runs that go on through this row are sent again, cut to the new piece.
      bytes = 2 * OP_BYTES + runs.reduce((sum, run) => (run.box.top < r && run.box.bottom >= r ? sum + runBytes(run.format) : sum), 0);
    }
    bytes += row;
  }
  if (block.rows > start) out.push({ start, end: block.rows, bytes });
  return out;
}

export function rowBytes(block: Block, r: number): number {
  return utf8Length(JSON.stringify(block.values[r])) + 2;
}

/** A range and its numberFormat (one 1×1 value, sent once per piece the run reaches): two operations and the format. */
export function runBytes(format: string): number {
  return 2 * OP_BYTES + utf8Length(format) + 8;
}

/** UTF-8 size of a string: what the wire carries (surrogate halves count 2 each, 4 per pair). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}
