/**
 * Kabupaten Gunungkidul (pemda chosen; content made up), Dinas Komunikasi dan Informatika: the Kadis's PK 2025 laid out
 * landscape on one page, the kinerja table on the left (A:D) and the program table on the RIGHT of it (F:I), both
 * headers on the same row, the program rows beside the indikator rows, the `Jumlah` of the programs under them (the
 * kinerja table runs longer); then the signature under both. The Kabid Aplikasi Informatika's PK on the next sheet is a
 * plain workbook.md §1 PK whose two kegiatan fall under the Kadis's program 2.16.03.
 *
 * Source. The brief (round 12) names "a PK whose indikator table and budget table are side by side (budget to the right
 * of the indikator)" as not met; near tegal-dishub-berdampingan-2025 (two whole PKs side by side, fixed by
 * read/side-by-side.ts), here ONE PK whose two tables stand side by side. No repository print was found. Made up:
 * names, NIPs, indikator, targets, amounts; kode after Kepmendagri 050-5889/2021 (urusan 2.16 komunikasi dan informatika).
 *
 * Correct reading (workbook.md §1, §6; rules.md), written before the engine was run:
 * - `Lamp PK Kadis`: ONE PK, eselon2; five indikator (A:D); three programs with kode (F:I) and pagu, `Jumlah` agrees;
 *   Pihak Kedua `BUPATI GUNUNGKIDUL` (not in the workbook: atasan-missing). §6: "Every header row starts a table": the
 *   program header beside the kinerja header starts a second table; the cells beside one table are not its rows.
 * - `Lamp PK Kabid`: eselon3, superior the Kadis's PK; two kegiatan 2.16.03.2.01 / 2.16.03.2.02 of 850.000.000 and
 *   520.000.000 (1.370.000.000), while the Kadis's 2.16.03 is 1.420.000.000: anggaran-rollup ERROR at the Kadis's pagu
 *   cell of 2.16.03 (I7). The Kadis's 2.16.01 and 2.16.02 are carried by no subordinate: kode-uncovered at G5, G6.
 * - Wrong readings this guards against: the programs read as more indikator (or glued to the indikator rows), the
 *   program table dropped (no rollup error, no kode-uncovered), a second PK made of the right half.
 */
import { Book, rp } from "../book";
import { sum, type Layout } from "../layout";
import type { FindingAt } from "../truth";

const KADIS_SHEET = "Lamp PK Kadis";
const KABID_SHEET = "Lamp PK Kabid";
const BUPATI = { nama: "H. SUNARYANTA WIDODO", jab: "BUPATI GUNUNGKIDUL" };
const KADIS = { nama: "Drs. BAMBANG SETYAWAN, M.Si.", nip: "19711020 199603 1 002", jab: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN GUNUNGKIDUL" };
const KABID = { nama: "ANDRIYANTO NUGROHO, S.Kom., M.T.", nip: "19820611 200604 1 009", jab: "KEPALA BIDANG APLIKASI INFORMATIKA" };

const SS = ["Meningkatnya kualitas layanan informasi publik", "Meningkatnya penerapan SPBE"];
const IND = [
  { ss: 0, nama: "Indeks Keterbukaan Informasi Publik", text: "88,5", target: 88.5 as unknown },
  { ss: 0, nama: "Persentase aduan masyarakat yang ditindaklanjuti", text: "95 %", target: 95 },
  { ss: 1, nama: "Indeks SPBE", text: "3,10", target: 3.1 },
  { ss: 1, nama: "Persentase perangkat daerah terhubung jaringan intra pemerintah", text: "100 %", target: 100 },
  { ss: 1, nama: "Jumlah layanan publik berbasis elektronik", text: "24 Layanan", target: 24 },
];
const PROG = [
  { kode: "2.16.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_215_400_000 },
  { kode: "2.16.02", nama: "PROGRAM PENGELOLAAN INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 2_384_750_000 },
  { kode: "2.16.03", nama: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", pagu: 1_420_000_000 },
];
const SP = "Meningkatnya pemanfaatan aplikasi informatika oleh perangkat daerah";
const KABID_IND = [
  { nama: "Persentase perangkat daerah yang menggunakan aplikasi umum", text: "90 %", target: 90 as unknown },
  { nama: "Jumlah aplikasi layanan publik yang terintegrasi", text: "12 Aplikasi", target: 12 },
];
const KEG = [
  { kode: "2.16.03.2.01", nama: "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota", pagu: 850_000_000 },
  { kode: "2.16.03.2.02", nama: "Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota", pagu: 520_000_000 },
];

function build(): Book {
  const book = new Book("pg-gunungkidul-kominfo-kinerja-anggaran-berdampingan-2025.xlsx");
  const a = book.sheet(KADIS_SHEET);
  a.merge("A1:I1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:I2", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN GUNUNGKIDUL");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", null, "No", "Kode", "Program", "Anggaran (Rp)"]);
  a.merge("A5:A6", 1).merge("B5:B6", SS[0]).merge("A7:A9", 2).merge("B7:B9", SS[1]);
  IND.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.text])); // 5..9
  PROG.forEach((p, k) => a.row(`F${5 + k}`, [k + 1, p.kode, p.nama, rp(p.pagu)])); // 5..7
  a.merge("F8:H8", "Jumlah").put("I8", rp(sum(PROG.map((p) => p.pagu))));
  a.put("H11", "Wonosari, 2 Januari 2025");
  a.put("B12", "PIHAK KEDUA,").put("H12", "PIHAK PERTAMA,");
  a.put("B13", `${BUPATI.jab},`).put("H13", `${KADIS.jab},`);
  a.put("B18", BUPATI.nama).put("H18", KADIS.nama);
  a.put("H19", "Pembina Utama Muda (IV/c)").put("H20", `NIP. ${KADIS.nip}`);

  const b = book.sheet(KABID_SHEET);
  b.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID.jab).merge("A3:E3", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN GUNUNGKIDUL");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Target"]);
  b.merge("A6:A7", 1).merge("B6:B7", SP);
  KABID_IND.forEach((i, k) => b.row(`C${6 + k}`, [i.nama, i.text]));
  b.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, k) => b.row(`A${10 + k}`, [k + 1, g.kode, g.nama, rp(g.pagu)]));
  b.merge("A12:C12", "Jumlah").put("D12", rp(sum(KEG.map((g) => g.pagu))));
  b.put("C14", "Wonosari, 2 Januari 2025");
  b.row("A15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("A16", [`${KADIS.jab},`, null, `${KABID.jab},`]);
  b.row("A21", [KADIS.nama, null, KABID.nama]);
  b.row("A22", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pgGunungkidulBerdampingan: Layout = {
  name: "pg-gunungkidul-kominfo-kinerja-anggaran-berdampingan-2025",
  source: "brief round 12 (indikator table and budget table side by side); near tegal-dishub-berdampingan-2025 (read/side-by-side.ts); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [KADIS_SHEET]: "pk", [KABID_SHEET]: "pk" },
    pk: [
      {
        sheet: KADIS_SHEET, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SS[i.ss] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: KABID_SHEET, jabatan: KABID.jab, level: "eselon3", atasan: KADIS_SHEET, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: KABID_IND.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [{ rule: "anggaran-rollup", sheet: KADIS_SHEET, cell: "I7" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: KADIS_SHEET },
      { rule: "kode-uncovered", sheet: KADIS_SHEET, cell: "G5" },
      { rule: "kode-uncovered", sheet: KADIS_SHEET, cell: "G6" },
    ],
    absent: [KADIS_SHEET, KABID_SHEET].flatMap((sheet): FindingAt[] => [
      { rule: "jumlah-mismatch", sheet }, { rule: "level-mismatch", sheet }, { rule: "pihak-missing", sheet }, { rule: "level-unknown", sheet },
      { rule: "value-unreadable", sheet }, { rule: "target-missing", sheet }, { rule: "kode-orphan", sheet }, { rule: "isi-tak-terbaca", sheet },
    ]).concat([{ rule: "kode-uncovered", sheet: KADIS_SHEET, cell: "G7" }, { rule: "atasan-missing", sheet: KABID_SHEET }]),
  },
};
