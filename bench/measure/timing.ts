/** Repeated timing: warm-up runs first (JIT, caches), then the median of the measured runs. */
import { performance } from "node:perf_hooks";

export interface Timing {
  ms: number;
  minMs: number;
  runs: number;
}

/**
 * Runs `work` `warmup` times unmeasured, then up to `runs` times measured, stopping before a run that
 * would pass `budgetMs` (one run at least), so a slow engine cannot blow the bench's time limit.
 */
export function time(work: () => void, options: { warmup: number; runs: number; budgetMs: number }): Timing {
  for (let i = 0; i < options.warmup; i++) work();
  const samples: number[] = [];
  let spent = 0;
  while (samples.length < options.runs) {
    const last = samples[samples.length - 1];
    if (last !== undefined && spent + last > options.budgetMs) break;
    const t0 = performance.now();
    work();
    samples.push(performance.now() - t0);
    spent += samples[samples.length - 1];
  }
  return { ms: median(samples), minMs: Math.min(...samples), runs: samples.length };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Two decimals are plenty for milliseconds. */
export const ms2 = (ms: number) => Math.round(ms * 100) / 100;
