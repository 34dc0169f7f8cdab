/** The peer's time on the same data: HyperFormula building, evaluating and reading the capaian sheet. */
import { runPeer, type PeerRow } from "../peer";
import { median, ms2, time } from "./timing";

export interface PeerMeasure {
  pk: number;
  indikator: number;
  formulas: number;
  ms: number;
  minMs: number;
  runs: number;
}

export function measurePeer(pk: number, rows: PeerRow[], k: number): PeerMeasure {
  // runPeer times itself (build + evaluate + read, not the rows' preparation); time() only paces the runs.
  const samples: number[] = [];
  time(() => samples.push(runPeer(rows, k).ms), { warmup: 0, runs: 4, budgetMs: 10_000 });
  const measured = samples.slice(samples.length > 1 ? 1 : 0); // the first run warms up
  return { pk, indikator: rows.length, formulas: rows.length * 4, ms: ms2(median(measured)), minMs: ms2(Math.min(...measured)), runs: measured.length };
}
