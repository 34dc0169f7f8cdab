/** Addresses as Excel returns them ("'PK Kadis'!B2:P40") and as plans give them ("E5:E40"). */
import { parseA1 } from "../engine/grid";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The range part of a sheet-qualified address; the sheet part may be quoted with '' inside. */
function localPart(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Zero-based top-left of a sheet-qualified address. */
export function topLeftOf(address: string): { top: number; left: number } {
  const first = parseA1(localPart(address).split(":")[0]);
  if (!first) throw new Error(`Alamat rentang tidak dikenali: ${address}`);
  return { top: first.row, left: first.col };
}

/** Zero-based box of a sheet-qualified address ("'PK Kadis'!B2:P40", "Data!C3"). */
export function usedBoxOf(address: string): Box {
  const box = boxOf(localPart(address));
  if (!box) throw new Error(`Alamat rentang tidak dikenali: ${address}`);
  return box;
}

/** "E5:E40" or "E5" to a zero-based box; null when it is not an A1 range. */
export function boxOf(range: string): Box | null {
  const [a, b] = range.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
