import type { Level, Polaritas, Sifat, Target, NegativeRule } from "../model";

export type Predikat = "Sangat Tinggi" | "Tinggi" | "Sedang" | "Rendah" | "Sangat Rendah";
export type IndikatorStatus = "Sesuai rencana" | "Perlu perhatian" | "Tertinggal" | "Belum ada data";
export type KurvaSStatus = "Sesuai rencana" | "Terlambat" | "Kritis" | "Belum ada data";

export interface CapaianResult {
  sheet: string;
  sasaran: string | null;
  indikator: string;
  cell: string;
  satuan: string | null;
  polaritas: Polaritas;
  sifat: Sifat;
  /** Target used at the quarter (cumulative TW k target). */
  target: Target | null;
  targetTahunan: Target | null;
  realisasi: number | string | null;
  capaian: number | null;
  capaianTahunan: number | null;
  predikat: Predikat | null;
  status: IndikatorStatus;
  /** The computation in words a planner checks by hand. */
  perhitungan: string;
}

export interface AnggaranResult {
  sheet: string;
  kode: string | null;
  nama: string;
  pagu: number;
  realisasi: number;
  capaian: number | null;
}

export interface KurvaSResult {
  sheet: string;
  jabatan: string | null;
  pagu: number;
  rencanaKeuangan: (number | null)[];
  realisasiKeuangan: (number | null)[];
  rencanaFisik: (number | null)[] | null;
  realisasiFisik: (number | null)[] | null;
  deviasiKeuangan: (number | null)[];
  deviasiFisik: (number | null)[];
  /** 1..12, the last month with realisasi; null when none. */
  lastMonth: number | null;
  status: KurvaSStatus;
  /** The same curves for each budget object with a plan. */
  objek: {
    kode: string | null;
    nama: string;
    pagu: number;
    rencanaKeuangan: (number | null)[];
    realisasiKeuangan: (number | null)[];
    rencanaFisik: (number | null)[] | null;
    realisasiFisik: (number | null)[] | null;
  }[];
}

export interface PkSummary {
  sheet: string;
  jabatan: string | null;
  level: Level | null;
  capaian: number | null;
  predikat: Predikat | null;
  sasaran: { nama: string | null; capaian: number | null }[];
  /** Worst status among its indikator and its Kurva S. */
  status: IndikatorStatus | KurvaSStatus;
}

export interface Results {
  triwulan: number;
  pengaturan: {
    polaritasNegatif: NegativeRule;
    batas: number | null;
    skala: string;
    statusIndikator: [number, number];
    statusKurvaS: [number, number];
  };
  capaian: CapaianResult[];
  anggaran: AnggaranResult[];
  kurvaS: KurvaSResult[];
  pk: PkSummary[];
}
