/** The bench's JSON document (interfaces.md §3 plus extra fields). */
import type { BundleMeasure } from "./measure/bundle";
import type { CliMeasure } from "./measure/cli";
import type { EngineMeasure } from "./measure/engine";
import type { RekapMeasure } from "./measure/rekap";
import type { SyncsMeasure } from "./measure/syncs";
import type { WebMeasure } from "./measure/web";
import { TARGETS } from "./targets";

export interface BenchResult {
  engine: EngineMeasure[];
  peer: { pk: number; indikator: number; formulas: number; ms: number; runs: number; ratio: number | null };
  syncs: SyncsMeasure;
  web: WebMeasure[];
  bundle: BundleMeasure;
  cli: CliMeasure[];
  rekap?: RekapMeasure;
  /** Engine ms at 1,000 PKs over engine ms at 100 PKs (10 for linear growth). */
  growth: { from: number; to: number; ratio: number | null };
  targets: typeof TARGETS;
  /** null: not measurable yet (engine, door or bundle missing). */
  targetsMet: Record<string, boolean | null>;
  machine: { node: string; cpus: number; platform: string };
  totalSeconds: number;
}

export function judge(r: Omit<BenchResult, "targetsMet" | "targets">): Record<string, boolean | null> {
  const large = r.engine[r.engine.length - 1]?.ms ?? null;
  const s = r.syncs;

  return {
    engineLarge: large === null ? null : large < TARGETS.engineLargeMs,
    linearGrowth: r.growth.ratio === null ? null : r.growth.ratio <= TARGETS.growthRatioMax,
    fasterThanPeer: r.peer.ratio === null ? null : r.peer.ratio <= TARGETS.peerRatioMax,
    syncsSmall:
      s.validasi.small === null || s.hitung.small === null
        ? null
        : s.validasi.small <= TARGETS.validasiSyncsMax && s.hitung.small <= TARGETS.hitungSyncsMax,
    syncsLarge:
      s.validasi.large === null || s.hitung.large === null
        ? null
        : s.validasi.large <= TARGETS.validasiSyncsMax && s.hitung.large <= TARGETS.hitungSyncsMax,
    requestSize: s.maxRequestBytes === null ? null : s.maxRequestBytes < TARGETS.maxRequestBytes,
    responseSize: s.maxResponseBytes == null ? null : s.maxResponseBytes < TARGETS.maxResponseBytes,
    bundle: r.bundle.taskpaneGzipBytes === null ? null : r.bundle.taskpaneGzipBytes < TARGETS.taskpaneGzipBytesMax,
    // Reported beside the total, judged against the same budget: what a planner waits for when the pane opens.
    bundleInitial: r.bundle.initialGzipBytes === undefined ? null : r.bundle.initialGzipBytes < TARGETS.taskpaneGzipBytesMax,
    ...judgeWeb(r.web),
    ...judgeCli(r.cli),
    ...judgeRekap(r.rekap),
  };
}

function judgeWeb(web: WebMeasure[]): Record<string, boolean | null> {
  const t = TARGETS.web;
  if (web.length === 0) return { webSyncsSmall: null, webSyncsLarge: null, webRefused: null };
  const small = web.filter((w) => w.pk < t.largePk);
  const large = web.filter((w) => w.pk >= t.largePk);
  return {
    webSyncsSmall: small.every((w) => w.validasi.syncs <= t.validasiSyncsMax && w.hitung.syncs <= t.hitungSyncsMax),
    webSyncsLarge: large.length === 0 ? null : large.every((w) => w.validasi.syncs <= t.validasiSyncsLargeMax && w.hitung.syncs <= t.hitungSyncsLargeMax),
    webRefused: web.every((w) => w.validasi.refused + w.hitung.refused <= t.refusedMax),
  };
}

function judgeRekap(r: RekapMeasure | undefined): Record<string, boolean | null> {
  const atMost = (v: number | null | undefined, max: number) => (v === null || v === undefined ? null : v <= max);
  return { rekapFloor: atMost(r?.floorRatio, TARGETS.rekapFloorRatioMax), rekapPeak: atMost(r?.peakMiB, TARGETS.rekapPeakMiBMax) };
}

function judgeCli(cli: CliMeasure[]): Record<string, boolean | null> {
  const large = cli.find((c) => c.pk === 1000);
  const small = cli.find((c) => c.pk === 1);
  const atMost = (v: number | null | undefined, max: number) => (v === null || v === undefined ? null : v <= max);
  return {
    cliValidasi: atMost(large?.validasiFloorRatio, TARGETS.cliValidasiFloorRatioMax),
    cliHitung: atMost(large?.hitungFloorRatio, TARGETS.cliHitungFloorRatioMax),
    cliSmall: atMost(small?.validasiMs, TARGETS.cliSmallValidasiMs),
    cliPeak: atMost(large?.peakMiB, TARGETS.cliPeakMiBMax),
  };
}
