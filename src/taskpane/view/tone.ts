/** Which colour and order each engine word gets in the pane. Display only; the engine decides the words. */
import type { IndikatorStatus, KurvaSStatus, Predikat } from "../../engine/compute/results";
import { SEVERITY_LABEL } from "../../engine/report/peringatan";

export { SEVERITY_LABEL };

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

/**
 * Who is furthest behind comes first; within a status, the lowest number first (`worst` gives it: a capaian, or
 * a deviasi). Array.prototype.sort is stable, so what ties keeps the workbook's order.
 */
export function byStatus<T extends { status: Status }>(items: T[], worst: (item: T) => number | null = () => null): T[] {
  const n = (item: T) => worst(item) ?? Infinity;
  return [...items].sort((a, b) => (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) || n(a) - n(b) || 0);
}
