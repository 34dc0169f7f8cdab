/**
 * readGrids: sheet names in one sync, every used range (values and formats) in a second. Excel on the web
 * caps a response at 5 MB; only when it refuses one does the read go again in halves of the sheet list.
 */
import type { CellValue, Grid } from "../engine/grid";
import { topLeftOf } from "./address";

export async function readGrids(context: Excel.RequestContext): Promise<Grid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return readSheets(context, sheets.items);
}

async function readSheets(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Grid[]> {
  // valuesOnly: formatted-but-empty rows (common in templates) would only cost payload.
  const used = sheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("address,values,numberFormat");
    return { name: ws.name, range };
  });
  try {
    await context.sync();
  } catch (err) {
    if (!tooLarge(err) || sheets.length < 2) throw err;
    const half = Math.ceil(sheets.length / 2);
    return [...(await readSheets(context, sheets.slice(0, half))), ...(await readSheets(context, sheets.slice(half)))];
  }
  return used.map(({ name, range }) => toGrid(name, range));
}

function tooLarge(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

function toGrid(name: string, range: Excel.Range): Grid {
  if (range.isNullObject) return { name, values: [], formats: [], top: 0, left: 0 };
  const { top, left } = topLeftOf(range.address);
  const values = (range.values as unknown[][]).map((row) => row.map(toCellValue));
  const formats = (range.numberFormat as unknown[][]).map((row) => row.map((f) => (typeof f === "string" ? f : "General")));
  return { name, values, formats, top, left };
}

/** Excel gives "" for an empty cell; the engine wants null. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}
