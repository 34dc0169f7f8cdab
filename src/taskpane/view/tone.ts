/** Which colour and order each engine word gets in the pane. Display only; the engine decides the words. */
import type { IndikatorStatus, KurvaSStatus, Predikat } from "../../engine/compute/results";
import type { Severity } from "../../engine/finding";

export type Tone = "danger" | "severe" | "warning" | "brand" | "success" | "informative" | "subtle";

export const PREDIKAT_TONE: Record<Predikat, Tone> = {
  "Sangat Tinggi": "success",
  Tinggi: "brand",
  Sedang: "warning",
  Rendah: "severe",
  "Sangat Rendah": "danger",
};

type Status = IndikatorStatus | KurvaSStatus;

export const STATUS_TONE: Record<Status, Tone> = {
  Kritis: "danger",
  Tertinggal: "danger",
  Terlambat: "severe",
  "Perlu perhatian": "warning",
  "Belum ada data": "subtle",
  "Sesuai rencana": "success",
};

/** Who is furthest behind comes first: Kritis and Tertinggal lead the list. */
const STATUS_RANK: Record<Status, number> = {
  Kritis: 0,
  Tertinggal: 1,
  Terlambat: 2,
  "Perlu perhatian": 3,
  "Belum ada data": 4,
  "Sesuai rencana": 5,
};

export function byStatus<T extends { status: Status }>(items: T[]): T[] {
  // Array.prototype.sort is stable, so equal statuses keep the workbook's order.
  return [...items].sort((a, b) => (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9));
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Kesalahan",
  warning: "Peringatan",
  info: "Info",
};
