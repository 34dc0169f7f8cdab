/**
 * Kabupaten Madiun: the PK of the (Penjabat) Bupati with 20 programs, as the WordPress e-SAKIP prints the pemda PK,
 * beside the PK of the Kepala Dinas Kesehatan who answers to him.
 *
 * Layout: agusnurwanto/wp-eval-sakip public/partials/dokumen-pemda/wp-eval-sakip-laporan-pk-pemda.php
 * @c815f0daa389eca5e3dea45f3ee393fa3d8b2ed5 (HEAD 7a96f3e8). Real, from the template: `BUPATI <PEMDA>` printed ABOVE
 * `PERJANJIAN KINERJA<br>TAHUN 2025` (so the year is on the next row); one party only (`Nama | : | ...`, `Jabatan | : |
 * <status jabatan kepala daerah> <pemda>`), `Berjanji akan mewujudkan ...`; a two-column signature table (first column
 * empty) with the date, the jabatan, a blank, the name; the lampiran `No | Sasaran Strategis | Indikator Kinerja | Target
 * | Realisasi (TW 1..TW 4) | Satuan` (Satuan AFTER the realisasi group, realisasi filled in as it is reported); the program
 * list as three flex divs `&nbsp; | Program | Anggaran`, rows `1. | <label> | 612.480.375.000,-`, grouped by label (the
 * penunjang programs of every OPD summed into one row), no No header, no kode, no Jumlah; the signature again.
 * The Kadis PK is the common layout of workbook.md §1 (the same app's OPD print is sampang-inspektorat's).
 * Made up: names, sasaran, indikator, targets, realisasi, the 20 amounts; `Pj. Bupati` as the status option.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "Ir. BAMBANG SUPRAYITNO, M.M.";
const KADIS = "dr. ANIK SETYOWATI, M.Kes.";
const KADIS_JAB = "KEPALA DINAS KESEHATAN KABUPATEN MADIUN";

const S = ["Meningkatnya kualitas sumber daya manusia", "Meningkatnya pertumbuhan ekonomi daerah", "Meningkatnya kualitas tata kelola pemerintahan"];
const IND = [
  { s: 0, nama: "Indeks Pembangunan Manusia", target: "73,85", want: 73.85, satuan: "Indeks", real: [] as string[] },
  { s: 0, nama: "Harapan Lama Sekolah", target: "13,15", want: 13.15, satuan: "Tahun", real: [] },
  { s: 1, nama: "Laju Pertumbuhan Ekonomi", target: "5,1", want: 5.1, satuan: "%", real: ["4,9", "5,02"] },
  { s: 1, nama: "Persentase Penduduk Miskin", target: "10,2", want: 10.2, satuan: "%", real: [] },
  { s: 1, nama: "Tingkat Pengangguran Terbuka", target: "4,1", want: 4.1, satuan: "%", real: ["", "4,25"] },
  { s: 2, nama: "Nilai SAKIP Pemerintah Kabupaten", target: "BB", want: "BB", satuan: "Predikat", real: [] },
  { s: 2, nama: "Opini BPK atas LKPD", target: "WTP", want: "WTP", satuan: "Opini", real: [] },
];
const PROGRAMS: [string, number][] = [
  ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 612_480_375_000],
  ["PROGRAM PENGELOLAAN PENDIDIKAN", 198_345_000_000],
  ["PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 142_318_500_000],
  ["PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", 2_150_000_000],
  ["PROGRAM PENYELENGGARAAN JALAN", 96_750_000_000],
  ["PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", 28_415_000_000],
  ["PROGRAM PENGEMBANGAN PERUMAHAN", 7_820_000_000],
  ["PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", 4_365_000_000],
  ["PROGRAM PENANGGULANGAN BENCANA", 3_980_500_000],
  ["PROGRAM PEMBERDAYAAN SOSIAL", 2_745_000_000],
  ["PROGRAM PENDAFTARAN PENDUDUK", 1_875_000_000],
  ["PROGRAM PENGELOLAAN PERSAMPAHAN", 12_460_000_000],
  ["PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", 18_230_000_000],
  ["PROGRAM PENGELOLAAN KEUANGAN DAERAH", 5_640_000_000],
  ["PROGRAM PENGELOLAAN PENDAPATAN DAERAH", 6_215_000_000],
  ["PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", 3_410_000_000],
  ["PROGRAM PENYELENGGARAAN PENGAWASAN", 4_120_000_000],
  ["PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT", 1_150_000_000],
  ["PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN", 2_380_000_000],
  ["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 9_860_000_000],
];

function build(): Book {
  const book = new Book("madiun-bupati-2025.xlsx");
  const b = book.sheet("PK Bupati");
  b.rows("A1", [["BUPATI MADIUN"], ["PERJANJIAN KINERJA"], ["TAHUN 2025"]]);
  b.put("A5", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  b.rows("A6", [["Nama", ":", BUPATI], ["Jabatan", ":", "Pj. Bupati Madiun"]]);
  b.put("A8", "Berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.");
  b.put("A9", "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  const sign = (top: number) => b.rows(`B${top}`, [["Madiun, 2 Januari 2025"], ["Pj. Bupati Madiun"], [null], [null], [BUPATI]]);
  sign(11); // 11..15

  b.merge("A18:A19", "No").merge("B18:B19", "Sasaran Strategis").merge("C18:C19", "Indikator Kinerja").merge("D18:D19", "Target");
  b.merge("E18:H18", "Realisasi").merge("I18:I19", "Satuan");
  b.row("E19", ["TW 1", "TW 2", "TW 3", "TW 4"]);
  let r = 20;
  S.forEach((text, k) => {
    const inds = IND.filter((i) => i.s === k);
    b.merge(`A${r}:A${r + inds.length - 1}`, k + 1).merge(`B${r}:B${r + inds.length - 1}`, text);
    inds.forEach((i, j) => b.row(`C${r + j}`, [i.nama, i.target, i.real[0] || null, i.real[1] || null, null, null, i.satuan]));
    r += inds.length;
  });
  // r = 27
  b.row("A28", [null, "Program", "Anggaran"]);
  PROGRAMS.forEach(([nama, pagu], i) => b.row(`A${29 + i}`, [`${i + 1}.`, nama, `${idr(pagu)},-`]));
  sign(51); // 51..55

  const k = book.sheet("PK Kadis Dinkes");
  k.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA DINAS KESEHATAN"], ["KABUPATEN MADIUN"]]);
  k.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.rows("A6", [
    [1, "Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Ibu", "per 100.000 KH", 78],
    [null, null, "Angka Kematian Bayi", "per 1.000 KH", 5.6],
    [2, "Meningkatnya mutu pelayanan kesehatan", "Persentase puskesmas terakreditasi paripurna", "%", 40],
  ]);
  k.merge("A6:A7").merge("B6:B7");
  k.row("A10", ["No", "Program", "Anggaran (Rp)"]);
  k.rows("A11", [[1, PROGRAMS[2][0], PROGRAMS[2][1]], [2, PROGRAMS[3][0], PROGRAMS[3][1]]]);
  k.row("B13", ["Jumlah", PROGRAMS[2][1] + PROGRAMS[3][1]]);
  k.put("D15", "Madiun, 2 Januari 2025");
  k.row("B16", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B17", ["BUPATI MADIUN,", null, `${KADIS_JAB},`]);
  k.row("B21", [BUPATI, null, KADIS]);
  k.put("D22", "Pembina Utama Muda (IV/c)");
  k.put("D23", "NIP. 19700915 199703 2 005");
  return book;
}

export const madiun: Layout = {
  name: "madiun-bupati-2025",
  source: "agusnurwanto/wp-eval-sakip public/partials/dokumen-pemda/wp-eval-sakip-laporan-pk-pemda.php @c815f0da",
  build,
  truth: {
    tahun: 2025,
    sheets: { "PK Bupati": "pk", "PK Kadis Dinkes": "pk" },
    pk: [
      {
        // Pj. prefix: the level is that of the jabatan after it (workbook.md §1). A kepala daerah has no Pihak Kedua.
        sheet: "PK Bupati", jabatan: "Pj. Bupati Madiun", level: "kepala-daerah", atasan: null, nama: BUPATI, nip: null,
        pihakKedua: null,
        // Satuan comes from the column after the Realisasi group; TW realisasi are not targets.
        indikator: IND.map((i) => ({ nama: i.nama, target: i.want, satuan: i.satuan, sasaran: S[i.s] })),
        anggaran: PROGRAMS.map(([nama, pagu]) => ({ kode: null, nama, pagu })),
      },
      {
        sheet: "PK Kadis Dinkes", jabatan: KADIS_JAB, level: "eselon2", atasan: "PK Bupati", nama: KADIS, nip: "197009151997032005",
        pihakKedua: { jabatan: "BUPATI MADIUN", nama: BUPATI, nip: null },
        indikator: [
          { nama: "Angka Kematian Ibu", target: 78, satuan: "per 100.000 KH" },
          { nama: "Angka Kematian Bayi", target: 5.6, satuan: "per 1.000 KH" },
          { nama: "Persentase puskesmas terakreditasi paripurna", target: 40, satuan: "%" },
        ],
        anggaran: [PROGRAMS[2], PROGRAMS[3]].map(([nama, pagu]) => ({ kode: null, nama, pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "atasan-missing", sheet: "PK Bupati" }, { rule: "atasan-missing", sheet: "PK Kadis Dinkes" },
      { rule: "atasan-mismatch", sheet: "PK Kadis Dinkes" }, { rule: "pihak-missing", sheet: "PK Bupati" },
      { rule: "level-unknown", sheet: "PK Bupati" }, { rule: "tahun-missing", sheet: "PK Bupati" },
      { rule: "satuan-missing", sheet: "PK Bupati" }, { rule: "target-missing", sheet: "PK Bupati" },
      { rule: "value-unreadable", sheet: "PK Bupati" }, { rule: "tabel-missing", sheet: "PK Bupati" },
    ],
    unreadOrRead: [
      // Realisasi per TW inside a PK lampiran: read (as the PK's realisasi) or reported, never silently dropped.
      { sheet: "PK Bupati", cells: ["E22", "F22", "F24"], what: "Realisasi TW in the PK lampiran" },
    ],
  },
  checks: [
    {
      name: "20 programs read with their pagu (no Jumlah row to close the list)",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === "PK Bupati");
        expect(sum((pk?.anggaran ?? []).map((a) => a.pagu ?? 0))).toBe(sum(PROGRAMS.map(([, p]) => p)));
      },
    },
  ],
};
