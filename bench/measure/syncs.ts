/**
 * context.sync round trips and the largest request, counted on the in-memory Excel of the tests
 * (tests/fakes/measure-door.ts). Measured without the fake's 5 MB refusal, so an oversized request is
 * reported with its size (and fails the target) instead of hiding every other figure. The fake does not
 * refuse large responses; the size is reported and judged here.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../src/engine/grid";

export interface DoorCounts {
  validasiSyncs: number;
  hitungSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes?: number;
  warnings?: string[];
}

export interface SyncsMeasure {
  validasi: { small: number | null; large: number | null };
  hitung: { small: number | null; large: number | null };
  maxRequestBytes: number | null;
  maxResponseBytes?: number | null;
  /** Per workbook size, the largest request; above 5 MB Excel on the web refuses it. */
  requestBytes?: { small: number; large: number };
  note?: string;
}

const FAKE = join(__dirname, "..", "..", "tests", "fakes", "measure-door");
const WEB_LIMIT = 5_000_000;

type Measure = (grids: Grid[], options?: { fake?: { requestLimitBytes?: number | null } }) => DoorCounts | Promise<DoorCounts>;

export async function measureSyncs(small: Grid[], large: Grid[]): Promise<SyncsMeasure> {
  const empty = { validasi: { small: null, large: null }, hitung: { small: null, large: null }, maxRequestBytes: null };
  if (!existsSync(FAKE + ".ts") && !existsSync(FAKE + ".js")) {
    return { ...empty, note: "tests/fakes/measure-door.ts belum ada (Excel tiruan dan pintu Office.js belum tersedia)" };
  }
  try {
    const measure = findMeasure(require(FAKE));
    const options = { fake: { requestLimitBytes: null } };
    const s = await measure(small, options);
    const l = await measure(large, options);
    const maxRequestBytes = Math.max(s.maxRequestBytes, l.maxRequestBytes);
    const maxResponseBytes = Math.max(s.maxResponseBytes ?? 0, l.maxResponseBytes ?? 0);
    const notes = [
      maxRequestBytes > WEB_LIMIT ? `permintaan terbesar ${maxRequestBytes} byte melebihi batas 5 MB: Excel di web akan menolaknya` : "",
      maxResponseBytes > WEB_LIMIT ? `jawaban terbesar ${maxResponseBytes} byte melebihi batas 5 MB Excel di web` : "",
    ].filter(Boolean);
    return {
      validasi: { small: s.validasiSyncs, large: l.validasiSyncs },
      hitung: { small: s.hitungSyncs, large: l.hitungSyncs },
      maxRequestBytes,
      maxResponseBytes,
      requestBytes: { small: s.maxRequestBytes, large: l.maxRequestBytes },
      ...(notes.length ? { note: notes.join("; ") } : {}),
    };
  } catch (error) {
    return { ...empty, note: `pengukuran sync gagal: ${(error as Error).message}` };
  }
}

/** The module's measuring function: `measureDoor`, the default export, or its only exported function. */
function findMeasure(module: Record<string, unknown>): Measure {
  const named = module.measureDoor ?? module.default;
  if (typeof named === "function") return named as Measure;
  const functions = Object.values(module).filter((v) => typeof v === "function");
  if (functions.length === 1) return functions[0] as Measure;
  throw new Error("measure-door tidak mengekspor satu fungsi pengukur");
}
