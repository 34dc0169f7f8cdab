/** The banner over results that still rest on mistakes, and the note naming a figure's findings. */
import type { Finding } from "../finding";
import type { Results } from "../compute/results";
import { ruleName } from "./rule-names";

export const SEVERITY_LABEL = { error: "Kesalahan", warning: "Peringatan", info: "Info" } as const;

/** The figures a report shows: capaian with a realisasi, capaian anggaran, Kurva S. */
export function figuresOf(results: Results, part: "semua" | "capaian" | "kurva-s" = "semua"): { temuan: Finding[] }[] {
  const capaian = results.capaian.filter((c) => c.realisasi !== null);
  if (part === "capaian") return [...capaian, ...results.anggaran];
  if (part === "kurva-s") return results.kurvaS;
  return [...capaian, ...results.anggaran, ...results.kurvaS];
}

/**
 * `Buku kerja ini masih memuat 4 kesalahan; 3 angka di bawah bergantung padanya dan ditandai.` Null only when no
 * finding is an error.
 */
export function peringatanOf(findings: Finding[], figures: { temuan: Finding[] }[]): string | null {
  const errors = findings.filter((f) => f.severity === "error").length;
  if (!errors) return null;
  const onError = figures.filter((f) => f.temuan.some((t) => t.severity === "error")).length;
  const onWarning = figures.filter((f) => f.temuan.length && !f.temuan.some((t) => t.severity === "error")).length;
  const head = `Buku kerja ini masih memuat ${errors} kesalahan`;
  const marked = onError
    ? `${onError} angka di bawah bergantung padanya dan ditandai`
    : "tidak ada angka di bawah yang bergantung padanya, tetapi perbaiki dulu sebelum hasil ini dipakai";
  const more = onWarning ? ` ${onWarning} angka lain ditandai karena peringatan.` : "";
  return `${head}; ${marked}.${more}`;
}

/** `Kesalahan: Satuan berbeda (satuan-mismatch) di Renaksi Kabid BM!C7`, one per finding. */
export function temuanLine(f: Finding): string {
  return `${SEVERITY_LABEL[f.severity]}: ${ruleName(f.rule)} (${f.rule}) di ${f.sheet}!${f.cell}`;
}

/** The Catatan cell of a figure: its findings, the first few in full, the rest counted. */
export function catatanOf(temuan: Finding[], max = 3): string | null {
  if (!temuan.length) return null;
  const shown = temuan.slice(0, max).map(temuanLine).join("; ");
  return temuan.length > max ? `${shown}; dan ${temuan.length - max} temuan lain (lihat lembar Validasi)` : shown;
}
