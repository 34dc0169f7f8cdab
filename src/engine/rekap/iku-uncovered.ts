/**
 * iku-uncovered (the project's own rule, rekap only): an indikator of the kepala daerah that no PK below kepala
 * daerah in any of the workbooks carries, so no OPD is held to it. Names compared as rules.md matches them.
 */
import type { PkSheet } from "../model";
import type { Context } from "../validate/context";
import { cachedIndikatorKey } from "../domain/indikator-key";

export function checkIkuCoverage(ctx: Context, sup: PkSheet, carried: Set<string>): void {
  for (const ind of sup.indikator) {
    if (carried.has(cachedIndikatorKey(ind.nama))) continue;
    ctx.report("iku-uncovered", "warning", sup.sheet, ind.cell,
      `Indikator kepala daerah "${ind.nama}" tidak dimuat PK perangkat daerah mana pun dalam rekap ini, sehingga tidak ada OPD yang bertanggung jawab atas capaiannya.`);
  }
}
