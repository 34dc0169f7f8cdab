/** From the model to results: capaian per indikator, roll-up per sasaran and PK, capaian anggaran, Kurva S. */
import type { Finding } from "../finding";
import type { Model } from "../model";
import type { PkSummary, Results } from "./results";
import { linksByPk } from "../domain/sheets-of-pk";
import { capaianOfPk, reportingQuarter, type RunContext } from "./indikator";
import { anggaranOfPk } from "./anggaran";
import { kurvaSOfPk } from "./kurva-s";
import { predikatOf, worstStatus } from "./predikat";
import { rollUp } from "./rollup";
import { Basis } from "./basis";
import { TemuanIndex } from "./temuan";
import { pkStatusText } from "./status-text";
import { totalsOf } from "./totals";

/**
 * `known`: the findings of reading and validation, so that every figure can carry those on the rows it rests on
 * (its `temuan`). Compute's own findings join them as they arise.
 */
export function compute(model: Model, options: { triwulan?: number } = {}, known: Finding[] = []): { results: Results; findings: Finding[] } {
  const p = model.pengaturan;
  const k = reportingQuarter(model, options.triwulan);
  // An explicit quarter also stops the Kurva S at its last month; otherwise the last reported month counts.
  const monthCap = options.triwulan || p.triwulan ? k * 3 : 12;
  const links = linksByPk(model);
  const findings: Finding[] = [];
  const temuan = new TemuanIndex(known);
  const run: RunContext = {
    k,
    p,
    basis: new Basis(model),
    temuan,
    report: (f) => {
      findings.push(f);
      temuan.add(f);
    },
  };
  const results: Results = {
    triwulan: k,
    pengaturan: { polaritasNegatif: p.polaritasNegatif, batas: p.batas, skala: p.skala.name, statusIndikator: p.statusIndikator, statusKurvaS: p.statusKurvaS },
    capaian: [],
    anggaran: [],
    kurvaS: [],
    pk: [],
    jumlah: { anggaranPk: [], anggaran: null, predikat: { "Sangat Tinggi": 0, Tinggi: 0, Sedang: 0, Rendah: 0, "Sangat Rendah": 0, "Belum ada data": 0 } },
    tidakDihitung: nothingToCompute(model),
  };
  for (const pk of model.pk) {
    const l = links.get(pk.id);
    const capaian = capaianOfPk(pk, l, run);
    const kurva = kurvaSOfPk(pk, l, p, monthCap, run);
    results.capaian.push(...capaian);
    results.anggaran.push(...anggaranOfPk(pk, l, k * 3, run));
    if (kurva.result) results.kurvaS.push(kurva.result);
    const { sasaran, capaian: pkCapaian } = rollUp(capaian);
    const status = worstStatus([...capaian.map((c) => c.status), ...(kurva.result ? [kurva.result.status] : [])]);
    const k0 = kurva.result;
    const at = k0?.lastMonth ? k0.lastMonth - 1 : -1;
    const deviasi = k0 ? [k0.deviasiKeuangan[at], k0.deviasiFisik[at]].filter((d): d is number => typeof d === "number") : [];
    const explained = pkStatusText({
      status,
      indikator: capaian,
      kurvaS: k0 ? { status: k0.status, penjelasanStatus: k0.penjelasanStatus, deviasi: deviasi.length ? Math.min(...deviasi) : null } : null,
    });
    const summary: PkSummary = {
      sheet: pk.sheet,
      pk: pk.id,
      jabatan: pk.jabatan,
      level: pk.level,
      capaian: pkCapaian,
      predikat: predikatOf(pkCapaian, p.skala.thresholds),
      sasaran,
      status,
      penjelasanStatus: explained.text,
      nilaiStatus: explained.nilai,
      tanpaKurvaS: kurva.alasan,
    };
    results.pk.push(summary);
  }
  results.jumlah = totalsOf(model, results.anggaran, results.capaian);
  return { results, findings };
}

/** Why there is nothing to compute, in the words the pane and the command show; null when some PK has something. */
function nothingToCompute(model: Model): string | null {
  const head = "Tidak ada Perjanjian Kinerja yang dapat dihitung";
  if (!model.pk.length) return `${head}: buku kerja ini tidak memuat lembar PK (lembar berjudul PERJANJIAN KINERJA dengan tabel indikator dan target).`;
  if (model.pk.some((pk) => pk.indikator.length || pk.anggaran.length)) return null;
  const names = model.pk.map((pk) => `"${pk.sheet}"`).join(", ");
  return `${head}: lembar PK ${names} tidak memuat indikator maupun anggaran yang dapat dibaca.`;
}
