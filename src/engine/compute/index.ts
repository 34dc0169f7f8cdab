/** From the model to results: capaian per indikator, roll-up per sasaran and PK, capaian anggaran, Kurva S. */
import type { Finding } from "../finding";
import type { Model } from "../model";
import type { PkSummary, Results } from "./results";
import { linksByPk } from "../domain/sheets-of-pk";
import { capaianOfPk, reportingQuarter } from "./indikator";
import { anggaranOfPk } from "./anggaran";
import { kurvaSOfPk } from "./kurva-s";
import { predikatOf, worstStatus } from "./predikat";
import { rollUp } from "./rollup";

export function compute(model: Model, options: { triwulan?: number } = {}): { results: Results; findings: Finding[] } {
  const p = model.pengaturan;
  const k = reportingQuarter(model, options.triwulan);
  // An explicit quarter also stops the Kurva S at its last month; otherwise the last reported month counts.
  const monthCap = options.triwulan || p.triwulan ? k * 3 : 12;
  const links = linksByPk(model);
  const findings: Finding[] = [];
  const results: Results = {
    triwulan: k,
    pengaturan: { polaritasNegatif: p.polaritasNegatif, batas: p.batas, skala: p.skala.name, statusIndikator: p.statusIndikator, statusKurvaS: p.statusKurvaS },
    capaian: [],
    anggaran: [],
    kurvaS: [],
    pk: [],
  };
  for (const pk of model.pk) {
    const l = links.get(pk.sheet);
    const capaian = capaianOfPk(pk, l, k, p, findings);
    const kurva = kurvaSOfPk(pk, l, p, monthCap);
    results.capaian.push(...capaian);
    results.anggaran.push(...anggaranOfPk(pk, l, k * 3));
    if (kurva) results.kurvaS.push(kurva);
    const { sasaran, capaian: pkCapaian } = rollUp(capaian);
    const summary: PkSummary = {
      sheet: pk.sheet,
      jabatan: pk.jabatan,
      level: pk.level,
      capaian: pkCapaian,
      predikat: predikatOf(pkCapaian, p.skala.thresholds),
      sasaran,
      status: worstStatus([...capaian.map((c) => c.status), ...(kurva ? [kurva.status] : [])]),
    };
    results.pk.push(summary);
  }
  return { results, findings };
}
