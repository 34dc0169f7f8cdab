/**
 * The first request of a read sized for Excel on the web, besides every sheet's name and visibility:
 * - a door that read this workbook before asks the used-range address of each sheet it saw, and the values of
 *   as many as fit in the answer, read within the box it remembers (so the answer cannot grow past the
 *   estimate); a sheet whose address changed since is read again; a sheet that has gone (or an answer refused
 *   because the cells weigh more than they did) makes the request fail and it goes again as a first read;
 * - a first read follows the visible sheets from the first one (getFirst, getNextOrNullObject: ExcelApi 1.5),
 *   CHAIN_DEPTH links deep, each with its name and used-range address; the addresses of visible sheets past the
 *   chain go with the first request of values. Past the last sheet the chain calls methods of null objects, which
 *   Excel is not documented to allow in one request: if it refuses, the read goes on without the chain (one more
 *   request), and this door does not try the chain again.
 */
import { usedBoxOf, type Box } from "./address";
import { codeOf, isTooLarge } from "./host-errors";
import { hintOf, type HiddenHint } from "./read-hidden";
import { entriesOf, queueList, setUsed, usedRange, type SheetEntry } from "./read-sheets";
import { queueBatch, RANGE_BYTES, RANGE_OPS_BYTES, SizedReader, type Densities, type ReadBudget } from "./read-values";
import { syncOnce, type SyncPolicy } from "./sync";

/**
 * Links of the chain: every visible sheet of a workbook of up to 341 PKs (three sheets each) is known after the
 * first request, and enough of a 1,000-PK one to fill the first answer of values. About 300 bytes a link on the
 * in-memory Excel's wire, rowHidden and columnHidden included (Office.js's own form, object paths and actions, is
 * likely larger: not measured), so a 3-sheet workbook uploads about 0.31 MB, once per door: its next reads ask for
 * the sheets they saw.
 */
export const CHAIN_DEPTH = 1024;

/** What a door keeps for the web read: the visible sheets' boxes, the bytes per cell it measured. */
export interface SizedMemory {
  /** Zero-based used box by visible sheet name; null: empty. */
  boxes?: Map<string, Box | null>;
  densities?: Densities;
  /** Excel refused the sheet chain once: ask names first, then addresses. */
  chainRefused?: boolean;
  /** Visible sheets that hid rows or columns last time: asked which with the first request (read-hidden.ts). */
  hints?: Map<string, HiddenHint>;
}

export interface FirstRead {
  entries: SheetEntry[];
  reader: SizedReader;
}

/** Codes Excel might give for a method of a null object. */
const NULL_CALL_CODES = new Set(["InvalidArgument", "ItemNotFound", "InvalidOperation", "GeneralException"]);

export async function firstRequest(
  context: Excel.RequestContext,
  policy: SyncPolicy,
  budget: ReadBudget,
  memory: SizedMemory,
  chainDepth = CHAIN_DEPTH,
): Promise<FirstRead> {
  if (memory.boxes && memory.boxes.size > 0) {
    try {
      return await rememberedFirst(context, policy, budget, memory, memory.boxes);
    } catch (err) {
      // A sheet gone since; or its cells weigh more than they did (refused, and counted): read as a first read.
      if (codeOf(err) !== "ItemNotFound" && !isTooLarge(err)) throw err;
      if (isTooLarge(err)) memory.densities = undefined;
    }
  }
  const reader = new SizedReader(budget, memory.densities);
  const entries = await firstSheets(context, policy, memory, chainDepth);
  for (const e of entries) if (!e.hidden) reader.add(e);
  return { entries, reader };
}

/** Every sheet's name and visibility, with the used-range addresses of the visible ones the chain reached. */
export async function firstSheets(context: Excel.RequestContext, policy: SyncPolicy, memory: SizedMemory, chainDepth = CHAIN_DEPTH): Promise<SheetEntry[]> {
  if (memory.chainRefused || chainDepth <= 0) return plainFirst(context, policy);
  try {
    return await chainFirst(context, policy, chainDepth);
  } catch (err) {
    if (!NULL_CALL_CODES.has(codeOf(err) ?? "")) throw err;
    memory.chainRefused = true;
    return plainFirst(context, policy);
  }
}

async function plainFirst(context: Excel.RequestContext, policy: SyncPolicy): Promise<SheetEntry[]> {
  const { sheets } = await syncOnce(context, () => queueList(context, []), policy);
  return entriesOf(sheets);
}

async function chainFirst(context: Excel.RequestContext, policy: SyncPolicy, depth: number): Promise<SheetEntry[]> {
  const { sheets, links } = await syncOnce(
    context,
    () => {
      const { sheets } = queueList(context, []);
      const links: { sheet: Excel.Worksheet; used: Excel.Range }[] = [];
      let sheet = sheets.getFirst(true);
      for (let i = 0; i < depth; i++) {
        if (i > 0) sheet = sheet.getNextOrNullObject(true);
        sheet.load("name");
        links.push({ sheet, used: usedRange(sheet) });
      }
      return { sheets, links };
    },
    policy,
  );
  const entries = entriesOf(sheets);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const { sheet, used } of links) {
    if (sheet.isNullObject) break;
    const entry = byName.get(sheet.name);
    if (entry && !entry.hidden) setUsed(entry, used);
  }
  return entries;
}

async function rememberedFirst(
  context: Excel.RequestContext,
  policy: SyncPolicy,
  budget: ReadBudget,
  memory: SizedMemory,
  boxes: Map<string, Box | null>,
): Promise<FirstRead> {
  let read = new SizedReader(budget, memory.densities);
  let batch = read.take();
  // Queued afresh on a retry (a retried request hands back fresh proxies), reader and guesses with it.
  const { sheets, asked, loaded } = await syncOnce(
    context,
    () => {
      const { sheets } = queueList(context, []);
      const worksheets = context.workbook.worksheets;
      read = new SizedReader(budget, memory.densities);
      const asked = [...boxes].map(([name, box]) => {
        const guess: SheetEntry = { name, hidden: false, sheet: worksheets.getItem(name), box, hiddenHint: memory.hints?.get(name) };
        read.add(guess);
        return { guess, used: usedRange(guess.sheet) };
      });
      batch = read.take({ response: asked.length * 2 * RANGE_BYTES, request: asked.length * RANGE_OPS_BYTES });
      return { sheets, asked, loaded: queueBatch(batch) };
    },
    policy,
  );
  read.accept(batch, loaded);
  const byName = new Map(asked.map((a) => [a.guess.name, a]));
  const entries = entriesOf(sheets).map((entry) => {
    const a = byName.get(entry.name);
    byName.delete(entry.name);
    if (entry.hidden) {
      if (a) read.drop(a.guess);
      return entry;
    }
    if (!a) {
      read.add(entry);
      return entry;
    }
    const now = a.used.isNullObject ? null : usedBoxOf(a.used.address);
    if (sameBox(now, a.guess.box ?? null)) {
      a.guess.used = a.used;
      rehint(read, a.guess, now ? hintOf(a.used) : undefined);
      return a.guess;
    }
    read.drop(a.guess);
    setUsed(entry, a.used);
    read.add(entry);
    return entry;
  });
  return { entries, reader: read };
}

/** What the used range says now is hidden (what the door remembers); asked unless the first request asked it already. */
function rehint(read: SizedReader, entry: SheetEntry, now: HiddenHint | undefined): void {
  const asked = entry.hiddenHint;
  entry.hiddenHint = now;
  if (!now || (asked && (asked.rows || !now.rows) && (asked.cols || !now.cols))) return;
  entry.hiddenFound = undefined;
  read.askHidden(entry);
}

function sameBox(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
