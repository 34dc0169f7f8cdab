/**
 * A workbook file straight to the engine's reading, sheet by sheet as each is unpacked: no sheet's grid outlives
 * its reading, so a thousand sheets are never held at once. The result is the one readWorkbook gives over all the
 * grids; a workbook whose PENGATURAN sheet comes after other sheets is read again in order, since its vocabulary
 * must be known first.
 */
import { readWorkbook, WorkbookReader, type ReadOutput } from "../engine/read/workbook";
import type { Limits } from "./limits";
import { readFileBytes, WorkbookFileError } from "./read";
import { ZLIB_INFLATER } from "./node-zlib";
import { readWorkbookBytes, readWorkbookSheets } from "./read-bytes";
import { WorkbookError } from "./workbook-error";

export async function readXlsxModel(file: string, limits?: Partial<Limits>): Promise<ReadOutput> {
  const bytes = readFileBytes(file);
  try {
    return readAsUnpacked(bytes, limits) ?? readWorkbook(readWorkbookBytes(bytes, limits, ZLIB_INFLATER));
  } catch (e) {
    if (e instanceof WorkbookError) throw new WorkbookFileError(file, e.reason, e.kind);
    throw e;
  }
}

/** null: a PENGATURAN sheet came late, and the workbook must be read again with it first. */
function readAsUnpacked(bytes: Uint8Array, limits: Partial<Limits> | undefined): ReadOutput | null {
  const reader = new WorkbookReader();
  let again = false;
  readWorkbookSheets(bytes, (grid) => {
    if (!again && !reader.add(grid)) again = true;
  }, limits, ZLIB_INFLATER);
  return again ? null : reader.finish();
}
