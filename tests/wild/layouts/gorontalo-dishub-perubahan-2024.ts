/**
 * Provinsi Gorontalo: the PK Perubahan 2024 of the Kepala Dinas Perhubungan, printed under the GUBERNUR's kop, with the
 * (Penjabat) Gubernur's own PK Perubahan listing every program with kode beside it.
 *
 * Layout AND content of the Kadis PK: https://lawinsider.com/id/contracts/jqJAWpkSyLs (pages corpus; names masked
 * `XXXX` on the page). Real, from the page: the kop `GUBERNUR GORONTALO` ABOVE `PERJANJIAN KINERJA PERUBAHAN TAHUN
 * 2024` on the Kadis's own PK; `Nama : … / Jabatan : KEPALA DINAS PERHUBUNGAN` (no unit) `Selanjutnya disebut PIHAK
 * PERTAMA`, `Jabatan : PENJABAT GUBERNUR GORONTALO`, `Selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA`, the
 * pledge, `Gorontalo, 28 Juni 2024`, `PIHAK KEDUA, PIHAK PERTAMA,`; the lampiran title `PERJANJIAN KINERJA PERUBAHAN
 * TAHUN 2024 DINAS PERHUBUNGAN PROVINSI GORONTALO`, `No | SASARAN STRATEGIS | INDIKATOR KINERJA | TARGET` with the four
 * sasaran, eight indikator and targets below (`0,54`, `70%`, `0`, `48,27%`, `A`), then `Program | Anggaran |
 * Keterangan` with `1.` numbering. The page is cut after `1.`: the programs, their amounts, kode leading the name, the
 * lampiran signature, names and NIPs are made up, as is the whole Gubernur PK (its layout is the kepala-daerah PK of
 * workbook.md §1 with a Kode column, 12 programs; Kepmendagri 050-5889/2021 program names).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const GUB = "Dr. Ir. RUDY SALAHUDDIN, M.Si.";
const KADIS = "Dr. Ir. RAHMAT SULEMAN TALIB, S.T., M.Si.";
const UNIT = "DINAS PERHUBUNGAN PROVINSI GORONTALO";
const IND = [
  { s: 0, nama: "Rasio Konektivitas Transportasi Darat", target: "0,54", want: 0.54 },
  { s: 0, nama: "Rasio Konektivitas Transportasi Aglomerasi Perkotaan (BRT)", target: "0,33", want: 0.33 },
  { s: 0, nama: "Rasio dukungan Konektivitas Transportasi Laut dan Udara", target: "0,66", want: 0.66 },
  { s: 1, nama: "On-Time Performance (OTP) Transportasi Aglomerasi Perkotaan (BRT)", target: "70%", want: 70 },
  { s: 2, nama: "Rasio Kejadian Kecelakaan Transportasi Jalan Angkutan Kota Dalam Provinsi (AKDP) per 1000 keberangkatan", target: "0", want: 0 },
  { s: 2, nama: "Persentase Perlengkapan Jalan yang terpasang di ruas jalan Provinsi", target: "48,27%", want: 48.27 },
  { s: 3, nama: "Nilai SAKIP", target: "A", want: "A" },
  { s: 3, nama: "Indeks Kepuasan Masyarakat (IKM) terhadap Pelayanan Publik Sektor Transportasi", target: "80%", want: 80 },
];
const SS = [
  "Meningkatnya konektivitas pelayanan transportasi",
  "Meningkatnya Kinerja Pelayanan Transportasi",
  "Meningkatnya Keselamatan Transportasi",
  "Meningkatnya kualitas dan Tata Kelola Pemerintahan",
];
const DISHUB = [
  { kode: "2.15.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", pagu: 9_874_215_600 },
  { kode: "2.15.02", nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", pagu: 14_356_900_000 },
  { kode: "2.15.03", nama: "PROGRAM PENGELOLAAN PELAYARAN", pagu: 2_418_750_000 },
];
const GUB_PROG = [
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 412_650_000_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 186_420_300_000 },
  { kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", pagu: 154_800_000_000 },
  { kode: "1.03.02", nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", pagu: 38_215_000_000 },
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", pagu: 4_870_000_000 },
  { kode: "1.06.04", nama: "PROGRAM PEMBERDAYAAN SOSIAL", pagu: 6_125_500_000 },
  // The Gubernur's 2.15.02 is the Kadis's; 2.15.03 is Rp 2.500.000.000 here against Rp 2.418.750.000 in the Kadis PK.
  { kode: "2.15.02", nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", pagu: 14_356_900_000 },
  { kode: "2.15.03", nama: "PROGRAM PENGELOLAAN PELAYARAN", pagu: 2_500_000_000 },
  { kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", pagu: 21_740_000_000 },
  { kode: "3.26.02", nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", pagu: 7_380_000_000 },
  { kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", pagu: 5_960_000_000 },
  { kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", pagu: 8_415_000_000 },
];
const GUB_IND = [
  { nama: "Laju Pertumbuhan Ekonomi", target: "5,86 %", want: 5.86 },
  { nama: "Indeks Pembangunan Manusia", target: "72,03", want: 72.03 },
  { nama: "Tingkat Pengangguran Terbuka", target: "2,40 %", want: 2.4 },
];
const GUB_SS = "Meningkatnya kesejahteraan masyarakat Gorontalo";

function build(): Book {
  const book = new Book("gorontalo-dishub-perubahan-2024.xlsx");

  const k = book.sheet("PK Kadishub");
  k.rows("A1", [["GUBERNUR GORONTALO"], [null], ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"]]);
  k.put("A5", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  k.rows("A6", [["Nama", `: ${KADIS}`], ["Jabatan", ": KEPALA DINAS PERHUBUNGAN"]]);
  k.put("A8", "Selanjutnya disebut PIHAK PERTAMA");
  k.rows("A9", [["Nama", `: ${GUB}`], ["Jabatan", ": PENJABAT GUBERNUR GORONTALO"]]);
  k.put("A11", "Selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA");
  k.put("A12", "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  k.put("A13", "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  k.put("D15", "Gorontalo, 28 Juni 2024");
  k.row("B16", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B20", [GUB, null, KADIS]);
  k.put("D21", "NIP. 19720415 199803 1 009");

  k.merge("A24:D24", `PERJANJIAN KINERJA PERUBAHAN TAHUN 2024\n${UNIT}`);
  k.row("A26", ["No", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"]);
  let r = 27;
  SS.forEach((text, s) => {
    const inds = IND.filter((i) => i.s === s);
    k.merge(`A${r}:A${r + inds.length - 1}`, s + 1).merge(`B${r}:B${r + inds.length - 1}`, text);
    inds.forEach((i, j) => k.row(`C${r + j}`, [i.nama, i.target]));
    r += inds.length;
  }); // r = 35
  k.row("B36", ["Program", "Anggaran", "Keterangan"]);
  DISHUB.forEach((p, i) => k.row(`A${37 + i}`, [`${i + 1}.`, `${p.kode} ${p.nama}`, `Rp. ${idr(p.pagu)}`, "APBD"]));
  k.row("B40", ["Jumlah", `Rp. ${idr(sum(DISHUB.map((p) => p.pagu)))}`]);
  k.put("D42", "Gorontalo, 28 Juni 2024");
  k.row("B43", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B47", [GUB, null, KADIS]);
  k.put("D48", "NIP. 19720415 199803 1 009");

  const g = book.sheet("PK Gubernur");
  g.merge("A1:D1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024").merge("A2:D2", "PENJABAT GUBERNUR GORONTALO");
  g.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target"]);
  g.merge("A5:A7", 1).merge("B5:B7", GUB_SS);
  GUB_IND.forEach((i, j) => g.row(`C${5 + j}`, [i.nama, i.target]));
  g.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  GUB_PROG.forEach((p, i) => g.row(`A${10 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  g.merge("A22:C22", "Jumlah Anggaran").put("D22", idr(sum(GUB_PROG.map((p) => p.pagu))));
  g.put("D24", "Gorontalo, 28 Juni 2024");
  g.put("D25", "PENJABAT GUBERNUR GORONTALO,");
  g.put("D29", GUB);
  return book;
}

const PK1 = "PK Gubernur";
const PK2 = "PK Kadishub";

export const gorontaloDishub: Layout = {
  name: "gorontalo-dishub-perubahan-2024",
  source: "https://lawinsider.com/id/contracts/jqJAWpkSyLs (PK Perubahan 2024 Kepala Dinas Perhubungan Provinsi Gorontalo, under the GUBERNUR kop)",
  build,
  truth: {
    tahun: 2024,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        // `Penjabat` prefix: the level is that of the jabatan after it (workbook.md §1); a kepala daerah has no Pihak Kedua.
        sheet: PK1, jabatan: "PENJABAT GUBERNUR GORONTALO", level: "kepala-daerah", atasan: null, nama: GUB, nip: null,
        pihakKedua: null,
        indikator: GUB_IND.map((i) => ({ nama: i.nama, target: i.want, sasaran: GUB_SS })),
        anggaran: GUB_PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        // The kop `GUBERNUR GORONTALO` above the title is the letterhead, not this PK's jabatan: PIHAK PERTAMA's
        // `Jabatan :` row says KEPALA DINAS PERHUBUNGAN (eselon2); the lampiran title adds the unit.
        sheet: PK2, jabatan: "KEPALA DINAS PERHUBUNGAN", level: "eselon2", atasan: PK1, nama: KADIS, nip: "197204151998031009",
        pihakKedua: { jabatan: "PENJABAT GUBERNUR GORONTALO", nama: GUB, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.want, sasaran: SS[i.s] })),
        anggaran: DISHUB.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    // rules.md anggaran-rollup (a kepala-daerah PK and an eselon2 PK both list programs: equal kodes are the cascade).
    // kode-orphan: the Kadis's penunjang program 2.15.01 is in no row of the Gubernur's table (which lists urusan
    // programs only): spec-literal error, the workbook's own (I missed it when writing the truth; the engine found it).
    errors: [{ rule: "anggaran-rollup", sheet: PK1, cell: "D17" }, { rule: "kode-orphan", sheet: PK2, cell: "B37" }],
    // `Rasio Kejadian Kecelakaan` with target 0: negative by sense, but not a name the spec's guess list states; a
    // capaian-target-nol warning is the spec-literal consequence of guessing positive, so it is neither required nor
    // forbidden here.
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "kode-uncovered", sheet: PK1 }],
    absent: [
      { rule: "level-mismatch", sheet: PK2 }, { rule: "level-unknown", sheet: PK2 }, { rule: "atasan-missing", sheet: PK2 },
      { rule: "atasan-mismatch", sheet: PK2 }, { rule: "pihak-missing", sheet: PK2 }, { rule: "tahun-missing", sheet: PK2 },
      { rule: "value-unreadable", sheet: PK2 }, { rule: "jumlah-mismatch", sheet: PK2 }, { rule: "jumlah-mismatch", sheet: PK1 },
      { rule: "indikator-duplicate", sheet: PK2 }, { rule: "target-missing", sheet: PK2 },
      { rule: "level-mismatch", sheet: PK1 },
    ],
  },
  checks: [
    {
      name: "one PK on the Kadis sheet: the statement page's signature and the lampiran's are the same parties",
      run(out) {
        expect(out.model.pk.filter((p) => p.sheet === PK2).map((p) => p.pihakPertama?.nama?.trim())).toEqual([KADIS]);
      },
    },
  ],
};
