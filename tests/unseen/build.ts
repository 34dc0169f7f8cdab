/**
 * Builds four workbooks "from other pemda" in layouts that differ from the two samples but stay
 * within ../shared/spec/workbook.md. Written to a temp dir at test time; never committed.
 *
 * Every number in here was chosen by hand so that the workbooks are internally consistent
 * (budgets roll up, Jumlah right, RAK sums to pagu, fisik non-decreasing, names match between
 * PK, Rencana Aksi and Realisasi). The expectations live in unseen.test.ts.
 *
 * Each sheet is described as a few blocks, one helper per shape: titleRows, kinerja (sasaran with
 * their indicators), budget (program/kegiatan with a Jumlah row), signature, quarterTable (Rencana
 * Aksi / Realisasi indicators by triwulan) and monthlyRows (RAK or realisasi per month with fisik).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** A cell's value, or a value with its number format (see rp, pct, fmt). Null and undefined leave the cell empty. */
type V = ExcelJS.CellValue | undefined | Fmt;
interface Fmt {
  value: ExcelJS.CellValue;
  fmt: string;
}

const RP = "#,##0";
const PCT = "0.0%";
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const MONTHS_FULL = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const B = 1_000_000_000;

const fmt = (value: ExcelJS.CellValue, f: string): Fmt => ({ value, fmt: f });
const rp = (value: ExcelJS.CellValue): Fmt => fmt(value, RP);
const pct = (value: number): Fmt => fmt(value, PCT);
const isFmt = (v: V): v is Fmt => typeof v === "object" && v !== null && "fmt" in v;

/** Column number of a letter, and back ("A" = 1). */
const colNum = (letter: string): number => letter.charCodeAt(0) - 64;
const colLetter = (n: number): string => String.fromCharCode(64 + n);
/** "B7" -> [7, 2] */
function rc(addr: string): [number, number] {
  const m = /^([A-Z])(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  return [Number(m[2]), colNum(m[1])];
}

function cell(ws: ExcelJS.Worksheet, r: number, c: number, v: V): void {
  if (v === null || v === undefined) return;
  const target = ws.getCell(r, c);
  if (isFmt(v)) {
    target.value = v.value;
    target.numFmt = v.fmt;
  } else target.value = v;
}

function row(ws: ExcelJS.Worksheet, r: number, startCol: number, values: V[]): void {
  values.forEach((v, i) => cell(ws, r, startCol + i, v));
}

/** Adds the sheets named by `names[key]` for each key, in that order. */
function sheets<K extends string>(wb: ExcelJS.Workbook, names: Record<K, string>, keys: K[]): ExcelJS.Worksheet[] {
  return keys.map((k) => wb.addWorksheet(names[k]));
}

/** Consecutive rows from `at` down. */
function rows(ws: ExcelJS.Worksheet, at: string, values: V[][]): void {
  const [r, c] = rc(at);
  values.forEach((vs, i) => row(ws, r + i, c, vs));
}

/** One line per row from `at` down (null skips a row); each merged across to column `to` when given. */
function titleRows(ws: ExcelJS.Worksheet, at: string, lines: (string | null)[], to?: string): void {
  const [r, c] = rc(at);
  lines.forEach((line, i) => {
    if (line === null) return;
    if (to) ws.mergeCells(`${colLetter(c)}${r + i}:${to}${r + i}`);
    cell(ws, r + i, c, line);
  });
}

/** A sasaran: its number and text, then one row per indicator (from the third column on). */
type Sasaran = [no: number, sasaran: string, indicators: V[][]];

/**
 * The kinerja table: header at `at`, optionally a "(1)".."(n)" numbering row, then each sasaran with
 * its number and text merged down over its indicator rows, or (repeat) written again on each row.
 */
function kinerja(ws: ExcelJS.Worksheet, at: string, header: string[], sasaran: Sasaran[], opts: { numbered?: boolean; repeat?: boolean } = {}): void {
  const [top, c] = rc(at);
  row(ws, top, c, header);
  let r = top + 1;
  if (opts.numbered) row(ws, r++, c, header.map((_, i) => `(${i + 1})`));
  for (const [no, text, indicators] of sasaran) {
    if (opts.repeat) {
      indicators.forEach((ind, i) => row(ws, r + i, c, [no, text, ...ind]));
    } else {
      const last = r + indicators.length - 1;
      if (last > r) for (const k of [c, c + 1]) ws.mergeCells(`${colLetter(k)}${r}:${colLetter(k)}${last}`);
      cell(ws, r, c, no);
      cell(ws, r, c + 1, text);
      indicators.forEach((ind, i) => row(ws, r + i, c + 2, ind));
    }
    r += indicators.length;
  }
}

/**
 * The budget table: header at `at`, one row per item, then the total row. The total goes under the
 * Pagu/Anggaran column, its label just left of it, or in the first column (first), or merged across
 * all columns left of it (span). Numbers and formulas in that column get the Rp format.
 */
function budget(ws: ExcelJS.Worksheet, at: string, header: string[], items: V[][], total: { label: string; value: V; first?: boolean; span?: boolean }): void {
  const [top, c] = rc(at);
  const p = header.findIndex((h) => /pagu|anggaran/i.test(h));
  const money = (v: V): V => (v === null || v === undefined || typeof v === "string" || isFmt(v) ? v : rp(v));
  row(ws, top, c, header);
  items.forEach((item, i) => row(ws, top + 1 + i, c, item.map((v, k) => (k === p ? money(v) : v))));
  const r = top + 1 + items.length;
  if (total.span) ws.mergeCells(`${colLetter(c)}${r}:${colLetter(c + p - 1)}${r}`);
  cell(ws, r, total.first || total.span ? c : c + p - 1, total.label);
  cell(ws, r, c + p, money(total.value));
}

interface Party {
  jabatan: string;
  nama: string;
  pangkat?: string;
  nip?: string;
}

/**
 * The signature block: place and date at `top` above Pihak Pertama, then the PIHAK KEDUA/PERTAMA
 * labels (unless labels: false), the jabatan lines (with their comma), and four rows lower the names,
 * pangkat and NIP. Pihak Kedua on the left column, Pihak Pertama on the right.
 */
function signature(ws: ExcelJS.Worksheet, top: number, s: { place: V; kedua?: Party; pertama: Party; cols?: [string, string]; labels?: boolean }): void {
  const [left, right] = (s.cols ?? ["B", "D"]).map(colNum);
  const both = (r: number, k: V, p: V): void => {
    cell(ws, r, left, k);
    cell(ws, r, right, p);
  };
  cell(ws, top, right, s.place);
  let r = top + 1;
  if (s.labels !== false) both(r++, s.kedua && "PIHAK KEDUA,", "PIHAK PERTAMA,");
  both(r, s.kedua && `${s.kedua.jabatan},`, `${s.pertama.jabatan},`);
  both(r + 4, s.kedua?.nama, s.pertama.nama);
  both(r + 5, s.kedua?.pangkat, s.pertama.pangkat);
  both(r + 6, s.kedua?.nip, s.pertama.nip);
}

const TRIWULAN = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
const TW_ARABIC = ["TW 1", "TW 2", "TW 3", "TW 4"];
const TW_ROMAN = ["TW I", "TW II", "TW III", "TW IV"];
const ROMAN = ["I", "II", "III", "IV"];

/**
 * Indicators by triwulan (Rencana Aksi or Realisasi) at row `top`: No, Indikator Kinerja, Satuan, the
 * target column, a group header over E:H with the four quarters under it, extra columns from I on;
 * with mergeDown, every column but the quarters is merged over both header rows. Rows follow.
 */
function quarterTable(
  ws: ExcelJS.Worksheet,
  top: number,
  h: { group: string; quarters: string[]; target?: string; extra?: string[]; mergeDown?: boolean },
  values: V[][],
): void {
  const extra = h.extra ?? [];
  if (h.mergeDown) for (const c of ["A", "B", "C", "D", ...extra.map((_, i) => colLetter(9 + i))]) ws.mergeCells(`${c}${top}:${c}${top + 1}`);
  row(ws, top, 1, ["No", "Indikator Kinerja", "Satuan", h.target ?? "Target"]);
  ws.mergeCells(`E${top}:H${top}`);
  cell(ws, top, 5, h.group);
  row(ws, top, 9, extra);
  row(ws, top + 1, 5, h.quarters);
  rows(ws, `A${top + 2}`, values);
}

interface Program {
  kode: string;
  nama: string;
  pagu?: number;
  /** Per month, Rp. */
  keuangan: number[];
  /** Per month, %. */
  fisik: number[];
}

/**
 * The monthly table at row `top`: a header (the columns before the months, then the months), and per
 * program a money row (kode, nama, pagu when given, the jenis label when given, Rp per month) with its
 * fisik row under it: the fisik label in the jenis column, or without one under the program name.
 */
function monthlyRows(ws: ExcelJS.Worksheet, top: number, head: string[], months: string[], programs: Program[], jenis: { fisik: string; keuangan?: string }): void {
  const m = head.length + 1;
  row(ws, top, 1, [...head, ...months]);
  programs.forEach((p, i) => {
    const r = top + 1 + 2 * i;
    row(ws, r, 1, [p.kode, p.nama, ...(p.pagu === undefined ? [] : [rp(p.pagu)]), ...(jenis.keuangan ? [jenis.keuangan] : []), ...p.keuangan.map(rp)]);
    cell(ws, r + 1, jenis.keuangan ? m - 1 : 2, jenis.fisik);
    row(ws, r + 1, m, p.fisik);
  });
}

// ---------------------------------------------------------------------------------------------
// Workbook A: Kota Jambi, Dinas Kesehatan
// ---------------------------------------------------------------------------------------------
export const JAMBI = {
  walikota: "lamp 2",
  kadis: "Sheet1",
  kabid: "Kabid (2)",
  kasi: "Copy of Sheet1",
  ra: "RA-kadis",
  real: "TW3",
  atur: "atur",
  /** Kadis RAK, per month, Rp. 1.02.01 sums to 40 M, 1.02.02 to 12 M. */
  rak0101: [2, 3, 3, 3, 3, 4, 4, 4, 4, 3, 3, 4].map((x) => x * B),
  rak0102: [0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 1, 1].map((x) => x * B),
  fisikPlan: [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100],
  real0101: [1.5, 2.5, 3, 3, 3, 3.5, 4, 3.5, 4].map((x) => x * B), // Jan..Sep = 28 M
  real0102: [0.4, 0.9, 1, 1, 1, 0.9, 1, 1, 0.8].map((x) => x * B), // Jan..Sep = 8 M
  fisikReal: [4, 9, 18, 28, 38, 48, 57, 66, 75],
};

function buildJambi(wb: ExcelJS.Workbook): void {
  // Shuffled order on purpose: Rencana Aksi first, settings in the middle, kepala daerah late.
  const [ra, kadis, real, wk, kasi, atur, kabid] = sheets(wb, JAMBI, ["ra", "kadis", "real", "walikota", "kasi", "atur", "kabid"]);

  const PROG_0101 = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota";
  const PROG_0102 = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat";
  const place = "Jambi, 2 Januari 2025";
  const walikota: Party = { jabatan: "WALI KOTA JAMBI", nama: "Dr. dr. H. MAULANA, MKM" };
  const kepalaDinas = { nama: "dr. SUSILAWATI, M.Kes.", pangkat: "Pembina Tingkat I (IV/b)" };
  const kabidP2P: Party = {
    jabatan: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT",
    nama: "H. ANDI RAHMAN, S.KM., M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "NIP. 19780812 200312 1 005",
  };

  // --- Wali Kota (kepala daerah): "LAMPIRAN PERJANJIAN KINERJA", year on the next row, only Pihak Pertama.
  titleRows(wk, "A1", ["LAMPIRAN PERJANJIAN KINERJA", "TAHUN 2025", "PEMERINTAH KOTA JAMBI"], "E");
  kinerja(wk, "A5", ["No", "Tujuan/Sasaran", "Indikator Sasaran", "Satuan", "Target 2025"], [
    [1, "Meningkatnya derajat kesehatan masyarakat", [
      ["Umur Harapan Hidup", "tahun", 72.3],
      ["Angka Kematian Ibu", "per 100.000 KH", 90],
    ]],
  ]);
  budget(wk, "A9", ["No", "Kode", "Program", "Pagu (Rp)"], [
    [1, "1.02.01", PROG_0101, 40 * B],
    [2, "1.02.02", PROG_0102, 12 * B],
  ], { label: "Jumlah", value: 52 * B, span: true });
  signature(wk, 15, { place, pertama: walikota });

  // --- Kadis (eselon2): mixed-case title, year on the next row, Plt., NIP without spaces.
  titleRows(kadis, "A1", ["Perjanjian Kinerja", "Tahun 2025", "DINAS KESEHATAN", "KOTA JAMBI"], "E");
  kinerja(kadis, "A6", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"], [
    [1, "Meningkatnya kualitas pelayanan kesehatan", [
      ["Angka Kematian Bayi", "per 1.000 KH", 8],
      ["Persentase puskesmas terakreditasi", "%", "80 - 90"],
      ["Cakupan imunisasi dasar lengkap", "%", pct(0.855)], // E9: 85,5 %
    ]],
    [2, "Meningkatnya pengendalian penyakit menular", [
      ["Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200],
      ["Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8],
    ]],
    [3, "Meningkatnya akuntabilitas kinerja dan keuangan", [["Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP"]]],
  ]);
  budget(kadis, "A14", ["No", "Kode", "Program", "Anggaran (Rp)", "Keterangan"], [
    [1, "1.02.01", PROG_0101, 40 * B, "APBD"],
    [2, "1.02.02", PROG_0102, 12 * B, "APBD"],
  ], { label: "Jumlah", value: 52 * B });
  signature(kadis, 19, {
    place,
    kedua: walikota,
    pertama: { jabatan: "Plt. KEPALA DINAS KESEHATAN KOTA JAMBI", ...kepalaDinas, nip: "NIP. 197204151998032003" },
  });

  // --- Kabid (eselon3): "(PK) TAHUN ANGGARAN" title, Target 2025, Pagu header, Sumber Dana, Total row.
  titleRows(kabid, "A1", ["PERJANJIAN KINERJA (PK) TAHUN ANGGARAN 2025", "DINAS KESEHATAN KOTA JAMBI", "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT"], "E");
  kinerja(kabid, "A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target 2025"], [
    [1, "Menurunnya angka kesakitan penyakit menular", [
      ["Persentase pasien TB yang diobati sampai sembuh", "%", 90],
      ["Persentase kelurahan UCI", "%", 95],
    ]],
  ]);
  budget(kabid, "A9", ["No", "Kode", "Kegiatan", "Pagu", "Sumber Dana"], [
    [1, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", 8 * B, "APBD"],
    [2, "1.02.02.2.03", "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", 4 * B, "APBD"],
  ], { label: "Total", value: 12 * B });
  signature(kabid, 14, {
    place,
    kedua: { jabatan: "KEPALA DINAS KESEHATAN KOTA JAMBI", ...kepalaDinas, nip: "NIP. 19720415 199803 2 003" },
    pertama: kabidP2P,
  });

  // --- Kasi (eselon4): kode with trailing dot and extra spaces, and one with a two-digit middle part.
  titleRows(kasi, "A1", ["Perjanjian Kinerja Tahun 2025", "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR", "DINAS KESEHATAN KOTA JAMBI"], "E");
  kinerja(kasi, "A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"], [
    [1, "Meningkatnya penemuan dan pengobatan kasus TB", [
      ["Jumlah orang terduga TBC yang mendapat pelayanan sesuai standar", "orang", 2400],
      ["Persentase kontak erat TB yang diskrining", "%", 80],
    ]],
  ]);
  budget(kasi, "A9", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"], [
    [1, " 1.02.02.2.02.0001. ", "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", 3 * B],
    [2, "1.02.02.02.02.0002", "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV", 5 * B],
  ], { label: "Jumlah Anggaran", value: 8 * B });
  signature(kasi, 14, {
    place,
    kedua: kabidP2P,
    pertama: {
      jabatan: "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR",
      nama: "NOVI ANGGRAINI, S.KM.",
      pangkat: "Penata (III/c)",
      nip: "NIP.198806232011012009",
    },
  });

  // --- Rencana Aksi of the Kadis: header merged down, "Triwulan I".."IV", sifat and polaritas in words,
  // full month names, no Jenis column: a "Fisik (%)" row right under each object.
  titleRows(ra, "A1", ["RENCANA AKSI TAHUN 2025", "KEPALA DINAS KESEHATAN", "KOTA JAMBI"], "J");
  quarterTable(ra, 5, { group: "Target Triwulan", quarters: TRIWULAN, target: "Target Tahunan", extra: ["Sifat", "Polaritas"], mergeDown: true }, [
    [1, "Angka Kematian Bayi", "per 1.000 KH", 8, 8, 8, 8, 8, "Nilai Akhir", "Semakin rendah semakin baik"],
    [2, "Persentase puskesmas terakreditasi", "%", "80 - 90", "80 - 90", "80 - 90", "80 - 90", "80 - 90", "Nilai Akhir", "Semakin tinggi semakin baik"],
    [3, "Cakupan imunisasi dasar lengkap", "%", ...Array.from({ length: 5 }, () => pct(0.855)), "Rata-rata", "Positif"],
    // Per-quarter targets: 300 each, sum 1.200 = annual, TW IV (300) is not the annual.
    [4, "Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200, 300, 300, 300, 300, "Kumulatif", "Positif"],
    [5, "Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8, 2, 4, 6, 8, "Kumulatif", "Semakin tinggi semakin baik"],
    [6, "Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP", "WTP", "WTP", "WTP", "WTP", "Nilai Akhir", "Positif"],
  ]);
  monthlyRows(ra, 14, ["Kode", "Program", "Anggaran"], MONTHS_FULL, [
    { kode: "1.02.01", nama: PROG_0101, pagu: 40 * B, keuangan: JAMBI.rak0101, fisik: JAMBI.fisikPlan },
    { kode: "1.02.02", nama: PROG_0102, pagu: 12 * B, keuangan: JAMBI.rak0102, fisik: JAMBI.fisikPlan },
  ], { fisik: "Fisik (%)" });

  // --- Realisasi of the Kadis: "PENGUKURAN KINERJA TRIWULAN III TAHUN 2025", TW 1..TW 4, target as text "85,5%".
  titleRows(real, "A1", ["PENGUKURAN KINERJA TRIWULAN III TAHUN 2025", "KEPALA DINAS KESEHATAN KOTA JAMBI"], "H");
  quarterTable(real, 4, { group: "Realisasi", quarters: TW_ARABIC }, [
    [1, "Angka Kematian Bayi", "per 1.000 KH", 8, 9, 8.5, 10],
    [2, "Persentase puskesmas terakreditasi", "%", "80 - 90", 70, 71, 72],
    [3, "Cakupan imunisasi dasar lengkap", "%", "85,5%", 80, 84, 88],
    [4, "Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200, 320, 310, 330],
    [5, "Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8, 3, 2, 4],
    [6, "Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP", null, "WTP", "WTP"],
  ]);
  monthlyRows(real, 13, ["Kode", "Program"], MONTHS_SHORT, [
    { kode: "1.02.01", nama: PROG_0101, keuangan: JAMBI.real0101, fisik: JAMBI.fisikReal },
    { kode: "1.02.02", nama: PROG_0102, keuangan: JAMBI.real0102, fisik: JAMBI.fisikReal },
  ], { fisik: "Fisik (%)" });

  // --- PENGATURAN
  titleRows(atur, "A1", ["PENGATURAN"]);
  rows(atur, "A3", [
    ["Rumus polaritas negatif", "T/R"],
    ["Batas capaian", 120],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Workbook B: Kecamatan style (Kabupaten Tanah Laut): Camat + Lurah, table from B3, no Satuan column.
// ---------------------------------------------------------------------------------------------
export const KEC = { camat: "PK CAMAT", lurah: "PK LURAH TAKISUNG" };

function buildKecamatan(wb: ExcelJS.Workbook): void {
  const [camat, lurah] = sheets(wb, KEC, ["camat", "lurah"]);

  const place = "Takisung, 6 Januari 2025";
  const camatTakisung: Party = { jabatan: "CAMAT TAKISUNG", nama: "M. RIZKY FAUZAN, S.STP., M.Si.", pangkat: "Pembina (IV/a)", nip: "NIP. 19860214 200412 1 001" };

  // Camat (eselon3). Sasaran not merged: repeated on each row.
  titleRows(camat, "B3", ["PERJANJIAN KINERJA TAHUN 2025", "CAMAT TAKISUNG", "KABUPATEN TANAH LAUT"], "E");
  kinerja(camat, "B7", ["NO", "SASARAN\nPROGRAM", "INDIKATOR\nKINERJA", "TARGET"], [
    [1, "Meningkatnya kualitas pelayanan administrasi kecamatan", [
      ["Persentase pelayanan administrasi terpadu kecamatan yang selesai tepat waktu (%)", 95],
      ["Dokumen perencanaan kecamatan yang tersusun", "12 dokumen"],
    ]],
    [2, "Meningkatnya partisipasi masyarakat dalam pembangunan", [["Persentase kelurahan/desa yang melaksanakan musrenbang tepat waktu (%)", 100]]],
  ], { numbered: true, repeat: true });
  budget(camat, "B13", ["NO", "KEGIATAN", "PAGU\n(Rp)", "KET"], [
    [1, "7.01.01.2.01. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Rp. 250.000.000,-", "APBD"],
    [2, "7.01.01.2.02. Administrasi Keuangan Perangkat Daerah", "Rp. 1.250.000.000,-", "APBD"],
    [3, "7.01.02.2.01. Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "Rp 450.000.000", "APBD"],
  ], { label: "JUMLAH", value: "Rp. 1.950.000.000,-" });
  // Signature, no PIHAK labels: left the superior, right the official.
  signature(camat, 19, { place, kedua: { jabatan: "BUPATI TANAH LAUT", nama: "H. SUGIANOOR" }, pertama: camatTakisung, cols: ["C", "E"], labels: false });

  // Lurah (eselon4): title and year on two rows, IKU header, units in the target cell.
  titleRows(lurah, "B3", ["PERJANJIAN KINERJA", "TAHUN ANGGARAN 2025", "LURAH TAKISUNG", "KECAMATAN TAKISUNG"], "E");
  kinerja(lurah, "B8", ["NO", "SASARAN KEGIATAN", "IKU", "TARGET"], [
    [1, "Meningkatnya kualitas pelayanan kelurahan", [
      ["Persentase layanan administrasi kependudukan kelurahan yang selesai dalam 1 hari (%)", 90],
      ["Jumlah kegiatan pemberdayaan masyarakat kelurahan", "12 kegiatan"],
    ]],
  ], { numbered: true });
  budget(lurah, "B13", ["NO", "SUB KEGIATAN", "ANGGARAN\n(Rp)"], [
    [1, "7.01.02.2.01.0001. Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan", "Rp. 200.000.000,-"],
    [2, "7.01.02.2.01.0005. Fasilitasi Pemberdayaan Masyarakat Kelurahan", "Rp. 250.000.000,-"],
  ], { label: "JUMLAH ANGGARAN", value: "Rp. 450.000.000,-" });
  signature(lurah, 18, {
    place,
    kedua: camatTakisung,
    pertama: { jabatan: "LURAH TAKISUNG", nama: "SITI NORHALIZA, S.Sos.", pangkat: "Penata Muda Tingkat I (III/b)", nip: "NIP. 19900507 201001 2 003" },
    cols: ["C", "D"],
    labels: false,
  });
}

// ---------------------------------------------------------------------------------------------
// Workbook C: Provinsi Jambi, Bapenda: cover page, old add-in sheet, notes, one PK with RA and Realisasi
// without jabatan lines.
// ---------------------------------------------------------------------------------------------
export const BAPENDA = {
  cover: "Cover",
  pk: "PK Kaban",
  ra: "Renaksi",
  real: "Real TW2",
  own: "Capaian",
  notes: "Catatan",
  rak0201: Array.from({ length: 12 }, () => 2.5 * B), // 30 M
  rak0202: [1, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 2.5].map((x) => x * B), // 18,5 M
  fisikPlan: [8, 16, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100],
  real0201: [2, 2.5, 2.5, 2.5, 2.5, 3].map((x) => x * B), // 15 M
  real0202: [0.8, 1.2, 1.5, 1.5, 1.6, 1.4].map((x) => x * B), // 8 M
  fisikReal: [7, 15, 24, 32, 40, 49],
};

function buildBapenda(wb: ExcelJS.Workbook): void {
  const [cover, own, pk, ra, real, notes] = sheets(wb, BAPENDA, ["cover", "own", "pk", "ra", "real", "notes"]);

  const PROG_0201 = "Program Penunjang Urusan Pemerintahan Daerah Provinsi";
  const PROG_0202 = "Program Pengelolaan Pendapatan Daerah";
  const IND_PAD = "Persentase realisasi Pendapatan Asli Daerah terhadap target";
  const IND_INOVASI = "Jumlah inovasi layanan pajak daerah";

  titleRows(cover, "C10", ["PERJANJIAN KINERJA", "TAHUN 2025", null, "BADAN PENDAPATAN DAERAH", "PROVINSI JAMBI"]);

  // Left over from a previous run of the add-in.
  titleRows(own, "A1", [
    "Capaian Kinerja",
    "Dibuat oleh PK Kinerja dari isi buku kerja ini. Lembar ini ditimpa setiap kali PK Kinerja dijalankan; jangan mengetik di sini.",
    "Triwulan I · rumus polaritas negatif 2T-R · batas capaian tanpa batas",
  ]);
  rows(own, "A5", [
    ["Lembar", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"],
    ["PK Kaban", "Meningkatnya pendapatan daerah", IND_PAD, "%", 20, 22, 110, "Sangat Tinggi"],
  ]);

  titleRows(notes, "A1", ["Catatan revisi", "- target IKU disesuaikan dengan RPJMD perubahan", "- pagu mengikuti DPA murni 2025, Rp 48.500.000.000"]);

  titleRows(pk, "A1", ["PERJANJIAN KINERJA TAHUN 2025", "BADAN PENDAPATAN DAERAH PROVINSI JAMBI"], "E");
  kinerja(pk, "A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"], [
    [1, "Meningkatnya pendapatan daerah", [
      [IND_PAD, "%", 100],
      [IND_INOVASI, "inovasi", 4],
    ]],
  ]);
  budget(pk, "A8", ["No", "Kode", "Program", "Pagu (Rp)"], [
    [1, "5.02.01", PROG_0201, 30 * B],
    [2, "5.02.02", PROG_0202, 18.5 * B],
  ], { label: "Jumlah", value: 48.5 * B });
  signature(pk, 13, {
    place: "Jambi, 3 Januari 2025",
    kedua: { jabatan: "GUBERNUR JAMBI", nama: "Dr. H. AL HARIS, S.Sos., M.H." },
    pertama: { jabatan: "KEPALA BADAN PENDAPATAN DAERAH PROVINSI JAMBI", nama: "Drs. AGUS PRIANTO, M.M.", pangkat: "Pembina Utama Madya (IV/d)", nip: "NIP. 19700305 199003 1 009" },
  });

  // Rencana Aksi without a jabatan line (single PK), quarters "I".."IV" under "Target TW", no sifat/polaritas.
  titleRows(ra, "A1", ["RENCANA AKSI TAHUN 2025"]);
  quarterTable(ra, 3, { group: "Target TW", quarters: ROMAN }, [
    [1, IND_PAD, "%", 100, 20, 45, 70, 100],
    [2, IND_INOVASI, "inovasi", 4, 1, 2, 3, 4],
  ]);
  monthlyRows(ra, 8, ["Kode", "Program", "Pagu", "Uraian Rencana"], MONTHS_SHORT, [
    { kode: "5.02.01", nama: PROG_0201, pagu: 30 * B, keuangan: BAPENDA.rak0201, fisik: BAPENDA.fisikPlan },
    { kode: "5.02.02", nama: PROG_0202, pagu: 18.5 * B, keuangan: BAPENDA.rak0202, fisik: BAPENDA.fisikPlan },
  ], { keuangan: "Rencana Keuangan", fisik: "Rencana Fisik" });

  titleRows(real, "A1", ["LAPORAN REALISASI KINERJA TAHUN 2025"]);
  quarterTable(real, 3, { group: "Realisasi", quarters: TW_ROMAN }, [
    [1, IND_PAD, "%", 100, 22, 47],
    [2, IND_INOVASI, "inovasi", 4, 1, 2],
  ]);
  monthlyRows(real, 8, ["Kode", "Program", "Jenis"], MONTHS_SHORT, [
    { kode: "5.02.01", nama: PROG_0201, keuangan: BAPENDA.real0201, fisik: BAPENDA.fisikReal },
    { kode: "5.02.02", nama: PROG_0202, keuangan: BAPENDA.real0202, fisik: BAPENDA.fisikReal },
  ], { keuangan: "Realisasi Keuangan", fisik: "Realisasi Fisik" });
}

// ---------------------------------------------------------------------------------------------
// Workbook D: Kabupaten Contoh Baru, Inspektorat: Pj. Bupati + Inspektur, values typed as text,
// no kode at all, a formula Jumlah, a date cell as place-date, TW 1..TW 4, a real zero.
// ---------------------------------------------------------------------------------------------
export const INSP = { bupati: "PK PJ BUPATI", insp: "PK INSPEKTUR", ra: "RA INSPEKTUR", real: "REAL INSPEKTUR" };

function buildInspektorat(wb: ExcelJS.Workbook): void {
  const [bup, ins, ra, real] = sheets(wb, INSP, ["bupati", "insp", "ra", "real"]);

  const PROG_AWAS = "Program Penyelenggaraan Pengawasan";
  const PROG_KEBIJAKAN = "Program Perumusan Kebijakan, Pendampingan dan Asistensi";
  const IND = [
    "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
    "Level kapabilitas APIP",
    "Jumlah temuan berulang",
    "Jumlah peserta sosialisasi pencegahan korupsi",
    "Persentase pengaduan masyarakat yang ditangani",
  ];
  const pjBupati = { nama: "Drs. HENDRA GUNAWAN, M.Si." };

  titleRows(bup, "A1", ["perjanjian kinerja tahun 2025", "KABUPATEN CONTOH BARU"]);
  kinerja(bup, "A4", ["No", "Sasaran", "Indikator", "Satuan", "Target Kinerja"], [
    [1, "Meningkatnya akuntabilitas pemerintahan", [["Nilai SAKIP Kabupaten", "nilai", 70]]],
  ]);
  budget(bup, "A7", ["No", "Program", "Pagu (Rp)", "Ket"], [
    [1, PROG_AWAS, "Rp 1.250.000.000"],
    [2, PROG_KEBIJAKAN, "750.000.000,00"],
  ], { label: "Jumlah", value: "2.000.000.000", first: true });
  signature(bup, 12, { place: "Contoh Baru, 6 Januari 2025", pertama: { jabatan: "Pj. BUPATI CONTOH BARU", ...pjBupati }, cols: ["B", "C"] });

  titleRows(ins, "A1", ["PERJANJIAN KINERJA TAHUN 2025"], "E");
  titleRows(ins, "A2", ["INSPEKTORAT KABUPATEN CONTOH BARU"]);
  kinerja(ins, "A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"], [
    [1, "Meningkatnya kualitas pengawasan internal", [
      [IND[0], "%", "80–90"],
      [IND[1], "level", "≥ 3"],
      [IND[2], "temuan", 10],
      [IND[3], null, "12.480 orang"],
      [IND[4], null, "85,5 %"],
    ]],
  ]);
  budget(ins, "A11", ["No", "Program", "Anggaran", "Keterangan"], [
    [1, PROG_AWAS, "Rp. 1.250.000.000,-", "APBD"],
    [2, PROG_KEBIJAKAN, "Rp. 750.000.000,-", "APBD"],
  ], { label: "Jumlah", value: { formula: "SUM(C12:C13)", result: 2_000_000_000 } as ExcelJS.CellFormulaValue });
  signature(ins, 16, {
    place: fmt(new Date(Date.UTC(2025, 0, 6)), "d mmmm yyyy"),
    kedua: { jabatan: "Penjabat BUPATI CONTOH BARU", ...pjBupati },
    pertama: { jabatan: "INSPEKTUR KABUPATEN CONTOH BARU", nama: "YULIANTI, S.E., M.Ak.", pangkat: "Pembina Utama Muda (IV/c)", nip: "NIP 19740910 199903 2 002" },
  });

  titleRows(ra, "A1", ["RENCANA AKSI TAHUN 2025", "INSPEKTUR KABUPATEN CONTOH BARU"]);
  quarterTable(ra, 4, { group: "Target Triwulan", quarters: TW_ARABIC, extra: ["Sifat", "Polaritas"] }, [
    [1, IND[0], "%", "80–90", "80–90", "80–90", "80–90", "80–90", "Akhir", "Positif"],
    [2, IND[1], "level", "≥ 3", "≥ 3", "≥ 3", "≥ 3", "≥ 3", "Akhir", "Positif"],
    [3, IND[2], "temuan", 10, 3, 5, 8, 10, "Kumulatif", "Negatif"],
    [4, IND[3], "orang", "12.480", "3.120", "6.240", "9.360", "12.480", "Kumulatif", "Positif"],
    [5, IND[4], "%", "85,5", "85,5", "85,5", "85,5", "85,5", "Rata-rata", "Positif"],
  ]);

  titleRows(real, "A1", ["Realisasi Kinerja Triwulan II Tahun 2025", "Inspektur"]);
  quarterTable(real, 4, { group: "Realisasi", quarters: TW_ARABIC }, [
    [1, IND[0], "%", "80–90", 85, 95],
    [2, IND[1], "level", "≥ 3", 2, 2],
    [3, IND[2], "temuan", 10, 0, 4],
    [4, IND[3], "orang", "12.480", "3.040", 0],
    [5, IND[4], "%", "85,5", "80,5", "90,5"],
  ]);
}

export interface Built {
  dir: string;
  jambi: string;
  kecamatan: string;
  bapenda: string;
  inspektorat: string;
}

export async function buildAll(dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-unseen-"))): Promise<Built> {
  const out: Built = {
    dir,
    jambi: path.join(dir, "kota-jambi-dinkes-2025.xlsx"),
    kecamatan: path.join(dir, "kab-tanah-laut-kec-takisung-2025.xlsx"),
    bapenda: path.join(dir, "prov-jambi-bapenda-2025.xlsx"),
    inspektorat: path.join(dir, "kab-contoh-baru-inspektorat-2025.xlsx"),
  };
  const specs: [string, (wb: ExcelJS.Workbook) => void][] = [
    [out.jambi, buildJambi],
    [out.kecamatan, buildKecamatan],
    [out.bapenda, buildBapenda],
    [out.inspektorat, buildInspektorat],
  ];
  for (const [file, build] of specs) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(file);
  }
  return out;
}

if (require.main === module) {
  buildAll(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then((b) => console.log(JSON.stringify(b)));
}
