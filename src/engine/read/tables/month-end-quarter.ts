/**
 * `LAPORAN PENGUKURAN KINERJA … S/D BULAN JUNI`: a running total up to the end of a month that ends a quarter (Maret,
 * Juni, September, Desember) is that quarter's running total. Another month ends no quarter: null, and the column
 * stays unread (reported), never put in a quarter it does not close.
 */
import { monthOf } from "../vocab";

const UP_TO_MONTH = /(?:s\.?\s*d\.?|s\/d|sampai(?:\s+dengan)?|hingga|bulan)\s+(?:bulan\s+)?(\p{L}+)/giu;

/** The quarter (0..3) the one month named after `s.d.` / `bulan` in these texts closes; null for none, several or mid-quarter. */
export function quarterOfMonthEnd(texts: string[]): number | null {
  const months = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(UP_TO_MONTH)) {
    const month = monthOf(m[1]);
    if (month !== null) months.add(month);
  }
  if (months.size !== 1) return null;
  const month = [...months][0];
  return (month + 1) % 3 === 0 ? (month + 1) / 3 - 1 : null;
}
