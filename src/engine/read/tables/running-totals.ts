/**
 * Money written as running totals (`Realisasi Keuangan (Rp)` over `s.d. TW I .. s.d. TW IV`): what was spent in each
 * period is its running total less what the periods before it add up to. The model keeps money per period
 * (workbook.md §3), so the sum up to a period is again that period's running total.
 */
export function fromRunningTotals(values: (number | null)[], running: boolean[]): (number | null)[] {
  const out: (number | null)[] = new Array(values.length);
  let before = 0;
  for (let m = 0; m < values.length; m++) {
    const v = values[m];
    out[m] = v === null || !running[m] ? v : v - before;
    if (out[m] !== null) before += out[m]!;
  }
  return out;
}
