/** Quarterly targets of a Rencana Aksi row, and realisasi entered after the reporting quarter. */
import type { RealisasiSheet, RenaksiIndikator, Target } from "../model";
import type { Context } from "./context";
import { twForm } from "../domain/tw-targets";
import { defaultSifat, guessPolaritas } from "../domain/indikator-defaults";
import { sameTarget } from "../domain/target-compare";
import { formatTarget } from "./describe";
import { formatNumber } from "../format";
import { MONTH_NAMES, ROMAN } from "../domain/calendar";

const MONTH = MONTH_NAMES;

export function checkQuarterTargets(ctx: Context, sheet: string, row: RenaksiIndikator, annual: Target | null): void {
  if (annual === null || row.twCells.length !== 4) return;
  const sifat = row.sifat ?? defaultSifat(row.nama);
  const twIv = row.tw[3];
  if (sifat !== "kumulatif") {
    if (twIv !== null && !sameTarget(twIv, annual)) {
      ctx.report("tw-target-inconsistent", "error", sheet, row.twCells[3],
        `Target TW IV indikator "${row.nama}" ${formatTarget(twIv)} tidak sama dengan target tahunan ${formatTarget(annual)} (sifat ${sifat === "akhir" ? "Akhir" : "Rata-rata"}: TW IV harus sama dengan target tahunan).`);
    }
    return;
  }
  const form = twForm(row.tw, annual);
  if (form === null) return;
  const nums = row.tw as number[];
  if (form === "tidak-sesuai") {
    const total = nums.reduce((a, b) => a + b, 0);
    ctx.report("tw-target-inconsistent", "error", sheet, row.twCells[3],
      `Target triwulan indikator "${row.nama}" (${nums.map((n) => formatNumber(n, 4)).join(" / ")}) tidak sesuai target tahunan ${formatTarget(annual)}: bukan kumulatif (TW IV ${formatNumber(nums[3], 4)}) dan bukan per triwulan (jumlahnya ${formatNumber(total, 4)}).`);
    return;
  }
  const polaritas = row.polaritas ?? guessPolaritas(row.nama);
  if (polaritas !== "positif") return;
  let run = 0;
  const cumulative = form === "kumulatif" ? nums : nums.map((n) => (run += n));
  for (let q = 1; q < 4; q++) {
    if (cumulative[q] < cumulative[q - 1]) {
      ctx.report("tw-target-decreasing", "warning", sheet, row.twCells[q],
        `Target kumulatif TW ${ROMAN[q]} indikator "${row.nama}" ${formatNumber(cumulative[q], 4)} lebih rendah dari TW ${ROMAN[q - 1]} ${formatNumber(cumulative[q - 1], 4)}; indikator kumulatif positif seharusnya tidak turun.`);
    }
  }
}

/** Only when PENGATURAN sets Triwulan pelaporan: one finding per row, at its first cell after the period. */
export function checkRealisasiPeriod(ctx: Context, s: RealisasiSheet): void {
  const tw = ctx.model.pengaturan.triwulan;
  if (tw === null) return;
  const period = `Triwulan pelaporan di PENGATURAN adalah TW ${ROMAN[tw - 1]}`;
  for (const row of s.indikator) {
    const q = row.tw.findIndex((v, i) => i >= tw && (v !== null || (row.sd?.[i] ?? null) !== null));
    if (q < 0 || !row.twCells[q]) continue;
    ctx.report("realisasi-after-period", "warning", s.sheet, row.twCells[q],
      `Realisasi indikator "${row.nama}" sudah diisi untuk TW ${ROMAN[q]}, padahal ${period}; periksa isian itu atau Triwulan pelaporan.`);
  }
  for (const row of s.budget) {
    for (const [m, what] of [[row.keuangan, "keuangan"], [row.fisik, "fisik"]] as const) {
      if (!m) continue;
      const month = m.values.findIndex((v, i) => i >= tw * 3 && v !== null);
      if (month < 0 || !m.cells[month]) continue;
      ctx.report("realisasi-after-period", "warning", s.sheet, m.cells[month],
        `Realisasi ${what} ${row.kode ?? `"${row.nama}"`} sudah diisi untuk ${MONTH[month]}, padahal ${period} (sampai ${MONTH[tw * 3 - 1]}); periksa isian itu atau Triwulan pelaporan.`);
    }
  }
}
