/** Numbers as a planner in Indonesia writes them: 1.250.000.000 and 99,15. Display only. */
import type { Target } from "../../engine/model";

const TWO_DECIMALS = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const UP_TO_TWO = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** A capaian or percentage: always two decimals, `N/A` when there is none. */
export function formatCapaian(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "N/A" : TWO_DECIMALS.format(value);
}

/** A capaian with its unit, kept on one line: `99,15 %`. */
export function formatPersen(value: number | null): string {
  const text = formatCapaian(value);
  return value === null || !Number.isFinite(value) ? text : `${text}\u00a0%`;
}

/** A target or realisasi as entered: no padding zeros. */
export function formatNumber(value: number): string {
  return UP_TO_TWO.format(value);
}

export function formatRupiah(value: number): string {
  return "Rp " + WHOLE.format(value);
}

/** Deviasi in percentage points, signed so a delay reads as negative. */
export function formatPoin(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "N/A";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${TWO_DECIMALS.format(Math.abs(value))} poin`;
}

export function formatTarget(target: Target | null, satuan: string | null): string {
  if (target === null) return "—";
  let text: string;
  if (typeof target === "number") text = formatNumber(target);
  else if (typeof target === "string") return target;
  else if (target.min !== null && target.max !== null) text = `${formatNumber(target.min)} – ${formatNumber(target.max)}`;
  else if (target.min !== null) text = `≥ ${formatNumber(target.min)}`;
  else if (target.max !== null) text = `≤ ${formatNumber(target.max)}`;
  else return "—";
  return satuan ? `${text} ${satuan}` : text;
}

export function formatRealisasi(value: number | string | null, satuan: string | null): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  return satuan ? `${formatNumber(value)} ${satuan}` : formatNumber(value);
}

const ROMAN = ["I", "II", "III", "IV"];
export function triwulanLabel(tw: number | null): string {
  return tw !== null && tw >= 1 && tw <= 4 ? `Triwulan ${ROMAN[tw - 1]}` : "Triwulan otomatis";
}
export function roman(tw: number): string {
  return ROMAN[tw - 1] ?? String(tw);
}

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
export function monthName(m: number | null): string {
  return m !== null && m >= 1 && m <= 12 ? MONTHS[m - 1] : "—";
}
