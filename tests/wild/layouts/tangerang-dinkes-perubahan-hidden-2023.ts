/**
 * Kota Tangerang, Dinas Kesehatan: the PK PERUBAHAN 2023 of the Kepala Dinas and of the Sekretaris, kept by hand the way
 * planners keep a revised workbook: the murni PK's sheet copied, a `Target Perubahan` and an `Anggaran Perubahan (Rp)`
 * column inserted beside the old ones, the old (murni) column D (`Target` above, `Anggaran (Rp)` below) HIDDEN, and the row of a program dropped in the perubahan
 * HIDDEN too; the Jumlah is `SUBTOTAL(109, …)`, the visible rows only.
 *
 * Sources: the hiding of column groups in this kota's workbooks: wishaputra/esakip @3afeb8be
 * `public/storage/files/triwulan/{dinkes,satpol,setwan}.pdf` (Kota Tangerang's printed workbooks show only columns 2, 3,
 * 7–10 and 14 of a 14-column form: the others are hidden, not deleted); the program names and the program outcome
 * indikator are Dinkes Kota Tangerang's from `dinkes.pdf` (`PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA`,
 * `PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT`, `PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN
 * DAN MAKANAN MINUMAN`, `PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN`). A PK revised after an APBD-P / efisiensi:
 * pages corpus, jambiupdate.co 2025/06/26 (`Kepala OPD Pemkot Jambi teken Perjanjian Kinerja Perubahan 2025`).
 * Made up: names, NIPs, targets (murni and perubahan), amounts, kode (Kepmendagri 050 form), which program was dropped.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const WALI = "Drs. H. ARIEF SETIAWAN, M.Si.";
const KADIS = "dr. DINI ANGGRAENI, M.K.M.";
const KADIS_JAB = "KEPALA DINAS KESEHATAN KOTA TANGERANG";
const SEK = "H. RAHMAT HIDAYAT, S.K.M., M.Kes.";
const SEK_JAB = "SEKRETARIS DINAS KESEHATAN KOTA TANGERANG";

const SS = "Meningkatnya derajat kesehatan masyarakat";
// murni target (column D, hidden) and perubahan target (column E, visible)
const IND = [
  { nama: "Angka Kematian Ibu", satuan: "per 100.000 KH", murni: 78, ubah: 75 },
  { nama: "Angka Kematian Bayi", satuan: "per 1.000 KH", murni: 4.2, ubah: 4.1 },
  { nama: "Prevalensi balita stunting", satuan: "%", murni: 9.5, ubah: 8.8 },
  { nama: "Indeks Kepuasan Masyarakat", satuan: "Indeks", murni: 82, ubah: 84 },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", murni: 98_178_431_100, ubah: 96_412_880_500 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", murni: 48_926_500_000, ubah: 51_204_318_000 },
  { kode: "1.02.03", nama: "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN", murni: 1_254_600_000, ubah: 1_062_450_000 },
];
// Dropped in the perubahan: its row stays, hidden, with its murni amount and 0.
const DROPPED = { kode: "1.02.05", nama: "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", murni: 419_993_000, ubah: 0 };

const SP = "Meningkatnya kualitas tata kelola dan pelayanan administrasi perangkat daerah";
const IND_SEK = [
  { nama: "Nilai LKE PMPRB Perangkat Daerah", satuan: "Nilai", murni: 78, ubah: 80 },
  { nama: "Persentase dokumen perencanaan dan evaluasi kinerja yang tersusun tepat waktu", satuan: "%", murni: 100, ubah: 100 },
];
// The Sekretaris's kegiatan under 1.02.01: murni and perubahan each add up to the program's (so a reader taking the
// murni columns finds a consistent cascade, and is silently wrong).
const KEG = [
  { kode: "1.02.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", murni: 78_928_000, ubah: 64_750_000 },
  { kode: "1.02.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", murni: 66_466_456_344, ubah: 65_912_340_000 },
  { kode: "1.02.01.2.06", nama: "Administrasi Umum Perangkat Daerah", murni: 31_633_046_756, ubah: 30_435_790_500 },
];

function build(): Book {
  const book = new Book("tangerang-dinkes-perubahan-hidden-2023.xlsx");

  const k = book.sheet("PK Perubahan Kadis");
  k.merge("A1:F1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2023").merge("A2:F2", "DINAS KESEHATAN KOTA TANGERANG");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Target Perubahan", "Satuan"]);
  k.merge("A5:A8", 1).merge("B5:B8", SS);
  IND.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.murni, i.ubah, i.satuan]));
  k.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)", "Anggaran Perubahan (Rp)"]);
  [...PROG.slice(0, 2), DROPPED, PROG[2]].forEach((p, i) => k.row(`A${11 + i}`, [i + 1, p.kode, p.nama, idr(p.murni), { v: p.ubah, fmt: "#,##0" }]));
  k.merge("A15:C15", "Jumlah");
  k.put("D15", idr(sum([...PROG, DROPPED].map((p) => p.murni))));
  k.put("E15", { f: "SUBTOTAL(109,E11:E14)", v: sum(PROG.map((p) => p.ubah)) });
  // Column D holds both murni columns (Target, Anggaran (Rp)): hidden; so is the dropped program's row.
  k.hiddenCols.push("D");
  k.hiddenRows.push(13);
  k.put("F17", "Tangerang, 3 Oktober 2023");
  k.row("B18", ["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"]);
  k.row("B19", ["WALI KOTA TANGERANG,", null, null, `${KADIS_JAB},`]);
  k.row("B23", [WALI, null, null, KADIS]);
  k.row("E24", ["Pembina Utama Muda (IV/c)"]);
  k.row("E25", ["NIP. 19720318 199803 2 004"]);

  const s = book.sheet("PK Perubahan Sekretaris");
  s.merge("A1:F1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2023").merge("A2:F2", SEK_JAB);
  s.row("A4", ["No", "Sasaran Program", "Indikator Kinerja", "Target", "Target Perubahan", "Satuan"]);
  s.merge("A5:A6", 1).merge("B5:B6", SP);
  IND_SEK.forEach((i, j) => s.row(`C${5 + j}`, [i.nama, i.murni, i.ubah, i.satuan]));
  s.row("A8", ["No", "Kode", "Kegiatan", "Anggaran (Rp)", "Anggaran Perubahan (Rp)"]);
  KEG.forEach((g, i) => s.row(`A${9 + i}`, [i + 1, g.kode, g.nama, idr(g.murni), { v: g.ubah, fmt: "#,##0" }]));
  s.merge("A12:C12", "Jumlah");
  s.put("D12", idr(sum(KEG.map((g) => g.murni))));
  s.put("E12", { f: "SUBTOTAL(109,E9:E11)", v: sum(KEG.map((g) => g.ubah)) });
  s.hiddenCols.push("D");
  s.put("F14", "Tangerang, 3 Oktober 2023");
  s.row("B15", ["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"]);
  s.row("B16", [`${KADIS_JAB},`, null, null, `${SEK_JAB},`]);
  s.row("B20", [KADIS, null, null, SEK]);
  s.row("B21", ["Pembina Utama Muda (IV/c)", null, null, "Pembina (IV/a)"]);
  s.row("B22", ["NIP. 19720318 199803 2 004", null, null, "NIP. 19790611 200501 1 007"]);
  return book;
}

const PK1 = "PK Perubahan Kadis";
const PK2 = "PK Perubahan Sekretaris";

export const tangerangDinkesPerubahan: Layout = {
  name: "tangerang-dinkes-perubahan-hidden-2023",
  source: "wishaputra/esakip @3afeb8be `public/storage/files/triwulan/dinkes.pdf` (Kota Tangerang: hidden column groups; Dinkes programs and indikator); PK Perubahan practice: jambiupdate.co 2025/06/26",
  build,
  truth: {
    tahun: 2023,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        // A PK PERUBAHAN: the targets and the pagu that count are the perubahan ones. Spec silent on two target or two
        // anggaran columns, and on hidden rows and columns (it says only that a hidden SHEET is not read, rules.md
        // sheet-hidden: an old copy must not count); a planner reads the visible `Target Perubahan` and `Anggaran
        // Perubahan (Rp)` (column D with both murni columns is hidden; the dropped program's row is hidden and out of
        // the SUBTOTAL). A reader that cannot see hidden cells should at least report the two Target columns.
        sheet: PK1, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: "197203181998032004",
        pihakKedua: { jabatan: "WALI KOTA TANGERANG", nama: WALI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.ubah, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.ubah })),
      },
      {
        sheet: PK2, jabatan: SEK_JAB, level: "eselon3", atasan: PK1, nama: SEK, nip: "197906112005011007",
        pihakKedua: { jabatan: KADIS_JAB, nama: KADIS, nip: "197203181998032004" },
        indikator: IND_SEK.map((i) => ({ nama: i.nama, target: i.ubah, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.ubah })),
      },
    ],
    // The perubahan kegiatan add up to the perubahan program 1.02.01 (96.412.880.500): no anggaran-rollup; the
    // SUBTOTAL Jumlah is the visible rows' sum: no jumlah-mismatch.
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      // 1.02.02 and 1.02.03 are carried by no subordinate PK of the workbook (the Sekretaris carries 1.02.01 only).
      { rule: "kode-uncovered", sheet: PK1, cell: "B12" },
      { rule: "kode-uncovered", sheet: PK1, cell: "B14" },
    ],
    absent: [
      { rule: "jumlah-mismatch", sheet: PK1 }, { rule: "jumlah-mismatch", sheet: PK2 },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "kode-uncovered", sheet: PK1, cell: "B13" },
      { rule: "indikator-duplicate", sheet: PK1 }, { rule: "atasan-missing", sheet: PK2 },
    ],
  },
  checks: [
    {
      name: "the hidden row of the dropped program 1.02.05 is no budget object of the perubahan",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK1);
        expect(pk?.anggaran.map((a) => a.kode)).not.toContain(DROPPED.kode);
      },
    },
  ],
};
