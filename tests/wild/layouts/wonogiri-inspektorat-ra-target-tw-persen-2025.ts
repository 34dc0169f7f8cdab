/**
 * Kabupaten Wonogiri, Inspektorat Daerah: the Inspektur's PK 2025 and a Rencana Aksi whose quarterly targets are
 * written as a SHARE OF THE ANNUAL TARGET: `Target Triwulan (%)` merged over `TW I .. TW IV`, values `25 50 75 100`
 * (and `50 70 85 100`), whatever the indikator's unit (48 LHP, 90 %).
 *
 * Source. A Laravel SAKIP app in the code index defines exactly this quantity: "Target Triwulan (%) = (Target
 * Triwulan ÷ Target PK) x 100%" and plots it beside "Realisasi (%)" (index ids 68927743063, 68838386557; repository
 * not named; not a pemda app). Planners who write progress plans by percentage use the same header in their RA. Made
 * up: names, NIP, indikator, targets, amounts; program kode after Kepmendagri 050-5889/2021 (6.01 inspektorat).
 *
 * What a correct reader does. The sheet is the Inspektur's Rencana Aksi (title, year, jabatan line). The header says
 * the quarter cells are percent (`(%)`) while the annual targets are 48 LHP and 90 %: read literally, `100` at TW IV is
 * not the annual 48 and `25 + 50 + 75 + 100` is not 48 either, so a literal reader gives a false
 * tw-target-inconsistent ERROR on the LHP row (and on the 90 % row: 100 ≠ 90). The spec is silent on a quarter header
 * in percent of the annual target; a Bappeda planner reads TW k = annual × p / 100: LHP 12, 24, 36, 48 (cumulative,
 * TW IV = annual) and rekomendasi 45, 63, 76,5, 90. The truth forbids the false errors and asks, in its check, for
 * those targets (the spec leaves reporting the four columns as not understood open as well: the check accepts a
 * Rencana Aksi whose quarter targets are all null when the cells are reported unread).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const BUPATI = "SETYO SUKARNO";
const INSP = { nama: "Drs. WIDODO HARTONO, M.M.", nip: "19681121 199303 1 005", jab: "INSPEKTUR DAERAH KABUPATEN WONOGIRI" };
const PK = "PK Inspektur";
const RA = "RA Inspektorat";
const SS = "Meningkatnya kualitas pengawasan internal pemerintah daerah";
const IND = [
  { nama: "Jumlah laporan hasil pengawasan (LHP) yang diterbitkan", satuan: "LHP", target: 48, pct: [25, 50, 75, 100], tw: [12, 24, 36, 48] },
  { nama: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", satuan: "%", target: 90, pct: [50, 70, 85, 100], tw: [45, 63, 76.5, 90] },
];
const PROG = [
  { kode: "6.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 7_284_500_000 },
  { kode: "6.01.02", nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", pagu: 1_946_300_000 },
  { kode: "6.01.03", nama: "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI", pagu: 412_750_000 },
];

function build(): Book {
  const book = new Book("wonogiri-inspektorat-ra-target-tw-persen-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", INSP.jab);
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A6", 1).merge("B5:B6", SS);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${9 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D14", "Wonogiri, 2 Januari 2025");
  p.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI WONOGIRI,", null, `${INSP.jab},`]]);
  p.row("B20", [BUPATI, null, INSP.nama]);
  p.row("D21", [`NIP. ${INSP.nip}`]);

  const r = book.sheet(RA);
  r.merge("A1:H1", "RENCANA AKSI TAHUN 2025").merge("A2:H2", INSP.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5"].forEach((m, k) => r.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target 2025"][k]));
  r.merge("E4:H4", "Target Triwulan (%)").row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.target, ...i.pct]));
  r.put("F10", "Wonogiri, 6 Januari 2025");
  r.put("F11", `${INSP.jab},`);
  r.put("F15", INSP.nama);
  r.put("F16", `NIP. ${INSP.nip}`);
  return book;
}

const TW_CELLS = ["E6", "F6", "G6", "H6", "E7", "F7", "G7", "H7"];

export const wonogiriRaPersen: Layout = {
  name: "wonogiri-inspektorat-ra-target-tw-persen-2025",
  source: "code index ids 68927743063 + 68838386557 (`Target Triwulan (%) = (Target Triwulan ÷ Target PK) x 100%`; repository not named, not a pemda app); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: INSP.jab, level: "eselon2", atasan: null, nama: INSP.nama, nip: INSP.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: "BUPATI WONOGIRI", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "tw-target-inconsistent", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "indikator-unknown", sheet: RA }, { rule: "pk-unlinked", sheet: RA }, { rule: "renaksi-missing", sheet: PK },
      { rule: "sheet-unrecognised", sheet: RA },
    ],
    unreadOrRead: [{ sheet: RA, cells: TW_CELLS, what: "Target Triwulan (%) cells" }],
  },
  checks: [
    {
      name: "quarter targets in percent of the annual target read as annual × p / 100 (or all reported unread), never 25 / 50 / 75 / 100 as such",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        const reported = TW_CELLS.every((c) => reportedUnread(out.model, RA, c));
        const got = s?.indikator.map((i) => i.tw) ?? "not a Rencana Aksi";
        if (reported && Array.isArray(got) && got.every((tw) => tw.every((v) => v === null))) return;
        expect(got).toEqual(IND.map((i) => i.tw));
      },
    },
  ],
};
