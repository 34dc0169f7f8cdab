/**
 * Kota Salatiga (pemda chosen; content made up): the PK 2025 of the Wali Kota with eighteen programs, their pagu split by
 * funding source as a Bappeda keeps it for the DAK report: `Anggaran (Rp)` merged over `APBD | DAK | Total`, the
 * programs grouped by sasaran strategis with a `Sub Total Sasaran Strategis n` row after each group (sums of the three
 * columns), and a closing `TOTAL`. DAK is filled only for the programs that get it (pendidikan, kesehatan, jalan, air
 * minum, sanitasi); the others show `-`. The Wali Kota signs alone (no NIP, no Pihak Kedua).
 *
 * Source: the funding-source columns after code index id 46475012531 (Blade `MEMORANDUM PROGRAM DAN KEGIATAN
 * PENANGANAN KUMUH KOTA JAMBI`: `Indikasi Biaya | Jumlah | Sumber Pendanaan / Pembiayaan` over `KAB / KOTA | PROV. |
 * APBN | DAK | …`) and id 5783981338 (`Nama SKPD | APBD | DAK | APBN`); repositories not named. The brief (round 12)
 * names `APBD | DAK | Total`, a subtotal row per sasaran or program, and a Wali Kota PK with many programs as not met.
 * No repository print of a PK with these columns was found. Made up: names, IKU, targets, amounts; program kode after
 * Kepmendagri 050-5889/2021.
 *
 * Correct reading (workbook.md §1, §5; rules.md), written before the engine was run:
 * - One PK, `kepala-daerah` (`WALI KOTA SALATIGA`), no NIP, no Pihak Kedua; six IKU under three sasaran, targets as typed
 *   (`80-85` a range, `≥ 90` a bound, `A` a grade).
 * - Eighteen programs with their kode; the pagu of each is the `Total` (= APBD + DAK), not the APBD column (the first
 *   amount under `Anggaran (Rp)`) and not the DAK. `-` in DAK is none.
 * - The `Sub Total Sasaran Strategis n` rows are stated sums of the programs above them back to the previous subtotal;
 *   `TOTAL` is the sum of all eighteen. The planner's slip: the Total of Sub Total 2 (F28) says 131.415.750.000 while its
 *   programs add up to 132.415.750.000 (APBD and DAK of that row are right): jumlah-mismatch ERROR at F28. No other
 *   error: TOTAL (F35) agrees with the eighteen programs; a reader that adds the subtotals into TOTAL, or compares
 *   TOTAL with the last group only, gives a false jumlah-mismatch at F35.
 * - The APBD and DAK columns are parts of the pagu, read as such or recognised; the spec is silent on them beside a Total.
 *   No program may be read from a subtotal row (18 programs exactly), none with the APBD amount as its pagu.
 */
import { Book, rp } from "../book";
import { sum, type Layout } from "../layout";

const SHEET = "PK Walikota";
const WALI = { nama: "dr. ANDRI PRASETYO WIBOWO, Sp.OG.", jab: "WALI KOTA SALATIGA" };
const SS = [
  "Meningkatnya kualitas sumber daya manusia",
  "Meningkatnya kualitas infrastruktur dan lingkungan hidup perkotaan",
  "Meningkatnya kinerja tata kelola pemerintahan",
];
const IND = [
  { ss: 0, nama: "Indeks Pembangunan Manusia", satuan: "Indeks", text: "84,15", target: 84.15 as unknown },
  { ss: 0, nama: "Persentase penduduk yang memiliki jaminan kesehatan", satuan: "%", text: "≥ 98", target: { min: 98, max: null } },
  { ss: 1, nama: "Persentase jalan kota dalam kondisi mantap", satuan: "%", text: "80-85", target: { min: 80, max: 85 } },
  { ss: 1, nama: "Indeks Kualitas Lingkungan Hidup", satuan: "Indeks", text: "68,40", target: 68.4 },
  { ss: 2, nama: "Nilai SAKIP Kota", satuan: "Predikat", text: "A", target: "A" },
  { ss: 2, nama: "Indeks Kepuasan Masyarakat", satuan: "Indeks", text: "≥ 90", target: { min: 90, max: null } },
];
type Prog = { ss: number; kode: string; nama: string; apbd: number; dak: number };
const PROG: Prog[] = [
  { ss: 0, kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", apbd: 96_412_300_000, dak: 8_725_400_000 },
  { ss: 0, kode: "1.01.03", nama: "PROGRAM PENGEMBANGAN KURIKULUM", apbd: 415_000_000, dak: 0 },
  { ss: 0, kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", apbd: 112_870_650_000, dak: 14_320_000_000 },
  { ss: 0, kode: "1.02.03", nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", apbd: 1_240_500_000, dak: 0 },
  { ss: 0, kode: "1.06.04", nama: "PROGRAM REHABILITASI SOSIAL", apbd: 2_185_000_000, dak: 0 },
  { ss: 0, kode: "2.08.02", nama: "PROGRAM PERLINDUNGAN PEREMPUAN", apbd: 635_750_000, dak: 0 },
  { ss: 0, kode: "2.19.03", nama: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN", apbd: 1_072_400_000, dak: 0 },
  { ss: 1, kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", apbd: 58_940_000_000, dak: 12_480_000_000 },
  { ss: 1, kode: "1.03.05", nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", apbd: 9_315_250_000, dak: 3_870_000_000 },
  { ss: 1, kode: "1.03.06", nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM AIR LIMBAH", apbd: 4_560_000_000, dak: 2_950_000_000 },
  { ss: 1, kode: "1.04.02", nama: "PROGRAM PENGEMBANGAN PERUMAHAN", apbd: 7_815_500_000, dak: 0 },
  { ss: 1, kode: "2.11.06", nama: "PROGRAM PENGELOLAAN PERSAMPAHAN", apbd: 18_730_000_000, dak: 0 },
  { ss: 1, kode: "2.15.02", nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", apbd: 13_755_000_000, dak: 0 },
  { ss: 2, kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", apbd: 3_420_000_000, dak: 0 },
  { ss: 2, kode: "5.02.02", nama: "PROGRAM PENGELOLAAN KEUANGAN DAERAH", apbd: 41_862_300_000, dak: 0 },
  { ss: 2, kode: "5.03.02", nama: "PROGRAM KEPEGAWAIAN DAERAH", apbd: 4_915_000_000, dak: 0 },
  { ss: 2, kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", apbd: 3_684_250_000, dak: 0 },
  { ss: 2, kode: "2.16.03", nama: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", apbd: 5_127_600_000, dak: 0 },
];
const total = (p: Prog) => p.apbd + p.dak;
/** The planner's slip in the Total of the second subtotal: a thousand million short. */
const SLIP = 1_000_000_000;

/** Rows: header 12–13, then each group's programs and its subtotal, then TOTAL. */
function layoutRows() {
  const rows: { r: number; kind: "prog"; p: Prog; no: number }[] = [];
  const subs: { r: number; ss: number }[] = [];
  let r = 14;
  let no = 0;
  for (let s = 0; s < SS.length; s++) {
    for (const p of PROG.filter((x) => x.ss === s)) rows.push({ r: r++, kind: "prog", p, no: ++no });
    subs.push({ r: r++, ss: s });
  }
  return { rows, subs, totalRow: r };
}
const L = layoutRows();
const SUB2_TOTAL_CELL = `F${L.subs[1].r}`;
const TOTAL_CELL = `F${L.totalRow}`;

function build(): Book {
  const book = new Book("pg-salatiga-walikota-apbd-dak-subtotal-2025.xlsx");
  const a = book.sheet(SHEET);
  a.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", "WALI KOTA SALATIGA");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  [[5, 6], [7, 8], [9, 10]].forEach(([top, bottom], s) => a.merge(`A${top}:A${bottom}`, s + 1).merge(`B${top}:B${bottom}`, SS[s]));
  IND.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));

  a.merge("A12:A13", "No").merge("B12:B13", "Kode").merge("C12:C13", "Program").merge("D12:F12", "Anggaran (Rp)");
  a.row("D13", ["APBD", "DAK", "Total"]);
  for (const x of L.rows) a.row(`A${x.r}`, [x.no, x.p.kode, x.p.nama, rp(x.p.apbd), x.p.dak ? rp(x.p.dak) : "-", rp(total(x.p))]);
  for (const s of L.subs) {
    const ps = PROG.filter((p) => p.ss === s.ss);
    const dak = sum(ps.map((p) => p.dak));
    a.merge(`A${s.r}:C${s.r}`, `Sub Total Sasaran Strategis ${s.ss + 1}`);
    a.row(`D${s.r}`, [rp(sum(ps.map((p) => p.apbd))), dak ? rp(dak) : "-", rp(sum(ps.map(total)) - (s.ss === 1 ? SLIP : 0))]);
  }
  a.merge(`A${L.totalRow}:C${L.totalRow}`, "TOTAL");
  a.row(`D${L.totalRow}`, [rp(sum(PROG.map((p) => p.apbd))), rp(sum(PROG.map((p) => p.dak))), rp(sum(PROG.map(total)))]);

  const d = L.totalRow + 2;
  a.put(`E${d}`, "Salatiga, 2 Januari 2025").put(`E${d + 1}`, `${WALI.jab},`).put(`E${d + 6}`, WALI.nama);
  return book;
}

export const pgSalatigaWalikotaApbdDak: Layout = {
  name: "pg-salatiga-walikota-apbd-dak-subtotal-2025",
  source: "funding columns after code index ids 46475012531 (Kota Jambi memorandum: `Jumlah | Sumber Pendanaan` over `KAB / KOTA | PROV. | APBN | DAK`) and 5783981338 (`APBD | DAK | APBN`); brief round 12 (`APBD | DAK | Total`, Sub Total per sasaran); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: WALI.jab, level: "kepala-daerah", atasan: null, nama: WALI.nama, nip: null, pihakKedua: null,
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target as never, satuan: i.satuan, sasaran: SS[i.ss] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: total(p) })),
      },
    ],
    errors: [{ rule: "jumlah-mismatch", sheet: SHEET, cell: SUB2_TOTAL_CELL }],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "jumlah-mismatch", sheet: SHEET, cell: TOTAL_CELL },
      ...L.subs.filter((s) => s.ss !== 1).map((s) => ({ rule: "jumlah-mismatch", sheet: SHEET, cell: `F${s.r}` })),
      ...L.subs.flatMap((s) => ["D", "E"].map((c) => ({ rule: "jumlah-mismatch", sheet: SHEET, cell: `${c}${s.r}` }))),
      { rule: "value-unreadable", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET },
      { rule: "pihak-missing", sheet: SHEET }, { rule: "level-unknown", sheet: SHEET }, { rule: "kode-level-mismatch", sheet: SHEET },
    ],
  },
};
