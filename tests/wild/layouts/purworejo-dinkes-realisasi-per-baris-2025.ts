/**
 * Kabupaten Purworejo, Dinas Kesehatan: the Kadis's PK (common layout of workbook.md §1) and two sheets downloaded
 * from the app's Excel exports: the realisasi kinerja in LONG form (one row per indikator AND quarter, the quarter in
 * a `Triwulan` column), and the budget-per-indikator template, pasted as exported.
 *
 * Layout: kaizer26/sakip-app @cc63e245 `app/Exports/RealisasiExport.php` (Maatwebsite FromCollection + WithHeadings:
 * `No | Kode Tujuan | Kode Sasaran | Kode Indikator Kinerja | Indikator Kinerja | Satuan | Triwulan | Target Triwulan
 * | Realisasi Kumulatif | Capaian (%)`, one row per stored realisasi, `'TW ' . $triwulan`, the quarter's target,
 * `number_format($capaian, 2) . '%'`, a running No) and `app/Exports/AnggaranTemplateExport.php` (`TAHUN | KODE IKU |
 * INDIKATOR KINERJA | PAGU AWAL | PAGU REVISI | REALISASI TW1 .. TW4 | KODE KEGIATAN | NAMA KEGIATAN | KODE RO | NAMA
 * RO`, a `[SASARAN] <sasaran>` row before its indikator, money in the REALISASI TW columns, `0` for missing). Both
 * exports start at A1 with their heading row; the planner typed two title lines above the realisasi one only (made
 * up, as are the PK, names, NIPs, indikator, kode, targets, realisasi, amounts; KODE RO / NAMA RO left empty, a
 * pemda has no rincian output).
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const BUPATI = "Hj. YULI HASTUTI, S.H.";
const KADIS = "dr. SUCIATI SETYANINGSIH, M.Kes.";
const KADIS_JAB = "KEPALA DINAS KESEHATAN KABUPATEN PURWOREJO";
const SS = "Meningkatnya derajat kesehatan masyarakat";
const IND = [
  { kode: "1.1.1.1", nama: "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar", satuan: "%", target: 100, tw: [25, 50, 75, 100], real: [24.6, 51.2] },
  { kode: "1.1.1.2", nama: "Persentase balita stunting", satuan: "%", target: 14.5, tw: [14.5, 14.5, 14.5, 14.5], real: [15.1, 14.8] },
  { kode: "1.1.1.3", nama: "Jumlah puskesmas terakreditasi paripurna", satuan: "Puskesmas", target: 12, tw: [0, 4, 8, 12], real: [0, 5] },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 96_480_250_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 58_912_600_000 },
];
const pctText = (r: number, t: number) => (t === 0 ? "0.00%" : `${(r / t * 100).toFixed(2)}%`);

function build(): Book {
  const book = new Book("purworejo-dinkes-realisasi-per-baris-2025.xlsx");

  const p = book.sheet("PK Kadinkes");
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "DINAS KESEHATAN KABUPATEN PURWOREJO");
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((i, j) => p.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  p.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, i) => p.row(`A${10 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A12:C12", "Jumlah").put("D12", idr(PROG.reduce((a, g) => a + g.pagu, 0)));
  p.put("D14", "Purworejo, 2 Januari 2025");
  p.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI PURWOREJO,", null, `${KADIS_JAB},`]]);
  p.row("B20", [BUPATI, null, KADIS]);
  p.row("D21", ["Pembina Utama Muda (IV/c)"]);
  p.row("D22", ["NIP. 19720605 200003 2 004"]);

  const r = book.sheet("Realisasi Kinerja");
  r.rows("A1", [["REALISASI KINERJA TAHUN 2025"], [KADIS_JAB]]);
  r.row("A4", ["No", "Kode Tujuan", "Kode Sasaran", "Kode Indikator Kinerja", "Indikator Kinerja", "Satuan", "Triwulan", "Target Triwulan", "Realisasi Kumulatif", "Capaian (%)"]);
  let row = 5;
  for (const q of [0, 1])
    IND.forEach((i) => {
      r.row(`A${row}`, [row - 4, "T1", "1.1.1", i.kode, i.nama, i.satuan, `TW ${q + 1}`, i.tw[q], i.real[q], pctText(i.real[q], i.tw[q])]);
      row++;
    });

  const a = book.sheet("Anggaran IKU");
  a.row("A1", ["TAHUN", "KODE IKU", "INDIKATOR KINERJA", "PAGU AWAL", "PAGU REVISI", "REALISASI TW1", "REALISASI TW2", "REALISASI TW3", "REALISASI TW4", "KODE KEGIATAN", "NAMA KEGIATAN", "KODE RO", "NAMA RO"]);
  a.row("A2", [2025, "1.1.1", `[SASARAN] ${SS}`, 3_250_000_000, 3_180_500_000, 612_400_000, 1_405_750_000, 0, 0, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"]);
  const money = [[1_250_000_000, 1_212_000_000, 240_150_000, 566_300_000], [1_400_000_000, 1_398_500_000, 301_250_000, 655_450_000], [600_000_000, 570_000_000, 71_000_000, 184_000_000]];
  IND.forEach((i, k) => a.row(`A${3 + k}`, [2025, i.kode, i.nama, ...money[k], 0, 0, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota"]));
  return book;
}

const PK = "PK Kadinkes";
const RK = "Realisasi Kinerja";
const AG = "Anggaran IKU";

export const purworejoPerBaris: Layout = {
  name: "purworejo-dinkes-realisasi-per-baris-2025",
  source: "kaizer26/sakip-app @cc63e245 app/Exports/RealisasiExport.php (one row per indikator and quarter, `Triwulan` column `TW 1`) and app/Exports/AnggaranTemplateExport.php (money in REALISASI TW1..TW4 per indikator)",
  build,
  truth: {
    tahun: 2025,
    // `Anggaran IKU` has no title at all (the export starts with its heading row): no PK, Rencana Aksi or Realisasi
    // title, so it is reported as a sheet not read (workbook.md §3 recognises a Realisasi by its title), never read
    // as a Realisasi whose REALISASI TW columns (Rupiah) would become indikator realisasi.
    sheets: { [PK]: "pk", [RK]: "realisasi", [AG]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: "197206052000032004",
        pihakKedua: { jabatan: "BUPATI PURWOREJO", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      // Each indikator appears once per quarter: the same indikator in two rows of different quarters is no duplicate.
      { rule: "indikator-duplicate", sheet: RK }, { rule: "indikator-unknown", sheet: RK },
      // `Target Triwulan` is the quarter's target (workbook.md §2's word for the quarterly group), not the annual.
      { rule: "target-mismatch", sheet: RK }, { rule: "satuan-mismatch", sheet: RK }, { rule: "value-unreadable", sheet: RK },
      { rule: "pk-unlinked", sheet: RK }, { rule: "tahun-missing", sheet: RK },
      { rule: "indikator-unknown", sheet: AG }, { rule: "value-unreadable", sheet: AG }, { rule: "tahun-missing", sheet: AG },
    ],
  },
  checks: [
    {
      name: "the money-by-indikator export is reported as a sheet not read (sheet-unrecognised at A1)",
      run(out) {
        expect(out.findings.filter((f) => f.sheet === AG).map((f) => `${f.rule} ${f.cell}`)).toEqual(["sheet-unrecognised A1"]);
      },
    },
    {
      // The long form (quarter in a column) is not one of workbook.md §3's layouts (Realisasi over TW I..TW IV): a
      // reader may read it (each Realisasi Kumulatif cell into its indikator's quarter, as written) or report it
      // unread; never read into another quarter or another indikator, never dropped.
      name: "each Realisasi Kumulatif cell is read into its indikator's own quarter, or reported unread",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === RK);
        const bad: string[] = [];
        for (const q of [0, 1])
          IND.forEach((i, k) => {
            const cell = `I${5 + q * IND.length + k}`;
            const ind = s?.indikator.find((x) => x.nama.trim() === i.nama);
            const readAt = ind ? ind.twCells.indexOf(cell) : -1;
            if (readAt === q && ind!.tw[q] === i.real[q]) return;
            if (readAt === -1 && reportedUnread(out.model, RK, cell)) return;
            bad.push(`${cell} (${i.kode} TW ${q + 1}): ${readAt === -1 ? "dropped" : `read as TW ${readAt + 1} = ${ind!.tw[readAt]}`}`);
          });
        expect(bad).toEqual([]);
        if (s && s.indikator.length) {
          expect(s.pk).toBe(out.model.pk.find((p) => p.sheet === PK)?.id);
          expect(s.indikator.map((i) => i.nama.trim()).sort()).toEqual(IND.map((i) => i.nama).sort());
        }
      },
    },
  ],
};
