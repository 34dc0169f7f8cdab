/**
 * Kabupaten Pemalang (pemda chosen; content made up), Dinas Pendidikan dan Kebudayaan: the PK 2025 of the Kepala Dinas
 * (programs with kode, a plain workbook.md §1 PK) and of the Kepala Bidang Pembinaan Sekolah Dasar, whose kegiatan
 * table closes each program's group with a row `Jumlah Program <nama program>` (no No, no kode, the group's sum), then
 * `TOTAL`. No band row names the program above its kegiatan: the program is named only in its Jumlah row.
 *
 * Source. The brief (round 12) names "a subtotal row per sasaran or program (`Sub Total`, `Jumlah Program …`)"; near
 * gresik-disdik-kabid-subtotal-2025 (band rows + `Sub Total`, read since round 6) and pg-salatiga-walikota-apbd-dak-
 * subtotal-2025 (`Sub Total Sasaran Strategis n`). No repository print was found. Made up: names, NIPs, indikator,
 * targets, amounts; kode after Kepmendagri 050-5889/2021 (urusan 1.01 pendidikan).
 *
 * Correct reading (workbook.md §1, rules.md), written before the engine was run:
 * - `Lamp PK Kadis`: eselon2, programs 1.01.02 (2.710.500.000) and 1.01.03 (185.000.000); Pihak Kedua the Bupati (not
 *   in the workbook: atasan-missing).
 * - `Lamp PK Kabid`: eselon3, superior the Kadis's PK; FOUR kegiatan (three under 1.01.02, one under 1.01.03). The
 *   `Jumlah Program …` rows are stated subtotals, not kegiatan (a kegiatan table names no program as its object): no
 *   budget object without kode from them, no kode-level-mismatch. They and `TOTAL` agree: no jumlah-mismatch. The
 *   kegiatan add up to each program's pagu: no anggaran-rollup (a reader that counts the subtotals as kegiatan gives
 *   a false jumlah-mismatch at D16 and doubles the Kabid's money).
 */
import { Book, rp } from "../book";
import { sum, type Layout } from "../layout";

const KADIS_SHEET = "Lamp PK Kadis";
const KABID_SHEET = "Lamp PK Kabid";
const BUPATI = { nama: "H. ANOM WIDIYANTORO, S.H.", jab: "BUPATI PEMALANG" };
const KADIS = { nama: "Drs. MOHAMMAD SUKRI, M.Pd.", nip: "19690514 199403 1 006", jab: "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PEMALANG" };
const KABID = { nama: "SRI WAHYUNI RAHAYU, S.Pd., M.Pd.", nip: "19760902 200003 2 005", jab: "KEPALA BIDANG PEMBINAAN SEKOLAH DASAR" };

const KEG = [
  { prog: 0, kode: "1.01.02.2.01", nama: "Pengelolaan Pendidikan Sekolah Dasar", pagu: 2_140_250_000 },
  { prog: 0, kode: "1.01.02.2.05", nama: "Pengelolaan Pendidikan Kesetaraan", pagu: 315_000_000 },
  { prog: 0, kode: "1.01.02.2.06", nama: "Pengelolaan Pendidikan Nonformal/Kesetaraan", pagu: 255_250_000 },
  { prog: 1, kode: "1.01.03.2.01", nama: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar", pagu: 185_000_000 },
];
const PROG = [
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN" },
  { kode: "1.01.03", nama: "PROGRAM PENGEMBANGAN KURIKULUM" },
].map((p, k) => ({ ...p, pagu: sum(KEG.filter((g) => g.prog === k).map((g) => g.pagu)) }));
const SS = "Meningkatnya akses dan mutu pendidikan dasar";
const IND1 = [
  { nama: "Angka Partisipasi Murni SD/MI", text: "98,5 %", target: 98.5 as unknown },
  { nama: "Rata-rata nilai Asesmen Nasional SD", text: "≥ 60", target: { min: 60, max: null } },
];
const SP = "Meningkatnya mutu layanan pendidikan sekolah dasar";
const IND2 = [
  { nama: "Persentase SD terakreditasi minimal B", text: "92 %", target: 92 as unknown },
  { nama: "Persentase guru SD yang berkualifikasi S1/D-IV", text: "96 %", target: 96 },
];

function build(): Book {
  const book = new Book("pg-pemalang-disdik-kabid-jumlah-program-2025.xlsx");
  const a = book.sheet(KADIS_SHEET);
  a.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PEMALANG");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  a.merge("A5:A6", 1).merge("B5:B6", SS);
  IND1.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.text]));
  a.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => a.row(`A${9 + k}`, [k + 1, p.kode, p.nama, rp(p.pagu)])); // 9..10
  a.merge("A11:C11", "Jumlah").put("D11", rp(sum(PROG.map((p) => p.pagu))));
  a.put("C13", "Pemalang, 2 Januari 2025");
  a.row("A14", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  a.row("A15", [`${BUPATI.jab},`, null, `${KADIS.jab},`]);
  a.row("A20", [BUPATI.nama, null, KADIS.nama]);
  a.put("C21", `NIP. ${KADIS.nip}`);

  const b = book.sheet(KABID_SHEET);
  b.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", KABID.jab).merge("A3:D3", "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PEMALANG");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Target"]);
  b.merge("A6:A7", 1).merge("B6:B7", SP);
  IND2.forEach((i, k) => b.row(`C${6 + k}`, [i.nama, i.text]));
  b.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  // 10..12 kegiatan of 1.01.02, 13 its Jumlah, 14 kegiatan of 1.01.03, 15 its Jumlah, 16 TOTAL
  b.row("A10", [1, KEG[0].kode, KEG[0].nama, rp(KEG[0].pagu)]);
  b.row("A11", [2, KEG[1].kode, KEG[1].nama, rp(KEG[1].pagu)]);
  b.row("A12", [3, KEG[2].kode, KEG[2].nama, rp(KEG[2].pagu)]);
  b.row("C13", ["Jumlah Program Pengelolaan Pendidikan", rp(PROG[0].pagu)]);
  b.row("A14", [4, KEG[3].kode, KEG[3].nama, rp(KEG[3].pagu)]);
  b.row("C15", ["Jumlah Program Pengembangan Kurikulum", rp(PROG[1].pagu)]);
  b.merge("A16:C16", "TOTAL").put("D16", rp(sum(KEG.map((g) => g.pagu))));
  b.put("C18", "Pemalang, 2 Januari 2025");
  b.row("A19", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("A20", [`${KADIS.jab},`, null, `${KABID.jab},`]);
  b.row("A25", [KADIS.nama, null, KABID.nama]);
  b.row("A26", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pgPemalangJumlahProgram: Layout = {
  name: "pg-pemalang-disdik-kabid-jumlah-program-2025",
  source: "brief round 12 (a subtotal row per program, `Jumlah Program …`); near gresik-disdik-kabid-subtotal-2025; no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [KADIS_SHEET]: "pk", [KABID_SHEET]: "pk" },
    pk: [
      {
        sheet: KADIS_SHEET, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND1.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: KABID_SHEET, jabatan: KABID.jab, level: "eselon3", atasan: KADIS_SHEET, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND2.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: KADIS_SHEET }],
    absent: [
      { rule: "jumlah-mismatch", sheet: KABID_SHEET }, { rule: "anggaran-rollup", sheet: KADIS_SHEET }, { rule: "kode-uncovered", sheet: KADIS_SHEET },
      { rule: "kode-level-mismatch", sheet: KABID_SHEET }, { rule: "kode-orphan", sheet: KABID_SHEET }, { rule: "level-mismatch", sheet: KABID_SHEET },
      { rule: "isi-tak-terbaca", sheet: KABID_SHEET },
    ],
  },
};
