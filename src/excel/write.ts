/**
 * writePlans: the tables first (write-tables.ts), then layout, Excel tables and charts together, in one request when they fit.
 * Layout and charts are cosmetic: if their request fails, each kind of layout goes again on its own and a kind
 * the host refuses becomes a warning, then the charts (write-charts.ts). Sheets outside the plans are never
 * named, so never touched.
 */
import { describeError } from "../app/error-message";
import type { WriteReport } from "../app/door";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, pack, type Work } from "./chunks";
import { LAYOUT_KINDS, layoutWork, type LayoutKind, type LayoutWork } from "./styles";
import { syncOnce, type SyncPolicy } from "./sync";
import { chartWork, redoCharts } from "./write-charts";
import { redoTables, tableWork } from "./list-tables";
import { writeTables, type Target } from "./write-tables";

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
  const targets = await writeTables(context, plans, budget, policy);
  const layout = plans.map((plan, i) => layoutWork(() => targets[i].sheet, plan));
  try {
    for (const batch of pack<Work>([...layout.flat(), ...tableWork(plans, targets), ...chartWork(plans, targets)], budget))
      await syncOnce(context, () => batch.forEach((it) => it.queue()), policy);
    return { written: plans.map((p) => p.name), warnings: [] };
  } catch {
    const warnings = await redoLayout(context, plans, targets, layout, budget, policy);
    warnings.push(...(await redoTables(context, plans, targets, budget, policy)));
    warnings.push(...(await redoCharts(context, plans, targets, budget, policy)));
    return { written: plans.map((p) => p.name), warnings };
  }
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
