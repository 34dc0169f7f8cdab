/**
 * Excel tables (ListObjects) with filter buttons over ranges the tables request wrote: a rewritten sheet's old
 * tables turned back into plain cells first (convertToRange keeps the values just written; delete would not),
 * then each new table added with its header row and style. A table the host refuses leaves the values in
 * place and comes back as a warning.
 */
import { describeError } from "../app/error-message";
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { OP_BYTES, pack, type Work } from "./chunks";
import { syncOnce, type SyncPolicy } from "./sync";
import type { Target } from "./write-tables";

export function tableWork(plans: SheetPlan[], targets: Target[]): Work[] {
  const items: Work[] = [];
  plans.forEach((plan, i) => {
    const old = targets[i].oldTables;
    if (old && old.items.length > 0) items.push({ bytes: (1 + old.items.length) * OP_BYTES, queue: () => old.items.forEach((t) => t.convertToRange()) });
    for (const spec of plan.tables ?? [])
      items.push({
        bytes: 4 * OP_BYTES,
        queue: () => {
          const table = targets[i].sheet.tables.add(spec.range, true);
          table.style = spec.style;
        },
      });
  });
  return items;
}

/** Tables again after a request that held them failed: whatever tables the sheets hold now become cells, then every table once more. */
export async function redoTables(context: Excel.RequestContext, plans: SheetPlan[], targets: Target[], budget: number, policy: SyncPolicy): Promise<string[]> {
  const withTables = plans.map((p, i) => ({ p, i })).filter(({ p }) => p.tables?.length);
  if (!withTables.length) return [];
  try {
    const now = await syncOnce(context, () => withTables.map(({ i }) => targets[i].sheet.tables.load("items/name")), policy);
    const fresh = targets.map((t, i) => ({ ...t, oldTables: now[withTables.findIndex((w) => w.i === i)] ?? null }));
    for (const batch of pack(tableWork(plans, fresh), budget)) await syncOnce(context, () => batch.forEach((it) => it.queue()), policy);
    return [];
  } catch (err) {
    const names = withTables.map(({ p }) => `"${p.name}"`).join(", ");
    return [`Tabel Excel (tombol saring) di lembar ${names} tidak dapat dibuat oleh Excel. ${describeError(err)} Isi tabelnya tetap tertulis; saring dapat dipasang sendiri dari menu Data.`];
  }
}
