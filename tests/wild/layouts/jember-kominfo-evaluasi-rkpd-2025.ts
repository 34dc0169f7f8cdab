/**
 * Kabupaten Jember, Dinas Komunikasi dan Informatika: the Kepala Dinas PK 2025 beside the quarterly "Evaluasi terhadap
 * hasil RKPD" that the kabupaten's LKPJ app exports, pasted into the same workbook by the planner.
 *
 * Layout of the evaluation: sfynsss/lkpj-jemberkab-new @2e2d1c98899a0a48fefe4d0d36458c99f9a1c75c,
 * resources/views/pages/export/laporan_urusan.blade.php. Real, from the template: ONE title cell of three lines
 * `EVALUASI TERHADAP HASIL RKPD` / `PEMERINTAH KABUPATEN JEMBER` / `TAHUN 2021 TRIWULAN <tw>`; a four-row header: `No |
 * Sasaran | Kode | Urusan/ Program/ Kegiatan | Indikator Kinerja Program (Outcome)/ Kegiatan (Output)`, column pairs
 * `Target RPJMD Kabupaten/Kota pada Tahun …`, `Realisasi Capaian Kinerja RPJMD … sampai dengan RKPD … Tahun <n-1>`,
 * `Target Kinerja dan Anggaran RKPD … yang dievaluasi`, `Realisasi Kinerja pada Triwulan` over `I | II | III | IV`,
 * `Realisasi Capaian Kinerja dan Anggaran RKPD … yang Dievaluasi`, `Tingkat Capaian …`, `Realisasi Kinerja dan Anggaran
 * RPJMD … s/d Tahun …`, `Tingkat Capaian … (%)`, `Perangkat Daerah Penanggung Jawab`; the NUMBERING row `1 2 3 4 5 6 …
 * 13 14=13/8*100 15=7+13 16=14/6x100 17` comes BEFORE the `K | Rp` row; one row per urusan, bidang urusan, SKPD,
 * program and kegiatan (kode, then the name merged over the rest of the row), then each sub kegiatan with its kode,
 * name, indikator, target K and pagu Rp (`@currency`: `Rp 425.000.000`), the realisasi K and serapan Rp per quarter;
 * the No column counts every row and starts at 2 (`$tmp = 1; {{$tmp+=1}}`). Made up: the year (2025 for 2021), names,
 * NIP, indikator, targets, programs, sub kegiatan, amounts.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "Drs. AHMAD TAUFIK HIDAYAT, M.Si.";
const BUPATI = "MUHAMMAD FAWAIT, S.E., M.Sc.";
const JAB = "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN JEMBER";
const BUPATI_JAB = "BUPATI JEMBER";
const NIP = "19740619 199903 1 005";
const SS = "Meningkatnya kualitas layanan informasi publik dan pemerintahan berbasis elektronik";
const IND = [
  { nama: "Indeks SPBE Kabupaten", cell: "3,1", target: 3.1 },
  { nama: "Indeks Keterbukaan Informasi Publik", cell: "82,5", target: 82.5 },
];
const PROG = [
  { kode: "2.16.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_812_450_000 },
  { kode: "2.16.02", nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 2_145_300_000 },
  { kode: "2.16.03", nama: "PROGRAM APLIKASI INFORMATIKA", pagu: 3_420_800_000 },
];
const SUBS = [
  { kode: "2.16.03.2.02.0005", nama: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", ind: "Jumlah aplikasi yang dikembangkan", k: "12 Aplikasi", pagu: 1_250_000_000, tw: [[2, 185_400_000], [5, 412_750_000]] },
  { kode: "2.16.03.2.02.0002", nama: "Pengelolaan Pusat Data Pemerintahan Daerah", ind: "Persentase ketersediaan layanan pusat data", k: "99 %", pagu: 875_000_000, tw: [[99, 210_000_000], [99, 198_500_000]] },
];

function build(): Book {
  const book = new Book("jember-kominfo-evaluasi-rkpd-2025.xlsx");
  const pk = book.sheet("PK Kadis 2025");
  pk.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN JEMBER");
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  pk.merge("A5:A6", 1).merge("B5:B6", SS);
  IND.forEach((x, i) => pk.row(`C${5 + i}`, [x.nama, x.cell]));
  pk.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => pk.row(`A${9 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  pk.row("C12", ["Jumlah", idr(sum(PROG.map((p) => p.pagu)))]);
  pk.put("D14", "Jember, 5 Februari 2025");
  pk.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI_JAB},`, null, `${JAB},`]]);
  pk.row("B20", [BUPATI, null, KADIS]);
  pk.put("D21", `NIP. ${NIP}`);

  const ev = book.sheet("Evaluasi RKPD TW II");
  ev.merge("A1:AB1", "EVALUASI TERHADAP HASIL RKPD\nPEMERINTAH KABUPATEN JEMBER\nTAHUN 2025 TRIWULAN II");
  ["No", "Sasaran", "Kode", "Urusan/\nProgram/\nKegiatan", "Indikator Kinerja\nProgram\n(Outcome)/\nKegiatan\n(Output)"].forEach((h, i) => {
    const c = "ABCDE"[i];
    ev.merge(`${c}3:${c}4`, h);
  });
  ev.merge("F3:G4", "Target RPJMD\nKabupaten/Kota\npada\nTahun 2025");
  ev.merge("H3:I4", "Realisasi\nCapaian Kinerja\nRPJMD\nKabupaten/Kota\nsampai dengan\nRKPD\nKabupaten/Kota\nTahun 2024");
  ev.merge("J3:K4", "Target Kinerja\ndan Anggaran\nRKPD\nKabupaten/Kota\nTahun 2025\nyang dievaluasi");
  ev.merge("L3:S3", "Realisasi Kinerja\npada Triwulan");
  ["I", "II", "III", "IV"].forEach((q, i) => ev.merge(`${"LNPR"[i]}4:${"MOQS"[i]}4`, q));
  ev.merge("T3:U4", "Realisasi\nCapaian Kinerja\ndan Anggaran\nRKPD\nKabupaten/Kota\nyang Dievaluasi");
  ev.merge("V3:W4", "Tingkat\nCapaian Kinerja\ndan Realisasi Anggaran\nRKPD\nKabupaten/Kota\nyang Dievaluasi");
  ev.merge("X3:Y4", "Realisasi\nKinerja dan\nAnggaran\nRPJMD\nKabupaten/Kota\ns/d Tahun 2025");
  ev.merge("Z3:AA4", "Tingkat Capaian\nKinerja dan\nRealisasi\nAnggaran\nRPJMD\nKabupaten/Kota\ns/d tahun 2025\n(%)");
  ev.merge("AB3:AB4", "Perangkat\nDaerah\nPenanggung\nJawab");
  // Numbering row first (1..5 over one column each, 6..16 over pairs, 17), then the K | Rp row.
  ["A", "B", "C", "D", "E"].forEach((c, i) => ev.merge(`${c}5:${c}6`, i + 1));
  const pairs = ["F", "H", "J", "L", "N", "P", "R", "T", "V", "X", "Z"];
  const second = ["G", "I", "K", "M", "O", "Q", "S", "U", "W", "Y", "AA"];
  const nums = ["6", "7", "8", "9", "10", "11", "12", "13", "14=13/8*100", "15=7+13", "16=14/6x100"];
  pairs.forEach((c, i) => ev.merge(`${c}5:${second[i]}5`, /^\d+$/.test(nums[i]) ? Number(nums[i]) : nums[i]));
  ev.merge("AB5:AB6", 17);
  pairs.forEach((c, i) => ev.put(`${c}6`, "K").put(`${second[i]}6`, "Rp"));
  let r = 7;
  let no = 1;
  const band = (kode: string, nama: string) => {
    ev.put(`A${r}`, (no += 1)).put(`C${r}`, kode).merge(`D${r}:AB${r}`, nama);
    r += 1;
  };
  band("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR");
  band("2.16", "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA");
  band("2.16.0.00.0.00.01.0000", "DINAS KOMUNIKASI DAN INFORMATIKA");
  band("2.16.03", "PROGRAM APLIKASI INFORMATIKA");
  band("2.16.03.2.02", "Pengelolaan e-Government Di Lingkup Pemerintah Daerah Kabupaten/Kota");
  SUBS.forEach((s) => {
    const spent = sum(s.tw.map(([, rp]) => rp));
    ev.row(`A${r}`, [(no += 1), null, s.kode, s.nama, s.ind, null, null, null, null, s.k, `Rp ${idr(s.pagu)}`,
      s.tw[0][0], s.tw[0][1], s.tw[1][0], s.tw[1][1], null, null, null, null,
      s.tw[1][0], spent, null, `${(Math.round((spent / s.pagu) * 10000) / 100).toString().replace(".", ",")}`, null, null, null, null, "Dinas Komunikasi dan Informatika"]);
    r += 1;
  });
  return book;
}

const PK = "PK Kadis 2025";
const EV = "Evaluasi RKPD TW II";

export const jemberEvaluasiRkpd: Layout = {
  name: "jember-kominfo-evaluasi-rkpd-2025",
  source: "sfynsss/lkpj-jemberkab-new @2e2d1c98 `resources/views/pages/export/laporan_urusan.blade.php` (EVALUASI TERHADAP HASIL RKPD, per triwulan, K | Rp)",
  build,
  truth: {
    tahun: 2025,
    // An Evaluasi RKPD (Permendagri 86/2017 form E.80 family) is a report that is no PK companion (workbook.md §6:
    // "an Evaluasi Renja form ... reported as a sheet not read, never read as a Realisasi of the PK"), although it has
    // `Realisasi Kinerja pada Triwulan` over `I..IV` with `Rp` columns, sub kegiatan kode and amounts.
    sheets: { [PK]: "pk", [EV]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: JAB, level: "eselon2", atasan: null, nama: KADIS, nip: NIP.replace(/\s/g, ""),
        pihakKedua: { jabatan: BUPATI_JAB, nama: BUPATI, nip: null },
        indikator: IND.map((x) => ({ nama: x.nama, target: x.target, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "jumlah-mismatch", sheet: PK }, { rule: "value-unreadable", sheet: PK }, { rule: "target-missing", sheet: PK },
      ...["indikator-unknown", "pk-unlinked", "target-mismatch", "pagu-mismatch", "realisasi-over-pagu", "value-unreadable",
        "kode-invalid", "kode-level-mismatch", "tahun-missing", "tahun-mismatch", "satuan-mismatch", "isi-tak-terbaca"].map((rule) => ({ rule, sheet: EV })),
    ],
  },
  checks: [
    {
      name: "the evaluation is reported once as a sheet not read and yields no Realisasi or Rencana Aksi",
      run(out) {
        expect([...out.model.realisasi, ...out.model.renaksi].map((s) => s.sheet)).toEqual([]);
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${EV}!A1`]);
      },
    },
  ],
};
