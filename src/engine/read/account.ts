/**
 * The account of one sheet: every non-empty cell is claimed by a part (read into the model or recognised as
 * layout) or ends up unread. This is the one place that keeps it: readers claim, nobody checks per table.
 */
import type { Sheet } from "../grid";
import { a1 } from "../grid";

/** What a part of a sheet was read as (interfaces.md `bacaan[].bagian[].sebagai`). */
export type Sebagai =
  | "judul" | "kinerja" | "anggaran" | "rencana-kinerja" | "rencana-keuangan" | "realisasi-kinerja" | "realisasi-keuangan"
  | "tanda-tangan" | "pernyataan" | "catatan" | "pengaturan";

export interface Part {
  sebagai: Sebagai;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Unread cells that belong together, and what they look like. */
export interface UnreadRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Occupied cells of the range, row-major. */
  cells: [number, number][];
}

export class Account {
  readonly parts: Part[] = [];
  /** Per occupied row: the part (plus one) that claimed each of its cells, by position in sheet.cols(r). */
  private owner: number[][] = [];

  constructor(readonly sheet: Sheet) {}

  /** A new part; cells are added to it with claim(). */
  open(sebagai: Sebagai): number {
    this.parts.push({ sebagai, top: Infinity, left: Infinity, bottom: -1, right: -1 });
    return this.parts.length - 1;
  }

  /** Claims cell (r, c) for a part, when it is not claimed yet; empty cells are nobody's business. */
  claim(part: number, r: number, c: number): void {
    if (c < 0 || r < 0) return;
    const cols = this.sheet.cols(r);
    const i = indexOf(cols, c);
    if (i < 0) return;
    let row = this.owner[r];
    // A plain array of small integers: cheaper to make than a typed array for a row of a few cells.
    if (!row) this.owner[r] = row = new Array<number>(cols.length).fill(0);
    if (row[i]) return;
    row[i] = part + 1;
    const p = this.parts[part];
    if (r < p.top) p.top = r;
    if (r > p.bottom) p.bottom = r;
    if (c < p.left) p.left = c;
    if (c > p.right) p.right = c;
  }

  /** Claims every occupied cell of row r between two columns (inclusive). */
  claimRow(part: number, r: number, from = 0, to = Infinity): void {
    for (const c of this.sheet.cols(r)) if (c >= from && c <= to) this.claim(part, r, c);
  }

  /**
   * Claims a line of text: row r's text cells from its first, while they stand close together. A figure or a
   * cell far to the side is no part of a title or a note; it stays for the account to report.
   */
  claimLine(part: number, r: number): void {
    let last = -1;
    for (const c of this.sheet.cols(r)) {
      const v = this.sheet.value(r, c);
      if (last >= 0 && c - last > 4) break;
      if (typeof v === "number" && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) continue;
      this.claim(part, r, c);
      last = c;
    }
  }

  /** Every occupied cell of row r is claimed. */
  private wholeRow(r: number): boolean {
    const row = this.owner[r];
    if (!row) return false;
    for (let i = 0; i < row.length; i++) if (!row[i]) return false;
    return true;
  }

  isClaimed(r: number, c: number): boolean {
    const row = this.owner[r];
    if (!row) return false;
    const i = indexOf(this.sheet.cols(r), c);
    return i >= 0 && row[i] > 0;
  }

  /** The parts that claimed something, in reading order. */
  usedParts(): Part[] {
    return this.parts.filter((p) => p.bottom >= 0).sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /**
   * Unclaimed cells, grouped: cells of one row closer than three columns, with no read cell between them, form a
   * run; runs of adjacent rows that overlap in columns form one range, unless its box would hold a read cell.
   */
  unread(): UnreadRange[] {
    const ranges = new Set<UnreadRange>();
    let open = new Set<UnreadRange>();
    let lastRow = -2;
    for (const r of this.sheet.rows) {
      // Most rows are claimed whole: nothing to allocate for them.
      if (this.wholeRow(r)) continue;
      const runs: UnreadRange[] = [];
      // A read cell between two unread ones parts them: a range never covers what was read.
      let parted = false;
      for (const c of this.sheet.cols(r)) {
        if (this.isClaimed(r, c)) {
          parted = true;
          continue;
        }
        const run = runs[runs.length - 1];
        const joins = run && !parted && c - run.right <= 2;
        parted = false;
        if (joins) {
          run.right = c;
          run.cells.push([r, c]);
        } else runs.push({ top: r, bottom: r, left: c, right: c, cells: [[r, c]] });
      }
      if (!runs.length) continue;
      const adjacent = r === lastRow + 1;
      const next = new Set<UnreadRange>();
      for (const run of runs) {
        const touching = adjacent
          ? [...new Set([...open, ...next])].filter((o) => o.left <= run.right + 1 && run.left <= o.right + 1 && !this.coversRead(o, run))
          : [];
        const into = touching[0] ?? run;
        for (const other of [...touching.slice(1), ...(into === run ? [] : [run])]) {
          merge(into, other);
          ranges.delete(other);
          open.delete(other);
          next.delete(other);
        }
        ranges.add(into);
        next.add(into);
      }
      open = next;
      lastRow = r;
    }
    return [...ranges].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  /**
   * Whether the box around two ranges would hold a read cell: then they stay two. Looked at over a few hundred rows
   * at most: a taller unread block (a hostile file's) is one range, whatever it holds, in bounded time.
   */
  private coversRead(a: UnreadRange, b: UnreadRange): boolean {
    const [top, bottom, left, right] = [Math.min(a.top, b.top), Math.max(a.bottom, b.bottom), Math.min(a.left, b.left), Math.max(a.right, b.right)];
    if (bottom - top > MAX_CHECKED_ROWS) return false;
    const rows = this.sheet.rows;
    for (let i = lowerBound(rows, top); i < rows.length && rows[i] <= bottom; i++) {
      for (const c of this.sheet.cols(rows[i])) if (c >= left && c <= right && this.isClaimed(rows[i], c)) return true;
    }
    return false;
  }

  address(p: { top: number; left: number; bottom: number; right: number }): string {
    const { top, left } = this.sheet.grid;
    const from = a1(top + p.top, left + p.left);
    return p.top === p.bottom && p.left === p.right ? from : `${from}:${a1(top + p.bottom, left + p.right)}`;
  }
}

const MAX_CHECKED_ROWS = 300;

/** The first index of an ascending list holding a value at least v. */
function lowerBound(list: number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function merge(into: UnreadRange, other: UnreadRange): void {
  into.top = Math.min(into.top, other.top);
  into.bottom = Math.max(into.bottom, other.bottom);
  into.left = Math.min(into.left, other.left);
  into.right = Math.max(into.right, other.right);
  into.cells.push(...other.cells);
  into.cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Position of c in an ascending list; -1 when absent. Rows are short: a scan, a binary search for wide ones. */
function indexOf(cols: number[], c: number): number {
  if (cols.length <= 16) return cols.indexOf(c);
  let lo = 0;
  let hi = cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cols[mid] === c) return mid;
    if (cols[mid] < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
