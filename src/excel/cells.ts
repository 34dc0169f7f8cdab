/** writeCells: single cells into one sheet (created first when asked), one request. */
import type { CellWrites } from "../app/door";
import { cellOut, TEXT_FORMAT } from "./block";
import { syncOnce, type SyncPolicy } from "./sync";

export async function writeCells(context: Excel.RequestContext, edit: CellWrites, policy: SyncPolicy): Promise<void> {
  await syncOnce(
    context,
    () => {
      const sheets = context.workbook.worksheets;
      const sheet = edit.create ? sheets.add(edit.sheet) : sheets.getItem(edit.sheet);
      for (const w of edit.writes) {
        const range = sheet.getRange(w.cell);
        const value = cellOut(w.value);
        // Text stays text (no formula, number, date or error); a number must not stay trapped in an earlier Text format.
        if (typeof value === "string" && value !== "") range.numberFormat = [[TEXT_FORMAT]];
        else if (typeof value === "number") range.numberFormat = [["General"]];
        range.values = [[value]];
      }
    },
    policy,
  );
}
