/** Capaian, predikat, status and explanation of every PK indikator at quarter k. */
import type { Indikator, Model, PkSheet, Pengaturan, Target } from "../model";
import type { Finding } from "../finding";
import type { CapaianResult } from "./results";
import { ofTheYear, type PkLinks } from "../domain/sheets-of-pk";
import type { Basis } from "./basis";
import type { TemuanIndex } from "./temuan";
import { indikatorRows } from "./basis";
import { defaultSifat, guessPolaritas } from "../domain/indikator-defaults";
import { cumulativeTargets, realisasiAt, ROMAN } from "./quarters";
import { capaianOf, capped, type Capaian } from "./formula";
import { indikatorStatus, predikatOf } from "./predikat";
import { indikatorStatusText } from "./status-text";
import { formatNumber, formatPercent } from "../format";

const SIFAT_LABEL = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" } as const;

/** What every figure of one run shares: the quarter, the settings, where findings go and where they are looked up. */
export interface RunContext {
  k: number;
  p: Pengaturan;
  basis: Basis;
  temuan: TemuanIndex;
  report(f: Finding): void;
}

export function capaianOfPk(pk: PkSheet, links: PkLinks | undefined, run: RunContext): CapaianResult[] {
  return pk.indikator.map((ind) => capaianOfIndikator(pk, ind, links, run));
}

/**
 * The target at quarter k: the Rencana Aksi's TW target. A PK whose Rencana Aksi has no quarterly target for this
 * indikator (no row, or a row under a misspelt name) has one only at TW IV, the annual target: dividing an earlier
 * quarter's realisasi by the annual target would pass for a capaian it is not. A PK without any Rencana Aksi
 * states no quarterly plan at all, so its annual target is the only one there is.
 */
function targetAt(tw: (Target | null)[] | null, annual: Target | null, k: number, hasRenaksi: boolean): Target | null {
  if (tw) return tw[k - 1] ?? annual;
  return k === 4 || !hasRenaksi ? annual : null;
}

function capaianOfIndikator(pk: PkSheet, ind: Indikator, links: PkLinks | undefined, run: RunContext): CapaianResult {
  const { k, p } = run;
  const rows = indikatorRows(ind, links);
  const ra = rows.renaksi;
  const sifat = ra?.sifat ?? defaultSifat(ind.nama);
  const polaritas = ra?.polaritas ?? guessPolaritas(ind.nama);
  const annual = ind.target ?? ra?.target ?? null;
  const tw = ra && ra.tw.some((t) => t !== null) ? cumulativeTargets(ra.tw, annual) : null;
  const target = targetAt(tw, annual, k, links?.hasRenaksi ?? false);
  const r = realisasiAt(rows.realisasi?.tw ?? [], k, sifat, rows.realisasi?.sd);

  const yearly = capped(capaianOf(r.value, annual, polaritas, p.polaritasNegatif), p.batas);
  const at: Capaian =
    target === null && annual !== null && r.value !== null
      ? {
          value: null,
          text: `Target TW ${ROMAN[k - 1]} tidak ada (Rencana Aksi tidak memuat target triwulan indikator ini), sehingga hanya capaian tahunan yang dihitung${yearly.value === null ? "" : ` (${formatPercent(yearly.value)} %)`}`,
        }
      : capped(capaianOf(r.value, target, polaritas, p.polaritasNegatif), p.batas);
  if (polaritas === "positif" && (target === 0 || annual === 0) && r.value !== null) {
    run.report({
      rule: "capaian-target-nol", severity: "warning", sheet: ind.sheet ?? pk.sheet, cell: ind.targetCell,
      message: `Indikator "${ind.nama}" berpolaritas positif dengan target 0, sehingga capaiannya tidak dapat dihitung. Periksa targetnya.`,
    });
  }
  const status = indikatorStatus(at.value, p.statusIndikator);
  const perhitungan = explain(at.text, r, k, sifat, polaritas, p);
  return {
    sheet: pk.sheet,
    pk: pk.id,
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
    status,
    penjelasanStatus: indikatorStatusText(status, at.value, p.statusIndikator, r.value === null ? perhitungan : at.text),
    perhitungan,
    temuan: run.temuan.on((add) => run.basis.capaian(add, pk, ind, rows, polaritas === "negatif")),
  };
}

function explain(formula: string, r: ReturnType<typeof realisasiAt>, k: number, sifat: CapaianResult["sifat"], polaritas: CapaianResult["polaritas"], p: Pengaturan): string {
  if (r.value === null) return `Belum ada realisasi sampai TW ${ROMAN[k - 1]}`;
  const parts = r.parts.map((x) => formatNumber(x, 4));
  let how: string = SIFAT_LABEL[sifat];
  if (r.running) how += runningText(r.running, parts, sifat);
  else if (sifat === "kumulatif" && parts.length > 1) how += ` (${parts.join(" + ")})`;
  else if (sifat === "rata-rata" && parts.length > 1) how += ` ((${parts.join(" + ")}) / ${parts.length})`;
  if (sifat === "akhir" && r.quarter !== null && r.quarter !== k) how += ` (nilai TW ${ROMAN[r.quarter - 1]})`;
  const pol = polaritas === "negatif" ? ` · negatif (${p.polaritasNegatif})` : "";
  return `${formula} · TW ${ROMAN[k - 1]} · ${how}${pol}`;
}

/** `(s.d. TW II 701.950)`, `(s.d. TW I 312.400 + 389.550)`, `((80 × 2 + 85) / 3)`: R from a running total. */
function runningText(running: { quarter: number; value: number }, parts: string[], sifat: CapaianResult["sifat"]): string {
  const base = formatNumber(running.value, 4);
  if (sifat === "kumulatif") return ` (s.d. TW ${ROMAN[running.quarter - 1]} ${base}${parts.map((x) => ` + ${x}`).join("")})`;
  if (!parts.length) return ` (rata-rata s.d. TW ${ROMAN[running.quarter - 1]} ${base})`;
  return ` ((${base} × ${running.quarter}${parts.map((x) => ` + ${x}`).join("")}) / ${running.quarter + parts.length})`;
}

/** The reporting quarter: asked for, set in PENGATURAN, or the latest with any realisasi (1 when none). */
export function reportingQuarter(model: Model, asked?: number): number {
  if (asked && asked >= 1 && asked <= 4) return asked;
  if (model.pengaturan.triwulan) return model.pengaturan.triwulan;
  let latest = 0;
  for (const s of model.realisasi.filter((x) => ofTheYear(model, x))) for (const i of s.indikator) i.tw.forEach((v, q) => { if ((v !== null || (i.sd?.[q] ?? null) !== null) && q + 1 > latest) latest = q + 1; });
  if (latest) return latest;
  for (const s of model.realisasi.filter((x) => ofTheYear(model, x))) for (const b of s.budget) b.keuangan?.values.forEach((v, m) => { if (v !== null && v !== 0) latest = Math.max(latest, Math.ceil((m + 1) / 3)); });
  return latest || 1;
}
