/**
 * Excel on the web refuses a request above 5 MB. The write is a list of work items, each with an estimated
 * wire size; they go out in order, packed into as few requests as the budget allows (one when it all fits).
 */
import type { Block } from "./block";

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

/** Pieces of at most about 1 MB, and never more than half a request, so packing wastes little of one. */
export function pieces(block: Block, budget: number = REQUEST_BUDGET): Piece[] {
  const limit = Math.min(PIECE_BYTES, budget / 2);
  const out: Piece[] = [];
  const extra = formatBytesByRow(block);
  let start = 0;
  let bytes = 2 * OP_BYTES;
  for (let r = 0; r < block.rows; r++) {
    const row = rowBytes(block, r) + (extra[r] ?? 0);
    if (r > start && bytes + row > limit) {
      out.push({ start, end: r, bytes });
      start = r;
      bytes = 2 * OP_BYTES;
    }
    bytes += row;
  }
  if (block.rows > start) out.push({ start, end: block.rows, bytes });
  return out;
}

export function rowBytes(block: Block, r: number): number {
  return utf8Length(JSON.stringify(block.values[r])) + 2;
}

/** What the number formats add to each row's share of a request: format-run cells and Text-run cells. */
function formatBytesByRow(block: Block): number[] {
  const extra = new Array<number>(block.rows).fill(0);
  const runs = [...block.formatRuns, ...block.textRuns.map((box) => ({ box, format: "@" }))];
  for (const { box, format } of runs)
    for (let r = box.top; r <= box.bottom; r++) extra[r] += (box.right - box.left + 1) * (format.length + 5) + (r === box.top ? 2 * OP_BYTES : 0);
  return extra;
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
