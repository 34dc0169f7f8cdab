/** Another workbook the planner picks in the pane (Bandingkan, Rekap): read in the browser by the file door's reader, nothing uploaded. */
import type { Grid } from "../engine/grid";
import { readWorkbookBytes } from "../xlsx/read-bytes";
import { WorkbookError } from "../xlsx/workbook-error";

export async function readOtherWorkbook(bytes: Uint8Array, name: string): Promise<Grid[]> {
  try {
    return readWorkbookBytes(bytes);
  } catch (e) {
    // The reader's reasons name no file: say the one the planner picked.
    if (e instanceof WorkbookError) throw new Error(`${name}: ${e.reason}`);
    throw e;
  }
}
