/**
 * A Rencana Aksi whose targets are monthly (`Target Bulanan` over Jan..Des, no TW columns). The quarter's target is
 * its last month's (Mar, Jun, Sep, Des), read as workbook.md §2 reads quarters: a running series ends at the annual
 * target; a series that sums to the annual target while December does not is per month, so a quarter is the sum of
 * its three months.
 */
import type { Target } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Column } from "../layout/header-band";
import { sameNumber } from "../../domain/target-compare";

/** The month columns under a target header, in month order; null unless all twelve are there. */
export function targetMonths(rd: SheetReader, columns: Column[]): Column[] | null {
  const months: (Column | undefined)[] = new Array(12).fill(undefined);
  for (const c of columns) {
    if (c.field !== "bulan" || c.month === undefined || months[c.month]) continue;
    const group = rd.meaning(c.hr, c.hc)?.field;
    if (group === "target" || group === "target-tw") months[c.month] = c;
  }
  return months.every((c) => c !== undefined) ? (months as Column[]) : null;
}

/**
 * The months that end a quarter, read as its target, and the months between, which only a per-month series reads
 * (summed into its quarter); elsewhere they are left unread, so the account reports them.
 */
export function monthParts(months: Column[]): { ends: Column[]; between: Column[] } {
  return { ends: months.filter((_, m) => m % 3 === 2), between: months.filter((_, m) => m % 3 !== 2) };
}

/** The four quarter targets of twelve monthly ones, each with the column of the cell it comes from (its last month). */
export function quartersOfMonthTargets(values: (Target | null)[], annual: Target | null, cols: number[]): { values: (Target | null)[]; cols: number[]; perMonth: boolean } {
  const quarterEnd = [2, 5, 8, 11];
  const nums = values.map((v) => (typeof v === "number" ? v : v === null ? 0 : NaN));
  const perMonth = typeof annual === "number" && nums.every((n) => !isNaN(n)) && !sameNumber(nums[11], annual) &&
    sameNumber(nums.reduce((a, b) => a + b, 0), annual);
  return {
    values: quarterEnd.map((m) => (perMonth ? nums[m - 2] + nums[m - 1] + nums[m] : values[m])),
    cols: quarterEnd.map((m) => cols[m]),
    perMonth,
  };
}
