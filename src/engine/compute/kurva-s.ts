/** The Kurva S of a PK: cumulative rencana and realisasi, keuangan and fisik, over 12 months (capaian.md). */
import type { BudgetItem, BudgetPlanRow, MonthlyRow, Pengaturan, PkSheet } from "../model";
import type { KurvaSResult } from "./results";
import type { PkLinks } from "../domain/sheets-of-pk";
import { rowOf } from "./anggaran";
import { kurvaSStatus } from "./predikat";

type Series = (number | null)[];

function lastReported(rows: (MonthlyRow | null)[]): number {
  let last = 0;
  for (const r of rows) r?.values.forEach((v, m) => { if (v !== null && m + 1 > last) last = m + 1; });
  return last;
}

/**
 * Σ months 1..m of all rows / pagu × 100, null after `until`. Money kept by quarter has points at months 3, 6, 9
 * and 12 only: nothing is known of the months between.
 */
function cumulativePercent(rows: (MonthlyRow | null)[], pagu: number, until: number): Series {
  const out: Series = [];
  const byQuarter = rows.some((r) => r) && rows.every((r) => !r || r.quarterly);
  let run = 0;
  for (let m = 0; m < 12; m++) {
    for (const r of rows) run += r?.values[m] ?? 0;
    out.push(m < until && pagu > 0 && (!byQuarter || m % 3 === 2) ? (run / pagu) * 100 : null);
  }
  return out;
}

/** Pagu-weighted mean of cumulative fisik %, null after `until` or where no object has a value. */
function weightedFisik(pairs: { fisik: MonthlyRow | null; pagu: number }[], until: number): Series | null {
  const withFisik = pairs.filter((p) => p.fisik);
  if (!withFisik.length) return null;
  const out: Series = [];
  for (let m = 0; m < 12; m++) {
    let sum = 0;
    let weight = 0;
    for (const p of withFisik) {
      const v = p.fisik!.values[m];
      if (v === null) continue;
      sum += v * p.pagu;
      weight += p.pagu;
    }
    out.push(m < until && weight > 0 ? sum / weight : null);
  }
  return out;
}

const minus = (a: Series | null, b: Series | null): Series =>
  Array.from({ length: 12 }, (_, m) => (a && b && a[m] !== null && b[m] !== null ? a[m]! - b[m]! : null));

interface BudgetObject {
  item: BudgetItem;
  plan: BudgetPlanRow | undefined;
  real: BudgetPlanRow | undefined;
}

interface Curves {
  pagu: number;
  rencanaKeuangan: Series;
  realisasiKeuangan: Series;
  rencanaFisik: Series | null;
  realisasiFisik: Series | null;
  lastKeuangan: number;
  lastFisik: number;
}

/** The four cumulative series of a set of budget objects (a PK's, or one object alone). */
function curvesOf(objects: BudgetObject[], monthCap: number): Curves {
  const pagu = objects.reduce((s, o) => s + (o.item.pagu ?? 0), 0);
  const planned = objects.filter((o) => o.plan);
  const reported = objects.filter((o) => o.real);
  const lastKeuangan = Math.min(lastReported(reported.map((o) => o.real!.keuangan)), monthCap);
  const lastFisik = Math.min(lastReported(reported.map((o) => o.real!.fisik)), monthCap);
  const weight = (o: BudgetObject) => o.item.pagu ?? 0;
  return {
    pagu,
    rencanaKeuangan: cumulativePercent(planned.map((o) => o.plan!.keuangan), pagu, 12),
    realisasiKeuangan: cumulativePercent(reported.map((o) => o.real!.keuangan), pagu, lastKeuangan),
    rencanaFisik: weightedFisik(planned.map((o) => ({ fisik: o.plan!.fisik, pagu: weight(o) })), 12),
    realisasiFisik: reported.length ? weightedFisik(reported.map((o) => ({ fisik: o.real!.fisik, pagu: weight(o) })), lastFisik) : null,
    lastKeuangan,
    lastFisik,
  };
}

export function kurvaSOfPk(pk: PkSheet, links: PkLinks | undefined, p: Pengaturan, monthCap: number): KurvaSResult | null {
  if (!links || !links.plan.length) return null;
  const objects: BudgetObject[] = pk.anggaran.map((item) => ({ item, plan: rowOf(item, links.plan), real: rowOf(item, links.budget) }));
  if (!objects.some((o) => o.plan)) return null;
  const c = curvesOf(objects, monthCap);
  const deviasiKeuangan = minus(c.realisasiKeuangan, c.rencanaKeuangan);
  const deviasiFisik = minus(c.realisasiFisik, c.rencanaFisik);
  const atLast = [deviasiKeuangan[c.lastKeuangan - 1], deviasiFisik[c.lastFisik - 1]].filter((d): d is number => d !== null && d !== undefined);
  return {
    sheet: pk.sheet,
    jabatan: pk.jabatan,
    pagu: c.pagu,
    rencanaKeuangan: c.rencanaKeuangan,
    realisasiKeuangan: c.realisasiKeuangan,
    rencanaFisik: c.rencanaFisik,
    realisasiFisik: c.realisasiFisik,
    deviasiKeuangan,
    deviasiFisik,
    lastMonth: Math.max(c.lastKeuangan, c.lastFisik) || null,
    status: kurvaSStatus(atLast.length ? Math.min(...atLast) : null, p.statusKurvaS),
    objek: objects
      .filter((o) => o.plan)
      .map((o) => {
        const oc = curvesOf([o], monthCap);
        return { kode: o.item.kode, nama: o.item.nama, pagu: oc.pagu, rencanaKeuangan: oc.rencanaKeuangan, realisasiKeuangan: oc.realisasiKeuangan, rencanaFisik: oc.rencanaFisik, realisasiFisik: oc.realisasiFisik };
      }),
  };
}
