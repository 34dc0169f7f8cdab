/** `pk rekap --json` (interfaces.md): one document; `--jsonl`: one line per workbook as it finishes, then the pemda's. */
import type { Rekap, RekapFinding, RekapPart } from "./types";

/** A workbook left out on purpose (the add-in's own output), with why. */
export interface Skipped {
  file: string;
  alasan: string;
}

const finding = (f: RekapFinding, lintasBerkas: boolean) => ({ file: f.file, rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, lintasBerkas });

export function rekapDoc(rekap: Rekap, output: string | null, dilewati: Skipped[] = []) {
  const lintas = new Set(rekap.lintasBerkas);
  return {
    tahun: rekap.tahun,
    triwulan: rekap.triwulan,
    opd: rekap.opd,
    temuan: rekap.temuan.map((f) => finding(f, lintas.has(f))),
    kurvaS: rekap.kurvaS,
    indikator: rekap.indikator,
    dilewati,
    output,
  };
}

/** The line of one workbook: its row, its IKU and its own findings (the cascade across files comes in the last line). */
export function partLine(part: RekapPart) {
  return { jenis: "opd", ...part.row, iku: part.indikator, temuan: part.temuan.map((f) => finding(f, false)) };
}

/** The last line: the pemda as a whole, and what only the batch as a whole can say. */
export function pemdaLine(rekap: Rekap, output: string | null, dilewati: Skipped[] = []) {
  return {
    jenis: "pemda",
    tahun: rekap.tahun,
    triwulan: rekap.triwulan,
    kurvaS: rekap.kurvaS,
    atasan: rekap.opd.filter((r) => r.atasan).map((r) => ({ file: r.file, pk: r.kepala, atasan: r.atasan })),
    lintasBerkas: rekap.lintasBerkas.map((f) => finding(f, true)),
    dilewati,
    output,
  };
}
