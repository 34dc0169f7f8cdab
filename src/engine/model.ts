/** The PK workbook as a structured model: every value keeps the cell it came from. */

export type Level = "kepala-daerah" | "eselon2" | "eselon3" | "eselon4";
export type Sifat = "kumulatif" | "akhir" | "rata-rata";
export type Polaritas = "positif" | "negatif";

/** A range target: `80 - 90`, `≥ 80` (max null), `≤ 20` (min null). */
export interface RangeTarget {
  min: number | null;
  max: number | null;
}
/** Number, qualitative text (`WTP`), or range. */
export type Target = number | string | RangeTarget;

export interface Pihak {
  nama: string | null;
  namaCell: string | null;
  jabatan: string | null;
  jabatanCell: string | null;
  pangkat: string | null;
  /** Digits only, as written (validity is a rule, not a reading matter). */
  nip: string | null;
  nipCell: string | null;
  /** The sheet its cells are on, when not the PK's own (signed on the PK's next page). */
  sheet?: string;
}

export interface Indikator {
  sasaran: string | null;
  sasaranCell: string | null;
  nama: string;
  cell: string;
  satuan: string | null;
  /** Where the satuan was read: its own cell, or the target or name cell it was found in. */
  satuanCell: string | null;
  target: Target | null;
  targetCell: string;
  /** The target cell's text: blank means no target, anything else unread was reported already. */
  targetText: string;
  /** The sheet its cells are on, when not the PK's own (the kinerja table continued on the next sheet). */
  sheet?: string;
}

export interface BudgetItem {
  kode: string | null;
  /** The kode's cell; the name cell when the kode leads the name. */
  kodeCell: string | null;
  nama: string;
  namaCell: string;
  pagu: number | null;
  paguCell: string;
  /** The cells it is the sum of, one per funding source (`DAU | DAK | BLUD`), when no pagu column gives it. */
  paguParts?: string[];
  /** The sheet its cells are on, when not the PK's own (the table continued on the next sheet). */
  sheet?: string;
}

export type BudgetWord = "program" | "kegiatan" | "sub kegiatan";

/** One budget table of a PK sheet (a sheet may hold one per level: Program, then Kegiatan, then Sub Kegiatan). */
export interface BudgetTable {
  /** The budget word of its header; null for `Uraian`, which names no level. */
  word: BudgetWord | null;
  headerCell: string;
  /** The sheet its header is on, when not the PK's own (a table that starts on the PK's next page). */
  headerSheet?: string;
  items: BudgetItem[];
  /** `sheet`: where its cell is, when not the PK's own sheet (the table continued on the next sheet). */
  jumlah: { value: number | null; cell: string; sheet?: string } | null;
  /** Every stated total, with the items above it it may add up (from a previous total, or from the top). */
  totals: { value: number | null; cell: string; from: number; to: number; sheet?: string }[];
  /** Several pagu columns side by side: the header cell read as the pagu, and the others. */
  paguChoice: { cell: string; text: string; others: string[] } | null;
}

export interface PkSheet {
  /** The sheet it is written on: where its findings point. */
  sheet: string;
  /** Who it is among the PKs: the sheet's name, `Lembar (2)` for a second PK stacked in the same sheet. */
  id: string;
  titleCell: string;
  tahun: number | null;
  unit: string | null;
  /** The jabatan line of the title rows, when there is one. */
  jabatan: string | null;
  level: Level | null;
  /** The sasaran header word (`strategis`, `program`, `kegiatan`) and its cell, when the header names one. */
  sasaranHeader: { level: Level[]; text: string; cell: string } | null;
  /** The header of the PK's own budget table (its level's word), for the level check. */
  budgetHeader: { word: BudgetWord; cell: string; sheet?: string } | null;
  hasKinerjaTable: boolean;
  indikator: Indikator[];
  /** The PK's own budget objects: the items of its level's budget tables. */
  anggaran: BudgetItem[];
  /** Every budget table of the sheet, the PK's own and the breakdown of another level, in sheet order. */
  budgetTables: BudgetTable[];
  /** The stated total of its own budget table (the first, when several). */
  jumlah: BudgetTable["jumlah"];
  pihakPertama: Pihak | null;
  pihakKedua: Pihak | null;
  /** The id of the superior PK (the cascade), when it is in the workbook. */
  atasan: string | null;
  /** The title says `PERUBAHAN`: the version after the APBD revision (absent: the murni PK). */
  perubahan?: boolean;
  /** Several PKs that could be the superior alike (same jabatan, version and signer): their ids; atasan stays null. */
  atasanCandidates?: string[];
}

export interface MonthlyRow {
  /** Twelve months; a series kept by quarter has its values at months 3, 6, 9 and 12 and nothing between. */
  values: (number | null)[];
  cells: string[];
  quarterly?: boolean;
  /** Further cells summed into the values (a plan written by rekening: the later rekening rows' months). */
  parts?: string[];
}

export interface BudgetPlanRow {
  kode: string | null;
  kodeCell: string | null;
  nama: string;
  namaCell: string;
  pagu: number | null;
  paguCell: string | null;
  keuangan: MonthlyRow | null;
  fisik: MonthlyRow | null;
  /** A Realisasi sheet that writes the plan beside each month (`DKKB | REALISASI`): that plan. */
  rencana?: MonthlyRow | null;
}

export interface RenaksiIndikator {
  nama: string;
  cell: string;
  satuan: string | null;
  satuanCell: string | null;
  target: Target | null;
  targetCell: string | null;
  targetText: string;
  /** TW I..IV as written (cumulative or per quarter: see compute). */
  tw: (Target | null)[];
  twCells: string[];
  sifat: Sifat | null;
  sifatCell: string | null;
  polaritas: Polaritas | null;
  polaritasCell: string | null;
}

export interface RealisasiIndikator {
  nama: string;
  cell: string;
  satuan: string | null;
  satuanCell: string | null;
  target: Target | null;
  targetCell: string | null;
  /** Per quarter: a number, a qualitative text, or null (not reported); its running total where the sheet states only that. */
  tw: (number | string | null)[];
  twCells: string[];
  /**
   * Running totals (`Realisasi s.d. Triwulan II`: January up to the end of the quarter), by quarter, when the sheet
   * states them; compute takes them as R1 + … + Rk (Kumulatif), never adds them up.
   */
  sd?: (number | string | null)[];
  sdCells?: string[];
}

/** What Rencana Aksi and Realisasi sheets share: their title, year, jabatan line and the PK they belong to. */
interface PkCompanionSheet {
  sheet: string;
  titleCell: string;
  tahun: number | null;
  jabatan: string | null;
  jabatanCell: string | null;
  /** The id of the PK it belongs to. */
  pk: string | null;
  /** Several PKs its jabatan line names alike (none picked): their ids; pk stays null. */
  pkCandidates?: string[];
  /** Its title names the PK Perubahan (`RENCANA AKSI PERUBAHAN …`): it belongs to that version of the PK. */
  perubahan?: boolean;
  /** One sheet for several OPD: the unit its `OPD` column names for this part of the sheet, and where. */
  unit?: string;
  unitCell?: string;
}

export interface RenaksiSheet extends PkCompanionSheet {
  indikator: RenaksiIndikator[];
  plan: BudgetPlanRow[];
}

export interface RealisasiSheet extends PkCompanionSheet {
  indikator: RealisasiIndikator[];
  budget: BudgetPlanRow[];
}

export type NegativeRule = "2T-R" | "T/R";

export interface Pengaturan {
  polaritasNegatif: NegativeRule;
  /** Cap in percent, or null (Tanpa batas). */
  batas: number | null;
  skala: { name: string; thresholds: number[] };
  /** 1..4 when set in the sheet; null: the latest quarter with any realisasi. */
  triwulan: number | null;
  statusIndikator: [number, number];
  statusKurvaS: [number, number];
  /** The PENGATURAN sheet, when there is one, and the value cell of each key. */
  sheet: string | null;
  cells: Partial<Record<PengaturanKey, string>>;
  /** `Judul kolom` rows: a header the planner named, its meaning, and the meaning's cell. */
  judulKolom: { header: string; meaning: string; cell: string }[];
}

export type PengaturanKey = "polaritasNegatif" | "batas" | "skala" | "triwulan" | "statusIndikator" | "statusKurvaS";

export type SheetKind = "pk" | "renaksi" | "realisasi" | "pengaturan" | "pernyataan" | "own" | "cover" | "hidden" | "unknown";

/** How one sheet was read (interfaces.md `bacaan`): its kind, its parts, and the ranges nobody read. */
export interface Bacaan {
  sheet: string;
  jenis: "pk" | "renaksi" | "realisasi" | "pengaturan" | "pernyataan" | "sampul" | "hasil" | "lain" | "tersembunyi";
  bagian: { range: string; sebagai: string }[];
  takTerbaca: string[];
  /** Header cells the vocabulary does not know (a read table's column, an unread table's header): what PENGATURAN's Judul kolom can name. */
  judulTakDikenal: { cell: string; text: string }[];
  /** Hidden rows (`13:13`) and columns (`D:D`) that hold something: not read, reported as isi-tersembunyi. */
  tersembunyi?: string[];
}

export interface Model {
  /** The year most PK sheets state. */
  tahun: number | null;
  sheets: { name: string; kind: SheetKind }[];
  pk: PkSheet[];
  renaksi: RenaksiSheet[];
  realisasi: RealisasiSheet[];
  pengaturan: Pengaturan;
  bacaan: Bacaan[];
}
