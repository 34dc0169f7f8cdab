/** The generated workbook as data, before it is laid out in sheets: the truth the grids are drawn from. */
import type { Level, Polaritas, Sifat } from "../../src/engine/model";

export interface GenPerson {
  nama: string;
  /** 18 digits, or null (a kepala daerah signs without NIP). */
  nip: string | null;
  pangkat: string | null;
}

export interface GenIndikator {
  sasaran: string;
  nama: string;
  satuan: string;
  sifat: Sifat;
  polaritas: Polaritas;
  target: number;
  /** Cumulative quarterly targets; TW IV equals the annual target. */
  tw: [number, number, number, number];
  /** Per quarter as a planner enters it (kumulatif: that quarter's amount); null: not reported yet. */
  realisasi: (number | null)[];
}

export interface GenBudget {
  kode: string;
  nama: string;
  pagu: number;
  /** Rencana Keuangan (RAK) per month, summing exactly to the pagu. */
  rak: number[];
  /** Rencana Fisik, cumulative %. */
  fisik: number[];
  /** Realisasi Keuangan per month; null after the last reported month. */
  realisasiKeuangan: (number | null)[];
  /** Realisasi Fisik, cumulative %; null after the last reported month. */
  realisasiFisik: (number | null)[];
}

export interface GenPk {
  level: Level;
  /** Short unique label: the sheet names are `PK <label>`, `RA <label>`, `Realisasi <label>`. */
  label: string;
  /** Unit line of the title rows (`DINAS KESEHATAN`); null for the kepala daerah. */
  unit: string | null;
  /** Pihak Pertama's jabatan, without the trailing comma. */
  jabatan: string;
  pihakPertama: GenPerson;
  /** The superior PK, when it is in the workbook. */
  superior: GenPk | null;
  /** Pihak Kedua when the superior is not in the workbook (a lone eselon2 PK signs with the Bupati). */
  pihakKeduaOutside: { jabatan: string; person: GenPerson } | null;
  children: GenPk[];
  indikator: GenIndikator[];
  budget: GenBudget[];
}

export interface GeneratedWorkbook {
  tahun: number;
  /** `KABUPATEN CONTOH`. */
  pemda: string;
  /** PKs in sheet order (depth first from the kepala daerah). */
  pks: GenPk[];
  /** Months with realisasi (9: up to September, so the reporting quarter is TW III). */
  reportedMonths: number;
}

export interface GenerateOptions {
  seed?: number;
  tahun?: number;
  indikatorPerPk?: number;
  budgetPerPk?: number;
  /** Months with realisasi, 0..12 (default 9). Quarters with realisasi follow: floor(months / 3). */
  reportedMonths?: number;
}
