/** The Kurva S of a PK: cumulative rencana and realisasi, keuangan and fisik, over 12 months (capaian.md). */
import type { BudgetPlanRow, MonthlyRow, Pengaturan, PkSheet } from "../model";
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

/** Σ months 1..m of all rows / pagu × 100, null after `until`. */
function cumulativePercent(rows: (MonthlyRow | null)[], pagu: number, until: number): Series {
  const out: Series = [];
  let run = 0;
  for (let m = 0; m < 12; m++) {
    for (const r of rows) run += r?.values[m] ?? 0;
    out.push(m < until && pagu > 0 ? (run / pagu) * 100 : null);
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

export function kurvaSOfPk(pk: PkSheet, links: PkLinks | undefined, p: Pengaturan, monthCap: number): KurvaSResult | null {
  if (!links || !links.plan.length) return null;
  const pagu = pk.anggaran.reduce((s, a) => s + (a.pagu ?? 0), 0);
  const objects = pk.anggaran.map((item) => ({ item, plan: rowOf(item, links.plan), real: rowOf(item, links.budget) }));
  const planRows = objects.map((o) => o.plan).filter((r): r is BudgetPlanRow => !!r);
  if (!planRows.length) return null;
  const realRows = objects.map((o) => o.real).filter((r): r is BudgetPlanRow => !!r);

  const lastKeuangan = Math.min(lastReported(realRows.map((r) => r.keuangan)), monthCap);
  const lastFisik = Math.min(lastReported(realRows.map((r) => r.fisik)), monthCap);
  const weight = (o: (typeof objects)[number]) => o.item.pagu ?? 0;

  const rencanaKeuangan = cumulativePercent(planRows.map((r) => r.keuangan), pagu, 12);
  const realisasiKeuangan = cumulativePercent(realRows.map((r) => r.keuangan), pagu, lastKeuangan);
  const rencanaFisik = weightedFisik(objects.filter((o) => o.plan).map((o) => ({ fisik: o.plan!.fisik, pagu: weight(o) })), 12);
  const realisasiFisik = realRows.length ? weightedFisik(objects.filter((o) => o.real).map((o) => ({ fisik: o.real!.fisik, pagu: weight(o) })), lastFisik) : null;
  const deviasiKeuangan = minus(realisasiKeuangan, rencanaKeuangan);
  const deviasiFisik = minus(realisasiFisik, rencanaFisik);

  const last = Math.max(lastKeuangan, lastFisik);
  const atLast = [deviasiKeuangan[lastKeuangan - 1], deviasiFisik[lastFisik - 1]].filter((d): d is number => d !== null && d !== undefined);
  return {
    sheet: pk.sheet,
    jabatan: pk.jabatan,
    pagu,
    rencanaKeuangan,
    realisasiKeuangan,
    rencanaFisik,
    realisasiFisik,
    deviasiKeuangan,
    deviasiFisik,
    lastMonth: last || null,
    status: kurvaSStatus(atLast.length ? Math.min(...atLast) : null, p.statusKurvaS),
  };
}
