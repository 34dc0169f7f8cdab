/**
 * Kota Mojokerto, Dinas Kesehatan: the Kepala Dinas PK 2025 and the PK of the Kepala UPT Laboratorium Kesehatan
 * Daerah, made the way the kota's own rule says: a Kepala UPT is an eselon III official who signs with the Kepala PD
 * and presents `Sasaran Program` / `Kegiatan`.
 *
 * Source of the rule: Peraturan Wali Kota Mojokerto No. 11 Tahun 2017 (https://peraturan.bpk.go.id/Details/86366/
 * perwali-kota-mojokerto-no-11-tahun-2017, pages corpus): "Kepala UPT/Kepala Bagian/Bidang/Sekretaris atau setara
 * Eselon III: Perjanjian Kinerja Eselon III disusun oleh Pejabat Eselon III, kemudian ditandatangani oleh Pejabat
 * Eselon III dan Kepala PD"; "Kepala Sub Bagian/Sub Bidang/Seksi atau setara Eselon IV … atasan langsungnya (Eselon
 * III)". The sheets follow workbook.md §1's common layout. Made up: names, NIP, indikator, targets, kode, amounts.
 *
 * SPEC CONFLICT (for the lead): workbook.md's Words table puts `Kepala UPT` at eselon4. Read by the spec this PK is an
 * eselon4 PK whose `Sasaran Program` and `Kegiatan` headers disagree with its level: two level-mismatch ERRORS on a PK
 * that is right by the pemda's own Perwali. The truth below is the spec's reading (errors at C5 and B10); the planner's
 * reading (eselon3, no error) is the case for changing the spec (a Kepala UPT at the level its PK shows, or
 * level-unknown between eselon3 and eselon4).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "dr. CHRISTIANA INDAH WAHYU, M.Kes.";
const KAUPT = "NUR AINI FITRIYAH, S.Si., M.Kes.";
const WALI = "Hj. IKA PUSPITASARI, S.E.";
const KADIS_JAB = "KEPALA DINAS KESEHATAN KOTA MOJOKERTO";
const UPT_JAB = "KEPALA UPT LABORATORIUM KESEHATAN DAERAH";
const KADIS_NIP = "19740512 200212 2 008";
const UPT_NIP = "19800917 200501 2 013";
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 48_612_400_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 2_364_500_000 },
];
const KEG = [
  { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 1_942_300_000 },
  { kode: "1.02.02.2.05", nama: "Penerbitan Perizinan Rumah Sakit Kelas C, D dan Fasilitas Pelayanan Kesehatan Tingkat Daerah Kabupaten/Kota", pagu: 422_200_000 },
];
const SS = "Meningkatnya derajat kesehatan masyarakat";
const SP = "Meningkatnya mutu layanan laboratorium kesehatan rujukan";

function build(): Book {
  const book = new Book("mojokerto-dinkes-upt-eselon3-2025.xlsx");
  const k = book.sheet("PK Kadis");
  k.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS KESEHATAN KOTA MOJOKERTO");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  k.merge("A5:A6", 1).merge("B5:B6", SS);
  k.rows("C5", [["Usia Harapan Hidup", "73,9 tahun"], ["Persentase fasilitas pelayanan kesehatan terakreditasi", "100 %"]]);
  k.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${9 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.row("C11", ["Jumlah", idr(sum(PROG.map((p) => p.pagu)))]);
  k.put("D13", "Mojokerto, 3 Januari 2025");
  k.rows("B14", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["WALI KOTA MOJOKERTO,", null, `${KADIS_JAB},`]]);
  k.row("B19", [WALI, null, KADIS]);
  k.put("D20", `NIP. ${KADIS_NIP}`);

  const u = book.sheet("PK UPT Labkesda");
  u.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", UPT_JAB).merge("A3:E3", "DINAS KESEHATAN KOTA MOJOKERTO");
  u.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  u.merge("A6:A7", 1).merge("B6:B7", SP);
  u.rows("C6", [["Persentase pemeriksaan laboratorium sesuai standar mutu", "%", 95], ["Jumlah sampel pemeriksaan kesehatan masyarakat", "sampel", 12500]]);
  u.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => u.row(`A${10 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  u.row("C12", ["Jumlah", idr(sum(KEG.map((g) => g.pagu)))]);
  u.put("D14", "Mojokerto, 6 Januari 2025");
  u.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS_JAB},`, null, `${UPT_JAB},`]]);
  u.row("B20", [KADIS, null, KAUPT]);
  u.row("B21", [`NIP. ${KADIS_NIP}`, null, `NIP. ${UPT_NIP}`]);
  return book;
}

const PK1 = "PK Kadis";
const PK2 = "PK UPT Labkesda";
const d = (s: string) => s.replace(/\s/g, "");

export const mojokertoUpt: Layout = {
  name: "mojokerto-dinkes-upt-eselon3-2025",
  source: "Perwali Kota Mojokerto No. 11/2017 (peraturan.bpk.go.id Details/86366): Kepala UPT is eselon III, signs with the Kepala PD",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        sheet: PK1, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: d(KADIS_NIP),
        pihakKedua: { jabatan: "WALI KOTA MOJOKERTO", nama: WALI, nip: null },
        indikator: [
          { nama: "Usia Harapan Hidup", target: 73.9 },
          { nama: "Persentase fasilitas pelayanan kesehatan terakreditasi", target: 100 },
        ],
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
      {
        // Spec-literal (workbook.md Words: Kepala UPT = eselon4); see the file header.
        sheet: PK2, jabatan: UPT_JAB, level: "eselon4", atasan: PK1, nama: KAUPT, nip: d(UPT_NIP),
        pihakKedua: { jabatan: KADIS_JAB, nama: KADIS, nip: d(KADIS_NIP) },
        indikator: [
          { nama: "Persentase pemeriksaan laboratorium sesuai standar mutu", target: 95, satuan: "%" },
          { nama: "Jumlah sampel pemeriksaan kesehatan masyarakat", target: 12500, satuan: "sampel" },
        ],
        anggaran: KEG.map((g) => ({ kode: g.kode, pagu: g.pagu })),
      },
    ],
    // The level from `KEPALA UPT` (eselon4) disagrees with `Sasaran Program` (eselon3) and `Kegiatan` (eselon3).
    errors: [
      { rule: "level-mismatch", sheet: PK2, cell: "B5" },
      { rule: "level-mismatch", sheet: PK2, cell: "C9" },
    ],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      { rule: "kode-uncovered", sheet: PK1, cell: "B9" },
    ],
    absent: [
      // 1.02.02 = 1.942.300.000 + 422.200.000: the rollup holds; the kegiatan kode start with the Kadis's program.
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "kode-orphan", sheet: PK2 }, { rule: "kode-level-mismatch", sheet: PK2 },
      { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 }, { rule: "level-unknown", sheet: PK2 },
      { rule: "jumlah-mismatch", sheet: PK1 }, { rule: "jumlah-mismatch", sheet: PK2 }, { rule: "kode-uncovered", sheet: PK1, cell: "B10" },
    ],
  },
};
