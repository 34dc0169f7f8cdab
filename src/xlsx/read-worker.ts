/**
 * The thread that unpacks a workbook for read-model.ts: each sheet's grid is posted as soon as it is read, so
 * the engine reads one sheet while the next inflates. At most IN_FLIGHT grids wait in the queue: memory stays
 * bounded however fast this side runs.
 */
import { parentPort, workerData } from "worker_threads";
import { toWire } from "./grid-wire";
import type { Limits } from "./limits";
import { readWorkbookSheets } from "./read-bytes";
import { WorkbookError } from "./workbook-error";

export interface WorkerInput {
  bytes: Uint8Array;
  limits?: Partial<Limits>;
  /** [grids posted and not yet taken]: this side waits while it is at IN_FLIGHT. */
  pending: Int32Array;
}

export const IN_FLIGHT = 32;

function run({ bytes, limits, pending }: WorkerInput): void {
  const port = parentPort!;
  try {
    readWorkbookSheets(bytes, (grid) => {
      for (let n = Atomics.load(pending, 0); n >= IN_FLIGHT; n = Atomics.load(pending, 0)) Atomics.wait(pending, 0, n, 1000);
      const { wire, transfer } = toWire(grid);
      Atomics.add(pending, 0, 1);
      port.postMessage({ grid: wire }, transfer);
    }, limits);
    port.postMessage({ done: true });
  } catch (e) {
    // readWorkbookSheets says every failure as a WorkbookError; anything else still leaves as one line.
    const { kind, reason } = e instanceof WorkbookError ? e : new WorkbookError("damaged", "berkas .xlsx rusak dan tidak dapat dibaca");
    port.postMessage({ error: { kind, reason } });
  }
}

if (parentPort) run(workerData as WorkerInput);
