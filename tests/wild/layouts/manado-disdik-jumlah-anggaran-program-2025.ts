/**
 * Kota Manado, Dinas Pendidikan: the PK 2025 of the Kepala Dinas as a Laravel e-SAKIP prints it, pasted into ONE sheet:
 * the kop (`PEMERINTAH KOTA MANADO` / the OPD / its address), the statement page (`NAMA : … / JABATAN : …` of each party,
 * `selanjutnya disebut PIHAK PERTAMA.`, `selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA`, the pledge),
 * a first signature whose date is only `Manado, 2025`, then the lampiran `PERJANJIAN KINERJA TAHUN 2025 <OPD> MANADO`,
 * the kinerja table `No | Sasaran Strategis | Indikator Kinerja | Satuan | Target` where each sasaran has a row OF ITS OWN
 * (No and sasaran merged over `count + 1` rows, the first of them empty in C:E, the indikator on the rows below), the
 * program table `NO | PROGRAM | JUMLAH ANGGARAN PROGRAM (RP) | KET` (no kode, `Rp. 1.234.000` amounts, KET empty, no total
 * row), and the second signature. Neither signature has a jabatan or a NIP: only `Pihak Kedua,` / `Pihak Pertama,` and
 * the names; the jabatan stand only in the statement's `JABATAN :` rows.
 *
 * Source: index id 5158032981 (Blade print `Perjanjian Kinerja`, `PEMERINTAH KOTA MANADO`, `rowspan = count($row['indikator'])
 * + 1`, `JUMLAH ANGGARAN PROGRAM (RP)`, `@currency(…)`, `Manado, 2025`, `Manado, 6 Januari 2025`; repository not named by
 * the index). Made up: the OPD (Dinas Pendidikan), names, address, sasaran, indikator, targets, programs, amounts (the
 * Wali Kota's name included); `@currency` written as `Rp. ` + id-ID grouping, the common definition of that directive.
 *
 * Correct reading (workbook.md §1, §5, §6): ONE PK (statement and lampiran are one PK; the second title is its lampiran),
 * eselon2, jabatan from the statement (§6 "the jabatan only in a `Jabatan :` statement above"), Pihak Kedua the Wali Kota
 * (kepala daerah, no PK of his here: atasan-missing), no NIP (null, no nip-invalid: there is none to check), the
 * placeholder date is no finding. Three indikator under two sasaran (the empty first row of each sasaran block is
 * layout: no indikator, no target-missing), targets 98,5 / 82,4 / `BB`. Four programs, kode null, pagu from the column
 * headed `JUMLAH ANGGARAN PROGRAM (RP)`: a header that starts with `Jumlah` is a header, not a total row (it stands
 * above the amounts, in the header row of the table, with `NO | PROGRAM` beside it).
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";

const SH = "PK 2025";
const WALIKOTA = { nama: "ANDREI ANGOUW", jab: "WALI KOTA MANADO" };
const KADIS = { nama: "Dr. DANIEL F. MOKALU, M.Pd.", jab: "KEPALA DINAS PENDIDIKAN KOTA MANADO" };
const SAS = [
  {
    nama: "Meningkatnya akses dan mutu pendidikan dasar",
    ind: [
      { nama: "Angka Partisipasi Murni (APM) SD/MI", satuan: "%", text: "98,5", target: 98.5 as number | string },
      { nama: "Angka Partisipasi Murni (APM) SMP/MTs", satuan: "%", text: "82,4", target: 82.4 },
    ],
  },
  {
    nama: "Meningkatnya kualitas tata kelola pendidikan",
    ind: [{ nama: "Nilai SAKIP Dinas Pendidikan", satuan: "Predikat", text: "BB", target: "BB" }],
  },
];
const PROG = [
  { nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", pagu: 118_462_350_000 },
  { nama: "Program Pengelolaan Pendidikan", pagu: 46_815_200_000 },
  { nama: "Program Pengembangan Kurikulum", pagu: 1_245_000_000 },
  { nama: "Program Pendidik dan Tenaga Kependidikan", pagu: 2_387_500_000 },
];

function signature(s: ReturnType<Book["sheet"]>, row: number, date: string) {
  s.put(`B${row}`, "Pihak Kedua,").put(`D${row}`, date).put(`D${row + 1}`, "Pihak Pertama,");
  s.put(`B${row + 4}`, WALIKOTA.nama).put(`D${row + 4}`, KADIS.nama);
}

function build(): Book {
  const book = new Book("manado-disdik-jumlah-anggaran-program-2025.xlsx");
  const s = book.sheet(SH);
  s.merge("A1:E1", "PEMERINTAH KOTA MANADO");
  s.merge("A2:E2", "DINAS PENDIDIKAN");
  s.merge("A3:E3", "Jl. Balai Kota No. 1, Tikala Ares, Manado");
  s.merge("A5:E5", "PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A7:E7", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertandatangan dibawah ini:");
  s.rows("A8", [["NAMA", ":", KADIS.nama], ["JABATAN", ":", KADIS.jab]]);
  s.merge("A10:E10", "selanjutnya disebut PIHAK PERTAMA.");
  s.rows("A11", [["NAMA", ":", WALIKOTA.nama], ["JABATAN", ":", WALIKOTA.jab]]);
  s.merge("A13:E13", "selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA");
  s.merge("A14:E14", "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah di tetapkan dalam dokumen perencanaan.");
  s.merge("A15:E15", "Keberhasilan dan kegagalan pencapaian targetr kinerja tersebut menjadi tanggungjawab Pihak Pertama.");
  s.merge("A16:E16", "Pihak Kedua akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  signature(s, 18, "Manado, 2025");
  // lampiran
  s.merge("A26:E26", "PERJANJIAN KINERJA TAHUN 2025 DINAS PENDIDIKAN MANADO");
  s.row("A28", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  let r = 29;
  SAS.forEach((x, k) => {
    const last = r + x.ind.length; // the sasaran's own row, then one row per indikator
    s.merge(`A${r}:A${last}`, k + 1).merge(`B${r}:B${last}`, x.nama);
    x.ind.forEach((i, j) => s.row(`C${r + 1 + j}`, [i.nama, i.satuan, i.text]));
    r = last + 1;
  });
  s.row("A35", ["NO", "PROGRAM", "JUMLAH ANGGARAN PROGRAM (RP)", "KET"]);
  PROG.forEach((p, k) => s.row(`A${36 + k}`, [k + 1, p.nama, `Rp. ${idr(p.pagu)}`]));
  signature(s, 42, "Manado, 6 Januari 2025");
  return book;
}

export const manadoJumlahAnggaranProgram: Layout = {
  name: "manado-disdik-jumlah-anggaran-program-2025",
  source: "index id 5158032981 (Blade print `Perjanjian Kinerja`, PEMERINTAH KOTA MANADO; repository not named)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      {
        sheet: SH, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: null,
        pihakKedua: { jabatan: WALIKOTA.jab, nama: WALIKOTA.nama, nip: null },
        indikator: SAS.flatMap((x) => x.ind.map((i) => ({ nama: i.nama, target: i.target, sasaran: x.nama }))),
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SH }],
    absent: [
      { rule: "target-missing", sheet: SH }, { rule: "pihak-missing", sheet: SH }, { rule: "nip-invalid", sheet: SH },
      { rule: "jumlah-mismatch", sheet: SH }, { rule: "value-unreadable", sheet: SH }, { rule: "tabel-missing", sheet: SH },
      { rule: "level-unknown", sheet: SH }, { rule: "level-mismatch", sheet: SH }, { rule: "indikator-duplicate", sheet: SH },
      { rule: "pagu-ganda", sheet: SH }, { rule: "sasaran-missing", sheet: SH },
    ],
  },
};
