/**
 * Money by month in rupiah, cumulative, summed over several Kurva S: a workbook's top PKs, then the pemda's
 * workbooks. A series kept by quarter, or one that stopped reporting earlier, carries its last known value on
 * (cumulative money does not fall), so a sum is never lower than what was reported.
 */
import type { Model } from "../model";
import type { Results } from "../compute/results";
import type { KurvaPart } from "./types";

type Series = (number | null)[];

export interface Money {
  pagu: number;
  rencana: Series;
  realisasi: Series;
}

/** Percent of pagu to rupiah. */
export function toRupiah(percent: Series, pagu: number): Series {
  return percent.map((v) => (v === null ? null : (v / 100) * pagu));
}

/** The last month with a value, 1..12; 0 when none. */
export function lastMonthOf(s: Series): number {
  for (let m = s.length - 1; m >= 0; m--) if (s[m] !== null) return m + 1;
  return 0;
}

/** Each month's value, or the last one before it (0 before the first). */
function carried(s: Series): number[] {
  let last = 0;
  return Array.from({ length: 12 }, (_, m) => (last = s[m] ?? last));
}

export function sumMoney(parts: Money[]): { pagu: number; rencana: number[]; realisasi: Series; lastMonth: number | null } {
  const rencana = new Array<number>(12).fill(0);
  const realisasi = new Array<number>(12).fill(0);
  let pagu = 0;
  let last = 0;
  for (const p of parts) {
    pagu += p.pagu;
    last = Math.max(last, lastMonthOf(p.realisasi));
    carried(p.rencana).forEach((v, m) => (rencana[m] += v));
    carried(p.realisasi).forEach((v, m) => (realisasi[m] += v));
  }
  return { pagu, rencana, realisasi: realisasi.map((v, m) => (m < last ? v : null)), lastMonth: last || null };
}

/**
 * A workbook's part of the pemda's Kurva S: its PKs below kepala daerah whose superiors (kepala daerah aside)
 * have no Kurva S here, since a subordinate's budget breaks down its superior's and would be counted twice.
 */
export function kurvaPartOf(model: Model, results: Results): KurvaPart | null {
  const curve = new Map(results.kurvaS.map((k) => [k.pk, k]));
  const byId = new Map(model.pk.map((p) => [p.id, p]));
  const tops = results.kurvaS.filter((k) => {
    const pk = byId.get(k.pk);
    if (!pk || pk.level === "kepala-daerah") return false;
    const seen = new Set([k.pk]);
    for (let up = pk.atasan; up && !seen.has(up); up = byId.get(up)?.atasan ?? null) {
      if (byId.get(up)?.level !== "kepala-daerah" && curve.has(up)) return false;
      seen.add(up);
    }
    return true;
  });
  if (!tops.length) return null;
  const sum = sumMoney(tops.map((k) => ({ pagu: k.pagu, rencana: toRupiah(k.rencanaKeuangan, k.pagu), realisasi: toRupiah(k.realisasiKeuangan, k.pagu) })));
  return { ...sum, dari: tops.map((k) => k.pk) };
}
