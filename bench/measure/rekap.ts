/**
 * The `rekap` section (interfaces.md §3): `pk rekap` as a whole process over 100 generated OPD workbooks of 30
 * PKs, beside the sum of the single-file floors (the `cli` floor, one process per file, as `pk hitung` on each
 * would be compared) and, for the record, the floor of all files in one process. Also whether a second thread
 * pays: the command's per-file work in one thread and over two worker threads. Run alone: ts-node bench/measure/rekap.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateModel, renderWorkbook } from "../generate";
import { generatedToXlsx } from "../generate/xlsx";
import { runPk, type PkRun } from "./run-pk";
import { median } from "./timing";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../../scripts/cli-build");

export interface RekapMeasure {
  files: number;
  pkPerFile: number;
  ms: number | null;
  floorMs: number | null;
  /** ms / floorMs: the target's measure. */
  floorRatio: number | null;
  peakMiB: number | null;
  cpuMs: number | null;
  /** The floor of all files in one process (no process start per file). */
  floorOneProcessMs: number | null;
  /** The per-file work alone, in one thread and over two worker threads (ms, median). */
  threads: { one: number | null; two: number | null; twoPeakMiB: number | null };
  runs: number;
  note?: string;
}

const FLOOR = path.join(__dirname, "floor-child.js");
const THREADS = path.join(__dirname, "rekap-threads.js");

export async function measureRekap(files = 100, pkPerFile = 30, runs = 3): Promise<RekapMeasure> {
  const main: string = ensureCliBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-bench-rekap-"));
  const inputs = path.join(dir, "opd");
  fs.mkdirSync(inputs);
  try {
    const list: string[] = [];
    for (let i = 0; i < files; i++) {
      const file = path.join(inputs, `opd-${String(i + 1).padStart(3, "0")}.xlsx`);
      await generatedToXlsx(renderWorkbook(generateModel(pkPerFile, { seed: 5000 + i })), file);
      list.push(file);
    }
    const rekap: PkRun[] = [];
    const one: PkRun[] = [];
    const two: PkRun[] = [];
    const floorAll: PkRun[] = [];
    let floorSum = 0;
    // Interleaved, so a burst of load on the shared machine falls on all alike.
    for (let r = 0; r < runs; r++) {
      rekap.push(runPk(main, ["rekap", inputs, "--out", path.join(dir, "rekap.xlsx")], 600_000));
      one.push(runPk(THREADS, ["1", ...list], 600_000));
      two.push(runPk(THREADS, ["2", ...list], 600_000));
      floorAll.push(runPk(FLOOR, list, 600_000));
    }
    for (const f of list) floorSum += runPk(FLOOR, [f], 60_000).ms;
    const failed = [...rekap, ...one, ...two].find((r) => r.timedOut || r.code !== 0);
    const ms = med(rekap);
    const floorMs = Math.round(floorSum);
    return {
      files,
      pkPerFile,
      ms,
      floorMs,
      floorRatio: ms === null || floorMs <= 0 ? null : Math.round((ms / floorMs) * 100) / 100,
      peakMiB: peak(rekap),
      cpuMs: rekap.every((r) => r.cpuMs !== null) ? Math.round(median(rekap.map((r) => r.cpuMs!))) : null,
      floorOneProcessMs: med(floorAll),
      threads: { one: med(one), two: med(two), twoPeakMiB: peak(two) },
      runs,
      ...(failed ? { note: `proses gagal (kode ${failed.code}${failed.timedOut ? ", waktu habis" : ""}): ${failed.stderr.split("\n")[0]}` } : {}),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const med = (runs: PkRun[]) => (runs.length ? Math.round(median(runs.map((r) => r.ms))) : null);
const peak = (runs: PkRun[]) => (runs.every((r) => r.peakMiB !== null) ? Math.max(...runs.map((r) => r.peakMiB!)) : null);

if (require.main === module) {
  const [files, pk, runs] = process.argv.slice(2).map(Number);
  measureRekap(files || 100, pk || 30, runs || 3).then((r) => console.log(JSON.stringify(r, null, 2)));
}
