/** Values in messages, in id-ID form. */
import type { Target } from "../model";
import { formatNumber, targetText } from "../format";

export function formatTarget(t: Target | null): string {
  if (t === null) return "(kosong)";
  if (typeof t === "number") return formatNumber(t, 4);
  if (typeof t === "string") return `"${t}"`;
  return String(targetText(t, 4) ?? "(kosong)");
}

export function withSatuan(t: Target | null, satuan: string | null): string {
  return satuan && typeof t === "number" ? `${formatTarget(t)} ${satuan}` : formatTarget(t);
}
