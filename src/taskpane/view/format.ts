/** Numbers as a planner in Indonesia writes them: 1.250.000.000 and 99,15. Display only. */
import type { Target } from "../../engine/model";
import { formatNumber as idNumber, formatPercent, targetText } from "../../engine/format";
import { MONTH_NAMES, ROMAN } from "../../engine/domain/calendar";

/** A capaian or percentage: always two decimals, `—` when there is none. */
export function formatCapaian(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "—" : formatPercent(value);
}

/** A capaian with its unit, kept on one line: `99,15 %`. */
export function formatPersen(value: number | null): string {
  const text = formatCapaian(value);
  return value === null || !Number.isFinite(value) ? text : `${text}\u00a0%`;
}

/** A target or realisasi as entered: no padding zeros. */
export function formatNumber(value: number): string {
  return idNumber(value, 2);
}

export function formatRupiah(value: number): string {
  return "Rp " + idNumber(value, 0);
}

/** Deviasi in percentage points, signed so a delay reads as negative. */
export function formatPoin(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${formatPercent(Math.abs(value))} poin`;
}

export function formatTarget(target: Target | null, satuan: string | null): string {
  const text = targetText(target);
  if (text === null) return "—";
  if (typeof target === "string") return target;
  return satuan ? `${typeof text === "number" ? formatNumber(text) : text} ${satuan}` : typeof text === "number" ? formatNumber(text) : text;
}

export function formatRealisasi(value: number | string | null, satuan: string | null): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  return satuan ? `${formatNumber(value)} ${satuan}` : formatNumber(value);
}

export function triwulanLabel(tw: number | null): string {
  return tw !== null && tw >= 1 && tw <= 4 ? `Triwulan ${ROMAN[tw - 1]}` : "Triwulan otomatis";
}
export function roman(tw: number): string {
  return ROMAN[tw - 1] ?? String(tw);
}

export function monthName(m: number | null): string {
  return m !== null && m >= 1 && m <= 12 ? MONTH_NAMES[m - 1] : "—";
}
