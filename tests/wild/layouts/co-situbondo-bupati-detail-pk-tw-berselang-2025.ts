/**
 * Kabupaten Situbondo: the Bupati's PK 2025 (4 IKU under 3 sasaran strategis, 6 programs) and the app's Excel
 * download `LAPORAN DETAIL PK BUPATI 2025` on the default sheet `Worksheet`: ONE header row where the quarters are
 * interleaved, four columns each, `Target TW1 | Realisasi TW1 | Pagu TW1 | Realisasi Anggaran TW1 | Target TW2 | …`,
 * after `No | Tahun | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan` (the target BEFORE the satuan, a
 * `Tahun` column repeating 2025), then `Program | Analisis Evaluasi | Penanggung Jawab`. The money of each IKU's
 * program is on the IKU's row (program named without kode): its anggaran kas per quarter (`Pagu TWn`) and what was
 * spent in the quarter (`Realisasi Anggaran TWn`). A TW II report: TW III–IV realisasi empty, the SAKIP IKU has no
 * realisasi yet (the LHE comes in TW IV), the count's TW I realisasi (180) passes its quarter's target (150).
 *
 * Source. Code index id 12465968584 (Laravel `DownloadController::downloadPKExcel`, PhpSpreadsheet: title `LAPORAN DETAIL
 * PK BUPATI {year}` merged A1:Z1, the header list above in row 3, data from row 4, numbers as numbers; repository not
 * named). Made up: the pemda, the IKU, targets, realisasi, programs (kode in the Kepmendagri 050-5889/2021 shape) and
 * amounts. The PK sheet is workbook.md §1's plain form for a kepala daerah (Pihak Pertama only, no NIP).
 *
 * What a correct reader does. The title names neither REALISASI nor PENGUKURAN KINERJA (workbook.md §3), but the sheet
 * is the Bupati's realisasi by every header (`Realisasi TW1..TW4` beside the PK's IKU and targets): as for the earlier
 * `CAPAIAN KINERJA …` prints (tapin-disdukcapil-capaian-2024), a planner expects it read, tied to the Bupati's PK by its
 * IKU. The spec is silent on interleaved quarter groups. The kinerja realisasi of TW k is the `Realisasi TWk` column
 * (H, L, P, T), never `Realisasi Anggaran TWk` (J, N: rupiah, it holds `Realisasi` and `TW1` too), nor `Target TWk`
 * (G, K). `Jumlah wirausaha baru …` is Kumulatif (workbook.md §2), its `Realisasi TWk` cells are per quarter
 * (workbook.md §3): R at TW II = 180 + 250 = 430. The quarterly targets, the `Tahun` column, the money columns and the
 * `Program` names: read (the money by program name, each program once) or reported, never dropped; never a false
 * target-mismatch (E is the PK's target), realisasi-over-pagu, pagu-mismatch or rak-sum.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Bupati";
const RL = "Worksheet";
const BUPATI = { nama: "H. MUHAMMAD SUBAGYO, S.H., M.M.", jab: "BUPATI SITUBONDO" };
const SAS = [
  "Meningkatnya kualitas sumber daya manusia",
  "Meningkatnya daya saing ekonomi daerah",
  "Meningkatnya akuntabilitas kinerja pemerintahan",
];
const PROG = [
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 38_412_650_000, kas: [8_120_400_000, 10_245_300_000, 9_876_150_000, 10_170_800_000], real: [7_402_115_000, 9_118_640_500] },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 52_180_400_000, kas: [11_240_000_000, 14_380_250_000, 13_105_650_000, 13_454_500_000], real: [10_086_300_000, 12_944_725_000] },
  { kode: "2.17.05", nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", pagu: 1_850_000_000, kas: [320_000_000, 540_000_000, 610_000_000, 380_000_000], real: [296_450_000, 512_800_000] },
  { kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN", pagu: 6_245_000_000, kas: null, real: null },
  { kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", pagu: 3_412_500_000, kas: [612_500_000, 980_000_000, 1_020_000_000, 800_000_000], real: [540_210_000, 866_300_000] },
  { kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", pagu: 4_186_000_000, kas: null, real: null },
];
type Tw = number | string | null;
const IKU: { s: number; nama: string; satuan: string; target: number | string; tw: Tw[]; real: (number | null)[]; r: number | null; prog: number; pj: string; analisis: string }[] = [
  { s: 0, nama: "Angka partisipasi murni SMP/sederajat", satuan: "%", target: 82.5, tw: [null, null, null, 82.5], real: [80.1, 81.3], r: 81.3, prog: 0, pj: "Dinas Pendidikan", analisis: "Pendataan Dapodik semester genap selesai" },
  { s: 0, nama: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", satuan: "%", target: 95, tw: [24, 48, 72, 95], real: [23.4, 48.9], r: 48.9, prog: 1, pj: "Dinas Kesehatan", analisis: "Sesuai rencana" },
  { s: 1, nama: "Jumlah wirausaha baru yang dibina", satuan: "Orang", target: 600, tw: [150, 150, 150, 150], real: [180, 250], r: 430, prog: 2, pj: "Dinas Koperasi dan Usaha Mikro", analisis: "Pelatihan kewirausahaan TW I diikuti lebih banyak peserta" },
  { s: 2, nama: "Nilai SAKIP Kabupaten", satuan: "Predikat", target: "BB", tw: [null, null, null, "BB"], real: [null, null], r: null, prog: 4, pj: "Bappeda", analisis: "LHE AKIP diterbitkan pada triwulan IV" },
];
const dec = (n: number) => String(n).replace(".", ",");

function build(): Book {
  const book = new Book("co-situbondo-bupati-detail-pk-tw-berselang-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", BUPATI.jab).merge("A3:E3", "PEMERINTAH KABUPATEN SITUBONDO");
  p.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A7", 1).merge("B6:B7", SAS[0]);
  p.put("A8", 2).put("B8", SAS[1]).put("A9", 3).put("B9", SAS[2]);
  IKU.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, typeof i.target === "number" ? dec(i.target) : i.target]));
  p.row("A11", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${12 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A18:C18", "Jumlah").put("D18", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D20", "Situbondo, 2 Januari 2025");
  p.put("D21", `${BUPATI.jab},`);
  p.put("D25", BUPATI.nama);

  const r = book.sheet(RL);
  r.merge("A1:Z1", "LAPORAN DETAIL PK BUPATI 2025");
  const tw = [1, 2, 3, 4].flatMap((k) => [`Target TW${k}`, `Realisasi TW${k}`, `Pagu TW${k}`, `Realisasi Anggaran TW${k}`]);
  r.row("A3", ["No", "Tahun", "Sasaran Strategis", "Indikator Kinerja", "Target 2025", "Satuan", ...tw, "Program", "Analisis Evaluasi", "Penanggung Jawab"]);
  IKU.forEach((i, k) => {
    const g = PROG[i.prog];
    const q = [0, 1, 2, 3].flatMap((n) => [i.tw[n], n < 2 ? i.real[n] : null, g.kas![n], n < 2 ? g.real![n] : null]);
    r.row(`A${4 + k}`, [k + 1, 2025, SAS[i.s], i.nama, i.target, i.satuan, ...q, g.nama, i.analisis, i.pj]);
  });
  return book;
}

const rows = IKU.map((_, k) => 4 + k);
const cellsOf = (cols: string[]) => cols.flatMap((c) => rows.map((n) => `${c}${n}`));
const filled = (cells: string[]) => {
  const s = build().sheets.find((x) => x.name === RL)!;
  return cells.filter((c) => s.cells.has(c));
};

export const coSitubondoDetailPkBerselang: Layout = {
  name: "co-situbondo-bupati-detail-pk-tw-berselang-2025",
  source: "code index id 12465968584 (Laravel PhpSpreadsheet `LAPORAN DETAIL PK BUPATI`, `Target TWn | Realisasi TWn | Pagu TWn | Realisasi Anggaran TWn` per quarter; repository not named); pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: BUPATI.jab, level: "kepala-daerah", atasan: null, nama: BUPATI.nama, nip: null, pihakKedua: null,
        indikator: IKU.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS[i.s] })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "target-mismatch", sheet: RL }, { rule: "indikator-unknown", sheet: RL }, { rule: "pk-unlinked", sheet: RL },
      { rule: "satuan-mismatch", sheet: RL }, { rule: "value-unreadable", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
      { rule: "realisasi-over-pagu", sheet: RL }, { rule: "pagu-mismatch", sheet: RL }, { rule: "rak-sum", sheet: RL },
      { rule: "tw-target-inconsistent", sheet: RL }, { rule: "realisasi-after-period", sheet: RL },
    ],
    unreadOrRead: [
      { sheet: RL, cells: filled(cellsOf(["G", "K", "O", "S"])), what: "Target TWn (quarterly targets)" },
      { sheet: RL, cells: filled(cellsOf(["I", "M", "Q", "U"])), what: "Pagu TWn (anggaran kas of the IKU's program)" },
      { sheet: RL, cells: filled(cellsOf(["J", "N"])), what: "Realisasi Anggaran TWn (rupiah)" },
      { sheet: RL, cells: cellsOf(["B"]), what: "Tahun" },
      { sheet: RL, cells: cellsOf(["W"]), what: "Program (name without kode)" },
    ],
  },
  checks: [
    {
      name: "Worksheet is the Bupati's Realisasi: TW I–II from `Realisasi TWn` (H, L), not `Realisasi Anggaran TWn` nor `Target TWn`",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => [i.nama, i.tw.slice(0, 2)]) } : "not a Realisasi").toEqual({
          pk: pk?.id ?? "(Bupati PK)",
          ind: IKU.map((i) => [i.nama, i.real]),
        });
      },
    },
    {
      name: "capaian at TW II: Akhir takes TW II, the Kumulatif count adds its quarters (430), SAKIP has none yet",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IKU.map((i) => [i.nama, i.r]));
      },
    },
    {
      // If the money is read by program name, each program counts its own two quarters once; unread, every program stays 0.
      name: "realisasi anggaran, when read, is each program's `Realisasi Anggaran` TW1 + TW2, the other programs none",
      run(out) {
        const got = out.results.anggaran.filter((a) => a.sheet === PK && a.realisasi > 0).map((a) => [a.kode, a.realisasi]);
        if (got.length) expect(got).toEqual(PROG.filter((g) => g.real).map((g) => [g.kode, sum(g.real!)]));
      },
    },
  ],
};
