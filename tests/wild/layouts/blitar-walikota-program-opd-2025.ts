/**
 * Kota Blitar: the PK 2025 of the Wali Kota, whose program table names the perangkat daerah in charge of each
 * program in a column AFTER the amount (`No | Program | Anggaran (Rp) | Perangkat Daerah`), the kode leading the
 * program name (`1.02.02 PROGRAM PEMENUHAN …`), several OPD sharing a penunjang-less list, one signature (Pihak
 * Pertama only, no NIP, as workbook.md §1 says a kepala-daerah PK has).
 *
 * Source. The brief (issue 11, round 6) names "a Bupati PK with many programs" and "a Wali Kota PK" as wanted; no
 * repository print of this program table was found in time: the `Perangkat Daerah` column is the one of the RPJMD
 * / RKPD program lists (Permendagri 86/2017 form T-C.27 names `Perangkat Daerah Penanggung Jawab`). Made up: the name,
 * indikator, targets, amounts, the OPD per program; kode after Kepmendagri 050-5889/2021.
 *
 * What a correct reader does: a kepala-daerah PK with eight programs, kode from the name cell, pagu from
 * `Anggaran (Rp)`; the `Perangkat Daerah` column is no pagu and no name. The spec names `Keterangan | Ket | Sumber
 * Dana` after the amount, not `Perangkat Daerah`: its cells are read as notes or reported, never taken for the amount
 * or glued into the program name.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "PK Wali Kota";
const WALI = "SYAUQUL MUHIBBIN";
const SS = [
  { nama: "Meningkatnya kualitas sumber daya manusia", ind: [{ nama: "Indeks Pembangunan Manusia", satuan: "Indeks", target: 80.12, text: "80,12" }, { nama: "Angka Harapan Hidup", satuan: "Tahun", target: 74.3, text: "74,30" }] },
  { nama: "Meningkatnya pertumbuhan ekonomi daerah", ind: [{ nama: "Laju pertumbuhan ekonomi", satuan: "%", target: 5.35, text: "5,35" }] },
  { nama: "Meningkatnya kualitas tata kelola pemerintahan", ind: [{ nama: "Nilai SAKIP Pemerintah Kota Blitar", satuan: "Predikat", target: "A", text: "A" }] },
];
const PROG = [
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", opd: "Dinas Pendidikan", pagu: 96_452_300_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", opd: "Dinas Kesehatan; RSUD Mardi Waluyo", pagu: 148_906_750_000 },
  { kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", opd: "Dinas Pekerjaan Umum dan Penataan Ruang", pagu: 21_640_000_000 },
  { kode: "1.04.02", nama: "PROGRAM PENGEMBANGAN PERUMAHAN", opd: "Dinas Perumahan dan Kawasan Permukiman", pagu: 4_125_000_000 },
  { kode: "2.17.03", nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", opd: "Dinas Koperasi, Usaha Mikro dan Perdagangan", pagu: 2_310_500_000 },
  { kode: "3.26.02", nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", opd: "Dinas Pariwisata dan Kebudayaan", pagu: 3_875_000_000 },
  { kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", opd: "Bappeda", pagu: 2_046_800_000 },
  { kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", opd: "Inspektorat Daerah", pagu: 3_412_000_000 },
];

function build(): Book {
  const book = new Book("blitar-walikota-program-opd-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "PEMERINTAH KOTA BLITAR");
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target"]);
  let r = 5;
  SS.forEach((g, k) => {
    if (g.ind.length > 1) s.merge(`A${r}:A${r + g.ind.length - 1}`, k + 1).merge(`B${r}:B${r + g.ind.length - 1}`, g.nama);
    else s.put(`A${r}`, k + 1).put(`B${r}`, g.nama);
    g.ind.forEach((i) => s.row(`C${r++}`, [i.nama, i.satuan, i.text]));
  }); // rows 5..8
  s.row("A10", ["No", "Program", "Anggaran (Rp)", "Perangkat Daerah"]);
  PROG.forEach((p, k) => s.row(`A${11 + k}`, [k + 1, `${p.kode} ${p.nama}`, idr(p.pagu), p.opd])); // 11..18
  s.merge("A19:B19", "Jumlah").put("C19", idr(sum(PROG.map((p) => p.pagu))));
  s.put("D21", "Blitar, 2 Januari 2025");
  s.put("D22", "WALI KOTA BLITAR,");
  s.put("D27", WALI);
  return book;
}

export const blitarWalikota: Layout = {
  name: "blitar-walikota-program-opd-2025",
  source: "brief round 6 (Wali Kota PK with many programs); `Perangkat Daerah` column after the amount (Permendagri 86/2017 program list form); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: "WALI KOTA BLITAR", level: "kepala-daerah", atasan: null, nama: WALI, nip: null, pihakKedua: null,
        indikator: SS.flatMap((g) => g.ind.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: g.nama }))),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "value-unreadable", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
      { rule: "level-mismatch", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET }, { rule: "level-unknown", sheet: SHEET },
      { rule: "pagu-ganda", sheet: SHEET },
    ],
    unreadOrRead: [{ sheet: SHEET, cells: PROG.map((_, k) => `D${11 + k}`), what: "Perangkat Daerah per program" }],
  },
  checks: [
    {
      name: "pagu from Anggaran (C), never from the Perangkat Daerah column (D)",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SHEET);
        expect(pk?.anggaran.map((a) => a.paguCell)).toEqual(PROG.map((_, k) => `C${11 + k}`));
      },
    },
  ],
};
