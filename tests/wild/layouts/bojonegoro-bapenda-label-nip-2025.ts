/**
 * Kabupaten Bojonegoro, Badan Pendapatan Daerah: the PK 2025 of the Kepala Badan on one sheet, the parties given
 * ONLY in label rows at the top, each split over three cells as an HTML form lands in Excel (`Nama | : | …`,
 * `NIP. | : | …`, `Pangkat/Gol. Ruang | : | …`, `Jabatan | : | …` under `PIHAK PERTAMA`, `Nama` / `Jabatan` under
 * `PIHAK KEDUA`); the signature below carries jabatan and name but no NIP. The kinerja table has a two-row header:
 * `Target` merged over `Nilai | Satuan`, then the numbering row `(1) .. (5)`.
 *
 * Sources. The label form `Nama | : | <b>name</b>`, `NIP. | : | nip`, `Pangkat/Gol. Ruang | : | gol (pangkat)`,
 * `Jabatan | : | …` as three `<td>`: index ids 5028552702 (PHP `DESKRIPSI INDIVIDU` print) and 61590749338 (JS print
 * `… yang bertandatangan di bawah ini:` / `Nama | : | …` / `NIP. | : | …` / `Pangkat/Gol. Ruang` / `Jabatan`);
 * repositories not named by the index. workbook.md §6 names "the jabatan only in a `Jabatan :` statement above
 * (`Nama : ... / Jabatan : ...`)"; here label, colon and value are three cells and the NIP is in the statement only.
 * `Target` over two sub-columns and the numbering row: brief, round 6 ("merged headers over two rows with the numbers
 * row (1) (2) (3)"). Made up: names, NIP, indikator, targets, amounts; kode after Kepmendagri 050-5889/2021 (5.02).
 *
 * What a correct reader does: Pihak Pertama = the PIHAK PERTAMA label block (name D5, NIP D6, pangkat D7, jabatan
 * D8), agreeing with the signature's right column; Pihak Kedua = Bupati Bojonegoro. `Nilai` under `Target` is the
 * target, `Satuan` under it the satuan (the spec is silent on `Nilai`: a Bappeda planner reads it so); the numbering
 * row is no indikator.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "Lamp PK";
const BUPATI = "SETYO WAHONO";
const KABAN = { nama: "Drs. HERU SUGIHARTO, M.M.", nip: "19711007 199803 1 006", pangkat: "Pembina Utama Muda (IV/c)", jab: "KEPALA BADAN PENDAPATAN DAERAH KABUPATEN BOJONEGORO" };
const SS = "Meningkatnya kemandirian keuangan daerah";
const IND = [
  { nama: "Persentase peningkatan Pendapatan Asli Daerah", nilai: "7,5", target: 7.5, satuan: "%" },
  { nama: "Rasio PAD terhadap total pendapatan daerah", nilai: "18,25", target: 18.25, satuan: "%" },
  { nama: "Persentase objek PBB-P2 yang dimutakhirkan", nilai: 100, target: 100, satuan: "%" },
];
const PROG = [
  { kode: "5.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 21_486_320_000 },
  { kode: "5.02.02", nama: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH", pagu: 9_875_000_000 },
];

function build(): Book {
  const book = new Book("bojonegoro-bapenda-label-nip-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", "BADAN PENDAPATAN DAERAH KABUPATEN BOJONEGORO");
  s.put("B4", "PIHAK PERTAMA");
  s.rows("B5", [["Nama", ":", KABAN.nama], ["NIP.", ":", KABAN.nip], ["Pangkat/Gol. Ruang", ":", KABAN.pangkat], ["Jabatan", ":", KABAN.jab]]);
  s.put("B9", "PIHAK KEDUA");
  s.rows("B10", [["Nama", ":", BUPATI], ["Jabatan", ":", "BUPATI BOJONEGORO"]]);
  s.merge("A13:A14", "No").merge("B13:B14", "Sasaran Strategis").merge("C13:C14", "Indikator Kinerja").merge("D13:E13", "Target");
  s.row("D14", ["Nilai", "Satuan"]);
  s.row("A15", ["(1)", "(2)", "(3)", "(4)", "(5)"]);
  s.merge("A16:A18", 1).merge("B16:B18", SS);
  IND.forEach((i, k) => s.row(`C${16 + k}`, [i.nama, i.nilai, i.satuan]));
  s.row("A20", ["No", "Kode", "Program", "Pagu (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${21 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  s.merge("A23:C23", "Jumlah").put("D23", idr(sum(PROG.map((p) => p.pagu))));
  s.put("D25", "Bojonegoro, 2 Januari 2025");
  s.rows("B26", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI BOJONEGORO,", null, `${KABAN.jab},`]]);
  s.row("B31", [BUPATI, null, KABAN.nama]);
  return book;
}

export const bojonegoroLabelNip: Layout = {
  name: "bojonegoro-bapenda-label-nip-2025",
  source: "index ids 5028552702, 61590749338 (`Nama | : | …`, `NIP. | : | …`, `Pangkat/Gol. Ruang`, `Jabatan` label rows as three cells); Target over Nilai | Satuan + numbering row (brief, round 6); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KABAN.jab, level: "eselon2", atasan: null, nama: KABAN.nama, nip: KABAN.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: "BUPATI BOJONEGORO", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SHEET }],
    absent: [
      { rule: "satuan-missing", sheet: SHEET }, { rule: "target-missing", sheet: SHEET }, { rule: "value-unreadable", sheet: SHEET },
      { rule: "pihak-missing", sheet: SHEET }, { rule: "nip-invalid", sheet: SHEET }, { rule: "level-unknown", sheet: SHEET },
      { rule: "indikator-duplicate", sheet: SHEET }, { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "isi-tak-terbaca", sheet: SHEET },
    ],
  },
  checks: [
    {
      name: "target from `Nilai` (D), satuan from `Satuan` (E), NIP from the label row D6",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SHEET);
        expect({
          cells: pk?.indikator.map((i) => [i.cell, i.targetCell, i.satuanCell]),
          nipCell: pk?.pihakPertama?.nipCell ?? null,
        }).toEqual({ cells: IND.map((_, k) => [`C${16 + k}`, `D${16 + k}`, `E${16 + k}`]), nipCell: "D6" });
      },
    },
  ],
};
