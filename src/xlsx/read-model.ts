/**
 * A workbook file straight to the engine's reading, on two cores: a worker thread unpacks sheet after sheet
 * (read-worker.ts) while this thread reads each one as it arrives. The result is the one readWorkbook gives
 * over all the grids; a workbook whose PENGATURAN sheet comes after other sheets is read again in order, since
 * its vocabulary must be known first. Without the compiled worker (ts-node, tests) it all runs on this thread.
 */
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { readWorkbook, WorkbookReader, type ReadOutput } from "../engine/read/workbook";
import { fromWire, type WireGrid } from "./grid-wire";
import type { Limits } from "./limits";
import { readFileBytes, WorkbookFileError } from "./read";
import { readWorkbookBytes, readWorkbookSheets } from "./read-bytes";
import type { WorkerInput } from "./read-worker";
import { WorkbookError } from "./workbook-error";

const WORKER = path.join(__dirname, "read-worker.js");

export async function readXlsxModel(file: string, limits?: Partial<Limits>, options: { thread?: boolean } = {}): Promise<ReadOutput> {
  const bytes = readFileBytes(file);
  try {
    const useWorker = (options.thread ?? true) && fs.existsSync(WORKER);
    const read = useWorker ? await viaWorker(bytes, limits) : inThread(bytes, limits);
    return read ?? readWorkbook(readWorkbookBytes(bytes, limits));
  } catch (e) {
    if (e instanceof WorkbookError) throw new WorkbookFileError(file, e.reason, e.kind);
    throw e;
  }
}

/** null: a PENGATURAN sheet came late, and the workbook must be read again with it first. */
function inThread(bytes: Uint8Array, limits: Partial<Limits> | undefined): ReadOutput | null {
  const reader = new WorkbookReader();
  let again = false;
  readWorkbookSheets(bytes, (grid) => {
    if (!again && !reader.add(grid)) again = true;
  }, limits);
  return again ? null : reader.finish();
}

function viaWorker(bytes: Uint8Array, limits: Partial<Limits> | undefined): Promise<ReadOutput | null> {
  return new Promise((resolve, reject) => {
    const pending = new Int32Array(new SharedArrayBuffer(4));
    const input: WorkerInput = { bytes, limits, pending };
    const worker = new Worker(WORKER, { workerData: input });
    const reader = new WorkbookReader();
    let settled = false;
    const settle = (then: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      try {
        then();
      } catch (e) {
        reject(e);
      }
    };
    worker.on("message", (m: { grid?: WireGrid; done?: true; error?: { kind: WorkbookError["kind"]; reason: string } }) => {
      if (settled) return;
      if (m.grid) {
        Atomics.sub(pending, 0, 1);
        Atomics.notify(pending, 0);
        let added: boolean;
        try {
          added = reader.add(fromWire(m.grid));
        } catch (e) {
          return settle(() => reject(e));
        }
        if (!added) settle(() => resolve(null));
      } else if (m.done) settle(() => resolve(reader.finish()));
      else if (m.error) settle(() => reject(new WorkbookError(m.error!.kind, m.error!.reason)));
    });
    worker.on("error", (e) => settle(() => reject(e)));
    worker.on("exit", (code) => settle(() => reject(new Error(`pembongkar buku kerja berhenti (${code})`))));
  });
}
