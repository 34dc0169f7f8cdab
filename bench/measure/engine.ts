/** The engine's read + validate + compute time on one generated workbook (hitung does all three). */
import { hitung, type HitungOutput } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { ms2, time } from "./timing";

export interface EngineMeasure {
  pk: number;
  indikator: number;
  sheets: number;
  ms: number | null;
  minMs?: number;
  runs?: number;
  /** What the engine found: a generated workbook should give no error. */
  errors?: number;
  capaian?: number;
  note?: string;
}

export function measureEngine(pk: number, indikator: number, grids: Grid[], plan: { warmup: number; runs: number; budgetMs: number }): EngineMeasure {
  const base = { pk, indikator, sheets: grids.length };
  try {
    let out: HitungOutput | null = null;
    const timing = time(() => {
      out = hitung(grids);
    }, plan);
    const last = out as HitungOutput | null;
    return {
      ...base,
      ms: ms2(timing.ms),
      minMs: ms2(timing.minMs),
      runs: timing.runs,
      errors: last?.findings.filter((f) => f.severity === "error").length,
      capaian: last?.results.capaian.length,
    };
  } catch (error) {
    return { ...base, ms: null, note: `engine tidak berjalan: ${(error as Error).message}` };
  }
}
