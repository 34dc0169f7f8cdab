/** Targets down the cascade: an indikator a subordinate shares with its superior (rules.md target-cascade). */
import type { Indikator, PkSheet } from "../model";
import type { Context } from "./context";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { indikatorIndex } from "../domain/indikator-match";
import { defaultSifat } from "../domain/indikator-defaults";
import { sameNumber, sameTarget } from "../domain/target-compare";
import { formatTarget } from "./describe";
import { formatNumber } from "../format";

interface Shared {
  sup: Indikator;
  subs: { pk: PkSheet; ind: Indikator }[];
}

export function checkTargetCascade(ctx: Context, sup: PkSheet): void {
  const subs = ctx.subordinates.get(sup.id);
  if (!subs) return;
  const supIndex = indikatorIndex(sup);
  const shared = new Map<string, Shared>();
  for (const pk of subs) {
    for (const ind of pk.indikator) {
      const key = indikatorKey(ind.nama);
      const supInd = supIndex.get(key);
      if (!supInd) continue;
      let s = shared.get(key);
      if (!s) shared.set(key, (s = { sup: supInd, subs: [] }));
      s.subs.push({ pk, ind });
    }
  }
  for (const [key, s] of shared) {
    if (s.sup.target === null) continue;
    const sifat = ctx.renaksiRow(sup.id, key)?.sifat ?? ctx.renaksiRow(s.subs[0].pk.id, key)?.sifat ?? defaultSifat(s.sup.nama);
    if (sifat === "kumulatif") checkSum(ctx, sup, s);
    else {
      for (const { pk, ind } of s.subs) {
        if (ind.target === null || sameTarget(ind.target, s.sup.target)) continue;
        ctx.report("target-cascade", "warning", ind.sheet ?? pk.sheet, ind.targetCell,
          `Target indikator "${ind.nama}" ${formatTarget(ind.target)} berbeda dengan target yang sama di PK atasan "${sup.sheet}" ${formatTarget(s.sup.target)} (sifat ${sifat === "akhir" ? "Akhir" : "Rata-rata"}: targetnya harus sama).`);
      }
    }
  }
}

/** Kumulatif: the subordinates' shares add up to the superior's target. */
function checkSum(ctx: Context, sup: PkSheet, s: Shared): void {
  const supTarget = s.sup.target;
  if (typeof supTarget !== "number" || !s.subs.every(({ ind }) => typeof ind.target === "number")) return;
  const total = s.subs.reduce((a, { ind }) => a + (ind.target as number), 0);
  if (sameNumber(total, supTarget)) return;
  const first = s.subs[0];
  const parts = s.subs.map(({ pk, ind }) => `${formatNumber(ind.target as number, 4)} ("${pk.sheet}")`).join(" + ");
  ctx.report("target-cascade", "warning", first.ind.sheet ?? first.pk.sheet, first.ind.targetCell,
    `Indikator kumulatif "${s.sup.nama}": jumlah target PK bawahan ${formatNumber(total, 4)} (${parts}) tidak sama dengan target PK atasan "${sup.sheet}" ${formatNumber(supTarget, 4)}.`);
}
