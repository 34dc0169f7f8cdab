/**
 * Kabupaten Ngawi, Dinas Ketahanan Pangan: the PK 2025 of the Kepala Dinas whose signature block sits INSIDE the
 * bordered budget table's columns, right under the last program with no blank row and no `Jumlah` row: the date line
 * in the `Anggaran (Rp)` column (D13), then `PIHAK KEDUA,` (B) / `PIHAK PERTAMA,` (D), the jabatan, the names, and the
 * Kadis's pangkat and NIP in D — the way a Word table whose last rows hold the signature lands in Excel.
 *
 * Source. The brief (issue 11, round 10) names "a signature inside a bordered table" and "the date line in another
 * column than the signatures"; no repository print was found in time. Made up: names, NIPs, indikator, targets,
 * amounts; program kode after Kepmendagri 050-5889/2021 (urusan 2.09 pangan).
 *
 * What a correct reader does (workbook.md §1): three programs (the table ends at the signature block: §6 "a table ends
 * at the next header row, at a signature block, or at rows that are not of its shape"), no fourth budget object from
 * the date line (`Ngawi, 2 Januari 2025` in the pagu column is no amount: no value-unreadable), the parties read from
 * the block (Kadis with NIP and pangkat, Bupati without NIP).
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";

const SHEET = "PK Kadis";
const BUPATI = { nama: "ONY ANWAR HARSONO, S.T., M.H.", jab: "BUPATI NGAWI" };
const KADIS = { nama: "Ir. SUPARDI WIDODO, M.P.", nip: "19690311 199403 1 005", jab: "KEPALA DINAS KETAHANAN PANGAN KABUPATEN NGAWI" };
const SS = "Meningkatnya ketahanan pangan masyarakat";
const IND = [
  { nama: "Skor Pola Pangan Harapan (PPH)", satuan: "skor", target: 91.2, text: "91,2" },
  { nama: "Persentase desa rawan pangan yang tertangani", satuan: "%", target: 100, text: "100" },
];
const PROG = [
  { kode: "2.09.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 4_126_300_000 },
  { kode: "2.09.03", nama: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT", pagu: 1_845_000_000 },
  { kode: "2.09.04", nama: "PROGRAM PENANGANAN KERAWANAN PANGAN", pagu: 612_750_000 },
];

function build(): Book {
  const book = new Book("ngawi-dkp-ttd-rapat-tabel-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", KADIS.jab);
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A5:A6", 1).merge("B5:B6", SS);
  IND.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  s.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${10 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  s.put("D13", "Ngawi, 2 Januari 2025");
  s.rows("B14", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  s.row("B19", [BUPATI.nama, null, KADIS.nama]);
  s.put("D20", "Pembina Utama Muda (IV/c)").put("D21", `NIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const ngawiTtdRapat: Layout = {
  name: "ngawi-dkp-ttd-rapat-tabel-2025",
  source: "brief round 10 (a signature inside a bordered table, the date line in the pagu column right under the last program); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SHEET, cell: "B15" }],
    absent: [
      { rule: "value-unreadable", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET },
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "isi-tak-terbaca", sheet: SHEET }, { rule: "nip-invalid", sheet: SHEET },
    ],
  },
};
