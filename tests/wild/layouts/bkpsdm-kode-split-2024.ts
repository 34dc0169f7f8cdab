/**
 * A kabupaten's BKPSDM (Badan Kepegawaian dan Pengembangan Sumber Daya Manusia): the PK of the Kepala Badan, the
 * Sekretaris and the Kasubbag Umum dan Kepegawaian, whose budget tables carry the kode the way the badan's Renstra
 * workbook does: SPLIT over five columns under one merged `Kode` header, each part a NUMBER with a display format
 * (`5` | `3` shown `03` | `1` shown `01` | `2.05` shown `2.05` | `2` shown `0002`).
 *
 * Source: andreperiozaherpa/indigo @6bebd0dc3e470eafef83a2ef20d9d6b4836bd037
 * `application/views/admin/sicerdas/renstra/laporan/24.php`: a real Renstra workbook of a BKPSDM saved as HTML by
 * LibreOffice (its `sdval`/`sdnum` attributes are the cells' values and number formats): `Kode` over five columns
 * (`colspan=5`), the parts as numbers formatted `0`, `00`, `00`, `0.00` (`sdval="3" sdnum="…;0;00">03`, `sdval="2.01"
 * sdnum="…;0;0.00">2.01`), the program and kegiatan names (`PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA`,
 * `PROGRAM KEPEGAWAIAN DAERAH`, `Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah`, `Administrasi
 * Kepegawaian Perangkat Daerah`, `Administrasi Umum Perangkat Daerah`) and their 2024 amounts (80.500.000, 127.000.000,
 * 475.000.000), the money as numbers formatted `#,##0`. The sub kegiatan part formatted `0000` is the same habit one
 * level down (the Boalemo Dinkes matrix, scribd 599099795, prints kode as `1 02 01 2.02`).
 * Made up: the pemda, names, NIPs, indikator, targets, the sub kegiatan split of 127.000.000, the program totals, the
 * PK sheets themselves (common layout of workbook.md §1 apart from the kode).
 */
import { Book, type Sheet, type V } from "../book";
import { type Layout } from "../layout";

const BUPATI = "H. DONY AHMAD MUNIR, S.T., M.M.";
const KABAN = "Drs. ASEP KUSNADI, M.Si.";
const KABAN_JAB = "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA";
const SEK = "NINA HERLINA, S.Sos., M.M.";
const SEK_JAB = "SEKRETARIS BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA";
const KSB = "YUDI PERMANA, S.IP.";
const KSB_JAB = "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN";
const NIP = { kaban: "NIP. 19690512 199003 1 004", sek: "NIP. 19760824 199903 2 002", ksb: "NIP. 19850117 200903 1 003" };

const f = (v: number, fmt: string): V => ({ v, fmt });
const money = (n: number): V => ({ v: n, fmt: "#,##0" });
type Kode = V[];
const KEG = [
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.01, "0.00")], kode: "5.03.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: 80_500_000 },
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.05, "0.00")], kode: "5.03.01.2.05", nama: "Administrasi Kepegawaian Perangkat Daerah", pagu: 127_000_000 },
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.06, "0.00")], kode: "5.03.01.2.06", nama: "Administrasi Umum Perangkat Daerah", pagu: 475_000_000 },
];
const SUB = [
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.05, "0.00"), f(2, "0000")], kode: "5.03.01.2.05.0002", nama: "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", pagu: 96_000_000 },
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.05, "0.00"), f(3, "0000")], kode: "5.03.01.2.05.0003", nama: "Pendataan dan Pengolahan Administrasi Kepegawaian", pagu: 12_500_000 },
  { parts: [f(5, "0"), f(3, "00"), f(1, "00"), f(2.05, "0.00"), f(9, "0000")], kode: "5.03.01.2.05.0009", nama: "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", pagu: 18_500_000 },
];
const PROG = [
  { parts: [f(5, "0"), f(3, "00"), f(1, "00")], kode: "5.03.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 682_500_000 },
  { parts: [f(5, "0"), f(3, "00"), f(2, "00")], kode: "5.03.02", nama: "PROGRAM KEPEGAWAIAN DAERAH", pagu: 22_096_885_600 },
];

type Ind = { s: string; i: { nama: string; satuan: string; target: number | string }[] };
const IND: Record<"kaban" | "sek" | "ksb", Ind> = {
  kaban: { s: "Meningkatnya profesionalitas dan kinerja ASN", i: [{ nama: "Indeks Profesionalitas ASN", satuan: "Indeks", target: 74 }, { nama: "Indeks Sistem Merit ASN", satuan: "Indeks", target: 315 }] },
  sek: { s: "Meningkatnya kapasitas dan kapabilitas internal perangkat daerah", i: [{ nama: "Nilai Sakip Perangkat Daerah", satuan: "Predikat", target: "A" }, { nama: "Tingkat Penyerapan Anggaran Perangkat Daerah", satuan: "%", target: 98 }] },
  ksb: { s: "Meningkatnya kualitas administrasi kepegawaian perangkat daerah", i: [{ nama: "Jumlah Aparatur yang Mengikuti Peningkatan Kapasitas", satuan: "Orang", target: 50 }] },
};

function pk(s: Sheet, jab: string, sasaranWord: string, ind: Ind, budgetWord: string, rows: { parts: Kode; nama: string; pagu: number }[],
  p2: { jab: string; nama: string; nip: string | null; pangkat: string | null }, p1: { nama: string; nip: string; pangkat: string }) {
  s.merge("A1:H1", "PERJANJIAN KINERJA TAHUN 2024").merge("A2:H2", jab);
  s.row("A4", ["No", sasaranWord, "Indikator Kinerja", "Satuan", "Target"]);
  if (ind.i.length > 1) s.merge(`A5:A${4 + ind.i.length}`, 1).merge(`B5:B${4 + ind.i.length}`, ind.s);
  else s.row("A5", [1, ind.s]);
  ind.i.forEach((x, j) => s.row(`C${5 + j}`, [x.nama, x.satuan, x.target]));
  const h = 6 + ind.i.length;
  s.put(`A${h}`, "No").merge(`B${h}:F${h}`, "Kode").put(`G${h}`, budgetWord).put(`H${h}`, "Anggaran (Rp)");
  rows.forEach((r, j) => {
    s.put(`A${h + 1 + j}`, j + 1);
    s.row(`B${h + 1 + j}`, r.parts);
    s.put(`G${h + 1 + j}`, r.nama).put(`H${h + 1 + j}`, money(r.pagu));
  });
  const t = h + 1 + rows.length;
  s.merge(`A${t}:G${t}`, "Jumlah").put(`H${t}`, { f: `SUM(H${h + 1}:H${t - 1})`, v: rows.reduce((a, r) => a + r.pagu, 0) });
  s.put(`G${t + 2}`, "Sumedang, 2 Januari 2024");
  s.row(`B${t + 3}`, ["PIHAK KEDUA,", null, null, null, null, "PIHAK PERTAMA,"]);
  s.row(`B${t + 4}`, [`${p2.jab},`, null, null, null, null, `${jab},`]);
  s.row(`B${t + 8}`, [p2.nama, null, null, null, null, p1.nama]);
  s.row(`B${t + 9}`, [p2.pangkat, null, null, null, null, p1.pangkat]);
  s.row(`B${t + 10}`, [p2.nip, null, null, null, null, p1.nip]);
}

function build(): Book {
  const book = new Book("bkpsdm-kode-split-2024.xlsx");
  pk(book.sheet("PK Kaban"), KABAN_JAB, "Sasaran Strategis", IND.kaban, "Program", PROG,
    { jab: "BUPATI SUMEDANG", nama: BUPATI, nip: null, pangkat: null }, { nama: KABAN, nip: NIP.kaban, pangkat: "Pembina Utama Muda (IV/c)" });
  pk(book.sheet("PK Sekretaris"), SEK_JAB, "Sasaran Program", IND.sek, "Kegiatan", KEG,
    { jab: KABAN_JAB, nama: KABAN, nip: NIP.kaban, pangkat: "Pembina Utama Muda (IV/c)" }, { nama: SEK, nip: NIP.sek, pangkat: "Pembina (IV/a)" });
  pk(book.sheet("PK Kasubbag Umpeg"), KSB_JAB, "Sasaran Kegiatan", IND.ksb, "Sub Kegiatan", SUB,
    { jab: SEK_JAB, nama: SEK, nip: NIP.sek, pangkat: "Pembina (IV/a)" }, { nama: KSB, nip: NIP.ksb, pangkat: "Penata Tingkat I (III/d)" });
  return book;
}

const S1 = "PK Kaban";
const S2 = "PK Sekretaris";
const S3 = "PK Kasubbag Umpeg";
const digits = (s: string) => s.replace(/\D/g, "");
const asTruth = (ind: Ind) => ind.i.map((x) => ({ nama: x.nama, target: x.target, satuan: x.satuan, sasaran: ind.s }));

export const bkpsdmKodeSplit: Layout = {
  name: "bkpsdm-kode-split-2024",
  source: "andreperiozaherpa/indigo @6bebd0dc `application/views/admin/sicerdas/renstra/laporan/24.php` (a BKPSDM Renstra workbook saved as HTML: Kode over 5 columns, numeric parts with formats 0 / 00 / 00 / 0.00)",
  build,
  truth: {
    tahun: 2024,
    sheets: { [S1]: "pk", [S2]: "pk", [S3]: "pk" },
    pk: [
      // Spec: the kode stands in its own column (workbook.md §1); here in five, each part shown through its number
      // format. A planner reads the displayed parts joined with dots: `5.03.01`, `5.03.01.2.05`, `5.03.01.2.05.0002`.
      {
        sheet: S1, jabatan: KABAN_JAB, level: "eselon2", atasan: null, nama: KABAN, nip: digits(NIP.kaban),
        pihakKedua: { jabatan: "BUPATI SUMEDANG", nama: BUPATI, nip: null },
        indikator: asTruth(IND.kaban), anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: S2, jabatan: SEK_JAB, level: "eselon3", atasan: S1, nama: SEK, nip: digits(NIP.sek),
        pihakKedua: { jabatan: KABAN_JAB, nama: KABAN, nip: digits(NIP.kaban) },
        indikator: asTruth(IND.sek), anggaran: KEG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: S3, jabatan: KSB_JAB, level: "eselon4", atasan: S2, nama: KSB, nip: digits(NIP.ksb),
        pihakKedua: { jabatan: SEK_JAB, nama: SEK, nip: digits(NIP.sek) },
        indikator: asTruth(IND.ksb), anggaran: SUB.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    // 5.03.01 = the Sekretaris's three kegiatan (682.500.000); 5.03.01.2.05 = the Kasubbag's three sub kegiatan
    // (127.000.000): the cascade holds, no error.
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: S1 },
      // 5.03.02 (no subordinate carries it); 5.03.01.2.01 and 5.03.01.2.06 (the Kasubbag carries 2.05 only).
      { rule: "kode-uncovered", sheet: S1, cell: "B10" },
      { rule: "kode-uncovered", sheet: S2, cell: "B9" },
      { rule: "kode-uncovered", sheet: S2, cell: "B11" },
    ],
    absent: [
      { rule: "kode-invalid", sheet: S1 }, { rule: "kode-invalid", sheet: S2 }, { rule: "kode-invalid", sheet: S3 },
      { rule: "kode-level-mismatch", sheet: S1 }, { rule: "kode-level-mismatch", sheet: S2 }, { rule: "kode-level-mismatch", sheet: S3 },
      { rule: "kode-orphan", sheet: S2 }, { rule: "kode-orphan", sheet: S3 },
      { rule: "isi-tak-terbaca", sheet: S1 }, { rule: "isi-tak-terbaca", sheet: S2 }, { rule: "isi-tak-terbaca", sheet: S3 },
    ],
  },
};
