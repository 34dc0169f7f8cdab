/**
 * Kabupaten Purwakarta (pemda chosen; content made up), Dinas Pertanian: the PK 2025 of the Kepala Dinas printed over two
 * pages and converted one page per sheet (as PDF-to-Excel converters give it). Page 1 (`Lamp PK`) holds the title, the
 * kinerja table's header with its numbering row `(1) (2) (3) (4)` and the first eight indikator; the third sasaran
 * starts on its last row. Page 2 (`Lamp PK (2)`) opens with the kinerja header printed again (the `<thead>` repeated
 * on each page), the third sasaran's last two indikator with the No and Sasaran cells EMPTY (the merged cell was cut
 * by the page break: its text stays on page 1), then the program table, whose amounts the planner typed as a slide
 * shows them (`Rp 2,15 Miliar`, `Rp 875 Juta`), its `Jumlah`, and both signatures. Targets carry their unit glued
 * (`5,8 Ton/Ha`, `12 Dokumen`, `100 persen`), a range (`80-85 %`), a bound (`≥ 90`) and a grade (`BB`).
 *
 * Source. The brief (round 12) names "a kinerja table that continues on the next sheet", `1,25 Miliar` amounts and
 * glued units as not met; near ponorogo-bupati-program-lanjut-sheet-2025 (a BUDGET table continued on the next sheet,
 * fixed by sheets/continuation.ts) and tasikmalaya-rsud-blud-rupiah-m-2025 (`Rp. 23,75 M`, `Rp. 850 Jt`). The
 * `<thead>` repeated per page: dompdf's default for long tables (as in pringsewu-bupati-program-per-opd-halaman-2025).
 * No repository print of this exact PK was found. Made up: names, NIPs, indikator, targets, amounts.
 *
 * Correct reading (workbook.md §1, §5, §6; rules.md), written before the engine was run:
 * - ONE PK (the Kadis's), on `Lamp PK`; both sheets are the PK (`pk`), as ponorogo's continuation. Ten indikator:
 *   the eight of page 1 and the two of page 2 after the repeated header (never an indikator from the header or the
 *   numbering row). Spec silent on a kinerja table over two sheets; a Bappeda planner reads one table.
 * - The two continued indikator belong to the third sasaran (the merged cell cut by the page): a reader may carry it
 *   over or leave sasaran empty with a sasaran-missing warning on those cells (the check allows either).
 * - Three programs (no kode) with pagu 2.150.000.000, 875.000.000 and 12.400.000.000, Jumlah 15.425.000.000 (agrees);
 *   or each amount reported value-unreadable (the `Miliar` / `Juta` words are beyond §5's list; tasikmalaya allows
 *   the same), never read small (`Rp 2,15 Miliar` as 2,15 or 215).
 * - Pihak Pertama the Kadis (name, NIP), Pihak Kedua `BUPATI PURWAKARTA` (not in the workbook: atasan-missing at its
 *   jabatan cell, `Lamp PK (2)`!A13: the finding names the sheet the cell is on).
 * - No error; no pihak-missing, no tabel-missing, no second PK, no sheet-unrecognised for page 2.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const P1 = "Lamp PK";
const P2 = "Lamp PK (2)";
const BUPATI = { nama: "H. SAEPUL ANWAR HIDAYAT, S.Sos.", jab: "BUPATI PURWAKARTA" };
const KADIS = { nama: "Ir. DEDEN SUPRIATNA, M.Si.", nip: "19720415 199803 1 007", jab: "KEPALA DINAS PERTANIAN KABUPATEN PURWAKARTA" };
const SS = [
  "Meningkatnya produksi dan produktivitas pertanian",
  "Meningkatnya kesejahteraan petani",
  "Meningkatnya akuntabilitas kinerja perangkat daerah",
];
const IND = [
  { ss: 0, nama: "Produktivitas padi", text: "5,8 Ton/Ha", target: 5.8 as unknown },
  { ss: 0, nama: "Produksi padi", text: "412.500 Ton", target: 412_500 },
  { ss: 0, nama: "Persentase peningkatan produksi hortikultura", text: "3,5 %", target: 3.5 },
  { ss: 1, nama: "Nilai Tukar Petani", text: "108,5", target: 108.5 },
  { ss: 1, nama: "Jumlah kelompok tani yang naik kelas", text: "24 Kelompok", target: 24 },
  { ss: 1, nama: "Persentase petani yang mengikuti asuransi usaha tani", text: "80-85 %", target: { min: 80, max: 85 } },
  { ss: 1, nama: "Jumlah dokumen perencanaan teknis pertanian", text: "12 Dokumen", target: 12 },
  { ss: 2, nama: "Nilai SAKIP Perangkat Daerah", text: "BB", target: "BB" },
  // page 2
  { ss: 2, nama: "Indeks Kepuasan Masyarakat terhadap layanan penyuluhan", text: "≥ 90", target: { min: 90, max: null } },
  { ss: 2, nama: "Persentase tindak lanjut rekomendasi hasil pemeriksaan", text: "100 persen", target: 100 },
];
const ON_P1 = 8;
const PROG = [
  { nama: "Program Penyediaan dan Pengembangan Sarana Pertanian", text: "Rp 2,15 Miliar", pagu: 2_150_000_000 },
  { nama: "Program Penyuluhan Pertanian", text: "Rp 875 Juta", pagu: 875_000_000 },
  { nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", text: "Rp 12,4 Miliar", pagu: 12_400_000_000 },
];
const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"];

function build(): Book {
  const book = new Book("pg-purwakarta-distan-kinerja-lanjut-sheet-miliar-2025.xlsx");
  const a = book.sheet(P1);
  a.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS PERTANIAN").merge("A3:D3", "KABUPATEN PURWAKARTA");
  a.row("A5", HEADER);
  a.row("A6", ["(1)", "(2)", "(3)", "(4)"]);
  a.merge("A7:A9", 1).merge("B7:B9", SS[0]).merge("A10:A13", 2).merge("B10:B13", SS[1]).put("A14", 3).put("B14", SS[2]);
  IND.slice(0, ON_P1).forEach((i, k) => a.row(`C${7 + k}`, [i.nama, i.text])); // 7..14

  const b = book.sheet(P2);
  b.row("A1", HEADER);
  IND.slice(ON_P1).forEach((i, k) => b.row(`C${2 + k}`, [i.nama, i.text])); // 2..3
  b.row("A5", ["No", "Program", "Anggaran", "Keterangan"]);
  PROG.forEach((p, k) => b.row(`A${6 + k}`, [k + 1, p.nama, p.text, "APBD"])); // 6..8
  b.merge("A9:B9", "Jumlah").put("C9", "Rp 15,425 Miliar");
  b.put("C11", "Purwakarta, 2 Januari 2025");
  b.row("A12", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("A13", [`${BUPATI.jab},`, null, `${KADIS.jab},`]);
  b.row("A18", [BUPATI.nama, null, KADIS.nama]);
  b.put("C19", `NIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const MONEY_CELLS = ["C6", "C7", "C8", "C9"];
const CONTINUED = IND.slice(ON_P1).map((_, k) => `C${2 + k}`);

export const pgPurwakartaKinerjaLanjut: Layout = {
  name: "pg-purwakarta-distan-kinerja-lanjut-sheet-miliar-2025",
  source: "brief round 12 (kinerja table continued on the next sheet, `Miliar` amounts, glued units); near ponorogo-bupati-program-lanjut-sheet-2025 and tasikmalaya-rsud-blud-rupiah-m-2025; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [P1]: "pk", [P2]: "pk" },
    pk: [
      {
        // anggaran omitted: read in full rupiah or reported value-unreadable (the check says which is allowed);
        // sasaran of the two continued indikator omitted (carried or left empty, the check says).
        sheet: P1, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i, k) => ({ nama: i.nama, target: i.target as never, ...(k < ON_P1 ? { sasaran: SS[i.ss] } : {}) })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    allowedAt: MONEY_CELLS.map((cell) => ({ rule: "value-unreadable", sheet: P2, cell })),
    // rules.md: at the Pihak Kedua jabatan cell, which is on the second sheet.
    warnings: [{ rule: "atasan-missing", sheet: P2, cell: "A13" }],
    absent: [
      { rule: "pihak-missing", sheet: P1 }, { rule: "pihak-missing", sheet: P2 }, { rule: "tabel-missing", sheet: P1 },
      { rule: "tabel-missing", sheet: P2 }, { rule: "sheet-unrecognised", sheet: P2 }, { rule: "jumlah-mismatch", sheet: P2 },
      { rule: "target-missing", sheet: P1 }, { rule: "target-missing", sheet: P2 }, { rule: "value-unreadable", sheet: P1 },
      { rule: "indikator-duplicate", sheet: P1 }, { rule: "level-unknown", sheet: P1 }, { rule: "isi-tak-terbaca", sheet: P2, cell: "C2" },
    ],
  },
  checks: [
    {
      name: "each `Miliar` / `Juta` amount is read in full rupiah or reported value-unreadable, never read small",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === P1);
        const wrong = PROG.flatMap((p, k) => {
          const cell = `C${6 + k}`;
          const a = pk?.anggaran[k];
          const reported = out.findings.some((f) => f.rule === "value-unreadable" && f.sheet === P2 && f.cell === cell);
          if (reported && (a?.pagu ?? null) === null) return [];
          return a?.pagu === p.pagu ? [] : [`${cell} ${p.text}: pagu ${a?.pagu ?? "none"}${reported ? " (and reported)" : ""}`];
        });
        expect(wrong).toEqual([]);
      },
    },
    {
      name: "the continued indikator carry the third sasaran, or none with sasaran-missing on their cells",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === P1);
        const wrong = CONTINUED.flatMap((cell, k) => {
          const i = pk?.indikator[ON_P1 + k];
          if (!i) return [`${cell}: no indikator`];
          if (i.sasaran === SS[2]) return [];
          const warned = out.findings.some((f) => f.rule === "sasaran-missing" && f.sheet === P2 && f.cell === cell);
          return i.sasaran === null && warned ? [] : [`${cell}: sasaran ${JSON.stringify(i.sasaran)}${warned ? " (warned)" : ""}`];
        });
        expect(wrong).toEqual([]);
      },
    },
  ],
};
