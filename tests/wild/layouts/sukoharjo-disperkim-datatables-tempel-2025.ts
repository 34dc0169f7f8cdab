/**
 * Kabupaten Sukoharjo, Dinas Perumahan dan Kawasan Permukiman: the PK 2025 of the Kepala Dinas copied from an e-SAKIP
 * web page (a DataTables list per table) and pasted into Excel, then signed below by hand. The web page's chrome lands
 * in the cells: `Show 10 entries` / `Search:` above each table, `Showing 1 to 4 of 4 entries` and the pager
 * `Previous | 1 | Next` below it (the pager floats right, so its `1` lands in the Target / Anggaran column), and the
 * site footer `Copyright © 2025 …`. DataTables repeats no merge: the sasaran is written on every row. Amounts are the
 * page's text `Rp 12.480.350.000`.
 *
 * Source. The brief (issue 11, rounds 8–10) names "footers and pagers pasted from web pages (DataTables `Showing 1 to
 * 10 of 57 entries`)" as never met; no repository print was found in time: the chrome strings are DataTables'
 * defaults (`sLengthMenu` "Show _MENU_ entries", `sInfo` "Showing _START_ to _END_ of _TOTAL_ entries", `sSearch`,
 * `oPaginate` Previous / Next), which every Laravel / CodeIgniter e-SAKIP list in the index uses. Made up: names, NIPs,
 * indikator, targets, amounts; program kode after Kepmendagri 050-5889/2021 (urusan 1.04).
 *
 * What a correct reader does (workbook.md §1, §5, §6): 4 indikator under 2 sasaran, 3 programs with kode and pagu;
 * the chrome is no indikator and no program: the `1` of the pager is no target and no pagu, `Showing 1 to 4 of 4
 * entries` no indikator with a missing target. The spec is silent on web chrome: it is layout (a note) or reported
 * isi-tak-terbaca, either is right; what is wrong is a fifth indikator, a fourth program, or an error on it.
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";

const SHEET = "Sheet1";
const BUPATI = { nama: "H. WIDODO SETYO, S.E., M.M.", jab: "BUPATI SUKOHARJO" };
const KADIS = { nama: "Ir. BAMBANG HARI PURNOMO, M.T.", nip: "19730514 199903 1 007", jab: "KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN SUKOHARJO" };
const S1 = "Meningkatnya kualitas perumahan dan permukiman layak huni";
const S2 = "Meningkatnya akses sanitasi dan air minum layak";
const IND = [
  { nama: "Persentase rumah layak huni", satuan: "%", target: 92.4, text: "92,4", sasaran: S1 },
  { nama: "Luas kawasan permukiman kumuh yang tertangani", satuan: "Ha", target: 18.6, text: "18,6", sasaran: S1 },
  { nama: "Persentase rumah tangga dengan akses sanitasi layak", satuan: "%", target: 88, sasaran: S2 },
  { nama: "Persentase rumah tangga dengan akses air minum layak", satuan: "%", target: 95.5, text: "95,5", sasaran: S2 },
];
const PROG = [
  { kode: "1.04.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 12_480_350_000 },
  { kode: "1.04.02", nama: "PROGRAM PENGEMBANGAN PERUMAHAN", pagu: 8_215_000_000 },
  { kode: "1.04.03", nama: "PROGRAM KAWASAN PERMUKIMAN", pagu: 6_730_125_000 },
];

function build(): Book {
  const book = new Book("sukoharjo-disperkim-datatables-tempel-2025.xlsx");
  const s = book.sheet(SHEET);
  s.put("A1", "Perjanjian Kinerja Tahun 2025").put("A2", "Dinas Perumahan dan Kawasan Permukiman").put("A3", KADIS.jab);
  s.put("A5", "Show 10 entries").put("E5", "Search:");
  s.row("A6", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach((i, k) => s.row(`A${7 + k}`, [k + 1, i.sasaran, i.nama, i.satuan, i.text ?? i.target]));
  s.put("A11", "Showing 1 to 4 of 4 entries").row("D11", ["Previous", 1, "Next"]);
  s.put("A13", "Show 10 entries").put("D13", "Search:");
  s.row("A14", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${15 + k}`, [k + 1, p.kode, p.nama, `Rp ${idr(p.pagu)}`]));
  s.put("A18", "Showing 1 to 3 of 3 entries").row("C18", ["Previous", 1, "Next"]);
  s.put("A19", "Copyright © 2025 e-SAKIP Kabupaten Sukoharjo. All rights reserved.");
  s.put("D21", "Sukoharjo, 2 Januari 2025");
  s.rows("B22", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  s.row("B27", [BUPATI.nama, null, KADIS.nama]);
  s.put("D28", "Pembina Utama Muda (IV/c)").put("D29", `NIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const sukoharjoDatatables: Layout = {
  name: "sukoharjo-disperkim-datatables-tempel-2025",
  source: "brief rounds 8–10 (DataTables chrome pasted from a web page: `Show 10 entries`, `Showing 1 to 4 of 4 entries`, `Previous 1 Next`); DataTables default strings; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.sasaran })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SHEET, cell: "B23" }],
    absent: [
      { rule: "value-unreadable", sheet: SHEET }, { rule: "target-missing", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET },
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "indikator-duplicate", sheet: SHEET }, { rule: "sasaran-missing", sheet: SHEET },
      { rule: "tabel-missing", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET },
    ],
  },
};
