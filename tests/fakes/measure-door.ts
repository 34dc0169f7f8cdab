/**
 * Round trips and request sizes of Validasi and Hitung Capaian through the Office.js door, on a fresh
 * in-memory Excel: what the benchmark reports under "syncs" (no size limit) and "web" (Excel on the web's
 * limits, the door reading as it does there).
 */
import type { Grid } from "../../src/engine/grid";
import { hitung, planSheets, validasi } from "../../src/engine";
import { createExcelDoor, type ExcelDoorOptions } from "../../src/excel";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

export interface RunMeasure {
  syncs: number;
  /** Requests Excel refused for their size (request or answer over the limit): wasted round trips. */
  refused: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface DoorMeasure {
  validasiSyncs: number;
  hitungSyncs: number;
  /** Largest single request of either run, in bytes (JSON size of the queued operations). */
  maxRequestBytes: number;
  /** Largest single response (loaded values), in bytes; Excel on the web caps it at 5 MB too. */
  maxResponseBytes: number;
  /** Warnings the write reported (a chart the fake refused, ...). */
  warnings: string[];
  validasi: RunMeasure;
  hitung: RunMeasure;
  /** The write of Hitung Capaian alone: each request's size in bytes, and how many were refused. */
  write: { requestBytes: number[]; refused: number };
}

/** Excel on the web: requests and answers above 5 MB are refused. */
export const WEB_LIMITS: FakeExcelOptions = { requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000 };

export async function measureDoor(
  grids: Grid[],
  options: { triwulan?: number; validasiSheet?: boolean; fake?: FakeExcelOptions; door?: ExcelDoorOptions } = {},
): Promise<DoorMeasure> {
  const fake = FakeExcel.fromGrids(grids, options.fake);
  const door = createExcelDoor(fake.run, { retryDelayMs: 0, ...options.door });

  validasi(await door.readGrids());
  const v = snapshot(fake);
  fake.resetCounters();

  // The same steps as the task pane's Hitung Capaian: read, compute, plan against the grids read, write.
  const read = await door.readGrids();
  const out = hitung(read, options.triwulan === undefined ? {} : { triwulan: options.triwulan });
  const before = { requests: fake.requestBytes.length, refused: fake.refusedCount };
  const report = await door.writePlans(planSheets(out, read, { validasiSheet: options.validasiSheet ?? false }));
  const h = snapshot(fake);

  return {
    validasiSyncs: v.syncs,
    hitungSyncs: h.syncs,
    maxRequestBytes: Math.max(v.maxRequestBytes, h.maxRequestBytes),
    maxResponseBytes: Math.max(v.maxResponseBytes, h.maxResponseBytes),
    warnings: report.warnings,
    validasi: v,
    hitung: h,
    write: { requestBytes: fake.requestBytes.slice(before.requests), refused: fake.refusedCount - before.refused },
  };
}

function snapshot(fake: FakeExcel): RunMeasure {
  return { syncs: fake.syncCount, refused: fake.refusedCount, maxRequestBytes: fake.maxRequestBytes, maxResponseBytes: fake.maxResponseBytes };
}

/** The name the brief asked for. */
export const countSyncs = measureDoor;
