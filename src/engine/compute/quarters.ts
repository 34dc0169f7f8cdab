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
  /** The running total (`s.d. TW II`) it starts from, when the sheet states one: parts are the quarters after it. */
  running?: { quarter: number; value: number };
}

/**
 * R at quarter k from the quarters' own figures and, where the sheet states them, running totals (`s.d. TW k`): a
 * Kumulatif R is the latest running total plus the quarters after it; an Akhir R the latest value of either; a
 * Rata-rata R the running mean weighted by its quarters, with the quarters after it.
 */
export function realisasiAt(tw: (number | string | null)[], k: number, sifat: Sifat, sd?: (number | string | null)[]): RealisasiAt {
  if (!sd) return perQuarter(tw, k, sifat);
  const either = perQuarter(tw.map((v, q) => v ?? sd[q] ?? null), k, "akhir");
  if (either.value === null || typeof either.value === "string" || sifat === "akhir") return either;
  let j = -1;
  for (let q = 0; q < k && q < sd.length; q++) if (typeof sd[q] === "number") j = q;
  if (j < 0) return perQuarter(tw, k, sifat);
  const base = sd[j] as number;
  const later: number[] = [];
  let lastQ = j + 1;
  for (let q = j + 1; q < k && q < tw.length; q++) {
    const v = tw[q];
    if (typeof v !== "number") continue;
    later.push(v);
    lastQ = q + 1;
  }
  let sum = 0;
  for (const p of later) sum += p;
  const value = sifat === "kumulatif" ? base + sum : (base * (j + 1) + sum) / (j + 1 + later.length);
  return { value, parts: later, quarter: lastQ, running: { quarter: j + 1, value: base } };
}

function perQuarter(tw: (number | string | null)[], k: number, sifat: Sifat): RealisasiAt {
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
