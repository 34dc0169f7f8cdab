/**
 * Kabupaten Gresik, Dinas Pendidikan: the PK 2025 of the Kabid Pembinaan Sekolah Dasar, whose kegiatan table groups
 * the kegiatan by program: a band row per program (`1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN`, merged over the row, no
 * pagu), its kegiatan, then a `Sub Total` row per program, and a closing `TOTAL` row.
 *
 * Source. The brief (issue 11, round 6) names "a subtotal row per program (`JUMLAH`, `Sub Total`)" in a budget table as
 * not met yet; no repository print of a PK with it was found in time (the band row per program is the form of
 * jember-kominfo-evaluasi-rkpd-2025 and of SIPD's RKA prints). workbook.md §1 names only `Jumlah` / `Total` /
 * `Jumlah Anggaran` as the row that CLOSES the table. Made up: names, NIPs, indikator, targets, amounts; kode after
 * Kepmendagri 050-5889/2021 (urusan 1.01 pendidikan).
 *
 * What a correct reader does: the three kegiatan are the budget objects (kode and pagu); the program band rows are
 * group labels (a Kabid's budget objects are Kegiatan: workbook.md §1), the `Sub Total` rows are partial sums that do
 * not close the table (the spec is silent on `Sub Total`: a planner reads it as the program's sum), and `TOTAL` closes
 * it. Every sum adds up: no jumlah-mismatch. A reader that closes the table at the first `Sub Total` loses the second
 * program's kegiatan; one that reads the band rows as budget objects gets program kode in a Kegiatan table.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "PK Kabid SD";
const KADIS = { nama: "Dr. S. HARIYANTO, M.Pd.", nip: "19680412 199303 1 008", jab: "KEPALA DINAS PENDIDIKAN KABUPATEN GRESIK" };
const KABID = { nama: "SRI WAHYUNINGSIH, S.Pd., M.M.", nip: "19760927 200003 2 005", jab: "KEPALA BIDANG PEMBINAAN SEKOLAH DASAR" };
const SP = "Meningkatnya mutu layanan pendidikan sekolah dasar";
const IND = [
  { nama: "Angka Partisipasi Murni (APM) SD/MI", satuan: "%", target: 98.6, text: "98,6" },
  { nama: "Persentase SD dengan akreditasi minimal B", satuan: "%", target: 92 },
];
const GROUPS = [
  {
    kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN",
    keg: [
      { kode: "1.01.02.2.02", nama: "Pengelolaan Pendidikan Sekolah Dasar", pagu: 38_416_250_000 },
      { kode: "1.01.02.2.05", nama: "Pengelolaan Pendidikan Kesetaraan", pagu: 1_275_000_000 },
    ],
  },
  {
    kode: "1.01.03", nama: "PROGRAM PENGEMBANGAN KURIKULUM",
    keg: [{ kode: "1.01.03.2.02", nama: "Penetapan Kurikulum Muatan Lokal Sekolah Dasar", pagu: 412_600_000 }],
  },
];
const KEG = GROUPS.flatMap((g) => g.keg);

function build(): Book {
  const book = new Book("gresik-disdik-kabid-subtotal-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID.jab).merge("A3:E3", "DINAS PENDIDIKAN KABUPATEN GRESIK");
  s.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A6:A7", 1).merge("B6:B7", SP);
  IND.forEach((i, k) => s.row(`C${6 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  s.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  let r = 10;
  let n = 0;
  for (const g of GROUPS) {
    s.merge(`A${r}:D${r}`, `${g.kode} ${g.nama}`);
    r++;
    for (const k of g.keg) s.row(`A${r++}`, [++n, k.kode, k.nama, idr(k.pagu)]);
    s.merge(`A${r}:C${r}`, "Sub Total").put(`D${r}`, idr(sum(g.keg.map((k) => k.pagu))));
    r++;
  }
  s.merge(`A${r}:C${r}`, "TOTAL").put(`D${r}`, idr(sum(KEG.map((k) => k.pagu)))); // r = 17
  s.put("D19", "Gresik, 2 Januari 2025");
  s.rows("B20", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${KABID.jab},`]]);
  s.row("B25", [KADIS.nama, null, KABID.nama]);
  s.row("B26", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  s.row("B27", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const gresikSubtotal: Layout = {
  name: "gresik-disdik-kabid-subtotal-2025",
  source: "brief round 6 (`Sub Total` row per program in a budget table, program band rows); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((k) => ({ kode: k.kode, nama: k.nama, pagu: k.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SHEET }],
    absent: [
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "kode-level-mismatch", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET },
      { rule: "value-unreadable", sheet: SHEET }, { rule: "tabel-missing", sheet: SHEET },
    ],
    // The program band rows name the program the kegiatan below belong to: no budget object of a Kabid and no layout
    // kind workbook.md §6 lists, so read (as the group) or reported, never dropped. (A planner would call them
    // layout; reporting them is noise, not an error.)
    unreadOrRead: [{ sheet: SHEET, cells: ["A10", "A14"], what: "program band rows" }],
  },
};
