/** What changed between two versions of a PK workbook (interfaces.md, `banding --json`). */
import type { Severity } from "../finding";
import type { Target } from "../model";

export type JenisPerubahan =
  | "target"
  | "satuan"
  | "tw-target"
  | "indikator-baru"
  | "indikator-hilang"
  /** A renamed indikator or budget object: the same item, its name corrected (within the fuzzy distance). */
  | "nama"
  | "sasaran"
  | "pagu"
  | "anggaran-baru"
  | "anggaran-hilang"
  | "pejabat"
  | "pk-baru"
  | "pk-hilang";

/** A target, a text (name, NIP, satuan, sasaran), a pagu in rupiah; null where the side has none. */
export type NilaiPerubahan = Target | null;

/** A finding of the new version on a cell the change touches: is the new version still consistent? */
export interface TemuanTerkait {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

export interface Perubahan {
  jenis: JenisPerubahan;
  /** The PK's jabatan (the new version's, the old one's for a removed PK). */
  pk: string;
  /** The item: an indikator, a budget object, `Pihak Pertama · NIP`, ... */
  apa: string;
  lama: NilaiPerubahan;
  baru: NilaiPerubahan;
  sheetLama: string | null;
  cellLama: string | null;
  sheetBaru: string | null;
  cellBaru: string | null;
  /** Money kinds only: baru − lama in rupiah, and in percent of lama (null when lama is 0 or absent). */
  selisih: { rupiah: number; persen: number | null } | null;
  /** Error and warning findings of the new version on the cells this change touches; [] when consistent. */
  temuan: TemuanTerkait[];
}

/** One PK in the summary: its sheets and total pagu before and after. */
export interface RingkasanPk {
  pk: string;
  sheetLama: string | null;
  sheetBaru: string | null;
  paguLama: number | null;
  paguBaru: number | null;
  perubahan: number;
}

export interface Banding {
  perubahan: Perubahan[];
  ringkasan: {
    jenis: Record<JenisPerubahan, number>;
    pk: RingkasanPk[];
  };
}

export const JENIS_ORDER: JenisPerubahan[] = [
  "pk-baru", "pk-hilang", "pejabat", "sasaran", "indikator-baru", "indikator-hilang", "nama", "target", "satuan", "tw-target",
  "pagu", "anggaran-baru", "anggaran-hilang",
];

/** Planner-facing names of the kinds: sheet, pane and command line say the same. */
export const JENIS_LABEL: Record<JenisPerubahan, string> = {
  "pk-baru": "PK baru",
  "pk-hilang": "PK dihapus",
  pejabat: "Pejabat",
  sasaran: "Sasaran",
  "indikator-baru": "Indikator baru",
  "indikator-hilang": "Indikator dihapus",
  nama: "Ganti nama",
  target: "Target",
  satuan: "Satuan",
  "tw-target": "Target triwulan",
  pagu: "Pagu",
  "anggaran-baru": "Anggaran baru",
  "anggaran-hilang": "Anggaran dihapus",
};

export const MONEY_KINDS: ReadonlySet<JenisPerubahan> = new Set(["pagu", "anggaran-baru", "anggaran-hilang", "pk-baru", "pk-hilang"]);
