/**
 * Banding timed against validating both versions (issue 15: within 1.5×), on generated workbooks:
 *   npx ts-node --transpile-only bench/banding.ts [JUMLAH_PK ...]      (default 100 1000)
 * One JSON document on stdout. Each round reads and validates both, then compares; the median round is reported.
 */
import { performance } from "node:perf_hooks";
import { generateModel, renderWorkbook } from "./generate";
import { generateRevision } from "./generate/revision";
import { median } from "./measure/timing";
import { validasi } from "../src/engine/run";
import { compareVersions } from "../src/engine/compare";

function measure(pk: number, rounds: number) {
  const lama = renderWorkbook(generateModel(pk));
  const baru = renderWorkbook(generateRevision(pk).book);
  const validate: number[] = [];
  const compare: number[] = [];
  const ratio: number[] = [];
  let changes = 0;
  for (let i = 0; i < rounds + 2; i++) {
    const t0 = performance.now();
    const a = validasi(lama);
    const b = validasi(baru);
    const t1 = performance.now();
    changes = compareVersions(a, b).perubahan.length;
    const t2 = performance.now();
    if (i < 2) continue;
    validate.push(t1 - t0);
    compare.push(t2 - t1);
    ratio.push((t2 - t0) / (t1 - t0));
  }
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return { pk, rounds, perubahan: changes, validasiKeduanyaMs: r2(median(validate)), bandingkanMs: r2(median(compare)), ratio: r2(median(ratio)) };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const result = (sizes.length ? sizes : [100, 1000]).map((pk) => measure(pk, pk >= 1000 ? 5 : 11));
process.stdout.write(JSON.stringify({ banding: result, target: { ratioMax: 1.5 } }, null, 2) + "\n");
