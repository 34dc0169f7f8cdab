/**
 * Comparing two 100-PK workbooks takes at most 1.5× the time of validating both (issue 15): reading and validating
 * both is the bulk, the comparison itself is indexed (maps by jabatan, key and kode), never all pairs.
 */
import { performance } from "node:perf_hooks";
import { generateModel, renderWorkbook } from "../../bench/generate";
import { generateRevision } from "../../bench/generate/revision";
import { median } from "../../bench/measure/timing";
import type { Grid } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { compareVersions } from "../../src/engine/compare";

/**
 * Banding is: read and validate both, then compare. Each round times both parts back to back, so the ratio of a
 * round is taken within the same few hundred milliseconds of a shared machine; the median round is reported.
 */
function timeRounds(lama: Grid[], baru: Grid[], rounds: number) {
  const validate: number[] = [];
  const compare: number[] = [];
  const ratio: number[] = [];
  let changes: ReturnType<typeof compareVersions> | null = null;
  for (let i = 0; i < rounds + 2; i++) {
    const t0 = performance.now();
    const a = validasi(lama);
    const b = validasi(baru);
    const t1 = performance.now();
    changes = compareVersions(a, b);
    const t2 = performance.now();
    if (i < 2) continue; // warm-up
    validate.push(t1 - t0);
    compare.push(t2 - t1);
    ratio.push((t2 - t0) / (t1 - t0));
  }
  return { validateMs: median(validate), compareMs: median(compare), ratio: median(ratio), changes: changes! };
}

test("two 100-PK workbooks: banding within 1.5× of validating both", () => {
  const lama = renderWorkbook(generateModel(100));
  const revision = generateRevision(100);
  const baru = renderWorkbook(revision.book);
  const { validateMs, compareMs, ratio, changes } = timeRounds(lama, baru, 11);
  // eslint-disable-next-line no-console
  console.log(`banding 100 PK: validasi keduanya ${validateMs.toFixed(1)} ms, perbandingan ${compareMs.toFixed(1)} ms, banding / validasi keduanya ${ratio.toFixed(2)}× (median 11 putaran); ${changes.perubahan.length} perubahan`);
  // What was planted is what is found, nothing more.
  expect(changes.ringkasan.jenis).toEqual({ ...Object.fromEntries(Object.keys(changes.ringkasan.jenis).map((k) => [k, 0])), ...revision.expected });
  // The bound is 1.5× (measured: see the report); generous here, for a 2-core machine shared with other runs.
  expect(ratio).toBeLessThan(2);
});

test("1,000 PKs against a workbook of the same offices with other content (another seed): tens of thousands of changes in seconds", () => {
  const lama = validasi(renderWorkbook(generateModel(1000)));
  const baru = validasi(renderWorkbook(generateModel(1000, { seed: 7 })));
  const t0 = performance.now();
  const out = compareVersions(lama, baru);
  const ms = performance.now() - t0;
  // eslint-disable-next-line no-console
  console.log(`banding 1.000 PK dengan isi lain: ${ms.toFixed(0)} ms, ${out.perubahan.length} perubahan`);
  // Same jabatan, so every PK pairs; nearly every indikator and budget object differs.
  expect(out.ringkasan.jenis["pk-baru"] + out.ringkasan.jenis["pk-hilang"]).toBe(0);
  expect(out.perubahan.length).toBeGreaterThan(20_000);
  // Generous for a shared 2-core machine (about 1 s when it is quiet).
  expect(ms).toBeLessThan(10_000);
}, 120_000);
