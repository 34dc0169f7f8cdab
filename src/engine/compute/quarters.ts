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
  const upto = tw.slice(0, k);
  const reported = upto.map((v, i) => ({ v, q: i + 1 })).filter((x) => x.v !== null) as { v: number | string; q: number }[];
  if (!reported.length) return { value: null, parts: [], quarter: null };
  const last = reported[reported.length - 1];
  const numbers = reported.filter((x) => typeof x.v === "number").map((x) => x.v as number);
  if (typeof last.v === "string" || sifat === "akhir") return { value: last.v, parts: typeof last.v === "number" ? [last.v] : [], quarter: last.q };
  if (!numbers.length) return { value: null, parts: [], quarter: null };
  const sum = numbers.reduce((a, b) => a + b, 0);
  return { value: sifat === "kumulatif" ? sum : sum / numbers.length, parts: numbers, quarter: last.q };
}

export const ROMAN = ["I", "II", "III", "IV"];
