/** Addresses as Excel returns them ("'PK Kadis'!B2:P40") and as plans give them ("E5:E40"). */
import { parseA1 } from "../engine/grid";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Zero-based top-left of a sheet-qualified address; the sheet part may be quoted with '' inside. */
export function topLeftOf(address: string): { top: number; left: number } {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const first = parseA1(local.split(":")[0]);
  if (!first) throw new Error(`Alamat rentang tidak dikenali: ${address}`);
  return { top: first.row, left: first.col };
}

/** "E5:E40" or "E5" to a zero-based box; null when it is not an A1 range. */
export function boxOf(range: string): Box | null {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
