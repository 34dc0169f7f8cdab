/** Another workbook the planner picks in the pane (Bandingkan, Rekap): read in the browser by the file door's reader, nothing uploaded. */
import type { Grid } from "../engine/grid";

export async function readOtherWorkbook(bytes: Uint8Array, name: string): Promise<Grid[]> {
  // The reader (unzip and XML) is fetched only when a file is picked: the pane opens without it.
  const { readWorkbookBytes, WorkbookError } = await import(/* webpackChunkName: "taskpane-berkas" */ "./other-workbook-reader");
  try {
    return readWorkbookBytes(bytes);
  } catch (e) {
    // The reader's reasons name no file: say the one the planner picked.
    if (e instanceof WorkbookError) throw new Error(`${name}: ${e.reason}`);
    throw e;
  }
}
