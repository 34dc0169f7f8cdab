/**
 * Kabupaten Kulon Progo, Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak: the Kadis's PK and a Kabid's, one
 * sheet each, typed in Word and pasted: each signature line on a row of its own, and the NIP split over two rows, the
 * label `NIP.` on one and the number on the next (`NIP.` / `19710203 199803 1 007`), as a Word line break before the
 * number lands in Excel. The Kadis signs the Kabid's PK as
 * Pihak Kedua with his pangkat line.
 *
 * Source: brief round 12 ("`NIP.` on its own row", pangkat / golongan lines); kode after Kepmendagri 050-5889/2021
 * (urusan 1.06 sosial). No repository print with the NIP split over two rows was found; names, NIP, indikator and
 * amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1: "`NIP. 19750312 200003 1 004` (spaces
 * optional)"; the spec is silent on the label and the number on two rows: a planner reads the number as the NIP):
 * two PKs, eselon2 and eselon3, the Kabid under the Kadis, every NIP read; no nip-invalid, no atasan-mismatch; the
 * Kadis's `1.06.01` carried by no subordinate (kode-uncovered at B11); atasan-missing for the Kadis.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

type Party = { nama: string; jab: string; pangkat: string | null; nip: string | null };
const BUPATI: Party = { nama: "Dr. R. AGUNG SETYAWAN, S.T., M.Sc., M.Eng.", jab: "BUPATI KULON PROGO", pangkat: null, nip: null };
const KADIS: Party = { nama: "Drs. TRIYONO, M.Si.", jab: "KEPALA DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN KULON PROGO", pangkat: "Pembina Utama Muda (IV/c)", nip: "19710203 199803 1 007" };
const KABID: Party = { nama: "SRI WAHYUNINGSIH, S.Sos., M.M.", jab: "KEPALA BIDANG REHABILITASI SOSIAL", pangkat: "Pembina (IV/a)", nip: "19780611 200501 2 009" };

type Ind = { s: string; nama: string; text: string; target: number | string };
type Item = { kode: string; nama: string; pagu: number };
const KADIS_IND: Ind[] = [
  { s: "Meningkatnya kesejahteraan sosial masyarakat", nama: "Persentase PPKS yang tertangani", text: "87 %", target: 87 },
  { s: "Meningkatnya kesejahteraan sosial masyarakat", nama: "Indeks Pembangunan Gender", text: "94,2", target: 94.2 },
];
const KADIS_PROG: Item[] = [
  { kode: "1.06.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 4_310_000_000 },
  { kode: "1.06.04", nama: "PROGRAM REHABILITASI SOSIAL", pagu: 1_275_500_000 },
];
const KABID_IND: Ind[] = [
  { s: "PROGRAM REHABILITASI SOSIAL", nama: "Persentase PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti", text: "90 %", target: 90 },
  { s: "PROGRAM REHABILITASI SOSIAL", nama: "Jumlah anak terlantar yang mendapatkan layanan rehabilitasi", text: "120 Anak", target: 120 },
];
const KABID_KEG: Item[] = [{ kode: "1.06.04.2.02", nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", pagu: 1_275_500_000 }];

function page(book: Book, name: string, unit: string, sw: string, ind: Ind[], bw: string, items: Item[], left: Party, right: Party): void {
  const s = book.sheet(name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", unit).merge("A3:E3", "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN KULON PROGO");
  s.row("A4", ["No", sw, "Indikator Kinerja", "Target"]);
  const end = 4 + ind.length;
  s.merge(`A5:A${end}`, 1).merge(`B5:B${end}`, ind[0].s);
  ind.forEach((i, k) => s.put(`C${5 + k}`, i.nama).put(`D${5 + k}`, i.text));
  s.row("A10", ["No", "Kode", bw, "Anggaran (Rp)"]);
  items.forEach((x, k) => s.row(`A${11 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 11 + items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(items.reduce((a, x) => a + x.pagu, 0)));
  s.put("E18", "Wates, 3 Januari 2025");
  s.put("B19", "PIHAK KEDUA,").put("E19", "PIHAK PERTAMA,");
  s.put("B20", `${left.jab},`).put("E20", `${right.jab},`);
  s.put("B25", left.nama).put("E25", right.nama);
  if (left.pangkat) s.put("B26", left.pangkat);
  s.put("E26", right.pangkat);
  if (left.nip) s.put("B27", "NIP.").put("B28", left.nip);
  s.put("E27", "NIP.").put("E28", right.nip);
}

const S = { kadis: "PK Kadis", kabid: "PK Kabid Rehsos" };

function build(): Book {
  const book = new Book("cs-kulonprogo-dinsos-nip-baris-sendiri-2025.xlsx");
  page(book, S.kadis, "KEPALA DINAS", "Sasaran Strategis", KADIS_IND, "Program", KADIS_PROG, BUPATI, KADIS);
  page(book, S.kabid, "KEPALA BIDANG REHABILITASI SOSIAL", "Sasaran Program", KABID_IND, "Kegiatan", KABID_KEG, KADIS, KABID);
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csKulonprogoNipBarisSendiri: Layout = {
  name: "cs-kulonprogo-dinsos-nip-baris-sendiri-2025",
  source: "brief round 12 (`NIP.` on its own row, the number on the next; pangkat lines); kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [S.kadis]: "pk", [S.kabid]: "pk" },
    pk: [
      { sheet: S.kadis, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(KADIS_IND), anggaran: ang(KADIS_PROG) },
      { sheet: S.kabid, jabatan: KABID.jab, level: "eselon3", atasan: S.kadis, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(KADIS), indikator: ind(KABID_IND), anggaran: ang(KABID_KEG) },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: S.kadis, cell: "B20" },
      { rule: "kode-uncovered", sheet: S.kadis, cell: "B11" },
    ],
    absent: [
      ...[S.kadis, S.kabid].flatMap((sheet) => [
        { rule: "nip-invalid", sheet }, { rule: "isi-tak-terbaca", sheet }, { rule: "pihak-missing", sheet }, { rule: "level-unknown", sheet },
      ]),
      { rule: "atasan-mismatch", sheet: S.kabid }, { rule: "atasan-missing", sheet: S.kabid }, { rule: "anggaran-rollup", sheet: S.kadis },
    ],
  },
};
