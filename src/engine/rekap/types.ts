/** The rekap of a pemda as data: one part per workbook, then the parts combined (interfaces.md `rekap --json`). */
import type { Finding, Severity } from "../finding";
import type { IndikatorStatus, KurvaSStatus, Predikat } from "../compute/results";
import type { Level, PkSheet, RenaksiSheet, Target } from "../model";

export type PredikatCount = Record<Predikat | "Belum ada data", number>;

/** One workbook as a row of `Rekap OPD`: every figure as `hitung --json` gives it for that file. */
export interface OpdRow {
  file: string;
  /** The workbook was read and had something to compute. */
  ok: boolean;
  /** Why it was not counted (unreadable, nothing to compute); null when ok. */
  alasan: string | null;
  unit: string | null;
  /** The id of the kepala OPD's PK: the top PK of the workbook (eselon II when there is one). */
  kepala: string | null;
  jabatan: string | null;
  level: Level | null;
  tahun: number | null;
  triwulan: number | null;
  pk: number;
  indikator: number;
  /** Mean capaian of the workbook's indikator that have one. */
  rataCapaian: number | null;
  /** The kepala OPD's PK capaian (the mean of its sasaran, as hitung's `ringkasan`). */
  capaianKepala: number | null;
  predikat: PredikatCount;
  /** Indikator with status Tertinggal. */
  tertinggal: number;
  /** Pagu, realisasi and serapan of the workbook as a whole (hitung's `jumlah.anggaran`). */
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  /** The Kurva S status of the kepala OPD's PK; null when it has no Kurva S. */
  statusKurvaS: KurvaSStatus | null;
  kesalahan: number;
  peringatan: number;
  info: number;
  /** The superior PK across files (`PK Bupati (bupati.xlsx)`), when the cascade found one in another file. */
  atasan: string | null;
  /** Findings of the cascade across files that point into this workbook. */
  temuanLintasBerkas: number;
}

/** A finding with the workbook it points into. */
export interface RekapFinding extends Finding {
  file: string;
}

export type TemuanRef = { rule: string; severity: Severity; sheet: string; cell: string };

/** One indikator of an eselon II PK (the OPD's IKU) as `Rekap Indikator` lists it. */
export interface IkuRow {
  file: string;
  unit: string | null;
  pk: string;
  sheet: string;
  jabatan: string | null;
  sasaran: string | null;
  indikator: string;
  cell: string;
  satuan: string | null;
  target: Target | null;
  realisasi: number | string | null;
  capaian: number | null;
  predikat: Predikat | null;
  status: IndikatorStatus;
  temuan: TemuanRef[];
}

/** Money of a workbook by month, in rupiah, cumulative: what it adds to the pemda's Kurva S. */
export interface KurvaPart {
  pagu: number;
  rencana: number[];
  /** Null after the last month this workbook reported. */
  realisasi: (number | null)[];
  /** 1..12; null when nothing was reported. */
  lastMonth: number | null;
  /** Ids of the PKs summed (the top PKs below the kepala daerah). */
  dari: string[];
}

/** What the cross-file cascade needs of a workbook: its kepala daerah PKs, the PKs directly below them, the PKs without a superior. */
export interface CascadePart {
  pks: PkSheet[];
  /** Rencana Aksi of those PKs, their indikator only (sifat decides the target-cascade check). */
  renaksi: RenaksiSheet[];
  /** Indikator keys of every PK below kepala daerah in the workbook: what the OPD carry. */
  carried: string[];
  /**
   * Ids of the kepala daerah PKs no PK of this workbook is below (the kepala daerah's own workbook): the only ones
   * a PK of another workbook may link to. A copy inside an OPD's workbook is often an excerpt for that OPD.
   */
  free: string[];
}

/** What the rekap keeps of one workbook once it is computed: small, so a batch's memory does not grow with its grids. */
export interface RekapPart {
  row: OpdRow;
  indikator: IkuRow[];
  temuan: RekapFinding[];
  kurva: KurvaPart | null;
  cascade: CascadePart | null;
}

export interface PemdaKurvaS {
  /** Pagu of the OPD whose Kurva S is summed. */
  pagu: number;
  /** Cumulative, percent of that pagu. */
  rencanaKeuangan: (number | null)[];
  realisasiKeuangan: (number | null)[];
  /** The same in rupiah. */
  rencanaRupiah: (number | null)[];
  realisasiRupiah: (number | null)[];
  /** The last month any OPD reported; null when none did. */
  bulanTerakhir: number | null;
  deviasi: number | null;
  status: KurvaSStatus;
  /** Workbooks summed, and those among them whose realisasi stops before bulanTerakhir (their last month is carried on). */
  opd: number;
  belumLengkap: string[];
  /** Readable workbooks without a Kurva S of their own. */
  tanpaKurvaS: string[];
}

export interface Rekap {
  /** Worst first. */
  opd: OpdRow[];
  indikator: IkuRow[];
  /** Every finding of every workbook, then those of the cascade across files. */
  temuan: RekapFinding[];
  /** The cascade across files alone (also in temuan). */
  lintasBerkas: RekapFinding[];
  kurvaS: PemdaKurvaS;
  tahun: number | null;
  triwulan: number | null;
  /** `tahun 2025, triwulan III`; when the files differ, said so with their counts: never one period for several. */
  periode: string;
}
