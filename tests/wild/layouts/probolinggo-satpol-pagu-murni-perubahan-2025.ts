/**
 * Kota Probolinggo, Satuan Polisi Pamong Praja: the PK Perubahan 2025 of the Kepala Satpol PP and of the Kabid
 * Ketenteraman dan Ketertiban Umum, whose budget tables the planner filled from the finance app's "Perbandingan
 * Rekening Belanja" Excel export: `Pagu Murni | Pagu Perubahan | Selisih`, closed by `Total:`.
 *
 * Layout of the budget tables: index id 37975485097 (Laravel blade `Rekap Perbandingan Rekening Belanja`, DataTables
 * `excelHtml5` export; repository not named by the index). Real, from the template: the columns `No | Kode Rekening |
 * Nama Rekening | Pagu Murni | Pagu Perubahan | Selisih` (No filled by the export, `row[0] = index + 1`), the amounts
 * exported as plain numbers (the export strips the dots and turns the comma into a point), a negative Selisih for a
 * cut, the footer `Total:` over the first three columns with the three sums. Here the planner kept those columns and
 * put `Kode | Program` (`Kegiatan`) for the rekening words. The kinerja table of the Kabid has no Satuan column: the
 * unit is glued to the target (`95 %`, `24 Kali`, `100 persen`, a range `80 - 85 %`), as in the PK lampiran of
 * workbook.md §5 (`12.480 orang`). Made up: names, NIPs, indikator, targets, amounts, kode (Kepmendagri 1.05 urusan).
 */
import { Book, type Sheet } from "../book";
import { sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const WALI = "dr. AMINUDDIN, M.Kes.";
const KASAT = "Drs. SUGIARTO HADI PRAYITNO, M.Si.";
const KABID = "RUDI HERMAWAN, S.Sos., M.M.";
const KASAT_JAB = "KEPALA SATUAN POLISI PAMONG PRAJA KOTA PROBOLINGGO";
const KABID_JAB = "KEPALA BIDANG KETENTERAMAN DAN KETERTIBAN UMUM";

const money = (v: number) => ({ v, fmt: "#,##0.00" });
const PROG = [
  { kode: "1.05.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", murni: 4_812_600_000, perubahan: 4_936_150_000 },
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", murni: 1_645_000_000, perubahan: 1_487_250_000 },
];
const KEG = [
  { kode: "1.05.02.2.01", nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota", murni: 1_120_000_000, perubahan: 985_400_000 },
  { kode: "1.05.02.2.02", nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota", murni: 525_000_000, perubahan: 501_850_000 },
];
const SS = "Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat";
const IND_KASAT = [
  { nama: "Persentase penegakan Peraturan Daerah dan Peraturan Wali Kota", satuan: "%", target: 92 },
  { nama: "Persentase gangguan trantibum yang dapat diselesaikan", satuan: "%", target: 90 },
];
const SP = "Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum";
const IND_KABID = [
  { nama: "Persentase gangguan trantibum yang ditangani", text: "95 %", target: 95 as number | { min: number; max: number }, satuan: "%" },
  { nama: "Jumlah operasi penertiban yang dilaksanakan", text: "24 Kali", target: 24, satuan: "Kali" },
  { nama: "Persentase pelanggaran Perda yang ditindaklanjuti", text: "100 persen", target: 100, satuan: "persen" },
  { nama: "Indeks kepuasan masyarakat terhadap layanan trantibum", text: "80 - 85 %", target: { min: 80, max: 85 }, satuan: "%" },
];

/** The export's columns under the planner's `Kode | <word>` header, closed by the export's `Total:` footer. */
function budget(s: Sheet, row: number, word: string, items: { kode: string; nama: string; murni: number; perubahan: number }[]): number {
  s.row(`A${row}`, ["No", "Kode", word, "Pagu Murni", "Pagu Perubahan", "Selisih"]);
  items.forEach((g, i) => s.row(`A${row + 1 + i}`, [i + 1, g.kode, g.nama, money(g.murni), money(g.perubahan), money(g.perubahan - g.murni)]));
  const t = row + 1 + items.length;
  s.merge(`A${t}:C${t}`, "Total:");
  s.row(`D${t}`, [money(sum(items.map((g) => g.murni))), money(sum(items.map((g) => g.perubahan))), money(sum(items.map((g) => g.perubahan - g.murni)))]);
  return t;
}

function build(): Book {
  const book = new Book("probolinggo-satpol-pagu-murni-perubahan-2025.xlsx");

  const k = book.sheet("PK Kasatpol");
  k.merge("A1:F1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025").merge("A2:F2", "SATUAN POLISI PAMONG PRAJA KOTA PROBOLINGGO");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A6", 1).merge("B5:B6", SS);
  IND_KASAT.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  budget(k, 8, "Program", PROG); // rows 8..11
  k.put("E13", "Probolinggo, 1 Oktober 2025");
  k.rows("B14", [["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"], ["WALI KOTA PROBOLINGGO,", null, null, `${KASAT_JAB},`]]);
  k.row("B19", [WALI, null, null, KASAT]);
  k.row("E20", ["Pembina Utama Muda (IV/c)"]);
  k.row("E21", ["NIP. 19700214 199203 1 006"]);

  const b = book.sheet("PK Kabid Trantibum");
  b.merge("A1:F1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025").merge("A2:F2", KABID_JAB).merge("A3:F3", "SATUAN POLISI PAMONG PRAJA KOTA PROBOLINGGO");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Target"]);
  b.merge("A6:A9", 1).merge("B6:B9", SP);
  IND_KABID.forEach((i, j) => b.row(`C${6 + j}`, [i.nama, i.text]));
  budget(b, 11, "Kegiatan", KEG); // rows 11..14
  b.put("E16", "Probolinggo, 1 Oktober 2025");
  b.rows("B17", [["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"], [`${KASAT_JAB},`, null, null, `${KABID_JAB},`]]);
  b.row("B22", [KASAT, null, null, KABID]);
  b.row("B23", ["Pembina Utama Muda (IV/c)", null, null, "Pembina (IV/a)"]);
  b.row("B24", ["NIP. 19700214 199203 1 006", null, null, "NIP. 19780503 200501 1 011"]);
  return book;
}

const PK1 = "PK Kasatpol";
const PK2 = "PK Kabid Trantibum";

export const probolinggoSatpol: Layout = {
  name: "probolinggo-satpol-pagu-murni-perubahan-2025",
  source: "index id 37975485097 (Laravel `Rekap Perbandingan Rekening Belanja`: Pagu Murni | Pagu Perubahan | Selisih, `Total:` footer, DataTables excelHtml5 export)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        // A PK PERUBAHAN: its pagu is the Pagu Perubahan column (the budget after the revision), never the Murni
        // (the agreement it replaces) nor the Selisih (the difference, negative for a cut).
        sheet: PK1, jabatan: KASAT_JAB, level: "eselon2", atasan: null, nama: KASAT, nip: "197002141992031006",
        pihakKedua: { jabatan: "WALI KOTA PROBOLINGGO", nama: WALI, nip: null },
        indikator: IND_KASAT.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.perubahan })),
      },
      {
        sheet: PK2, jabatan: KABID_JAB, level: "eselon3", atasan: PK1, nama: KABID, nip: "197805032005011011",
        pihakKedua: { jabatan: KASAT_JAB, nama: KASAT, nip: "197002141992031006" },
        // The unit glued to the target is its satuan (workbook.md §5 `12.480 orang`; rules.md satuan-missing reads it
        // from the target cell); `80 - 85 %` is a range with its unit.
        indikator: IND_KABID.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.perubahan })),
      },
    ],
    // 1.05.02: 1.487.250.000 = 985.400.000 + 501.850.000 (Perubahan); the Murni columns add up too (1.645.000.000),
    // so a reader that takes Murni everywhere gets no rollup error, only the wrong pagu. A reader that takes Selisih
    // gets negative pagu. The Total: rows add up in every column.
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      // 1.05.01 (penunjang) is carried by no subordinate in the workbook (the Sekretaris's PK is not in it).
      { rule: "kode-uncovered", sheet: PK1, cell: "B9" },
    ],
    absent: [
      { rule: "jumlah-mismatch", sheet: PK1 }, { rule: "jumlah-mismatch", sheet: PK2 },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "value-unreadable", sheet: PK1 }, { rule: "value-unreadable", sheet: PK2 },
      { rule: "satuan-missing", sheet: PK2 }, { rule: "target-missing", sheet: PK2 }, { rule: "level-mismatch", sheet: PK2 },
      { rule: "kode-orphan", sheet: PK2 }, { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 },
      { rule: "kode-uncovered", sheet: PK1, cell: "B10" },
    ],
  },
  checks: [
    {
      // The Pagu Murni and Selisih columns have no place in the model (a PK's pagu is one amount): each is named as
      // the other candidate of a pagu-ganda warning, or reported unread; never dropped without a word. A pagu-ganda
      // warning naming E8 / E11 is welcome, not required.
      name: "Pagu Murni (D) and Selisih (F) are named in a pagu-ganda finding or reported unread",
      run(out) {
        const named = (sheet: string, col: string, header: number) =>
          out.findings.some((f) => f.rule === "pagu-ganda" && f.sheet === sheet && f.message.includes(`${col}${header}`));
        const lost = [
          ...[9, 10].flatMap((r) => ["D", "F"].map((c) => [PK1, c, 8, `${c}${r}`] as const)),
          ...[12, 13].flatMap((r) => ["D", "F"].map((c) => [PK2, c, 11, `${c}${r}`] as const)),
        ].filter(([sheet, col, header, cell]) => !named(sheet, col, header) && !reportedUnread(out.model, sheet, cell));
        expect(lost.map(([sheet, , , cell]) => `${sheet}!${cell}`)).toEqual([]);
      },
    },
    {
      name: "the pagu cells are the Pagu Perubahan column (E), not Murni (D) nor Selisih (F)",
      run(out) {
        const cells = out.model.pk.map((p) => [p.sheet, p.anggaran.map((a) => a.paguCell)]);
        expect(cells).toEqual(expect.arrayContaining([[PK1, ["E9", "E10"]], [PK2, ["E12", "E13"]]]));
      },
    },
  ],
};
