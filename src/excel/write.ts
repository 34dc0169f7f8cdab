/**
 * writePlans: one stream of work, packed into as few requests as the budget allows: the tables first
 * (write-tables.ts), then layout, Excel tables and charts, which share the tables' last request when they fit.
 * The charts and Excel tables of a sheet being rewritten wait for the request that loaded its old ones.
 * Layout and charts are cosmetic: if a request holding them fails, the tables of that request and after go
 * again alone (a failure there ends the write, naming the complete sheets), then each kind of layout goes
 * again on its own and a kind the host refuses becomes a warning, then the charts (write-charts.ts). Sheets
 * outside the plans are never named, so never touched.
 */
import { describeError } from "../app/error-message";
import type { WriteReport } from "../app/door";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, pack, type Work } from "./chunks";
import { LAYOUT_KINDS, layoutWork, type LayoutKind, type LayoutWork } from "./styles";
import { syncOnce, type SyncPolicy } from "./sync";
import { chartWork, redoCharts } from "./write-charts";
import { redoTables, tableWork } from "./list-tables";
import { emptyTargets, incomplete, ownSheetsNow, queueTables, sendTables, tableItems, type TableItem, type Target } from "./write-tables";

const KIND_TEXT: Record<LayoutKind, string> = {
  styles: "format sel (huruf, warna isian, garis, perataan)",
  merges: "penggabungan sel",
  widths: "lebar kolom",
  freeze: "baris judul yang dibekukan",
  fills: "warna menurut nilai (pemformatan bersyarat)",
  links: "tautan ke sel temuan",
};

export async function writePlans(context: Excel.RequestContext, plans: SheetPlan[], budget: number, policy: SyncPolicy): Promise<WriteReport> {
  if (plans.length === 0) return { written: [], warnings: [] };
  const targets = emptyTargets(plans);
  const tables = tableItems(context, plans, targets, budget, plans.map((p) => p.replace));
  const layout = plans.map((plan, i) => layoutWork(() => targets[i].sheet, plan));
  const loaded = plans.map((p) => !p.replace); // a new sheet has no old charts or tables to load first
  const objects: Deferred[] = plans.map((plan, i) => ({
    ready: () => loaded[i],
    expand: () => [...tableWork([plan], [targets[i]]), ...chartWork([plan], [targets[i]])],
  }));
  const isTable = new Set<Work>(tables);
  let sent = 0; // table parts in requests that went through
  for (const batch of batches([...tables, ...layout.flat(), ...objects], budget)) {
    const withTables = batch.filter((it): it is TableItem => isTable.has(it));
    try {
      await syncOnce(context, () => (withTables.length ? queueTables(context, batch) : batch.forEach((it) => it.queue())), policy);
    } catch (err) {
      if (withTables.length === batch.length) throw incomplete(plans, tables.slice(sent), err);
      if (withTables.length > 0) await tablesAgain(context, plans, targets, tables.slice(sent), budget, policy);
      const warnings = await redoLayout(context, plans, targets, layout, budget, policy);
      warnings.push(...(await redoTables(context, plans, targets, budget, policy)));
      warnings.push(...(await redoCharts(context, plans, targets, budget, policy)));
      return { written: plans.map((p) => p.name), warnings };
    }
    sent += withTables.length;
    for (const it of withTables) if (it.prepares) loaded[it.plan] = true;
  }
  return { written: plans.map((p) => p.name), warnings: [] };
}

/** Work whose items are known only once `ready` (the old charts of a rewritten sheet are loaded). */
interface Deferred {
  ready(): boolean;
  expand(): Work[];
}

/** Consecutive items in requests of at most `budget` bytes; a Deferred not ready starts the next request. */
function* batches(stream: (Work | Deferred)[], budget: number): Generator<Work[]> {
  let batch: Work[] = [];
  let size = 0;
  const add = function* (item: Work): Generator<Work[]> {
    if (batch.length > 0 && size + item.bytes > budget) {
      yield batch;
      [batch, size] = [[], 0];
    }
    batch.push(item);
    size += item.bytes;
  };
  for (const next of stream) {
    if (!("expand" in next)) {
      yield* add(next);
      continue;
    }
    if (batch.length > 0 && !next.ready()) {
      yield batch;
      [batch, size] = [[], 0];
    }
    for (const item of next.expand()) yield* add(item);
  }
  if (batch.length > 0) yield batch;
}

/**
 * The table parts of a failed request that also held layout, and those after it, alone. A sheet the failed
 * request added (it exists now with the add-in's mark) is emptied in place rather than added twice.
 */
async function tablesAgain(context: Excel.RequestContext, plans: SheetPlan[], targets: Target[], unsent: TableItem[], budget: number, policy: SyncPolicy): Promise<void> {
  const adding = unsent.filter((it) => it.prepares && !plans[it.plan].replace).map((it) => plans[it.plan].name);
  const own = await ownSheetsNow(context, adding, policy).catch((err) => {
    throw incomplete(plans, unsent, err);
  });
  const replace = plans.map((p) => p.replace || own.has(p.name));
  const again = tableItems(context, plans, targets, budget, replace);
  await sendTables(context, plans, again.slice(again.length - unsent.length), budget, policy);
}

/**
 * Every kind of layout once more, each in its own requests; applying one twice changes nothing (fills by value
 * are cleared first, so none is doubled). A kind that fails is named in a warning, its half-made fills cleared.
 */
async function redoLayout(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  targets: Target[],
  layout: LayoutWork[][],
  budget: number,
  policy: SyncPolicy,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const kind of LAYOUT_KINDS) {
    const sheets = plans.filter((_, i) => layout[i].some((it) => it.kind === kind));
    if (sheets.length === 0) continue;
    const clearFills = (): Work[] =>
      kind !== "fills" ? [] : plans.map((_, i) => ({ bytes: 3 * OP_BYTES, queue: () => targets[i].sheet.getRange().conditionalFormats.clearAll() }));
    const items = [...clearFills(), ...layout.flatMap((items) => items.filter((it) => it.kind === kind))];
    try {
      for (const batch of pack(items, budget)) await syncOnce(context, () => batch.forEach((it) => it.queue()), policy);
    } catch (err) {
      warnings.push(
        `Sebagian tata letak lembar ${sheets.map((p) => `"${p.name}"`).join(", ")} tidak diterapkan oleh Excel: ${KIND_TEXT[kind]}. ` +
          `${describeError(err)} Isi tabelnya tetap lengkap.`,
      );
      if (kind === "fills") await syncOnce(context, () => clearFills().forEach((it) => it.queue()), policy).catch(() => undefined);
    }
  }
  return warnings;
}
