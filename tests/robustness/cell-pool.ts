/** Cell values people and Excel put in PK workbooks, the odd ones included, as fast-check arbitraries. */
import fc from "fast-check";
import type { CellValue } from "../../src/engine/grid";

export const ERROR_VALUES = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

/** Words the reader looks for: titles, headers, labels, so random sheets reach deep into the reader. */
export const KEYWORDS = [
  "PERJANJIAN KINERJA", "PERJANJIAN KINERJA TAHUN 2025", "LAMPIRAN PERJANJIAN KINERJA", "perjanjian kinerja (PK) tahun anggaran 2024",
  "RENCANA AKSI TAHUN 2025", "REALISASI KINERJA TAHUN 2025", "PENGUKURAN KINERJA 2025", "PENGATURAN", "Tahun 2025", "2025",
  "No", "Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan", "Sasaran", "Indikator Kinerja", "Indikator", "IKU", "Satuan",
  "Target", "Target 2025", "Target Tahunan", "Target Triwulan", "TW I", "TW II", "TW III", "TW IV", "Realisasi", "Sifat", "Polaritas",
  "Kumulatif", "Akhir", "Rata-rata", "Positif", "Negatif", "Semakin rendah semakin baik",
  "Kode", "Program", "Kegiatan", "Sub Kegiatan", "Uraian", "Anggaran", "Anggaran (Rp)", "Pagu", "Pagu (Rp)", "Keterangan", "Jumlah", "Total",
  "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des", "Januari", "Desember", "Jenis",
  "Rencana Keuangan", "Rencana Fisik", "Realisasi Keuangan", "Realisasi Fisik", "Fisik (%)",
  "PIHAK PERTAMA,", "PIHAK KEDUA,", "BUPATI CONTOH,", "KEPALA DINAS KESEHATAN", "Plt. KEPALA BIDANG KESEHATAN MASYARAKAT,",
  "Kepala Seksi Gizi", "Camat Contoh", "dr. BUDI SANTOSO, M.Kes.", "NIP. 19750312 200003 1 004", "NIP. 1975", "Contoh, 3 Februari 2025",
  "Rumus polaritas negatif", "2T-R", "T/R", "Batas capaian", "Tanpa batas", "Skala predikat", "91;76;66;51", "Triwulan pelaporan", "V",
  "Batas status indikator", "95;85", "Batas status Kurva S", "-5;-10", "Angka Kematian Ibu", "Prevalensi Stunting", "Jumlah Kasus",
  "1.02.02", "1.02.02.2.02", "1.02.02.2.02.0001", "1.02.02.02.02.0001", "9.99", "1.02.02 Program Pemenuhan Upaya Kesehatan",
  "1.250.000.000", "1.250.000.000,00", "Rp 1.250.000.000", "Rp. 1.250.000.000,-", "85,5", "85.5", "12.480 orang", "85%", "85,5 %",
  "-", "WTP", "A", "BB", "Tersedia", "80 - 90", "80–90", "≥ 80", "> 80", "(1)", "(2)", "(3)",
];

/** Text that looks like something else. */
export const JUNK = [
  "NaN", "nan", "Infinity", "-Infinity", "1e999", "-1e999", "0x1F", "1,2,3", "1.2.3.4", "…", "  ", "\t", "\n", "=SUM(A1:A2)", "+cmd|' /C calc'!A0",
  "@SUM(A1:A2)", "-1+2", "undefined", "null", "true", "[object Object]", "%", "Rp", "Rp -", "100 %%", "💥", "ا", "\u0000", "\u200b",
];

/**
 * Large and tiny numbers. Magnitudes past 1e150, digit strings of 309 digits and divisors near 1e-307 overflow
 * the engine's arithmetic to Infinity: that defect has its own test (extreme-numbers.test.ts), so the properties
 * keep magnitudes between 1e-100 and 1e100 (a googol rupiah) to keep reporting anything else.
 */
export const EXTREME_NUMBERS = [0, -0, 1, -1, 0.5, 1e-100, 1e15, 1e100, -1e100, Number.MAX_SAFE_INTEGER, 2025, 100, 12, 4, 38750000000];

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 3, arbitrary: fc.double({ min: -1e100, max: 1e100, noNaN: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-100) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1e9 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
);

export const numberFormat = fc.constantFrom("General", "General", "0%", "0.00%", "#,##0", "#,##0.00", "@", "dd/mm/yyyy", "0.0");
