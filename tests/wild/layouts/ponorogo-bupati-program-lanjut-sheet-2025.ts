/**
 * Kabupaten Ponorogo: the PK 2025 of the Bupati with fourteen programs, printed over two pages and saved one page per
 * sheet: `PK Bupati` holds the title, the IKU table and the program table up to program 9; `PK Bupati (2)` holds the
 * program table's header repeated on the new page, programs 10..14, the `JUMLAH` row (the sum of all fourteen) and the
 * Bupati's signature (no NIP, no Pihak Kedua: workbook.md §1).
 *
 * Source. The brief (issue 11, rounds 8–10) names "a PK table continued on a second sheet" and "a Bupati PK with many
 * programs and their pagu" as not met; no repository print was found in time (the page-per-sheet form is what PDF-to-
 * Excel converters give, as in jabar-dispora-pdf-2017). Made up: the name, IKU, targets, amounts; program kode after
 * Kepmendagri 050-5889/2021.
 *
 * What a correct reader does. The spec is silent on a PK continued on another sheet (§1 recognises a PK sheet by its
 * title; the second sheet has none). A Bappeda planner reads ONE PK: the Bupati's, with all fourteen programs, the
 * `JUMLAH` of the second sheet checked against them (it agrees: no jumlah-mismatch), and the Bupati as Pihak Pertama
 * from the second sheet's signature (no pihak-missing). The truth says so: both sheets are the PK (`pk`), one PK in the
 * model, on the first sheet. What is wrong: a pihak-missing error on the first sheet, the five programs of the second
 * sheet dropped (a Bupati anggaran short by Rp 86,9 M), or a second PK made of the continuation.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const P1 = "PK Bupati";
const P2 = "PK Bupati (2)";
const BUPATI = { nama: "H. SUGIRI SANTOSO PRAWIRO, S.E.", jab: "BUPATI PONOROGO" };
const SS = [
  "Meningkatnya kualitas sumber daya manusia",
  "Meningkatnya pertumbuhan ekonomi daerah yang inklusif",
  "Meningkatnya kualitas tata kelola pemerintahan",
];
const IND = [
  { nama: "Indeks Pembangunan Manusia", satuan: "poin", target: 73.15, text: "73,15", ss: 0 },
  { nama: "Laju Pertumbuhan Ekonomi", satuan: "%", target: 5.2, text: "5,20", ss: 1 },
  { nama: "Tingkat Pengangguran Terbuka", satuan: "%", target: 3.45, text: "3,45", ss: 1 },
  { nama: "Nilai SAKIP Kabupaten", satuan: "nilai", target: 72.5, text: "72,50", ss: 2 },
];
const PROG = [
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 142_380_500_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 98_715_250_000 },
  { kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", pagu: 87_420_000_000 },
  { kode: "1.03.03", nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", pagu: 21_650_000_000 },
  { kode: "1.04.02", nama: "PROGRAM PENGEMBANGAN PERUMAHAN", pagu: 9_275_000_000 },
  { kode: "1.06.04", nama: "PROGRAM REHABILITASI SOSIAL", pagu: 3_180_400_000 },
  { kode: "2.07.03", nama: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA", pagu: 2_460_000_000 },
  { kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", pagu: 14_820_750_000 },
  { kode: "3.26.03", nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", pagu: 6_915_000_000 },
  { kode: "2.17.05", nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", pagu: 1_985_300_000 },
  { kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", pagu: 4_370_000_000 },
  { kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", pagu: 5_140_600_000 },
  { kode: "5.02.02", nama: "PROGRAM PENGELOLAAN KEUANGAN DAERAH", pagu: 68_912_400_000 },
  { kode: "5.03.02", nama: "PROGRAM KEPEGAWAIAN DAERAH", pagu: 6_450_000_000 },
];
const SPLIT = 9;

function build(): Book {
  const book = new Book("ponorogo-bupati-program-lanjut-sheet-2025.xlsx");
  const a = book.sheet(P1);
  a.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "BUPATI PONOROGO");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target"]);
  a.put("A5", 1).put("B5", SS[0]).merge("A6:A7", 2).merge("B6:B7", SS[1]).put("A8", 3).put("B8", SS[2]);
  IND.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  a.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.slice(0, SPLIT).forEach((p, k) => a.row(`A${11 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));

  const b = book.sheet(P2);
  b.row("A1", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.slice(SPLIT).forEach((p, k) => b.row(`A${2 + k}`, [SPLIT + k + 1, p.kode, p.nama, idr(p.pagu)]));
  const j = 2 + PROG.length - SPLIT; // 7
  b.merge(`A${j}:C${j}`, "JUMLAH").put(`D${j}`, idr(sum(PROG.map((p) => p.pagu))));
  b.put(`C${j + 2}`, "Ponorogo, 2 Januari 2025").put(`C${j + 3}`, `${BUPATI.jab},`).put(`C${j + 8}`, BUPATI.nama);
  return book;
}

export const ponorogoLanjutSheet: Layout = {
  name: "ponorogo-bupati-program-lanjut-sheet-2025",
  source: "brief rounds 8–10 (a PK table continued on a second sheet; a Bupati PK with many programs); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [P1]: "pk", [P2]: "pk" },
    pk: [
      {
        sheet: P1, jabatan: BUPATI.jab, level: "kepala-daerah", atasan: null, nama: BUPATI.nama, nip: null, pihakKedua: null,
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.ss] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "pihak-missing", sheet: P1 }, { rule: "pihak-missing", sheet: P2 }, { rule: "tabel-missing", sheet: P2 },
      { rule: "jumlah-mismatch", sheet: P2 }, { rule: "sheet-unrecognised", sheet: P2 }, { rule: "isi-tak-terbaca", sheet: P2 },
      { rule: "satuan-missing", sheet: P1 }, { rule: "kode-invalid", sheet: P1 },
    ],
  },
};
