/**
 * Kota Tangerang, Satuan Polisi Pamong Praja: the PK of the Kepala Satuan (common layout of workbook.md §1, signed by
 * the `WALI KOTA TANGERANG`), and the quarterly report the kota's e-SAKIP publishes per perangkat daerah: the Permendagri
 * 86/2017 Evaluasi Renja form (E.81) with its middle and right column groups HIDDEN, so that only columns 2, 3, 7–10 and
 * 14 show, and no title row at all.
 *
 * Source: wishaputra/esakip @3afeb8be241de3c5c2e602b72513f805275391ed `public/storage/files/triwulan/satpol.pdf` (and
 * `setwan.pdf`, `dinkes.pdf`: the same form for other OPD; text read with pdftotext -layout). Real, from the report: the
 * header `Urusan/Bidang Urusan/Program/Kegiatan` | `Indikator Kinerja Program (Outcome)/Indikator Kinerja Kegiatan
 * (Output)` | `Realisasi Kinerja Pada Triwulan I - IV Tahun 2023` over `I .. IV`, each `K | Rp` | `Perangkat Daerah
 * Penanggung Jawab`; the numbering row printing only `2 3 7 8 9 10 14` (columns 1, 4–6 and 11–13 are hidden in the
 * workbook the PDF was printed from); the OPD row, the program and kegiatan rows with their outcome/output indikator, K as
 * `23,16%` or a count, Rp as an amount, `-` for none, `SATPOL PP` on every row; TW III and TW IV empty; the program and
 * kegiatan names and indikator below; the `#REF!` left in a K cell (as in `setwan.pdf`, TW II).
 * Made up: names, NIP, the PK's targets and pagu, the hidden columns' contents (the E.81 form's Renstra / Renja / capaian
 * columns), kode (Kepmendagri 050 form for urusan 1.05), the amounts of rows the excerpt does not show.
 */
import { Book, rp } from "../book";
import { idr, sum, type Layout } from "../layout";

const WALI = "Drs. H. ARIEF SETIAWAN, M.Si.";
const KASAT = "GATOT WIBOWO, S.STP., M.Si.";
const KASAT_JAB = "KEPALA SATUAN POLISI PAMONG PRAJA KOTA TANGERANG";
const NIP = "NIP. 19770905 199612 1 001";
const SS = "Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat";
const IND = [
  { nama: "Persentase gangguan kamtrantibum yang ditangani", satuan: "%", target: 100 },
  { nama: "Persentase perda/perkada yang ditegakan", satuan: "%", target: 85 },
  { nama: "Persentase kejadian sosial kemasyarakatan dan kebencanaan yang ditangani", satuan: "%", target: 100 },
  { nama: "Nilai LKE PMPRB Perangkat Daerah", satuan: "Nilai", target: 80 },
];
const PROG = [
  { kode: "1.05.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 32_418_650_000 },
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", pagu: 4_863_200_000 },
];

function build(): Book {
  const book = new Book("tangerang-satpol-evaluasi-tw-2023.xlsx");

  const k = book.sheet("PK Kasatpol");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2023").merge("A2:E2", "SATUAN POLISI PAMONG PRAJA KOTA TANGERANG");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A8", 1).merge("B5:B8", SS);
  IND.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${11 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.merge("A13:C13", "Jumlah").put("D13", idr(sum(PROG.map((p) => p.pagu))));
  k.put("D15", "Tangerang, 2 Januari 2023");
  k.row("B16", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B17", ["WALI KOTA TANGERANG,", null, `${KASAT_JAB},`]);
  k.row("B21", [WALI, null, KASAT]);
  k.row("D22", ["Pembina Utama Muda (IV/c)"]);
  k.row("D23", [NIP]);

  // The E.81 excerpt: A kode (hidden), B uraian, C indikator, D:I Renstra / capaian tahun lalu / Renja (hidden),
  // J:Q realisasi TW I..IV (K | Rp), R:W capaian columns (hidden), X penanggung jawab.
  const t = book.sheet("TW II");
  t.hiddenCols.push("A", "D", "E", "F", "G", "H", "I", "R", "S", "T", "U", "V", "W");
  t.merge("A1:A4", "Kode");
  t.merge("B1:B4", "Urusan/Bidang Urusan/Program/Kegiatan");
  t.merge("C1:C4", "Indikator Kinerja Program (Outcome)/Indikator Kinerja Kegiatan (Output)");
  t.merge("D1:E2", "Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2028");
  t.merge("F1:G2", "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Tahun Lalu");
  t.merge("H1:I2", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi");
  t.merge("J1:Q1", "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023");
  ["J", "L", "N", "P"].forEach((c, q) => t.merge(`${c}2:${String.fromCharCode(c.charCodeAt(0) + 1)}2`, ["I", "II", "III", "IV"][q]));
  t.merge("R1:S2", "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi");
  t.merge("T1:U2", "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun Berjalan");
  t.merge("V1:W2", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)");
  t.merge("X1:X4", "Perangkat Daerah Penanggung Jawab");
  ["A", "B", "C", "D", "F", "H", "J", "L", "N", "P", "R", "T", "V", "X"].forEach((c, i) => t.put(`${c}3`, i + 1));
  ["D", "F", "H", "J", "L", "N", "P", "R", "T", "V"].forEach((c) => t.row(`${c}4`, ["K", "Rp"]));
  // Rows: kode, uraian, indikator, renja target and pagu (hidden H:I), TW I K/Rp, TW II K/Rp.
  const rows: [string, string, string | null, string | number | null, number | null, string | number, number | null, string | number, number | null][] = [
    ["1.05", "SATUAN POLISI PAMONG PRAJA", null, null, 37_281_850_000, "", 8_707_755_568, "", 15_566_978_393],
    ["1.05.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN / KOTA", "Nilai LKE PMPRB Perangkat Daerah", 80, 32_418_650_000, "", 8_526_244_688, "", 15_271_758_613],
    ["", "", "Predikat SAKIP", "BB", null, "", null, "", null],
    ["1.05.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase Cakupan Dokumen Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah yang sesuai pedoman dan tersusun tepat waktu", "100%", 412_600_000, "23,16%", 210_781_800, "16,37%", 149_033_000],
    ["1.05.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan Perangkat Daerah", 6, 186_300_000, 4, 116_475_000, 2, 58_403_000],
    ["1.05.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA- SKPD", "Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD", 1, 9_800_000, 0, null, "#REF!", null],
    ["1.05.01.2.02", "Administrasi Keuangan Perangkat Daerah", "Persentase cakupan pelayanan administrasi keuangan perangkat daerah", "100%", 21_386_400_000, "21,10%", 4_516_718_375, "35,78%", 7_657_406_470],
    ["1.05.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", 31, 8_964_200_000, 31, 1_699_057_496, 31, 3_189_930_903],
    ["1.05.02", "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", "Persentase gangguan kamtrantibum yang ditangani", "100%", 4_863_200_000, "", 181_510_880, "", 295_219_780],
    ["", "", "Persentase kejadian sosial kemasyarakatan dan kebencanaan yang ditangani", "100%", null, "", null, "", null],
    ["", "", "persentase perda/perkada yang ditegakan", "85%", null, "", null, "", null],
  ];
  rows.forEach((r, i) => {
    const n = 5 + i;
    t.row(`A${n}`, [r[0] || null, r[1] || null, r[2]]);
    t.row(`H${n}`, [r[3], r[4] === null ? null : rp(r[4])]);
    // K blank on program rows; Rp `-` where a K is given but nothing was spent.
    const pair = (kv: string | number, rv: number | null) => [kv === "" ? null : kv, rv === null ? (kv === "" ? null : "-") : rp(rv)];
    t.row(`J${n}`, pair(r[5], r[6]));
    t.row(`L${n}`, pair(r[7], r[8]));
    if (r[4] !== null && r[6] !== null) t.row(`R${n}`, [null, rp(r[6] + (r[8] ?? 0))]);
    t.put(`X${n}`, "SATPOL PP");
  });
  return book;
}

const PK = "PK Kasatpol";
const TW = "TW II";

export const tangerangSatpol: Layout = {
  name: "tangerang-satpol-evaluasi-tw-2023",
  source: "wishaputra/esakip @3afeb8be `public/storage/files/triwulan/satpol.pdf` (Kota Tangerang, E.81 excerpt with hidden columns; `#REF!` as in `setwan.pdf`)",
  build,
  truth: {
    tahun: 2023,
    // The E.81 form is an Evaluasi Renja, no PK companion (workbook.md §6): recognised and reported as a sheet not read,
    // although its one header cell says `Realisasi Kinerja Pada Triwulan I - IV Tahun 2023` and some of its program
    // indikator carry the PK's names. Nothing in it is read, so neither its `#REF!` (a cell the add-in does not need,
    // rules.md cell-error) nor its names give findings.
    sheets: { [PK]: "pk", [TW]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: KASAT_JAB, level: "eselon2", atasan: null, nama: KASAT, nip: "197709051996121001",
        pihakKedua: { jabatan: "WALI KOTA TANGERANG", nama: WALI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "level-unknown", sheet: PK },
      { rule: "cell-error", sheet: TW }, { rule: "indikator-unknown", sheet: TW }, { rule: "value-unreadable", sheet: TW },
      { rule: "pk-unlinked", sheet: TW }, { rule: "target-mismatch", sheet: TW }, { rule: "satuan-mismatch", sheet: TW },
      { rule: "pagu-mismatch", sheet: TW }, { rule: "realisasi-over-pagu", sheet: TW }, { rule: "tahun-missing", sheet: TW },
      { rule: "kode-invalid", sheet: TW },
    ],
  },
  checks: [
    {
      name: "no realisasi is taken from the Evaluasi Renja excerpt",
      run(out) {
        expect(out.model.realisasi.map((r) => r.sheet)).not.toContain(TW);
      },
    },
  ],
};
