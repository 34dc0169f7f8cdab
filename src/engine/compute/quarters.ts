/** Quarterly targets made cumulative, and the realisasi used at quarter k (capaian.md). */
import type { Sifat, Target } from "../model";
import { twForm } from "../domain/tw-targets";

/** Cumulative TW targets: as written, or running sums when they are per quarter (the form is judged in one place). */
export function cumulativeTargets(tw: (Target | null)[], annual: Target | null): (Target | null)[] {
  if (twForm(tw, annual) !== "per-triwulan") return tw;
  let run = 0;
  return (tw as number[]).map((n) => (run += n));
}

export interface RealisasiAt {
  value: number | string | null;
  /** The reported numbers that went into it, for the explanation. */
  parts: number[];
  /** The quarter (1..4) of the value used, for Akhir. */
  quarter: number | null;
}

export function realisasiAt(tw: (number | string | null)[], k: number, sifat: Sifat): RealisasiAt {
  const parts: number[] = [];
  let last: number | string | null = null;
  let lastQ = 0;
  for (let q = 0; q < k && q < tw.length; q++) {
    const v = tw[q];
    if (v === null) continue;
    last = v;
    lastQ = q + 1;
    if (typeof v === "number") parts.push(v);
  }
  if (last === null) return { value: null, parts: [], quarter: null };
  if (typeof last === "string" || sifat === "akhir") return { value: last, parts: typeof last === "number" ? [last] : [], quarter: lastQ };
  if (!parts.length) return { value: null, parts: [], quarter: null };
  let sum = 0;
  for (const p of parts) sum += p;
  return { value: sifat === "kumulatif" ? sum : sum / parts.length, parts, quarter: lastQ };
}

export { ROMAN } from "../domain/calendar";
