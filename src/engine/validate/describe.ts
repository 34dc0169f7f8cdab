/** Values in messages, in id-ID form. */
import type { Target } from "../model";
import { formatNumber } from "../format";

export function formatTarget(t: Target | null): string {
  if (t === null) return "(kosong)";
  if (typeof t === "number") return formatNumber(t, 4);
  if (typeof t === "string") return `"${t}"`;
  if (t.min !== null && t.max !== null) return `${formatNumber(t.min, 4)} - ${formatNumber(t.max, 4)}`;
  return t.min !== null ? `≥ ${formatNumber(t.min, 4)}` : `≤ ${formatNumber(t.max ?? 0, 4)}`;
}

export function withSatuan(t: Target | null, satuan: string | null): string {
  return satuan && typeof t === "number" ? `${formatTarget(t)} ${satuan}` : formatTarget(t);
}
