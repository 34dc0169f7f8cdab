/**
 * Kabupaten Magetan: the PK 2025 of the Bupati whose IKU table carries a `Perangkat Daerah Penanggung Jawab` column
 * after the target (the OPD that answers for each IKU), and qualitative and range targets as apps print them:
 * `WTP` (Opini BPK), `Predikat BB` (the word `Predikat` before the grade, the satuan column saying `Predikat` too),
 * `80 - 85` (a range, %), `72,50`.
 *
 * Source. The brief (issue 11, round 10) asks to probe near the fixes for `BB Predikat` (banjarnegara-distan-kasubbag-
 * 2025: the grade before the word) and the `Perangkat Daerah` column of a program table (blitar-walikota-program-opd-
 * 2025) with "an OPD column on a PK sheet" and text / range targets. No repository print of this exact form was found
 * in time. Made up: the name, IKU, targets, amounts; program kode after Kepmendagri 050-5889/2021.
 *
 * What a correct reader does (workbook.md §1, §5): four IKU with targets `WTP`, `BB` (the grade: `Predikat` is the
 * satuan's word, as `BB Predikat` reads BB), the range 80..85, and 72,5; the OPD column is no target, no satuan and no
 * part of a name: the spec is silent on it, so it is read (if the model had a place) or reported isi-tak-terbaca,
 * never glued to the target nor dropped. Three programs with pagu and the Jumlah. A kepala-daerah PK: no NIP, no
 * Pihak Kedua, no atasan-missing.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "PK Bupati";
const BUPATI = { nama: "Dr. Drs. H. NANANG SUPRIYADI, M.M.", jab: "BUPATI MAGETAN" };
const SS = ["Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah", "Meningkatnya kualitas pelayanan publik"];
const IND = [
  { nama: "Opini BPK atas Laporan Keuangan Pemerintah Daerah", satuan: "Opini", text: "WTP", target: "WTP" as const, ss: 0, opd: "Badan Pengelolaan Keuangan dan Aset Daerah" },
  { nama: "Nilai SAKIP Pemerintah Kabupaten", satuan: "Predikat", text: "Predikat BB", target: "BB" as const, ss: 0, opd: "Bagian Organisasi Setda" },
  { nama: "Indeks Kepuasan Masyarakat", satuan: "%", text: "80 - 85", target: { min: 80, max: 85 }, ss: 1, opd: "Bagian Organisasi Setda" },
  { nama: "Indeks Pelayanan Publik", satuan: "nilai", text: "72,50", target: 72.5, ss: 1, opd: "Dinas Penanaman Modal dan PTSP" },
];
const PROG = [
  { kode: "5.02.02", nama: "PROGRAM PENGELOLAAN KEUANGAN DAERAH", pagu: 52_384_000_000 },
  { kode: "4.01.03", nama: "PROGRAM PENDAYAGUNAAN APARATUR NEGARA", pagu: 1_275_500_000 },
  { kode: "2.18.04", nama: "PROGRAM PELAYANAN PENANAMAN MODAL", pagu: 3_418_250_000 },
];

function build(): Book {
  const book = new Book("magetan-bupati-iku-opd-target-teks-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", "BUPATI MAGETAN");
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target 2025", "Perangkat Daerah Penanggung Jawab"]);
  s.merge("A5:A6", 1).merge("B5:B6", SS[0]).merge("A7:A8", 2).merge("B7:B8", SS[1]);
  IND.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.text, i.opd]));
  s.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${11 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  s.merge("A14:C14", "Jumlah").put("D14", idr(sum(PROG.map((p) => p.pagu))));
  s.put("E16", "Magetan, 2 Januari 2025").put("E17", `${BUPATI.jab},`).put("E22", BUPATI.nama);
  return book;
}

export const magetanIkuOpd: Layout = {
  name: "magetan-bupati-iku-opd-target-teks-2025",
  source: "brief round 10 (an OPD column on a PK sheet; `WTP`, `Predikat BB`, `80 - 85` targets; near the `BB Predikat` and `Perangkat Daerah` fixes); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: BUPATI.jab, level: "kepala-daerah", atasan: null, nama: BUPATI.nama, nip: null, pihakKedua: null,
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.ss] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "value-unreadable", sheet: SHEET }, { rule: "target-missing", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "atasan-missing", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET },
    ],
    unreadOrRead: [{ sheet: SHEET, cells: ["F5", "F6", "F7", "F8"], what: "Perangkat Daerah Penanggung Jawab of each IKU" }],
  },
};
