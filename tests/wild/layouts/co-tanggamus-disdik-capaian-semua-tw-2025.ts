/**
 * Kabupaten Tanggamus, Dinas Pendidikan: the Kadis's PK 2025 and the app's `LAPORAN PENGUKURAN CAPAIAN KINERJA DAN
 * KEUANGAN (E-SAKIP)` in its all-quarters form (`Periode Pelaksanaan: SEMUA TRIWULAN`), pasted from the browser at the
 * end of TW II: 43 columns under three header rows and a numbering row `(1) .. (43)`. `Data 2025` over `Target | Rp
 * (TW I..IV) | Satuan` (the anggaran kas of the IKU's money by quarter), `Target Kinerja` over `TW I..IV`, `Capaian
 * Kinerja` over `TW I .. TW IV | Total 2025` each over `Real. | % | Predikat`, `Capaian Keuangan` over the same five
 * each over `Real. | %`, `Target Akhir Renstra` over `Kinerja | Rp`, `Capaian Realisasi Akhir Renstra` over `Kinerja |
 * Rp`, `Bukti Pendukung`. `-` wherever nothing is reported (TW III–IV, the rapor IKU). The app's `Total 2025 / Real.`
 * adds the quarters up for every IKU (181,50 for the APK, a percentage measured twice).
 *
 * Source. Code index id 68639900268 (JavaScript page of an e-SAKIP Dinas Pendidikan app: the `SEMUA` table head above,
 * `Real.` / `%` / `Predikat`, `formatRupiahCapaian`, `rkTot = rk1 + rk2 + rk3 + rk4`, `'-'` for 0, numbering `(1)..(44)`
 * with an `Aksi` button column left out here; repository not named); kop and title lines as the single-quarter blade of
 * the same family (id 68818670710, the pesawaran layout). Made up: the pemda, IKU, targets, realisasi, programs and
 * amounts.
 *
 * What a correct reader does. A Realisasi (title PENGUKURAN, year in the line under it, workbook.md §3) tied to the
 * only PK by its IKU. TW k's kinerja realisasi is `Capaian Kinerja / TW k / Real.`; never the `Total 2025` group (no
 * quarter: a sum the spec does not keep, read or reported), never `Capaian Keuangan / TW k / Real.` (rupiah), never a
 * `Target Kinerja` TW, nor `Target Akhir Renstra / Kinerja` as the target (a false target-mismatch). The Kumulatif
 * count's R at TW II is 62 + 95 = 157 (workbook.md §2, §3); the APK's (Akhir) 91,1; the rapor IKU has none. The numbering
 * row is layout (§6). Money on the IKU's row without kode (Rp by TW, keuangan Real.), the quarterly targets and the
 * Renstra columns: read (tied to nothing false) or reported, never dropped.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { columnLetters } from "../../../src/engine/grid";

const PK = "PK Kadis";
const RL = "Capaian Semua TW";
const BUPATI = { nama: "Hj. DEWI KARTIKASARI, S.E.", jab: "BUPATI TANGGAMUS" };
const KADIS = { nama: "Drs. SUPARMAN HADI, M.M.", nip: "19710509 199703 1 005", jab: "KEPALA DINAS PENDIDIKAN KABUPATEN TANGGAMUS" };
const SAS = ["Meningkatnya akses pendidikan menengah pertama", "Meningkatnya mutu pendidik dan satuan pendidikan"];
const IKU = [
  { s: 0, nama: "Angka Partisipasi Kasar (APK) SMP/MTs", satuan: "%", target: 92, tw: [90, 90.5, 91, 92], real: [90.4, 91.1], r: 91.1, rp: [9_120_000_000, 12_480_500_000, 11_250_000_000, 10_905_150_000], keu: [8_240_115_000, 11_905_300_000], renstra: [95, 210_000_000_000] },
  { s: 1, nama: "Persentase sekolah dengan rapor pendidikan kategori baik", satuan: "%", target: 60, tw: [null, null, null, 60], real: [null, null], r: null, rp: [150_000_000, 350_000_000, 400_000_000, 350_000_000], keu: [126_400_000, 298_750_000], renstra: [75, 6_500_000_000] },
  { s: 1, nama: "Jumlah guru yang tersertifikasi pendidik", satuan: "Orang", target: 350, tw: [50, 150, 250, 350], real: [62, 95], r: 157, rp: [420_000_000, 610_000_000, 580_000_000, 390_000_000], keu: [398_200_000, 571_640_000], renstra: [1_600, 9_800_000_000] },
] as const;
const PROG = [
  { kode: "1.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 71_845_200_000 },
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 43_755_650_000 },
  { kode: "1.01.03", nama: "PROGRAM PENGEMBANGAN KURIKULUM", pagu: 1_250_000_000 },
  { kode: "1.01.04", nama: "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", pagu: 2_000_000_000 },
];
const dec = (n: number) => idr(n, 2);
const val = (n: number | null) => (n === null ? "-" : dec(n));
const money = (n: number | null) => (n === null || n === 0 ? "-" : `Rp ${idr(n)}`);
const predikat = (c: number) => (c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah");
const L = (c: number) => columnLetters(c);
const TWS = ["TW I", "TW II", "TW III", "TW IV"];

function build(): Book {
  const book = new Book("co-tanggamus-disdik-capaian-semua-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab).merge("A3:E3", "PEMERINTAH KABUPATEN TANGGAMUS");
  p.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.put("A6", 1).put("B6", SAS[0]).merge("A7:A8", 2).merge("B7:B8", SAS[1]);
  IKU.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A15:C15", "Jumlah").put("D15", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D17", "Kota Agung, 3 Januari 2025");
  p.rows("B18", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  p.row("B23", [BUPATI.nama, null, KADIS.nama]);
  p.put("D24", `NIP. ${KADIS.nip}`);

  const r = book.sheet(RL);
  const last = L(42);
  r.merge(`A1:${last}1`, "PEMERINTAH KABUPATEN TANGGAMUS").merge(`A2:${last}2`, "DINAS PENDIDIKAN");
  r.merge(`A3:${last}3`, "Sub Bagian Perencanaan, Evaluasi, dan Pelaporan (PEP)");
  r.merge(`A5:${last}5`, "LAPORAN PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN (E-SAKIP)");
  r.merge(`A6:${last}6`, "Periode Pelaksanaan: SEMUA TRIWULAN • Tahun Anggaran: 2025");
  const down = (c: number, text: string, from = 8) => r.merge(`${L(c)}${from}:${L(c)}10`, text);
  const across = (c0: number, c1: number, row: number, text: string) => r.merge(`${L(c0)}${row}:${L(c1)}${row}`, text);
  down(0, "No"); down(1, "Tujuan / Sasaran / Program / Kegiatan"); down(2, "Indikator Kinerja");
  across(3, 8, 8, "Data 2025"); down(3, "Target", 9); across(4, 7, 9, "Rp"); r.row("E10", TWS); down(8, "Satuan", 9);
  across(9, 12, 8, "Target Kinerja"); TWS.forEach((t, k) => down(9 + k, t, 9));
  across(13, 27, 8, "Capaian Kinerja");
  [...TWS, "Total 2025"].forEach((t, k) => { across(13 + 3 * k, 15 + 3 * k, 9, t); r.row(`${L(13 + 3 * k)}10`, ["Real.", "%", "Predikat"]); });
  across(28, 37, 8, "Capaian Keuangan");
  [...TWS, "Total 2025"].forEach((t, k) => { across(28 + 2 * k, 29 + 2 * k, 9, t); r.row(`${L(28 + 2 * k)}10`, ["Real.", "%"]); });
  across(38, 39, 8, "Target Akhir Renstra"); down(38, "Kinerja", 9); down(39, "Rp", 9);
  across(40, 41, 8, "Capaian Realisasi Akhir Renstra"); down(40, "Kinerja", 9); down(41, "Rp", 9);
  down(42, "Bukti Pendukung");
  r.row("A11", Array.from({ length: 43 }, (_, k) => `(${k + 1})`));
  IKU.forEach((i, k) => {
    const pagu = sum([...i.rp]);
    const kin = [0, 1, 2, 3].flatMap((q) => {
      const real = q < 2 ? i.real[q] : null;
      const t = i.tw[q];
      const c = real !== null && t !== null ? (real / t) * 100 : null;
      return [val(real), c === null ? "-" : `${dec(c)}%`, c === null ? "-" : predikat(c)];
    });
    const reals = (i.real as readonly (number | null)[]).filter((x): x is number => x !== null);
    const tot = reals.length ? sum(reals) : null;
    const totC = tot === null ? null : (tot / i.target) * 100;
    const keu = [0, 1, 2, 3].flatMap((q) => (q < 2 ? [money(i.keu[q]), `${dec((i.keu[q] / pagu) * 100)}%`] : ["-", "-"]));
    const keuTot = sum([...i.keu]);
    r.row(`A${12 + k}`, [
      k + 1, SAS[i.s], i.nama, dec(i.target), ...i.rp.map(money), i.satuan, ...i.tw.map(val),
      ...kin, val(tot), totC === null ? "-" : `${dec(totC)}%`, totC === null ? "-" : predikat(totC),
      ...keu, money(keuTot), `${dec((keuTot / pagu) * 100)}%`,
      dec(i.renstra[0]), money(i.renstra[1]), tot === null ? "-" : `${dec((tot / i.renstra[0]) * 100)}%`, `${dec((keuTot / i.renstra[1]) * 100)}%`,
      k === 0 ? "Link" : "-",
    ]);
  });
  return book;
}

const rows = IKU.map((_, k) => 12 + k);
const at = (cols: number[]) => cols.flatMap((c) => rows.map((n) => `${L(c)}${n}`));
const filled = (cells: string[]) => {
  const s = build().sheets.find((x) => x.name === RL)!;
  return cells.filter((c) => s.cells.has(c) && s.cells.get(c) !== "-");
};

export const coTanggamusCapaianSemuaTw: Layout = {
  name: "co-tanggamus-disdik-capaian-semua-tw-2025",
  source: "code index id 68639900268 (e-SAKIP Dinas Pendidikan page, `SEMUA` triwulan table: `Capaian Kinerja` / `Capaian Keuangan` over TW I..IV + `Total` × `Real. | % (| Predikat)`; repository not named) + id 68818670710 (kop, title lines); pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IKU.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS[i.s] })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "target-mismatch", sheet: RL }, { rule: "indikator-unknown", sheet: RL }, { rule: "pk-unlinked", sheet: RL },
      { rule: "satuan-mismatch", sheet: RL }, { rule: "value-unreadable", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
      { rule: "realisasi-over-pagu", sheet: RL }, { rule: "pagu-mismatch", sheet: RL }, { rule: "tw-target-inconsistent", sheet: RL },
      { rule: "realisasi-after-period", sheet: RL }, { rule: "tahun-missing", sheet: RL }, { rule: "rak-sum", sheet: RL },
    ],
    unreadOrRead: [
      { sheet: RL, cells: filled(at([4, 5, 6, 7])), what: "Rp TW I..IV (anggaran kas behind the IKU)" },
      { sheet: RL, cells: filled(at([9, 10, 11, 12])), what: "Target Kinerja TW I..IV" },
      { sheet: RL, cells: filled(at([25])), what: "Capaian Kinerja / Total 2025 / Real. (the app's sum)" },
      { sheet: RL, cells: filled(at([28, 30])), what: "Capaian Keuangan / TW I–II / Real. (rupiah)" },
      { sheet: RL, cells: filled(at([36])), what: "Capaian Keuangan / Total 2025 / Real." },
      { sheet: RL, cells: filled(at([38, 39])), what: "Target Akhir Renstra (Kinerja, Rp)" },
    ],
  },
  checks: [
    {
      name: "TW I–II from `Capaian Kinerja / TW k / Real.`, never keuangan, Total or a target",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s ? { pk: s.pk, tw: s.indikator.map((i) => [i.nama, i.tw]) } : "not a Realisasi").toEqual({
          pk: pk?.id ?? "(Kadis PK)",
          tw: IKU.map((i) => [i.nama, [...i.real, null, null]]),
        });
      },
    },
    {
      name: "capaian at TW II: the APK 91,1, the certified teachers 62 + 95 = 157, the rapor IKU none",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IKU.map((i) => [i.nama, i.r]));
      },
    },
  ],
};
