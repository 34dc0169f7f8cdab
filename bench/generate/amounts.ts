/**
 * Pagu, monthly cash plan (RAK), physical plan and realisasi of every budget object. Leaves get
 * their own numbers; a superior's object is the exact sum of its subordinates' objects under its kode
 * (so pagu, RAK and realisasi roll up), and its fisik the pagu-weighted mean of theirs.
 */
import { round, type Random } from "../random";
import type { GenBudget, GenPk } from "./types";

const RAK_WEIGHTS = [0, 4, 6, 8, 10, 10, 10, 10, 10, 12, 10, 10];
const FISIK_PLAN = [0, 5, 12, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/** Fills every PK's budget, subordinates first. */
export function fillAmounts(pks: GenPk[], random: Random, reportedMonths: number): void {
  const done = new Set<GenPk>();
  const visit = (pk: GenPk) => {
    if (done.has(pk)) return;
    for (const child of pk.children) visit(child);
    for (const item of pk.budget) {
      const parts = pk.children.flatMap((c) => c.budget).filter((b) => b.kode === item.kode || b.kode.startsWith(item.kode + "."));
      if (parts.length > 0) rollUp(item, parts);
      else fillLeaf(item, random, reportedMonths);
    }
    done.add(pk);
  };
  for (const pk of pks) visit(pk);
}

function fillLeaf(item: GenBudget, random: Random, reportedMonths: number): void {
  // A multiple of Rp 5.000.000, so a whole percent of it is whole rupiah and the RAK adds up exactly.
  item.pagu = random.int(10, 500) * 5_000_000;
  const weights = RAK_WEIGHTS.map((w, m) => (m === 0 || m === 11 ? w : w + random.int(-1, 1)));
  weights[11] = 100 - weights.slice(0, 11).reduce((a, b) => a + b, 0);
  const unit = item.pagu / 100;
  item.rak = weights.map((w) => w * unit);
  item.fisik = FISIK_PLAN.map((f, m) => (m === 0 || m === 11 ? f : f + random.int(-2, 2)));

  let spent = 0;
  let fisik = 0;
  item.realisasiKeuangan = [];
  item.realisasiFisik = [];
  for (let m = 0; m < 12; m++) {
    if (m >= reportedMonths) {
      item.realisasiKeuangan.push(null);
      item.realisasiFisik.push(null);
      continue;
    }
    const amount = Math.min(Math.round((item.rak[m] * random.between(0.6, 1.05)) / 1000) * 1000, item.pagu - spent);
    spent += amount;
    fisik = Math.min(100, Math.max(fisik, Math.round(item.fisik[m] * random.between(0.8, 1))));
    item.realisasiKeuangan.push(amount);
    item.realisasiFisik.push(fisik);
  }
}

function rollUp(item: GenBudget, parts: GenBudget[]): void {
  item.pagu = sum(parts.map((p) => p.pagu));
  item.rak = months((m) => sum(parts.map((p) => p.rak[m])));
  item.fisik = months((m) => weighted(parts, (p) => p.fisik[m]));
  item.realisasiKeuangan = months((m) => (parts[0].realisasiKeuangan[m] === null ? null : sum(parts.map((p) => p.realisasiKeuangan[m] ?? 0))));
  item.realisasiFisik = months((m) => (parts[0].realisasiFisik[m] === null ? null : weighted(parts, (p) => p.realisasiFisik[m] ?? 0)));
}

const months = <T>(f: (m: number) => T): T[] => Array.from({ length: 12 }, (_, m) => f(m));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Pagu-weighted mean, two decimals: rounding keeps a non-decreasing series non-decreasing. */
function weighted(parts: GenBudget[], value: (p: GenBudget) => number): number {
  const total = sum(parts.map((p) => p.pagu));
  return round(sum(parts.map((p) => value(p) * p.pagu)) / total, 2);
}
