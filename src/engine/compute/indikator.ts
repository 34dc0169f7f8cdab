/** Capaian, predikat, status and explanation of every PK indikator at quarter k. */
import type { Indikator, Model, PkSheet, Pengaturan } from "../model";
import type { Finding } from "../finding";
import type { CapaianResult } from "./results";
import type { PkLinks } from "../domain/sheets-of-pk";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { defaultSifat, guessPolaritas } from "../domain/indikator-defaults";
import { cumulativeTargets, realisasiAt, ROMAN } from "./quarters";
import { capaianOf, capped } from "./formula";
import { indikatorStatus, predikatOf } from "./predikat";
import { formatNumber } from "../format";

const SIFAT_LABEL = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" } as const;

export function capaianOfPk(pk: PkSheet, links: PkLinks | undefined, k: number, p: Pengaturan, findings: Finding[]): CapaianResult[] {
  return pk.indikator.map((ind) => capaianOfIndikator(pk, ind, links, k, p, findings));
}

function capaianOfIndikator(pk: PkSheet, ind: Indikator, links: PkLinks | undefined, k: number, p: Pengaturan, findings: Finding[]): CapaianResult {
  const key = indikatorKey(ind.nama);
  const ra = links?.renaksi.get(key);
  const real = links?.realisasi.get(key);
  const sifat = ra?.sifat ?? defaultSifat(ind.nama);
  const polaritas = ra?.polaritas ?? guessPolaritas(ind.nama);
  const annual = ind.target ?? ra?.target ?? null;
  const tw = ra && ra.tw.some((t) => t !== null) ? cumulativeTargets(ra.tw, annual) : [annual, annual, annual, annual];
  const target = tw[k - 1] ?? annual;
  const r = realisasiAt(real?.tw ?? [], k, sifat);

  const at = capped(capaianOf(r.value, target, polaritas, p.polaritasNegatif), p.batas);
  const yearly = capped(capaianOf(r.value, annual, polaritas, p.polaritasNegatif), p.batas);
  if (polaritas === "positif" && (target === 0 || annual === 0) && r.value !== null) {
    findings.push({
      rule: "capaian-target-nol", severity: "warning", sheet: pk.sheet, cell: ind.targetCell,
      message: `Indikator "${ind.nama}" berpolaritas positif dengan target 0, sehingga capaiannya tidak dapat dihitung (N/A). Periksa targetnya.`,
    });
  }
  return {
    sheet: pk.sheet,
    sasaran: ind.sasaran,
    indikator: ind.nama,
    cell: ind.cell,
    satuan: ind.satuan,
    polaritas,
    sifat,
    target,
    targetTahunan: annual,
    realisasi: r.value,
    capaian: at.value,
    capaianTahunan: yearly.value,
    predikat: predikatOf(at.value, p.skala.thresholds),
    status: indikatorStatus(at.value, p.statusIndikator),
    perhitungan: explain(at.text, r, k, sifat, polaritas, p),
  };
}

function explain(formula: string, r: ReturnType<typeof realisasiAt>, k: number, sifat: CapaianResult["sifat"], polaritas: CapaianResult["polaritas"], p: Pengaturan): string {
  if (r.value === null) return `Belum ada realisasi sampai TW ${ROMAN[k - 1]}`;
  const parts = r.parts.map((x) => formatNumber(x, 4));
  let how: string = SIFAT_LABEL[sifat];
  if (sifat === "kumulatif" && parts.length > 1) how += ` (${parts.join(" + ")})`;
  if (sifat === "rata-rata" && parts.length > 1) how += ` ((${parts.join(" + ")}) / ${parts.length})`;
  if (sifat === "akhir" && r.quarter !== null && r.quarter !== k) how += ` (nilai TW ${ROMAN[r.quarter - 1]})`;
  const pol = polaritas === "negatif" ? ` · negatif (${p.polaritasNegatif})` : "";
  return `${formula} · TW ${ROMAN[k - 1]} · ${how}${pol}`;
}

/** The reporting quarter: asked for, set in PENGATURAN, or the latest with any realisasi (1 when none). */
export function reportingQuarter(model: Model, asked?: number): number {
  if (asked && asked >= 1 && asked <= 4) return asked;
  if (model.pengaturan.triwulan) return model.pengaturan.triwulan;
  let latest = 0;
  for (const s of model.realisasi) for (const i of s.indikator) i.tw.forEach((v, q) => { if (v !== null && q + 1 > latest) latest = q + 1; });
  if (latest) return latest;
  for (const s of model.realisasi) for (const b of s.budget) b.keuangan?.values.forEach((v, m) => { if (v !== null && v !== 0) latest = Math.max(latest, Math.ceil((m + 1) / 3)); });
  return latest || 1;
}
