/**
 * Round trips and request sizes of Validasi and Hitung Capaian through the Office.js door, on a fresh
 * in-memory Excel: what the benchmark reports under "syncs".
 */
import type { Grid } from "../../src/engine/grid";
import { hitung, planSheets, validasi } from "../../src/engine";
import { createExcelDoor } from "../../src/excel";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

export interface DoorMeasure {
  validasiSyncs: number;
  hitungSyncs: number;
  /** Largest single request of either run, in bytes (JSON size of the queued operations). */
  maxRequestBytes: number;
  /** Largest single response (loaded values), in bytes; Excel on the web caps it at 5 MB too. */
  maxResponseBytes: number;
  /** Warnings the write reported (a chart the fake refused, ...). */
  warnings: string[];
}

export async function measureDoor(
  grids: Grid[],
  options: { triwulan?: number; validasiSheet?: boolean; fake?: FakeExcelOptions } = {},
): Promise<DoorMeasure> {
  const fake = FakeExcel.fromGrids(grids, options.fake);
  const door = createExcelDoor(fake.run);

  validasi(await door.readGrids());
  const validasiSyncs = fake.syncCount;
  const requests = [...fake.requestBytes];
  const responses = [...fake.responseBytes];
  fake.resetCounters();

  // The same steps as the task pane's Hitung Capaian: read, compute, plan against the grids read, write.
  const read = await door.readGrids();
  const out = hitung(read, options.triwulan === undefined ? {} : { triwulan: options.triwulan });
  const report = await door.writePlans(planSheets(out, read, { validasiSheet: options.validasiSheet ?? false }));
  requests.push(...fake.requestBytes);
  responses.push(...fake.responseBytes);

  return {
    validasiSyncs,
    hitungSyncs: fake.syncCount,
    maxRequestBytes: Math.max(0, ...requests),
    maxResponseBytes: Math.max(0, ...responses),
    warnings: report.warnings,
  };
}

/** The name the brief asked for. */
export const countSyncs = measureDoor;
