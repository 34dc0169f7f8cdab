/**
 * Workbooks for validation tests, written as grids in the layout of the sample workbooks from compact data,
 * so a test reads like the workbook. Each builder has a `...Cells` twin that says where things landed.
 *
 * PK sheet:        A1 title · A2 unit · A3 jabatan · A4 pemda · row 6 kinerja header
 *                  (No | Sasaran | Indikator Kinerja | [Satuan] | Target), indikator from row 7, a blank row,
 *                  budget header (No | [Kode] | Program | Anggaran (Rp) | Keterangan), items, Jumlah,
 *                  then the signature block (Pihak Kedua in B, Pihak Pertama in D).
 * Rencana Aksi:    A1 title · A2 jabatan · A3 unit · row 5/6 header (No | Indikator | Satuan | Target Tahunan |
 *                  TW I..IV in E..H | Sifat | Polaritas), indikator from row 7, a blank row, monthly header
 *                  (Kode | Program | Pagu | Jenis | Jan..Des in E..P), one Rencana Keuangan row and an optional
 *                  Rencana Fisik row per budget object.
 * Realisasi:       the same, with Target in D and Realisasi TW I..IV in E..H.
 */
import type { CellValue, Grid } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";

type Row = CellValue[];

export function grid(name: string, rows: Row[]): Grid {
  return { name, values: rows.map((r) => r.map((v) => (v === undefined ? null : v))), formats: [], top: 0, left: 0 };
}

const cell = (row1: number, col0: number) => a1(row1 - 1, col0);

export interface PihakSpec {
  jabatan: string;
  nama?: string | null;
  nip?: string | null;
}

export interface PkSpec {
  name: string;
  /** null: no year in the title. */
  tahun?: number | null;
  title?: string;
  unit?: string;
  pertama: PihakSpec | null;
  kedua?: PihakSpec | null;
  sasaranHeader?: string;
  satuanColumn?: boolean;
  /** [sasaran (null: carried down / none), nama, satuan, target]. */
  indikator?: [string | null, string, string | null, CellValue][];
  /** false: no kinerja table at all. */
  kinerjaTable?: boolean;
  budgetWord?: string;
  kodeColumn?: boolean;
  /** [kode, nama, pagu]. */
  anggaran?: [string | null, string, CellValue][];
  /** Stated Jumlah; default the sum of the pagu; null: no Jumlah row. */
  jumlah?: CellValue;
}

function levelWords(jabatan: string): { sasaran: string; budget: string } {
  const j = jabatan.toUpperCase().replace(/^(PLT\.?|PLH\.?|PJ\.?)\s*/, "");
  if (/^(KEPALA SEKSI|KEPALA SUB|KASI|LURAH|KEPALA PUSKESMAS|KEPALA UPT)/.test(j)) return { sasaran: "Sasaran Kegiatan", budget: "Sub Kegiatan" };
  if (/^(KEPALA BIDANG|KEPALA BAGIAN|SEKRETARIS$|SEKRETARIS DINAS|CAMAT|INSPEKTUR PEMBANTU)/.test(j)) return { sasaran: "Sasaran Program", budget: "Kegiatan" };
  return { sasaran: "Sasaran Strategis", budget: "Program" };
}

interface PkLayout {
  kinerjaHeader: number;
  firstIndikator: number;
  budgetHeader: number;
  firstItem: number;
  jumlahRow: number;
  signatureLabelRow: number;
  nameRow: number;
  nipRow: number;
  cols: { sasaran: number; indikator: number; satuan: number; target: number; kode: number; budgetName: number; anggaran: number };
}

function pkLayout(spec: PkSpec): PkLayout {
  const sat = spec.satuanColumn !== false;
  const kode = spec.kodeColumn !== false;
  const n = spec.kinerjaTable === false ? -2 : (spec.indikator ?? []).length;
  const kinerjaHeader = 6;
  const budgetHeader = kinerjaHeader + n + 2;
  const items = (spec.anggaran ?? []).length;
  const jumlahRow = budgetHeader + items + 1;
  const signatureLabelRow = jumlahRow + 3;
  return {
    kinerjaHeader,
    firstIndikator: kinerjaHeader + 1,
    budgetHeader,
    firstItem: budgetHeader + 1,
    jumlahRow,
    signatureLabelRow,
    nameRow: signatureLabelRow + 4,
    nipRow: signatureLabelRow + 5,
    cols: { sasaran: 1, indikator: 2, satuan: sat ? 3 : -1, target: sat ? 4 : 3, kode: kode ? 1 : -1, budgetName: kode ? 2 : 1, anggaran: kode ? 3 : 2 },
  };
}

export function pkSheet(spec: PkSpec): Grid {
  const L = pkLayout(spec);
  const words = levelWords(spec.pertama?.jabatan ?? "");
  const rows: Row[] = [];
  const put = (row1: number, col: number, v: CellValue) => {
    while (rows.length < row1) rows.push([]);
    rows[row1 - 1][col] = v;
  };
  const tahun = spec.tahun === undefined ? 2025 : spec.tahun;
  put(1, 0, spec.title ?? (tahun === null ? "PERJANJIAN KINERJA" : `PERJANJIAN KINERJA TAHUN ${tahun}`));
  put(2, 0, spec.unit ?? "DINAS KESEHATAN");
  if (spec.pertama) put(3, 0, spec.pertama.jabatan);
  put(4, 0, "KABUPATEN CONTOH");
  const c = L.cols;
  if (spec.kinerjaTable !== false) {
    put(L.kinerjaHeader, 0, "No");
    put(L.kinerjaHeader, c.sasaran, spec.sasaranHeader ?? words.sasaran);
    put(L.kinerjaHeader, c.indikator, "Indikator Kinerja");
    if (c.satuan >= 0) put(L.kinerjaHeader, c.satuan, "Satuan");
    put(L.kinerjaHeader, c.target, "Target");
    (spec.indikator ?? []).forEach(([sasaran, nama, satuan, target], i) => {
      const r = L.firstIndikator + i;
      put(r, 0, i + 1);
      if (sasaran) put(r, c.sasaran, sasaran);
      put(r, c.indikator, nama);
      if (c.satuan >= 0 && satuan) put(r, c.satuan, satuan);
      put(r, c.target, target);
    });
  }
  put(L.budgetHeader, 0, "No");
  if (c.kode >= 0) put(L.budgetHeader, c.kode, "Kode");
  put(L.budgetHeader, c.budgetName, spec.budgetWord ?? words.budget);
  put(L.budgetHeader, c.anggaran, "Anggaran (Rp)");
  put(L.budgetHeader, c.anggaran + 1, "Keterangan");
  const anggaran = spec.anggaran ?? [];
  anggaran.forEach(([kode, nama, pagu], i) => {
    const r = L.firstItem + i;
    put(r, 0, i + 1);
    if (c.kode >= 0) {
      if (kode) put(r, c.kode, kode);
      put(r, c.budgetName, nama);
    } else put(r, c.budgetName, kode ? `${kode} ${nama}` : nama);
    put(r, c.anggaran, pagu);
    put(r, c.anggaran + 1, "APBD");
  });
  const jumlah = spec.jumlah === undefined ? anggaran.reduce((a, [, , p]) => a + (typeof p === "number" ? p : 0), 0) : spec.jumlah;
  if (jumlah !== null) {
    put(L.jumlahRow, c.budgetName, "Jumlah");
    put(L.jumlahRow, c.anggaran, jumlah);
  }
  const s = L.signatureLabelRow;
  put(s - 1, 3, "Contoh, 3 Februari 2025");
  const side = (p: PihakSpec | null | undefined, col: number, label: string) => {
    if (!p) return;
    put(s, col, label);
    put(s + 1, col, p.jabatan + ",");
    if (p.nama !== null) put(L.nameRow, col, p.nama ?? "NAMA PEJABAT");
    if (p.nip) put(L.nipRow, col, `NIP. ${p.nip}`);
  };
  side(spec.kedua, 1, "PIHAK KEDUA,");
  side(spec.pertama, 3, "PIHAK PERTAMA,");
  return grid(spec.name, rows);
}

export function pkCells(spec: PkSpec) {
  const L = pkLayout(spec);
  const c = L.cols;
  return {
    title: "A1",
    sasaranHeader: cell(L.kinerjaHeader, c.sasaran),
    budgetHeader: cell(L.budgetHeader, c.budgetName),
    indikator: (i: number) => cell(L.firstIndikator + i, c.indikator),
    target: (i: number) => cell(L.firstIndikator + i, c.target),
    /** The kode's cell: its own column, or the name cell it leads. */
    kode: (i: number) => cell(L.firstItem + i, c.kode >= 0 ? c.kode : c.budgetName),
    pagu: (i: number) => cell(L.firstItem + i, c.anggaran),
    jumlah: cell(L.jumlahRow, c.anggaran),
    keduaJabatan: cell(L.signatureLabelRow + 1, 1),
    keduaNama: cell(L.nameRow, 1),
    keduaNip: cell(L.nipRow, 1),
    pertamaNip: cell(L.nipRow, 3),
  };
}

export interface TwRowSpec {
  nama: string;
  satuan?: string | null;
  target?: CellValue;
  tw?: CellValue[];
  sifat?: string;
  polaritas?: string;
}

export interface MonthlySpec {
  kode: string | null;
  nama: string;
  pagu?: CellValue;
  /** Twelve months (shorter: the rest blank). */
  keuangan?: CellValue[];
  fisik?: CellValue[];
}

export interface PlanSheetSpec {
  name: string;
  tahun?: number | null;
  /** The jabatan line naming the PK it belongs to. */
  jabatan: string | null;
  indikator?: TwRowSpec[];
  budget?: MonthlySpec[];
  budgetWord?: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

function planLayout(spec: PlanSheetSpec) {
  const firstIndikator = 7;
  const monthlyHeader = firstIndikator + (spec.indikator ?? []).length + 1;
  const rowsOf: { keuangan: number; fisik: number | null }[] = [];
  let r = monthlyHeader + 1;
  for (const b of spec.budget ?? []) {
    const fisik = b.fisik ? r + 1 : null;
    rowsOf.push({ keuangan: r, fisik });
    r += b.fisik ? 2 : 1;
  }
  return { firstIndikator, monthlyHeader, rowsOf };
}

function planSheet(spec: PlanSheetSpec, kind: "renaksi" | "realisasi"): Grid {
  const L = planLayout(spec);
  const rows: Row[] = [];
  const put = (row1: number, col: number, v: CellValue) => {
    while (rows.length < row1) rows.push([]);
    rows[row1 - 1][col] = v;
  };
  const tahun = spec.tahun === undefined ? 2025 : spec.tahun;
  const word = kind === "renaksi" ? "RENCANA AKSI" : "REALISASI KINERJA";
  put(1, 0, tahun === null ? word : `${word} TAHUN ${tahun}`);
  if (spec.jabatan) put(2, 0, spec.jabatan);
  put(3, 0, "DINAS KESEHATAN KABUPATEN CONTOH");
  put(5, 0, "No");
  put(5, 1, "Indikator Kinerja");
  put(5, 2, "Satuan");
  put(5, 3, kind === "renaksi" ? "Target Tahunan" : "Target");
  put(5, 4, kind === "renaksi" ? "Target Triwulan" : "Realisasi");
  if (kind === "renaksi") {
    put(5, 8, "Sifat");
    put(5, 9, "Polaritas");
  }
  ["TW I", "TW II", "TW III", "TW IV"].forEach((t, q) => put(6, 4 + q, t));
  (spec.indikator ?? []).forEach((ind, i) => {
    const r = L.firstIndikator + i;
    put(r, 0, i + 1);
    put(r, 1, ind.nama);
    if (ind.satuan) put(r, 2, ind.satuan);
    if (ind.target !== undefined) put(r, 3, ind.target);
    (ind.tw ?? []).forEach((v, q) => put(r, 4 + q, v));
    if (ind.sifat) put(r, 8, ind.sifat);
    if (ind.polaritas) put(r, 9, ind.polaritas);
  });
  if (spec.budget?.length) {
    const h = L.monthlyHeader;
    put(h, 0, "Kode");
    put(h, 1, spec.budgetWord ?? "Program");
    put(h, 2, "Pagu");
    put(h, 3, "Jenis");
    MONTHS.forEach((m, i) => put(h, 4 + i, m));
    const label = kind === "renaksi" ? "Rencana" : "Realisasi";
    spec.budget.forEach((b, i) => {
      const { keuangan, fisik } = L.rowsOf[i];
      if (b.kode) put(keuangan, 0, b.kode);
      put(keuangan, 1, b.nama);
      if (b.pagu !== undefined) put(keuangan, 2, b.pagu);
      put(keuangan, 3, `${label} Keuangan`);
      (b.keuangan ?? []).forEach((v, m) => put(keuangan, 4 + m, v));
      if (fisik !== null) {
        put(fisik, 3, `${label} Fisik`);
        (b.fisik ?? []).forEach((v, m) => put(fisik, 4 + m, v));
      }
    });
  }
  return grid(spec.name, rows);
}

export const renaksiSheet = (spec: PlanSheetSpec) => planSheet(spec, "renaksi");
export const realisasiSheet = (spec: PlanSheetSpec) => planSheet(spec, "realisasi");

export function planCells(spec: PlanSheetSpec) {
  const L = planLayout(spec);
  return {
    title: "A1",
    indikator: (i: number) => cell(L.firstIndikator + i, 1),
    satuan: (i: number) => cell(L.firstIndikator + i, 2),
    target: (i: number) => cell(L.firstIndikator + i, 3),
    /** q = 0..3 for TW I..IV. */
    tw: (i: number, q: number) => cell(L.firstIndikator + i, 4 + q),
    pagu: (i: number) => cell(L.rowsOf[i].keuangan, 2),
    kode: (i: number) => cell(L.rowsOf[i].keuangan, 0),
    /** m = 0..11 for Jan..Des. */
    keuangan: (i: number, m: number) => cell(L.rowsOf[i].keuangan, 4 + m),
    fisik: (i: number, m: number) => cell(L.rowsOf[i].fisik!, 4 + m),
  };
}

export function pengaturanSheet(name: string, entries: [string, CellValue][]): Grid {
  return grid(name, [["PENGATURAN"], [], ...entries.map(([k, v]) => [k, v])]);
}

/** Twelve months of a yearly amount spread evenly (rounded so they add up exactly). */
export function evenMonths(total: number): number[] {
  const each = Math.floor(total / 12);
  return [...Array(11).fill(each), total - each * 11];
}

export const CUMULATIVE_FISIK = [0, 5, 12, 20, 30, 40, 50, 60, 70, 80, 90, 100];
