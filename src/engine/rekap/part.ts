/**
 * One workbook, computed as `hitung` computes it, reduced to what the rekap keeps: its row, its IKU, its
 * findings, its money by month and what the cascade across files needs. The model and grids are not kept.
 */
import { hitung, type HitungOutput } from "../run";
import type { Grid } from "../grid";
import type { Model, PkSheet } from "../model";
import { countBySeverity } from "../finding";
import { cachedIndikatorKey } from "../domain/indikator-key";
import type { CascadePart, IkuRow, OpdRow, PredikatCount, RekapPart } from "./types";
import { kurvaPartOf } from "./kurva-part";

const NO_PREDIKAT = (): PredikatCount => ({ "Sangat Tinggi": 0, Tinggi: 0, Sedang: 0, Rendah: 0, "Sangat Rendah": 0, "Belum ada data": 0 });

/** A workbook that could not be read (or had nothing to compute): a row with the reason, nothing else counted. */
export function emptyRow(file: string, alasan: string): OpdRow {
  return {
    file, ok: false, alasan, unit: null, kepala: null, jabatan: null, level: null, tahun: null, triwulan: null,
    pk: 0, indikator: 0, rataCapaian: null, capaianKepala: null, predikat: NO_PREDIKAT(), tertinggal: 0,
    pagu: null, realisasi: null, serapan: null, statusKurvaS: null, kesalahan: 0, peringatan: 0, info: 0,
    atasan: null, temuanLintasBerkas: 0,
  };
}

export function unreadablePart(file: string, alasan: string): RekapPart {
  return { row: emptyRow(file, alasan), indikator: [], temuan: [], kurva: null, cascade: null };
}

/** The add-in's own output (a `-hasil.xlsx`, an earlier rekap): every sheet is one PK Kinerja wrote. */
export function isOwnOutput(model: Model): boolean {
  return model.sheets.length > 0 && model.sheets.every((s) => s.kind === "own");
}

/** A workbook's grids computed as `hitung` computes them, to its part; null for the add-in's own output (skipped). */
export function partOfWorkbook(file: string, grids: Grid[], triwulan?: number): RekapPart | null {
  const out = hitung(grids, { triwulan });
  return isOwnOutput(out.model) ? null : rekapPart(file, out);
}

export function rekapPart(file: string, out: HitungOutput): RekapPart {
  const { model, results } = out;
  const n = countBySeverity(out.findings);
  const temuan = out.findings.map((f) => ({ file, ...f }));
  const counts = { kesalahan: n.error, peringatan: n.warning, info: n.info };
  if (results.tidakDihitung) return { row: { ...emptyRow(file, results.tidakDihitung), ...counts, pk: model.pk.length, tahun: model.tahun }, indikator: [], temuan, kurva: null, cascade: null };

  const kepala = kepalaOf(model);
  const values = results.capaian.map((c) => c.capaian).filter((c): c is number => c !== null);
  const whole = results.jumlah.anggaran;
  const row: OpdRow = {
    file,
    ok: true,
    alasan: null,
    unit: kepala?.unit ?? model.pk.find((p) => p.unit)?.unit ?? null,
    kepala: kepala?.id ?? null,
    jabatan: kepala?.jabatan ?? kepala?.pihakPertama?.jabatan ?? null,
    level: kepala?.level ?? null,
    tahun: model.tahun,
    triwulan: results.triwulan,
    pk: model.pk.length,
    indikator: model.pk.reduce((s, p) => s + p.indikator.length, 0),
    rataCapaian: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
    capaianKepala: results.pk.find((p) => p.pk === kepala?.id)?.capaian ?? null,
    predikat: { ...results.jumlah.predikat },
    tertinggal: results.capaian.filter((c) => c.status === "Tertinggal").length,
    pagu: whole?.pagu ?? null,
    realisasi: whole?.realisasi ?? null,
    serapan: whole?.capaian ?? null,
    statusKurvaS: results.kurvaS.find((k) => k.pk === kepala?.id)?.status ?? null,
    ...counts,
    atasan: null,
    temuanLintasBerkas: 0,
  };
  return { row, indikator: ikuOf(file, model, out), temuan, kurva: kurvaPartOf(model, results), cascade: cascadeOf(model) };
}

/**
 * The kepala OPD's PK: the eselon II PK at the top of the workbook (no superior here, or the kepala daerah);
 * failing that the first PK without a superior below kepala daerah, else the first PK.
 */
export function kepalaOf(model: Model): PkSheet | null {
  const byId = new Map(model.pk.map((p) => [p.id, p]));
  const top = (p: PkSheet) => !p.atasan || byId.get(p.atasan)?.level === "kepala-daerah";
  return (
    model.pk.find((p) => p.level === "eselon2" && top(p)) ??
    model.pk.find((p) => p.level !== "kepala-daerah" && !p.atasan) ??
    model.pk[0] ??
    null
  );
}

/** Every indikator of the eselon II PKs, with its capaian as computed (also those not reported yet). */
function ikuOf(file: string, model: Model, out: HitungOutput): IkuRow[] {
  const eselon2 = new Map(model.pk.filter((p) => p.level === "eselon2").map((p) => [p.id, p]));
  return out.results.capaian
    .filter((c) => eselon2.has(c.pk))
    .map((c) => {
      const pk = eselon2.get(c.pk)!;
      return {
        file, unit: pk.unit, pk: pk.id, sheet: c.sheet, jabatan: pk.jabatan ?? pk.pihakPertama?.jabatan ?? null,
        sasaran: c.sasaran, indikator: c.indikator, cell: c.cell, satuan: c.satuan, target: c.targetTahunan,
        realisasi: c.realisasi, capaian: c.capaian, predikat: c.predikat, status: c.status,
        temuan: c.temuan.map((t) => ({ rule: t.rule, severity: t.severity, sheet: t.sheet, cell: t.cell })),
      };
    });
}

/** The kepala daerah PKs, the PKs directly below them, and the PKs with no superior in this workbook. */
function cascadeOf(model: Model): CascadePart {
  const kd = new Set(model.pk.filter((p) => p.level === "kepala-daerah").map((p) => p.id));
  const pks = model.pk.filter((p) => kd.has(p.id) || (p.atasan && kd.has(p.atasan)) || (!p.atasan && p.level && p.pihakKedua?.jabatan));
  const ids = new Set(pks.map((p) => p.id));
  const carried = new Set<string>();
  for (const p of model.pk) if (!kd.has(p.id)) for (const i of p.indikator) carried.add(cachedIndikatorKey(i.nama));
  return {
    pks,
    renaksi: model.renaksi.filter((s) => s.pk && ids.has(s.pk)).map((s) => ({ ...s, plan: [] })),
    carried: [...carried],
    free: [...kd].filter((id) => !model.pk.some((p) => p.atasan === id)),
  };
}
