import type { Level, Polaritas, Sifat, Target, NegativeRule } from "../model";
import type { Finding } from "../finding";

export type Predikat = "Sangat Tinggi" | "Tinggi" | "Sedang" | "Rendah" | "Sangat Rendah";
export type IndikatorStatus = "Sesuai rencana" | "Perlu perhatian" | "Tertinggal" | "Belum ada data";
export type KurvaSStatus = "Sesuai rencana" | "Terlambat" | "Kritis" | "Belum ada data";

export interface CapaianResult {
  sheet: string;
  /** The PK's id (its sheet's name unless several PKs share a sheet). */
  pk: string;
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
  /** The status in words: `Perlu perhatian: capaian 88,20 % di bawah 95 %`. */
  penjelasanStatus: string;
  /** The computation in words a planner checks by hand. */
  perhitungan: string;
  /** Error and warning findings on the rows it is computed from (its PK row, its Rencana Aksi and Realisasi rows). */
  temuan: Finding[];
}

export interface AnggaranResult {
  sheet: string;
  pk: string;
  kode: string | null;
  nama: string;
  pagu: number;
  realisasi: number;
  capaian: number | null;
  /** Error and warning findings on its PK row, its Realisasi row and the PK's stated Jumlah. */
  temuan: Finding[];
}

export interface KurvaSResult {
  sheet: string;
  pk: string;
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
  /** `Terlambat: realisasi keuangan 49,80 % dari rencana 58,00 % s.d. Agustus, tertinggal 8,20 poin` */
  penjelasanStatus: string;
  /** Error and warning findings on the PK's budget rows, its Jumlah and its plan and realisasi rows. */
  temuan: Finding[];
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
  pk: string;
  jabatan: string | null;
  level: Level | null;
  capaian: number | null;
  predikat: Predikat | null;
  sasaran: { nama: string | null; capaian: number | null }[];
  /** Worst status among its indikator and its Kurva S. */
  status: IndikatorStatus | KurvaSStatus;
  /** Which of the two decided it, in words. */
  penjelasanStatus: string;
  /** The number behind the status (lowest capaian %, or the worse deviasi in poin): within a status, lower is worse. */
  nilaiStatus: number | null;
  /** Why the PK has no Kurva S; null when it has one. */
  tanpaKurvaS: string | null;
}

export interface Jumlah {
  pagu: number;
  realisasi: number;
  /** Serapan: realisasi / pagu × 100; null without pagu. */
  capaian: number | null;
}

export interface Totals {
  /** Pagu, realisasi and serapan of each PK with capaian anggaran, in workbook order. */
  anggaranPk: (Jumlah & { sheet: string; pk: string; jabatan: string | null })[];
  /**
   * The workbook as a whole: the PKs whose superiors carry no budget rows here (a subordinate's budget objects
   * break down its superior's, so adding every PK would count the same money twice).
   */
  anggaran: (Jumlah & { dari: string[] }) | null;
  /** How many indikator got each predikat; `Belum ada data` for those without a capaian. */
  predikat: Record<Predikat | "Belum ada data", number>;
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
  jumlah: Totals;
  /** Why nothing was computed (no PK with an indikator or a budget object); null when there are results. */
  tidakDihitung: string | null;
}
