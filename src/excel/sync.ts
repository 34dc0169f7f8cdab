/**
 * One request: queue it, sync it. A transient refusal (cell-edit mode, Excel busy, the workbook not active)
 * gets one more try after a pause. Safe because Excel refuses those before doing any of the request, and a
 * failed sync drops what was queued: queue() runs again and hands back fresh proxies.
 */
import { isTransient } from "./host-errors";

export interface SyncPolicy {
  /** Pause before the one retry of a transient refusal. */
  retryDelayMs: number;
}

export const DEFAULT_RETRY_DELAY_MS = 1500;

export async function syncOnce<T>(context: Excel.RequestContext, queue: () => T, policy: SyncPolicy): Promise<T> {
  let handles = queue();
  try {
    await context.sync();
    return handles;
  } catch (err) {
    if (!isTransient(err)) throw err;
  }
  await pause(policy.retryDelayMs);
  handles = queue();
  await context.sync();
  return handles;
}

function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
