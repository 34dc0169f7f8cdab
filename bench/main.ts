/**
 * The benchmark: `npm run --silent bench -- --json` prints one JSON document (interfaces.md §3),
 * without `--json` a readable table. Engine, peer, syncs, web, bundle and cli, measured in one run.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { generateModel, renderWorkbook } from "./generate";
import { measureBundle } from "./measure/bundle";
import { measureCli } from "./measure/cli";
import { measureRekap } from "./measure/rekap";
import { measureEngine, type EngineMeasure } from "./measure/engine";
import { measurePeer } from "./measure/peer";
import { measureSyncs } from "./measure/syncs";
import { measureWeb, WEB_SIZES } from "./measure/web";
import { peerRows } from "./peer";
import { formatReport } from "./report";
import { judge, type BenchResult } from "./result";
import { TARGETS } from "./targets";

/** PK counts measured, and how hard to measure each: the whole bench must end within about two minutes. */
const SIZES = [
  { pk: 1, warmup: 5, runs: 21, budgetMs: 3_000 },
  { pk: 100, warmup: 2, runs: 9, budgetMs: 8_000 },
  // No warm-up here: the smaller sizes warmed the JIT, and a slow engine gets one run rather than a timeout.
  { pk: 1000, warmup: 2, runs: 9, budgetMs: 20_000 },
];
/** Realisasi runs to September, so capaian is at TW III. */
const TRIWULAN = 3;

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const started = performance.now();
  // Whatever the measured code logs goes to stderr: with --json, stdout holds the document only.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);

  const books = SIZES.map((s) => generateModel(s.pk));
  const grids = books.map(renderWorkbook);
  const engine: EngineMeasure[] = SIZES.map((s, i) =>
    measureEngine(s.pk, books[i].pks.reduce((n, pk) => n + pk.indikator.length, 0), grids[i], s),
  );

  const largest = books.length - 1;
  const peerMeasure = measurePeer(SIZES[largest].pk, peerRows(books[largest], TRIWULAN), TRIWULAN);
  const engineLarge = engine[largest].ms;
  const peer = { ...peerMeasure, ratio: engineLarge === null ? null : round(engineLarge / peerMeasure.ms, 4) };

  const syncs = await measureSyncs(grids[0], grids[largest]);
  const web = await measureWeb(
    WEB_SIZES.map((pk) => ({ pk, grids: grids[SIZES.findIndex((s) => s.pk === pk)] ?? renderWorkbook(generateModel(pk)) })),
    TRIWULAN,
  );
  const bundle = measureBundle();
  // Whole `pk` processes on the same generated workbooks, written to .xlsx.
  const cli = await measureCli(SIZES.map((s, i) => ({ pk: s.pk, grids: grids[i] })));
  // 100 OPD workbooks of 30 PKs; one run of each (about 45 s on 2 cores).
  const rekap = await measureRekap(100, 30, 1);

  const before = engine.find((e) => e.pk === 100)?.ms ?? null;
  const growth = { from: 100, to: 1000, ratio: before && engineLarge !== null ? round(engineLarge / before, 2) : null };
  const partial = {
    engine,
    peer,
    syncs,
    web,
    bundle,
    cli,
    rekap,
    growth,
    machine: { node: process.version, cpus: cpus().length, platform: process.platform },
    totalSeconds: round((performance.now() - started) / 1000, 1),
  };
  const result: BenchResult = { ...partial, targets: TARGETS, targetsMet: judge(partial) };

  console.log = log;
  process.stdout.write(json ? JSON.stringify(result, null, 2) + "\n" : formatReport(result) + "\n");
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

main().catch((error) => {
  console.error(`bench gagal: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
