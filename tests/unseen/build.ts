/**
 * Builds four workbooks "from other pemda" in layouts that differ from the two samples but stay
 * within /work/shared/spec/workbook.md. Written to a temp dir at test time; never committed.
 *
 * Every number in here was chosen by hand so that the workbooks are internally consistent
 * (budgets roll up, Jumlah right, RAK sums to pagu, fisik non-decreasing, names match between
 * PK, Rencana Aksi and Realisasi). The expectations live in unseen.test.ts.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

type V = string | number | null | undefined;

function row(ws: ExcelJS.Worksheet, r: number, startCol: number, values: V[], numFmt?: Record<number, string>): void {
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    const cell = ws.getCell(r, startCol + i);
    cell.value = v;
    const f = numFmt?.[i];
    if (f) cell.numFmt = f;
  });
}

function put(ws: ExcelJS.Worksheet, addr: string, v: V, numFmt?: string): void {
  if (v === null || v === undefined) return;
  const c = ws.getCell(addr);
  c.value = v;
  if (numFmt) c.numFmt = numFmt;
}

const RP = "#,##0";
const PCT = "0.0%";
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const MONTHS_FULL = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const B = 1_000_000_000;

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
  const ra = wb.addWorksheet(JAMBI.ra);
  const kadis = wb.addWorksheet(JAMBI.kadis);
  const real = wb.addWorksheet(JAMBI.real);
  const wk = wb.addWorksheet(JAMBI.walikota);
  const kasi = wb.addWorksheet(JAMBI.kasi);
  const atur = wb.addWorksheet(JAMBI.atur);
  const kabid = wb.addWorksheet(JAMBI.kabid);

  // --- Wali Kota (kepala daerah): "LAMPIRAN PERJANJIAN KINERJA", year on the next row, only Pihak Pertama.
  wk.mergeCells("A1:E1");
  put(wk, "A1", "LAMPIRAN PERJANJIAN KINERJA");
  wk.mergeCells("A2:E2");
  put(wk, "A2", "TAHUN 2025");
  wk.mergeCells("A3:E3");
  put(wk, "A3", "PEMERINTAH KOTA JAMBI");
  row(wk, 5, 1, ["No", "Tujuan/Sasaran", "Indikator Sasaran", "Satuan", "Target 2025"]);
  wk.mergeCells("A6:A7");
  wk.mergeCells("B6:B7");
  put(wk, "A6", 1);
  put(wk, "B6", "Meningkatnya derajat kesehatan masyarakat");
  row(wk, 6, 3, ["Umur Harapan Hidup", "tahun", 72.3]);
  row(wk, 7, 3, ["Angka Kematian Ibu", "per 100.000 KH", 90]);
  row(wk, 9, 1, ["No", "Kode", "Program", "Pagu (Rp)"]);
  row(wk, 10, 1, [1, "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 40 * B], { 3: RP });
  row(wk, 11, 1, [2, "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 12 * B], { 3: RP });
  wk.mergeCells("A12:C12");
  put(wk, "A12", "Jumlah");
  put(wk, "D12", 52 * B, RP);
  put(wk, "D15", "Jambi, 2 Januari 2025");
  put(wk, "D16", "PIHAK PERTAMA,");
  put(wk, "D17", "WALI KOTA JAMBI,");
  put(wk, "D21", "Dr. dr. H. MAULANA, MKM");

  // --- Kadis (eselon2): mixed-case title, year on the next row, Plt., NIP without spaces.
  kadis.mergeCells("A1:E1");
  put(kadis, "A1", "Perjanjian Kinerja");
  kadis.mergeCells("A2:E2");
  put(kadis, "A2", "Tahun 2025");
  kadis.mergeCells("A3:E3");
  put(kadis, "A3", "DINAS KESEHATAN");
  kadis.mergeCells("A4:E4");
  put(kadis, "A4", "KOTA JAMBI");
  row(kadis, 6, 1, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  kadis.mergeCells("A7:A9");
  kadis.mergeCells("B7:B9");
  put(kadis, "A7", 1);
  put(kadis, "B7", "Meningkatnya kualitas pelayanan kesehatan");
  row(kadis, 7, 3, ["Angka Kematian Bayi", "per 1.000 KH", 8]);
  row(kadis, 8, 3, ["Persentase puskesmas terakreditasi", "%", "80 - 90"]);
  row(kadis, 9, 3, ["Cakupan imunisasi dasar lengkap", "%", 0.855], { 2: PCT }); // E9: 85,5 %
  kadis.mergeCells("A10:A11");
  kadis.mergeCells("B10:B11");
  put(kadis, "A10", 2);
  put(kadis, "B10", "Meningkatnya pengendalian penyakit menular");
  row(kadis, 10, 3, ["Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200]);
  row(kadis, 11, 3, ["Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8]);
  row(kadis, 12, 1, [3, "Meningkatnya akuntabilitas kinerja dan keuangan", "Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP"]);
  row(kadis, 14, 1, ["No", "Kode", "Program", "Anggaran (Rp)", "Keterangan"]);
  row(kadis, 15, 1, [1, "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 40 * B, "APBD"], { 3: RP });
  row(kadis, 16, 1, [2, "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 12 * B, "APBD"], { 3: RP });
  put(kadis, "C17", "Jumlah");
  put(kadis, "D17", 52 * B, RP);
  put(kadis, "D19", "Jambi, 2 Januari 2025");
  put(kadis, "B20", "PIHAK KEDUA,");
  put(kadis, "D20", "PIHAK PERTAMA,");
  put(kadis, "B21", "WALI KOTA JAMBI,");
  put(kadis, "D21", "Plt. KEPALA DINAS KESEHATAN KOTA JAMBI,");
  put(kadis, "B25", "Dr. dr. H. MAULANA, MKM");
  put(kadis, "D25", "dr. SUSILAWATI, M.Kes.");
  put(kadis, "D26", "Pembina Tingkat I (IV/b)");
  put(kadis, "D27", "NIP. 197204151998032003");

  // --- Kabid (eselon3): "(PK) TAHUN ANGGARAN" title, Target 2025, Pagu header, Sumber Dana, Total row.
  kabid.mergeCells("A1:E1");
  put(kabid, "A1", "PERJANJIAN KINERJA (PK) TAHUN ANGGARAN 2025");
  kabid.mergeCells("A2:E2");
  put(kabid, "A2", "DINAS KESEHATAN KOTA JAMBI");
  kabid.mergeCells("A3:E3");
  put(kabid, "A3", "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT");
  row(kabid, 5, 1, ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target 2025"]);
  kabid.mergeCells("A6:A7");
  kabid.mergeCells("B6:B7");
  put(kabid, "A6", 1);
  put(kabid, "B6", "Menurunnya angka kesakitan penyakit menular");
  row(kabid, 6, 3, ["Persentase pasien TB yang diobati sampai sembuh", "%", 90]);
  row(kabid, 7, 3, ["Persentase kelurahan UCI", "%", 95]);
  row(kabid, 9, 1, ["No", "Kode", "Kegiatan", "Pagu", "Sumber Dana"]);
  row(kabid, 10, 1, [1, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", 8 * B, "APBD"], { 3: RP });
  row(kabid, 11, 1, [2, "1.02.02.2.03", "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", 4 * B, "APBD"], { 3: RP });
  put(kabid, "C12", "Total");
  put(kabid, "D12", 12 * B, RP);
  put(kabid, "D14", "Jambi, 2 Januari 2025");
  put(kabid, "B15", "PIHAK KEDUA,");
  put(kabid, "D15", "PIHAK PERTAMA,");
  put(kabid, "B16", "KEPALA DINAS KESEHATAN KOTA JAMBI,");
  put(kabid, "D16", "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT,");
  put(kabid, "B20", "dr. SUSILAWATI, M.Kes.");
  put(kabid, "D20", "H. ANDI RAHMAN, S.KM., M.Kes.");
  put(kabid, "B21", "Pembina Tingkat I (IV/b)");
  put(kabid, "D21", "Pembina (IV/a)");
  put(kabid, "B22", "NIP. 19720415 199803 2 003");
  put(kabid, "D22", "NIP. 19780812 200312 1 005");

  // --- Kasi (eselon4): kode with trailing dot and extra spaces, and one with a two-digit middle part.
  kasi.mergeCells("A1:E1");
  put(kasi, "A1", "Perjanjian Kinerja Tahun 2025");
  kasi.mergeCells("A2:E2");
  put(kasi, "A2", "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR");
  kasi.mergeCells("A3:E3");
  put(kasi, "A3", "DINAS KESEHATAN KOTA JAMBI");
  row(kasi, 5, 1, ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  kasi.mergeCells("A6:A7");
  kasi.mergeCells("B6:B7");
  put(kasi, "A6", 1);
  put(kasi, "B6", "Meningkatnya penemuan dan pengobatan kasus TB");
  row(kasi, 6, 3, ["Jumlah orang terduga TBC yang mendapat pelayanan sesuai standar", "orang", 2400]);
  row(kasi, 7, 3, ["Persentase kontak erat TB yang diskrining", "%", 80]);
  row(kasi, 9, 1, ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  row(kasi, 10, 1, [1, " 1.02.02.2.02.0001. ", "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", 3 * B], { 3: RP });
  row(kasi, 11, 1, [2, "1.02.02.02.02.0002", "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV", 5 * B], { 3: RP });
  put(kasi, "C12", "Jumlah Anggaran");
  put(kasi, "D12", 8 * B, RP);
  put(kasi, "D14", "Jambi, 2 Januari 2025");
  put(kasi, "B15", "PIHAK KEDUA,");
  put(kasi, "D15", "PIHAK PERTAMA,");
  put(kasi, "B16", "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT,");
  put(kasi, "D16", "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR,");
  put(kasi, "B20", "H. ANDI RAHMAN, S.KM., M.Kes.");
  put(kasi, "D20", "NOVI ANGGRAINI, S.KM.");
  put(kasi, "B21", "Pembina (IV/a)");
  put(kasi, "D21", "Penata (III/c)");
  put(kasi, "B22", "NIP. 19780812 200312 1 005");
  put(kasi, "D22", "NIP.198806232011012009");

  // --- Rencana Aksi of the Kadis: header merged down, "Triwulan I".."IV", sifat and polaritas in words,
  // full month names, no Jenis column: a "Fisik (%)" row right under each object.
  ra.mergeCells("A1:J1");
  put(ra, "A1", "RENCANA AKSI TAHUN 2025");
  ra.mergeCells("A2:J2");
  put(ra, "A2", "KEPALA DINAS KESEHATAN");
  ra.mergeCells("A3:J3");
  put(ra, "A3", "KOTA JAMBI");
  for (const c of ["A", "B", "C", "D", "I", "J"]) ra.mergeCells(`${c}5:${c}6`);
  row(ra, 5, 1, ["No", "Indikator Kinerja", "Satuan", "Target Tahunan"]);
  ra.mergeCells("E5:H5");
  put(ra, "E5", "Target Triwulan");
  put(ra, "I5", "Sifat");
  put(ra, "J5", "Polaritas");
  row(ra, 6, 5, ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]);
  row(ra, 7, 1, [1, "Angka Kematian Bayi", "per 1.000 KH", 8, 8, 8, 8, 8, "Nilai Akhir", "Semakin rendah semakin baik"]);
  row(ra, 8, 1, [2, "Persentase puskesmas terakreditasi", "%", "80 - 90", "80 - 90", "80 - 90", "80 - 90", "80 - 90", "Nilai Akhir", "Semakin tinggi semakin baik"]);
  row(ra, 9, 1, [3, "Cakupan imunisasi dasar lengkap", "%", 0.855, 0.855, 0.855, 0.855, 0.855, "Rata-rata", "Positif"], { 3: PCT, 4: PCT, 5: PCT, 6: PCT, 7: PCT });
  // Per-quarter targets: 300 each, sum 1.200 = annual, TW IV (300) is not the annual.
  row(ra, 10, 1, [4, "Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200, 300, 300, 300, 300, "Kumulatif", "Positif"]);
  row(ra, 11, 1, [5, "Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8, 2, 4, 6, 8, "Kumulatif", "Semakin tinggi semakin baik"]);
  row(ra, 12, 1, [6, "Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP", "WTP", "WTP", "WTP", "WTP", "Nilai Akhir", "Positif"]);
  row(ra, 14, 1, ["Kode", "Program", "Anggaran", ...MONTHS_FULL]);
  row(ra, 15, 1, ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 40 * B, ...JAMBI.rak0101], Object.fromEntries([2, ...Array.from({ length: 12 }, (_, i) => i + 3)].map((i) => [i, RP])));
  row(ra, 16, 2, ["Fisik (%)", null, ...JAMBI.fisikPlan]);
  row(ra, 17, 1, ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 12 * B, ...JAMBI.rak0102], Object.fromEntries([2, ...Array.from({ length: 12 }, (_, i) => i + 3)].map((i) => [i, RP])));
  row(ra, 18, 2, ["Fisik (%)", null, ...JAMBI.fisikPlan]);

  // --- Realisasi of the Kadis: "PENGUKURAN KINERJA TRIWULAN III TAHUN 2025", TW 1..TW 4, target as text "85,5%".
  real.mergeCells("A1:H1");
  put(real, "A1", "PENGUKURAN KINERJA TRIWULAN III TAHUN 2025");
  real.mergeCells("A2:H2");
  put(real, "A2", "KEPALA DINAS KESEHATAN KOTA JAMBI");
  row(real, 4, 1, ["No", "Indikator Kinerja", "Satuan", "Target"]);
  real.mergeCells("E4:H4");
  put(real, "E4", "Realisasi");
  row(real, 5, 5, ["TW 1", "TW 2", "TW 3", "TW 4"]);
  row(real, 6, 1, [1, "Angka Kematian Bayi", "per 1.000 KH", 8, 9, 8.5, 10]);
  row(real, 7, 1, [2, "Persentase puskesmas terakreditasi", "%", "80 - 90", 70, 71, 72]);
  row(real, 8, 1, [3, "Cakupan imunisasi dasar lengkap", "%", "85,5%", 80, 84, 88]);
  row(real, 9, 1, [4, "Jumlah kasus baru TB yang ditemukan dan diobati", "kasus", 1200, 320, 310, 330]);
  row(real, 10, 1, [5, "Jumlah puskesmas yang melaksanakan posyandu prima", "puskesmas", 8, 3, 2, 4]);
  row(real, 11, 1, [6, "Opini BPK atas laporan keuangan pemerintah daerah", "opini", "WTP", null, "WTP", "WTP"]);
  row(real, 13, 1, ["Kode", "Program", ...MONTHS_SHORT]);
  const rpFmt = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 2, RP]));
  row(real, 14, 1, ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ...JAMBI.real0101], rpFmt);
  row(real, 15, 2, ["Fisik (%)", ...JAMBI.fisikReal]);
  row(real, 16, 1, ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", ...JAMBI.real0102], rpFmt);
  row(real, 17, 2, ["Fisik (%)", ...JAMBI.fisikReal]);

  // --- PENGATURAN
  put(atur, "A1", "PENGATURAN");
  row(atur, 3, 1, ["Rumus polaritas negatif", "T/R"]);
  row(atur, 4, 1, ["Batas capaian", 120]);
}

// ---------------------------------------------------------------------------------------------
// Workbook B: Kecamatan style (Kabupaten Tanah Laut): Camat + Lurah, table from B3, no Satuan column.
// ---------------------------------------------------------------------------------------------
export const KEC = { camat: "PK CAMAT", lurah: "PK LURAH TAKISUNG" };

function buildKecamatan(wb: ExcelJS.Workbook): void {
  const camat = wb.addWorksheet(KEC.camat);
  const lurah = wb.addWorksheet(KEC.lurah);

  // Camat (eselon3)
  camat.mergeCells("B3:E3");
  put(camat, "B3", "PERJANJIAN KINERJA TAHUN 2025");
  camat.mergeCells("B4:E4");
  put(camat, "B4", "CAMAT TAKISUNG");
  camat.mergeCells("B5:E5");
  put(camat, "B5", "KABUPATEN TANAH LAUT");
  row(camat, 7, 2, ["NO", "SASARAN\nPROGRAM", "INDIKATOR\nKINERJA", "TARGET"]);
  row(camat, 8, 2, ["(1)", "(2)", "(3)", "(4)"]);
  // Sasaran not merged: repeated on each row.
  row(camat, 9, 2, [1, "Meningkatnya kualitas pelayanan administrasi kecamatan", "Persentase pelayanan administrasi terpadu kecamatan yang selesai tepat waktu (%)", 95]);
  row(camat, 10, 2, [1, "Meningkatnya kualitas pelayanan administrasi kecamatan", "Dokumen perencanaan kecamatan yang tersusun", "12 dokumen"]);
  row(camat, 11, 2, [2, "Meningkatnya partisipasi masyarakat dalam pembangunan", "Persentase kelurahan/desa yang melaksanakan musrenbang tepat waktu (%)", 100]);
  row(camat, 13, 2, ["NO", "KEGIATAN", "PAGU\n(Rp)", "KET"]);
  row(camat, 14, 2, [1, "7.01.01.2.01. Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Rp. 250.000.000,-", "APBD"]);
  row(camat, 15, 2, [2, "7.01.01.2.02. Administrasi Keuangan Perangkat Daerah", "Rp. 1.250.000.000,-", "APBD"]);
  row(camat, 16, 2, [3, "7.01.02.2.01. Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "Rp 450.000.000", "APBD"]);
  row(camat, 17, 2, [null, "JUMLAH", "Rp. 1.950.000.000,-"]);
  // Signature, no PIHAK labels: left the superior, right the official.
  put(camat, "E19", "Takisung, 6 Januari 2025");
  put(camat, "C20", "BUPATI TANAH LAUT,");
  put(camat, "E20", "CAMAT TAKISUNG,");
  put(camat, "C24", "H. SUGIANOOR");
  put(camat, "E24", "M. RIZKY FAUZAN, S.STP., M.Si.");
  put(camat, "E25", "Pembina (IV/a)");
  put(camat, "E26", "NIP. 19860214 200412 1 001");

  // Lurah (eselon4): title and year on two rows, IKU header, units in the target cell.
  lurah.mergeCells("B3:E3");
  put(lurah, "B3", "PERJANJIAN KINERJA");
  lurah.mergeCells("B4:E4");
  put(lurah, "B4", "TAHUN ANGGARAN 2025");
  lurah.mergeCells("B5:E5");
  put(lurah, "B5", "LURAH TAKISUNG");
  lurah.mergeCells("B6:E6");
  put(lurah, "B6", "KECAMATAN TAKISUNG");
  row(lurah, 8, 2, ["NO", "SASARAN KEGIATAN", "IKU", "TARGET"]);
  row(lurah, 9, 2, ["(1)", "(2)", "(3)", "(4)"]);
  lurah.mergeCells("B10:B11");
  lurah.mergeCells("C10:C11");
  put(lurah, "B10", 1);
  put(lurah, "C10", "Meningkatnya kualitas pelayanan kelurahan");
  put(lurah, "D10", "Persentase layanan administrasi kependudukan kelurahan yang selesai dalam 1 hari (%)");
  put(lurah, "E10", 90);
  put(lurah, "D11", "Jumlah kegiatan pemberdayaan masyarakat kelurahan");
  put(lurah, "E11", "12 kegiatan");
  row(lurah, 13, 2, ["NO", "SUB KEGIATAN", "ANGGARAN\n(Rp)"]);
  row(lurah, 14, 2, [1, "7.01.02.2.01.0001. Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan", "Rp. 200.000.000,-"]);
  row(lurah, 15, 2, [2, "7.01.02.2.01.0005. Fasilitasi Pemberdayaan Masyarakat Kelurahan", "Rp. 250.000.000,-"]);
  row(lurah, 16, 2, [null, "JUMLAH ANGGARAN", "Rp. 450.000.000,-"]);
  put(lurah, "D18", "Takisung, 6 Januari 2025");
  put(lurah, "C19", "CAMAT TAKISUNG,");
  put(lurah, "D19", "LURAH TAKISUNG,");
  put(lurah, "C23", "M. RIZKY FAUZAN, S.STP., M.Si.");
  put(lurah, "D23", "SITI NORHALIZA, S.Sos.");
  put(lurah, "C24", "Pembina (IV/a)");
  put(lurah, "D24", "Penata Muda Tingkat I (III/b)");
  put(lurah, "C25", "NIP. 19860214 200412 1 001");
  put(lurah, "D25", "NIP. 19900507 201001 2 003");
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
  const cover = wb.addWorksheet(BAPENDA.cover);
  const own = wb.addWorksheet(BAPENDA.own);
  const pk = wb.addWorksheet(BAPENDA.pk);
  const ra = wb.addWorksheet(BAPENDA.ra);
  const real = wb.addWorksheet(BAPENDA.real);
  const notes = wb.addWorksheet(BAPENDA.notes);

  put(cover, "C10", "PERJANJIAN KINERJA");
  put(cover, "C11", "TAHUN 2025");
  put(cover, "C13", "BADAN PENDAPATAN DAERAH");
  put(cover, "C14", "PROVINSI JAMBI");

  // Left over from a previous run of the add-in.
  put(own, "A1", "Capaian Kinerja");
  put(own, "A2", "Dibuat oleh PK Kinerja dari isi buku kerja ini. Lembar ini ditimpa setiap kali PK Kinerja dijalankan; jangan mengetik di sini.");
  put(own, "A3", "Triwulan I · rumus polaritas negatif 2T-R · batas capaian tanpa batas");
  row(own, 5, 1, ["Lembar", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"]);
  row(own, 6, 1, ["PK Kaban", "Meningkatnya pendapatan daerah", "Persentase realisasi Pendapatan Asli Daerah terhadap target", "%", 20, 22, 110, "Sangat Tinggi"]);

  put(notes, "A1", "Catatan revisi");
  put(notes, "A2", "- target IKU disesuaikan dengan RPJMD perubahan");
  put(notes, "A3", "- pagu mengikuti DPA murni 2025, Rp 48.500.000.000");

  pk.mergeCells("A1:E1");
  put(pk, "A1", "PERJANJIAN KINERJA TAHUN 2025");
  pk.mergeCells("A2:E2");
  put(pk, "A2", "BADAN PENDAPATAN DAERAH PROVINSI JAMBI");
  row(pk, 4, 1, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  pk.mergeCells("A5:A6");
  pk.mergeCells("B5:B6");
  put(pk, "A5", 1);
  put(pk, "B5", "Meningkatnya pendapatan daerah");
  row(pk, 5, 3, ["Persentase realisasi Pendapatan Asli Daerah terhadap target", "%", 100]);
  row(pk, 6, 3, ["Jumlah inovasi layanan pajak daerah", "inovasi", 4]);
  row(pk, 8, 1, ["No", "Kode", "Program", "Pagu (Rp)"]);
  row(pk, 9, 1, [1, "5.02.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 30 * B], { 3: RP });
  row(pk, 10, 1, [2, "5.02.02", "Program Pengelolaan Pendapatan Daerah", 18.5 * B], { 3: RP });
  put(pk, "C11", "Jumlah");
  put(pk, "D11", 48.5 * B, RP);
  put(pk, "D13", "Jambi, 3 Januari 2025");
  put(pk, "B14", "PIHAK KEDUA,");
  put(pk, "D14", "PIHAK PERTAMA,");
  put(pk, "B15", "GUBERNUR JAMBI,");
  put(pk, "D15", "KEPALA BADAN PENDAPATAN DAERAH PROVINSI JAMBI,");
  put(pk, "B19", "Dr. H. AL HARIS, S.Sos., M.H.");
  put(pk, "D19", "Drs. AGUS PRIANTO, M.M.");
  put(pk, "D20", "Pembina Utama Madya (IV/d)");
  put(pk, "D21", "NIP. 19700305 199003 1 009");

  // Rencana Aksi without a jabatan line (single PK), quarters "I".."IV" under "Target TW", no sifat/polaritas.
  put(ra, "A1", "RENCANA AKSI TAHUN 2025");
  row(ra, 3, 1, ["No", "Indikator Kinerja", "Satuan", "Target"]);
  ra.mergeCells("E3:H3");
  put(ra, "E3", "Target TW");
  row(ra, 4, 5, ["I", "II", "III", "IV"]);
  row(ra, 5, 1, [1, "Persentase realisasi Pendapatan Asli Daerah terhadap target", "%", 100, 20, 45, 70, 100]);
  row(ra, 6, 1, [2, "Jumlah inovasi layanan pajak daerah", "inovasi", 4, 1, 2, 3, 4]);
  row(ra, 8, 1, ["Kode", "Program", "Pagu", "Uraian Rencana", ...MONTHS_SHORT]);
  const rp = Object.fromEntries([2, ...Array.from({ length: 12 }, (_, i) => i + 4)].map((i) => [i, RP]));
  row(ra, 9, 1, ["5.02.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 30 * B, "Rencana Keuangan", ...BAPENDA.rak0201], rp);
  row(ra, 10, 4, ["Rencana Fisik", ...BAPENDA.fisikPlan]);
  row(ra, 11, 1, ["5.02.02", "Program Pengelolaan Pendapatan Daerah", 18.5 * B, "Rencana Keuangan", ...BAPENDA.rak0202], rp);
  row(ra, 12, 4, ["Rencana Fisik", ...BAPENDA.fisikPlan]);

  put(real, "A1", "LAPORAN REALISASI KINERJA TAHUN 2025");
  row(real, 3, 1, ["No", "Indikator Kinerja", "Satuan", "Target"]);
  real.mergeCells("E3:H3");
  put(real, "E3", "Realisasi");
  row(real, 4, 5, ["TW I", "TW II", "TW III", "TW IV"]);
  row(real, 5, 1, [1, "Persentase realisasi Pendapatan Asli Daerah terhadap target", "%", 100, 22, 47]);
  row(real, 6, 1, [2, "Jumlah inovasi layanan pajak daerah", "inovasi", 4, 1, 2]);
  row(real, 8, 1, ["Kode", "Program", "Jenis", ...MONTHS_SHORT]);
  const rp2 = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 3, RP]));
  row(real, 9, 1, ["5.02.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", "Realisasi Keuangan", ...BAPENDA.real0201], rp2);
  row(real, 10, 3, ["Realisasi Fisik", ...BAPENDA.fisikReal]);
  row(real, 11, 1, ["5.02.02", "Program Pengelolaan Pendapatan Daerah", "Realisasi Keuangan", ...BAPENDA.real0202], rp2);
  row(real, 12, 3, ["Realisasi Fisik", ...BAPENDA.fisikReal]);
}


// ---------------------------------------------------------------------------------------------
// Workbook D: Kabupaten Contoh Baru, Inspektorat: Pj. Bupati + Inspektur, values typed as text,
// no kode at all, a formula Jumlah, a date cell as place-date, TW 1..TW 4, a real zero.
// ---------------------------------------------------------------------------------------------
export const INSP = { bupati: "PK PJ BUPATI", insp: "PK INSPEKTUR", ra: "RA INSPEKTUR", real: "REAL INSPEKTUR" };

function buildInspektorat(wb: ExcelJS.Workbook): void {
  const bup = wb.addWorksheet(INSP.bupati);
  const ins = wb.addWorksheet(INSP.insp);
  const ra = wb.addWorksheet(INSP.ra);
  const real = wb.addWorksheet(INSP.real);

  put(bup, "A1", "perjanjian kinerja tahun 2025");
  put(bup, "A2", "KABUPATEN CONTOH BARU");
  row(bup, 4, 1, ["No", "Sasaran", "Indikator", "Satuan", "Target Kinerja"]);
  row(bup, 5, 1, [1, "Meningkatnya akuntabilitas pemerintahan", "Nilai SAKIP Kabupaten", "nilai", 70]);
  row(bup, 7, 1, ["No", "Program", "Pagu (Rp)", "Ket"]);
  row(bup, 8, 1, [1, "Program Penyelenggaraan Pengawasan", "Rp 1.250.000.000"]);
  row(bup, 9, 1, [2, "Program Perumusan Kebijakan, Pendampingan dan Asistensi", "750.000.000,00"]);
  row(bup, 10, 1, ["Jumlah", null, "2.000.000.000"]);
  put(bup, "C12", "Contoh Baru, 6 Januari 2025");
  put(bup, "C13", "PIHAK PERTAMA,");
  put(bup, "C14", "Pj. BUPATI CONTOH BARU,");
  put(bup, "C18", "Drs. HENDRA GUNAWAN, M.Si.");

  ins.mergeCells("A1:E1");
  put(ins, "A1", "PERJANJIAN KINERJA TAHUN 2025");
  put(ins, "A2", "INSPEKTORAT KABUPATEN CONTOH BARU");
  row(ins, 4, 1, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  ins.mergeCells("A5:A9");
  ins.mergeCells("B5:B9");
  put(ins, "A5", 1);
  put(ins, "B5", "Meningkatnya kualitas pengawasan internal");
  row(ins, 5, 3, ["Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "%", "80–90"]);
  row(ins, 6, 3, ["Level kapabilitas APIP", "level", "≥ 3"]);
  row(ins, 7, 3, ["Jumlah temuan berulang", "temuan", 10]);
  row(ins, 8, 3, ["Jumlah peserta sosialisasi pencegahan korupsi", null, "12.480 orang"]);
  row(ins, 9, 3, ["Persentase pengaduan masyarakat yang ditangani", null, "85,5 %"]);
  row(ins, 11, 1, ["No", "Program", "Anggaran", "Keterangan"]);
  row(ins, 12, 1, [1, "Program Penyelenggaraan Pengawasan", "Rp. 1.250.000.000,-", "APBD"]);
  row(ins, 13, 1, [2, "Program Perumusan Kebijakan, Pendampingan dan Asistensi", "Rp. 750.000.000,-", "APBD"]);
  put(ins, "B14", "Jumlah");
  ins.getCell("C14").value = { formula: "SUM(C12:C13)", result: 2_000_000_000 } as ExcelJS.CellFormulaValue;
  ins.getCell("C14").numFmt = RP;
  ins.getCell("D16").value = new Date(Date.UTC(2025, 0, 6));
  ins.getCell("D16").numFmt = "d mmmm yyyy";
  put(ins, "B17", "PIHAK KEDUA,");
  put(ins, "D17", "PIHAK PERTAMA,");
  put(ins, "B18", "Penjabat BUPATI CONTOH BARU,");
  put(ins, "D18", "INSPEKTUR KABUPATEN CONTOH BARU,");
  put(ins, "B22", "Drs. HENDRA GUNAWAN, M.Si.");
  put(ins, "D22", "YULIANTI, S.E., M.Ak.");
  put(ins, "D23", "Pembina Utama Muda (IV/c)");
  put(ins, "D24", "NIP 19740910 199903 2 002");

  put(ra, "A1", "RENCANA AKSI TAHUN 2025");
  put(ra, "A2", "INSPEKTUR KABUPATEN CONTOH BARU");
  row(ra, 4, 1, ["No", "Indikator Kinerja", "Satuan", "Target"]);
  ra.mergeCells("E4:H4");
  put(ra, "E4", "Target Triwulan");
  put(ra, "I4", "Sifat");
  put(ra, "J4", "Polaritas");
  row(ra, 5, 5, ["TW 1", "TW 2", "TW 3", "TW 4"]);
  row(ra, 6, 1, [1, "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "%", "80–90", "80–90", "80–90", "80–90", "80–90", "Akhir", "Positif"]);
  row(ra, 7, 1, [2, "Level kapabilitas APIP", "level", "≥ 3", "≥ 3", "≥ 3", "≥ 3", "≥ 3", "Akhir", "Positif"]);
  row(ra, 8, 1, [3, "Jumlah temuan berulang", "temuan", 10, 3, 5, 8, 10, "Kumulatif", "Negatif"]);
  row(ra, 9, 1, [4, "Jumlah peserta sosialisasi pencegahan korupsi", "orang", "12.480", "3.120", "6.240", "9.360", "12.480", "Kumulatif", "Positif"]);
  row(ra, 10, 1, [5, "Persentase pengaduan masyarakat yang ditangani", "%", "85,5", "85,5", "85,5", "85,5", "85,5", "Rata-rata", "Positif"]);

  put(real, "A1", "Realisasi Kinerja Triwulan II Tahun 2025");
  put(real, "A2", "Inspektur");
  row(real, 4, 1, ["No", "Indikator Kinerja", "Satuan", "Target"]);
  real.mergeCells("E4:H4");
  put(real, "E4", "Realisasi");
  row(real, 5, 5, ["TW 1", "TW 2", "TW 3", "TW 4"]);
  row(real, 6, 1, [1, "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "%", "80–90", 85, 95]);
  row(real, 7, 1, [2, "Level kapabilitas APIP", "level", "≥ 3", 2, 2]);
  row(real, 8, 1, [3, "Jumlah temuan berulang", "temuan", 10, 0, 4]);
  row(real, 9, 1, [4, "Jumlah peserta sosialisasi pencegahan korupsi", "orang", "12.480", "3.040", 0]);
  row(real, 10, 1, [5, "Persentase pengaduan masyarakat yang ditangani", "%", "85,5", "80,5", "90,5"]);
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
