/** Rencana Aksi and Realisasi rows of a PK, found by sheet link and indikator key or kode. */
import type { BudgetPlanRow, Model, RealisasiIndikator, RenaksiIndikator } from "../model";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";

export interface PkLinks {
  renaksi: Map<string, RenaksiIndikator>;
  realisasi: Map<string, RealisasiIndikator>;
  plan: BudgetPlanRow[];
  budget: BudgetPlanRow[];
  hasRenaksi: boolean;
}

const built = new WeakMap<Model, Map<string, PkLinks>>();

/**
 * Everything each PK's Rencana Aksi and Realisasi sheets say, keyed by PK sheet, in one pass. Built once per
 * model: validation and compute both ask, and the model does not change after reading.
 */
export function linksByPk(model: Model): Map<string, PkLinks> {
  let links = built.get(model);
  if (!links) built.set(model, (links = buildLinks(model)));
  return links;
}

function buildLinks(model: Model): Map<string, PkLinks> {
  const links = new Map<string, PkLinks>();
  const get = (sheet: string) => {
    let l = links.get(sheet);
    if (!l) links.set(sheet, (l = { renaksi: new Map(), realisasi: new Map(), plan: [], budget: [], hasRenaksi: false }));
    return l;
  };
  for (const s of model.renaksi) {
    if (!s.pk) continue;
    const l = get(s.pk);
    l.hasRenaksi = true;
    for (const i of s.indikator) if (!l.renaksi.has(indikatorKey(i.nama))) l.renaksi.set(indikatorKey(i.nama), i);
    l.plan.push(...s.plan);
  }
  for (const s of model.realisasi) {
    if (!s.pk) continue;
    const l = get(s.pk);
    for (const i of s.indikator) {
      const key = indikatorKey(i.nama);
      const earlier = l.realisasi.get(key);
      l.realisasi.set(key, earlier ? mergeQuarters(earlier, i) : i);
    }
    l.budget.push(...s.budget);
  }
  // A Realisasi sheet that writes the plan beside each month (`DKKB | REALISASI`) is the plan of a budget
  // object the Rencana Aksi does not plan.
  for (const l of links.values()) {
    for (const row of l.budget) {
      if (row.rencana && !l.plan.some((p) => (row.kode ? p.kode === row.kode : p.nama === row.nama))) l.plan.push({ ...row, keuangan: row.rencana, fisik: null });
    }
  }
  return links;
}

/**
 * One Realisasi sheet per quarter (`REAL TW I`, `REAL TW II`): an indikator's quarters come from whichever sheet
 * states them, the first sheet's where two do.
 */
function mergeQuarters(a: RealisasiIndikator, b: RealisasiIndikator): RealisasiIndikator {
  if (b.tw.every((v, q) => v === null || a.tw[q] !== null)) return a;
  return {
    ...a,
    tw: a.tw.map((v, q) => (v !== null ? v : b.tw[q] ?? null)),
    twCells: a.twCells.map((c, q) => (a.tw[q] !== null ? c : b.tw[q] !== null && b.tw[q] !== undefined ? b.twCells[q] : c)),
  };
}
