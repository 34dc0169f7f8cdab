/**
 * The first requests of a read: every sheet's name and visibility, then the used-range address of each
 * visible sheet (what sizes the value requests). A door remembers the names it saw last time and asks for
 * their addresses in the first request already; a name that has gone since makes that request fail, and it
 * goes again without them.
 */
import { usedBoxOf, type Box } from "./address";
import { codeOf } from "./host-errors";
import { hintOf, type HiddenFound, type HiddenHint } from "./read-hidden";
import { syncOnce, type SyncPolicy } from "./sync";

export interface SheetEntry {
  name: string;
  hidden: boolean;
  sheet: Excel.Worksheet;
  /** The used range (values only), once its address has been asked for. */
  used?: Excel.Range;
  /** Zero-based used box; null: an empty sheet; undefined: not asked yet. */
  box?: Box | null;
  /** Some of the used range's rows or columns are hidden (read-hidden.ts): which, once asked. */
  hiddenHint?: HiddenHint;
  hiddenFound?: HiddenFound;
}

export async function listSheets(context: Excel.RequestContext, policy: SyncPolicy, remembered: string[]): Promise<SheetEntry[]> {
  let asked: { name: string; used: Excel.Range }[] = [];
  let sheets: Excel.WorksheetCollection;
  try {
    ({ sheets, asked } = await syncOnce(context, () => queueList(context, remembered), policy));
  } catch (err) {
    if (remembered.length === 0 || codeOf(err) !== "ItemNotFound") throw err;
    ({ sheets, asked } = await syncOnce(context, () => queueList(context, []), policy));
  }
  const entries = entriesOf(sheets);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const { name, used } of asked) {
    const entry = byName.get(name);
    if (entry && !entry.hidden) setUsed(entry, used);
  }
  return entries;
}

export function entriesOf(sheets: Excel.WorksheetCollection): SheetEntry[] {
  return sheets.items.map((sheet) => ({ name: sheet.name, hidden: sheet.visibility !== "Visible", sheet }) as SheetEntry);
}

export function queueList(context: Excel.RequestContext, remembered: string[]) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const asked = remembered.map((name) => ({ name, used: usedRange(sheets.getItem(name)) }));
  return { sheets, asked };
}

/** Addresses of the visible sheets not asked for yet: one request (none when all are known). */
export async function addAddresses(context: Excel.RequestContext, policy: SyncPolicy, entries: SheetEntry[]): Promise<void> {
  const missing = entries.filter((e) => !e.hidden && e.box === undefined);
  if (missing.length === 0) return;
  const used = await syncOnce(context, () => missing.map((e) => usedRange(e.sheet)), policy);
  missing.forEach((e, i) => setUsed(e, used[i]));
}

/**
 * Values only: a template's formatted-but-empty rows would only cost payload. With whether some of its rows or
 * columns are hidden: two booleans, so a workbook with nothing hidden asks nothing more.
 */
export function usedRange(sheet: Excel.Worksheet, also = ""): Excel.Range {
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load(USED_PROPS + also);
  return range;
}

export const USED_PROPS = "address,rowHidden,columnHidden";

export function setUsed(entry: SheetEntry, used: Excel.Range): void {
  entry.used = used;
  entry.box = used.isNullObject ? null : usedBoxOf(used.address);
  entry.hiddenHint = used.isNullObject ? undefined : hintOf(used);
  entry.hiddenFound = undefined;
}
