/** The peer's time on the same data: HyperFormula building, evaluating and reading the capaian sheet. */
import { runPeer, type PeerRow } from "../peer";
import { median, ms2 } from "./timing";

export interface PeerMeasure {
  pk: number;
  indikator: number;
  formulas: number;
  ms: number;
  runs: number;
}

export function measurePeer(pk: number, rows: PeerRow[], k: number, runs = 3): PeerMeasure {
  runPeer(rows, k); // warm-up
  const samples = Array.from({ length: runs }, () => runPeer(rows, k).ms);
  return { pk, indikator: rows.length, formulas: rows.length * 4, ms: ms2(median(samples)), runs };
}
