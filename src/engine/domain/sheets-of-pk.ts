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

/**
 * A Rencana Aksi or Realisasi sheet of another year than the PKs' (last year's copy left in the workbook) says
 * nothing of this year: tahun-mismatch reports it, and none of its figures counts.
 */
export function ofTheYear(model: Model, s: { tahun: number | null }): boolean {
  return s.tahun === null || model.tahun === null || s.tahun === model.tahun;
}

function buildLinks(model: Model): Map<string, PkLinks> {
  const links = new Map<string, PkLinks>();
  const get = (sheet: string) => {
    let l = links.get(sheet);
    if (!l) links.set(sheet, (l = { renaksi: new Map(), realisasi: new Map(), plan: [], budget: [], hasRenaksi: false }));
    return l;
  };
  for (const s of model.renaksi) {
    if (!s.pk || !ofTheYear(model, s)) continue;
    const l = get(s.pk);
    l.hasRenaksi = true;
    for (const i of s.indikator) if (!l.renaksi.has(indikatorKey(i.nama))) l.renaksi.set(indikatorKey(i.nama), i);
    l.plan.push(...s.plan);
  }
  for (const s of model.realisasi) {
    if (!s.pk || !ofTheYear(model, s)) continue;
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
 * One Realisasi sheet per quarter (`REAL TW I`, `REAL TW II`): an indikator's quarters (and running totals) come from
 * whichever sheet states them, the first sheet's where two do.
 */
function mergeQuarters(a: RealisasiIndikator, b: RealisasiIndikator): RealisasiIndikator {
  const has = (x: RealisasiIndikator, q: number) => x.tw[q] !== null || (x.sd?.[q] ?? null) !== null;
  const adds = (q: number) => (a.tw[q] === null && (b.tw[q] ?? null) !== null) || ((a.sd?.[q] ?? null) === null && (b.sd?.[q] ?? null) !== null);
  if (!a.tw.some((_, q) => adds(q))) return a;
  const merged: RealisasiIndikator = {
    ...a,
    tw: a.tw.map((v, q) => (v !== null ? v : b.tw[q] ?? null)),
    twCells: a.twCells.map((c, q) => (has(a, q) ? c : has(b, q) ? b.twCells[q] : c)),
  };
  if (a.sd || b.sd) {
    merged.sd = a.tw.map((_, q) => a.sd?.[q] ?? b.sd?.[q] ?? null);
    merged.sdCells = a.tw.map((_, q) => ((a.sd?.[q] ?? null) !== null ? a.sdCells![q] : (b.sd?.[q] ?? null) !== null ? b.sdCells![q] : a.sdCells?.[q] ?? ""));
  }
  return merged;
}
