/** A1 addresses inside the fake; kept apart from src/ so a door bug cannot hide behind a shared helper. */
import { officeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Zero-based, inclusive. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export function cellName(row: number, col: number): string {
  return colName(col) + (row + 1);
}

export function boundsName(b: Bounds): string {
  const a = cellName(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellName(b.bottom, b.right)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function qualify(sheet: string, b: Bounds): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${boundsName(b)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** "B2", "B2:D9", "A:C", "3:5"; anything else is InvalidArgument, as in Excel. */
export function parseAddress(address: string): Bounds {
  const text = address.trim();
  const bad = () => officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: '${address}'.`);
  const parts = text.split(":");
  let b: Bounds | null = null;
  if (parts.length === 1 || parts.length === 2) {
    const m1 = CELL.exec(parts[0]);
    const m2 = parts.length === 2 ? CELL.exec(parts[1]) : m1;
    if (m1 && m2) {
      const r1 = Number(m1[2]) - 1, r2 = Number(m2[2]) - 1, c1 = colIndex(m1[1]), c2 = colIndex(m2[1]);
      b = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
    } else if (COLS.test(text)) {
      const m = COLS.exec(text)!;
      const c1 = colIndex(m[1]), c2 = colIndex(m[2]);
      b = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
    } else if (ROWS.test(text)) {
      const m = ROWS.exec(text)!;
      const r1 = Number(m[1]) - 1, r2 = Number(m[2]) - 1;
      b = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: MAX_COLS - 1 };
    }
  }
  if (!b || b.top < 0 || b.left < 0 || b.bottom >= MAX_ROWS || b.right >= MAX_COLS) throw bad();
  return b;
}

export function rowCount(b: Bounds): number {
  return b.bottom - b.top + 1;
}
export function colCount(b: Bounds): number {
  return b.right - b.left + 1;
}
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
export function contains(b: Bounds, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}
