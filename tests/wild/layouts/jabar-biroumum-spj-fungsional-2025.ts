/**
 * Provinsi Jawa Barat, Biro Umum Setda: the PK of the Kepala Biro and of the Kepala Bagian Rumah Tangga (common layout
 * of workbook.md §1), and the Bendahara Pengeluaran Pembantu's monthly SPJ Fungsional kept in the same workbook.
 *
 * Layout of the SPJ sheet: index id 15303462034 (Laravel Maatwebsite `SPJ3Export`, AfterSheet events; repository not
 * named by the index). Real, from the export: `PEMERINTAH PPROVINSI JAWA BARAT` (sic) / `BIRO UMUM SETDA PROVINSI JAWA
 * BARAT` / `TAHUN ANGGARAN <tahun>` in B1:B3, `LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN PEMBANTU` (A5),
 * `Bulan : <bulan> <tahun>` (A7), the statement rows `Kuasa Pengguna Anggaran / Bendahara Pengeluaran Pembantu /
 * Program / Kegiatan / Sub Kegiatan / Tahun Anggaran` with `: <kode> <nama>` in C, the header over rows 15–17
 * (`KODE REKENING | URAIAN | JUMLAH ANGGARAN | SPJ - LS GAJI | SPJ - LS BARANG & JASA | SPJ - UP/GU/TU` over `S.d
 * BULAN LALU | BULAN INI | S.d BULAN INI`, `JUMLAH SPJ (LS+IP+GU+TU) S.d BULAN INI`, `SISA PAGU ANGGARAN` written in
 * P17), the numbering row 18 `1 2 3 …` (with the template's own slips: E left empty, H18 overwritten `9`, K16:K18 never
 * set), the rekening rows from 19 (`5.1.02.01.01.0024`). The export's `J16:JI17` / `M16:MI17` merges are typos and are
 * left out. Made up: names, NIPs, indikator, targets, kode, every amount.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SEKDA = "Ir. HERMAN SUCIPTO WIJAYA, M.T.";
const KARO = "Drs. DEDI SUPANDI HIDAYAT, M.Si.";
const KABAG = "NENENG KURNIASIH, S.E., M.M.";
const KARO_JAB = "KEPALA BIRO UMUM SEKRETARIAT DAERAH PROVINSI JAWA BARAT";
const KABAG_JAB = "KEPALA BAGIAN RUMAH TANGGA";
const PROG = [{ kode: "4.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", pagu: 48_615_300_000 }];
const KEG = [
  { kode: "4.01.01.2.08", nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", pagu: 21_480_000_000 },
  { kode: "4.01.01.2.09", nama: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", pagu: 27_135_300_000 },
];
const SS = "Meningkatnya kualitas pelayanan administrasi umum dan kerumahtanggaan";
const SP = "Meningkatnya kualitas layanan kerumahtanggaan pimpinan daerah";
const IND_KARO = [{ nama: "Indeks kepuasan layanan administrasi umum", satuan: "Indeks", target: 86 }];
const IND_KABAG = [
  { nama: "Persentase layanan kerumahtanggaan yang diselesaikan tepat waktu", satuan: "%", target: 95 },
  { nama: "Persentase sarana dan prasarana rumah tangga dalam kondisi baik", satuan: "%", target: 90 },
];
const REK = [
  { kode: "5.1.02.02.01.0061", nama: "Belanja Tagihan Listrik", anggaran: 2_400_000_000, lalu: 1_012_450_000, ini: 198_300_000 },
  { kode: "5.1.02.02.01.0062", nama: "Belanja Tagihan Air", anggaran: 360_000_000, lalu: 142_800_000, ini: 29_650_000 },
  { kode: "5.1.02.02.01.0063", nama: "Belanja Tagihan Telepon dan Internet", anggaran: 540_000_000, lalu: 225_000_000, ini: 45_000_000 },
];

function build(): Book {
  const book = new Book("jabar-biroumum-spj-fungsional-2025.xlsx");

  const k = book.sheet("PK Karo Umum");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KARO_JAB);
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.row("A5", [1, SS, IND_KARO[0].nama, IND_KARO[0].satuan, IND_KARO[0].target]);
  k.row("A7", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  k.row("A8", [1, PROG[0].kode, PROG[0].nama, idr(PROG[0].pagu)]);
  k.merge("A9:C9", "Jumlah").put("D9", idr(PROG[0].pagu));
  k.put("D11", "Bandung, 6 Januari 2025");
  k.rows("B12", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["SEKRETARIS DAERAH PROVINSI JAWA BARAT,", null, `${KARO_JAB},`]]);
  k.row("B17", [SEKDA, null, KARO]);
  k.row("B18", ["NIP. 19680412 199303 1 005", null, "NIP. 19710923 199703 1 002"]);

  const b = book.sheet("PK Kabag RT");
  b.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABAG_JAB).merge("A3:E3", "BIRO UMUM SEKRETARIAT DAERAH PROVINSI JAWA BARAT");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  b.merge("A6:A7", 1).merge("B6:B7", SP);
  IND_KABAG.forEach((i, j) => b.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  b.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => b.row(`A${10 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  b.merge("A12:C12", "Jumlah").put("D12", idr(sum(KEG.map((g) => g.pagu))));
  b.put("D14", "Bandung, 6 Januari 2025");
  b.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KARO_JAB},`, null, `${KABAG_JAB},`]]);
  b.row("B20", [KARO, null, KABAG]);
  b.row("B21", ["NIP. 19710923 199703 1 002", null, "NIP. 19790214 200501 2 009"]);

  const s = book.sheet("SPJ Juni");
  s.merge("A1:A4").merge("B1:C1", "PEMERINTAH PPROVINSI JAWA BARAT").merge("B2:C2", "BIRO UMUM SETDA PROVINSI JAWA BARAT").merge("B3:C3", "TAHUN ANGGARAN 2025");
  s.merge("A5:P5", "LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN PEMBANTU").merge("A6:P6").merge("A7:P7", "Bulan : Juni 2025");
  const info: [string, string][] = [
    ["Kuasa Pengguna Anggaran ", ": "], ["Bendahara Pengeluaran Pembantu ", ": "],
    ["Program ", `: ${PROG[0].kode} ${PROG[0].nama}`], ["Kegiatan ", `: ${KEG[0].kode} ${KEG[0].nama}`],
    ["Sub Kegiatan ", ": 4.01.01.2.08.0002 Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"], ["Tahun Anggaran ", ": 2025"],
  ];
  info.forEach(([l, v], j) => s.merge(`A${8 + j}:B${8 + j}`, l).put(`C${8 + j}`, v));
  s.merge("A15:A17", "KODE REKENING").merge("B15:C17", "URAIAN").merge("D15:D17", "JUMLAH ANGGARAN");
  s.merge("F15:H15", "SPJ - LS GAJI").row("F16", ["S.d BULAN", "BULAN INI", "S.d BULAN"]).row("F17", ["LALU", null, "INI"]);
  s.merge("I15:K15", "SPJ - LS BARANG & JASA").row("I16", ["S.d BULAN", "BULAN INI"]).put("I17", "LALU");
  s.merge("L15:N15", "SPJ - UP/GU/TU").row("L16", ["S.d BULAN", "BULAN INI", "S.d BULAN"]).row("L17", ["LALU", null, "INI"]);
  s.rows("O15", [["JUMLAH SPJ"], ["(LS+IP+GU+TU)"], ["S.d BULAN INI"]]).merge("P15:P17").put("P17", "SISA PAGU ANGGARAN");
  s.row("A18", ["1", "2", null, "3", null, "4", "5", "9", "7", "8", null, "10", "11", "12"]);
  REK.forEach((r, j) => {
    const sd = r.lalu + r.ini;
    s.row(`A${19 + j}`, [r.kode, r.nama, null, r.anggaran, null, 0, 0, 0, 0, 0, null, r.lalu, r.ini, sd, sd, r.anggaran - sd]);
  });
  const t = 19 + REK.length;
  s.row(`B${t}`, ["Jumlah", null, sum(REK.map((r) => r.anggaran))]);
  s.put(`B${t + 3}`, "Kuasa Pengguna Anggaran").put(`N${t + 2}`, "Bandung, 30 Juni 2025").put(`N${t + 3}`, "Bendahara Pengeluaran Pembantu");
  return book;
}

const PK1 = "PK Karo Umum";
const PK2 = "PK Kabag RT";
const SPJ = "SPJ Juni";

export const jabarSpj: Layout = {
  name: "jabar-biroumum-spj-fungsional-2025",
  source: "index id 15303462034 (Laravel Maatwebsite SPJ3Export: LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN PEMBANTU, Biro Umum Setda Provinsi Jawa Barat)",
  build,
  truth: {
    tahun: 2025,
    // The SPJ Fungsional is the treasurer's monthly accountability report per rekening belanja: no PK, Rencana Aksi
    // or Realisasi title, no indikator, and its rows are rekening (5.1.02…), not the PK's budget objects: a report
    // that is no PK companion (workbook.md §6), reported as a sheet not read.
    sheets: { [PK1]: "pk", [PK2]: "pk", [SPJ]: "lain" },
    pk: [
      {
        // Kepala Biro (provinsi): eselon2 (workbook.md §1).
        sheet: PK1, jabatan: KARO_JAB, level: "eselon2", atasan: null, nama: KARO, nip: "197109231997031002",
        pihakKedua: { jabatan: "SEKRETARIS DAERAH PROVINSI JAWA BARAT", nama: SEKDA, nip: "196804121993031005" },
        indikator: IND_KARO.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
      {
        sheet: PK2, jabatan: KABAG_JAB, level: "eselon3", atasan: PK1, nama: KABAG, nip: "197902142005012009",
        pihakKedua: { jabatan: KARO_JAB, nama: KARO, nip: "197109231997031002" },
        indikator: IND_KABAG.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // 4.01.01: 48.615.300.000 = 21.480.000.000 + 27.135.300.000: the rollup holds.
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }],
    absent: [
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "kode-orphan", sheet: PK2 }, { rule: "level-mismatch", sheet: PK1 },
      { rule: "pagu-mismatch", sheet: SPJ }, { rule: "kode-invalid", sheet: SPJ }, { rule: "kode-level-mismatch", sheet: SPJ },
      { rule: "value-unreadable", sheet: SPJ }, { rule: "realisasi-over-pagu", sheet: SPJ }, { rule: "pk-unlinked", sheet: SPJ },
      { rule: "tahun-missing", sheet: SPJ }, { rule: "indikator-unknown", sheet: SPJ }, { rule: "jumlah-mismatch", sheet: SPJ },
    ],
  },
  checks: [
    {
      name: "the SPJ sheet gives one sheet-unrecognised (A1) and nothing else",
      run(out) {
        expect(out.findings.filter((f) => f.sheet === SPJ).map((f) => `${f.rule} ${f.cell}`)).toEqual(["sheet-unrecognised A1"]);
      },
    },
  ],
};
