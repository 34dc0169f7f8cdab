/**
 * select: bring a finding's cell into view, one request. Excel cannot show a cell of a hidden sheet; when the
 * request fails, a second one asks why, so the planner hears "the sheet is hidden" rather than an Excel code.
 */
import { SheetHiddenError } from "../app/door";
import { syncOnce, type SyncPolicy } from "./sync";

export async function select(context: Excel.RequestContext, sheetName: string, cell: string, policy: SyncPolicy): Promise<void> {
  try {
    await syncOnce(
      context,
      () => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(cell).select();
      },
      policy,
    );
  } catch (err) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("visibility");
    await context.sync();
    if (!sheet.isNullObject && sheet.visibility !== "Visible") throw new SheetHiddenError(sheetName);
    throw err;
  }
}
