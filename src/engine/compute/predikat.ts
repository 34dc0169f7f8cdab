import type { IndikatorStatus, KurvaSStatus, Predikat } from "./results";

const LABELS: Predikat[] = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];

/** Thresholds high to low (Permendagri 86/2017: 91;76;66;51); above 100 stays the top class. */
export function predikatOf(capaian: number | null, thresholds: number[]): Predikat | null {
  if (capaian === null) return null;
  for (let i = 0; i < thresholds.length; i++) if (capaian >= thresholds[i]) return LABELS[i];
  return LABELS[thresholds.length];
}

export function indikatorStatus(capaian: number | null, [high, low]: [number, number]): IndikatorStatus {
  if (capaian === null) return "Belum ada data";
  return capaian >= high ? "Sesuai rencana" : capaian >= low ? "Perlu perhatian" : "Tertinggal";
}

export function kurvaSStatus(deviasi: number | null, [high, low]: [number, number]): KurvaSStatus {
  if (deviasi === null) return "Belum ada data";
  return deviasi >= high ? "Sesuai rencana" : deviasi >= low ? "Terlambat" : "Kritis";
}

const RANK: Record<IndikatorStatus | KurvaSStatus, number> = {
  Kritis: 0, Tertinggal: 1, Terlambat: 2, "Perlu perhatian": 3, "Sesuai rencana": 4, "Belum ada data": 5,
};

/** The worst of several statuses (Kritis first); "Belum ada data" only when nothing else is known. */
export function worstStatus(statuses: (IndikatorStatus | KurvaSStatus)[]): IndikatorStatus | KurvaSStatus {
  return statuses.reduce<IndikatorStatus | KurvaSStatus>((w, s) => (RANK[s] < RANK[w] ? s : w), "Belum ada data");
}

export function statusRank(s: IndikatorStatus | KurvaSStatus): number {
  return RANK[s];
}
