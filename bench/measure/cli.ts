/**
 * The `cli` section (interfaces.md §3): whole-process `pk validasi` and `pk hitung` on generated workbooks,
 * median wall time and peak memory, beside the floor measured in the same run: unzipping and parsing the same
 * file's sheet XML, nothing else, also as a whole process. Run alone: ts-node bench/measure/cli.ts
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../../src/engine/grid";
import { generatedToXlsx } from "../generate/xlsx";
import { runPk, type PkRun } from "./run-pk";
import { median } from "./timing";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../../scripts/cli-build");

export interface CliMeasure {
  pk: number;
  validasiMs: number | null;
  hitungMs: number | null;
  floorMs: number | null;
  /** Peak resident memory of `pk validasi`, MiB. */
  peakMiB: number | null;
  hitungPeakMiB: number | null;
  floorPeakMiB: number | null;
  /** validasiMs / floorMs and hitungMs / floorMs: the targets' measure. */
  validasiFloorRatio: number | null;
  hitungFloorRatio: number | null;
  /** Median CPU time (user + system) of each, ms: steadier than wall time when the machine is shared. */
  validasiCpuMs: number | null;
  hitungCpuMs: number | null;
  floorCpuMs: number | null;
  fileBytes: number;
  runs: number;
  note?: string;
}

const FLOOR = path.join(__dirname, "floor-child.js");

/** Runs per size: small files are cheap to repeat, the 1,000-PK one costs seconds a run. */
const RUNS: Record<number, number> = { 1: 5, 100: 3, 1000: 3 };

export function measureCli(books: { pk: number; grids: Grid[] }[]): Promise<CliMeasure[]> {
  return measure(books);
}

async function measure(books: { pk: number; grids: Grid[] }[]): Promise<CliMeasure[]> {
  const main: string = ensureCliBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-bench-cli-"));
  try {
    const out: CliMeasure[] = [];
    for (const { pk, grids } of books) {
      const file = path.join(dir, `generated-${pk}.xlsx`);
      await generatedToXlsx(grids, file);
      const runs = RUNS[pk] ?? 3;
      const validasi: PkRun[] = [];
      const hitung: PkRun[] = [];
      const floor: PkRun[] = [];
      // Interleaved, so a burst of load on the machine falls on all three alike.
      for (let i = 0; i < runs; i++) {
        floor.push(runPk(FLOOR, [file], 300_000));
        validasi.push(runPk(main, ["validasi", file], 300_000));
        hitung.push(runPk(main, ["hitung", file, "--out", path.join(dir, `hasil-${pk}.xlsx`)], 300_000));
      }
      const failed = [...validasi, ...hitung, ...floor].find((r) => r.timedOut || (r.code !== 0 && r.code !== 1));
      const [v, h, f] = [ms(validasi), ms(hitung), ms(floor)];
      out.push({
        pk,
        validasiMs: v,
        hitungMs: h,
        floorMs: f,
        validasiFloorRatio: ratio(v, f),
        hitungFloorRatio: ratio(h, f),
        validasiCpuMs: cpu(validasi),
        hitungCpuMs: cpu(hitung),
        floorCpuMs: cpu(floor),
        peakMiB: peak(validasi),
        hitungPeakMiB: peak(hitung),
        floorPeakMiB: peak(floor),
        fileBytes: fs.statSync(file).size,
        runs,
        ...(failed ? { note: `proses gagal (kode ${failed.code}${failed.timedOut ? ", waktu habis" : ""}): ${failed.stderr.split("\n")[0]}` } : {}),
      });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (runs: PkRun[]) => Math.round(median(runs.map((r) => r.ms)) * 10) / 10;
const cpu = (runs: PkRun[]) => (runs.every((r) => r.cpuMs !== null) ? Math.round(median(runs.map((r) => r.cpuMs!))) : null);
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
const peak = (runs: PkRun[]) => (runs.every((r) => r.peakMiB !== null) ? Math.max(...runs.map((r) => r.peakMiB!)) : null);

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateWorkbook } = require("../generate");
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  measure((sizes.length ? sizes : [1, 100, 1000]).map((pk) => ({ pk, grids: generateWorkbook(pk) }))).then((r) => console.log(JSON.stringify(r, null, 2)));
}
