/** The Kurva S of a PK: cumulative rencana and realisasi, keuangan and fisik, over 12 months (capaian.md). */
import type { BudgetItem, BudgetPlanRow, MonthlyRow, Pengaturan, PkSheet } from "../model";
import type { KurvaSResult } from "./results";
import type { PkLinks } from "../domain/sheets-of-pk";
import type { RunContext } from "./indikator";
import { budgetRows, type BudgetRows } from "./basis";
import { kurvaSStatus } from "./predikat";
import { kurvaSStatusText, type Lag } from "./status-text";

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
  rows: BudgetRows;
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

/** Why a PK has no Kurva S, in words; null when it has one. */
function withoutKurvaS(pk: PkSheet, links: PkLinks | undefined, objects: BudgetObject[]): string | null {
  if (!pk.anggaran.length) return "PK ini tidak memuat tabel anggaran, sehingga tidak ada Kurva S";
  if (!links?.hasRenaksi) return "belum ada Rencana Aksi untuk PK ini, sehingga tidak ada rencana keuangan bulanan untuk Kurva S";
  if (!links.plan.length) return "Rencana Aksi PK ini tidak memuat rencana keuangan bulanan (RAK), sehingga Kurva S tidak dapat dibuat";
  if (!objects.some((o) => o.plan)) return "rencana keuangan di Rencana Aksi tidak cocok dengan kode atau nama anggaran PK ini, sehingga Kurva S tidak dapat dibuat";
  return null;
}

function lagAt(jenis: Lag["jenis"], rencana: Series | null, realisasi: Series | null, month: number): Lag[] {
  const plan = rencana?.[month - 1];
  const real = realisasi?.[month - 1];
  if (month < 1 || plan === null || plan === undefined || real === null || real === undefined) return [];
  return [{ jenis, month, rencana: plan, realisasi: real, deviasi: real - plan }];
}

export function kurvaSOfPk(pk: PkSheet, links: PkLinks | undefined, p: Pengaturan, monthCap: number, run: RunContext): { result: KurvaSResult | null; alasan: string | null } {
  const objects: BudgetObject[] = pk.anggaran.map((item) => {
    const rows = budgetRows(item, links);
    return { item, rows, plan: rows.plan, real: rows.real };
  });
  const alasan = withoutKurvaS(pk, links, objects);
  if (alasan) return { result: null, alasan };
  const c = curvesOf(objects, monthCap);
  const deviasiKeuangan = minus(c.realisasiKeuangan, c.rencanaKeuangan);
  const deviasiFisik = minus(c.realisasiFisik, c.rencanaFisik);
  const lags = [...lagAt("keuangan", c.rencanaKeuangan, c.realisasiKeuangan, c.lastKeuangan), ...lagAt("fisik", c.rencanaFisik, c.realisasiFisik, c.lastFisik)];
  const worst = lags.length ? Math.min(...lags.map((l) => l.deviasi)) : null;
  const status = kurvaSStatus(worst, p.statusKurvaS);
  const result: KurvaSResult = {
    sheet: pk.sheet,
    pk: pk.id,
    jabatan: pk.jabatan,
    pagu: c.pagu,
    rencanaKeuangan: c.rencanaKeuangan,
    realisasiKeuangan: c.realisasiKeuangan,
    rencanaFisik: c.rencanaFisik,
    realisasiFisik: c.realisasiFisik,
    deviasiKeuangan,
    deviasiFisik,
    lastMonth: Math.max(c.lastKeuangan, c.lastFisik) || null,
    status,
    penjelasanStatus: kurvaSStatusText(status, lags),
    temuan: run.temuan.on((add) => run.basis.kurvaS(add, pk, objects)),
    objek: objects
      .filter((o) => o.plan)
      .map((o) => {
        const oc = curvesOf([o], monthCap);
        return { kode: o.item.kode, nama: o.item.nama, pagu: oc.pagu, rencanaKeuangan: oc.rencanaKeuangan, realisasiKeuangan: oc.realisasiKeuangan, rencanaFisik: oc.rencanaFisik, realisasiFisik: oc.realisasiFisik };
      }),
  };
  return { result, alasan: null };
}
