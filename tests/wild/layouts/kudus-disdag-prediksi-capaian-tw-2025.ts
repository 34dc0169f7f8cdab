/**
 * A Dinas Perdagangan PK lampiran in the Kementerian Perdagangan format, which a trade office of a pemda copies: the
 * kinerja table carries, right of `Target`, a `Prediksi Capaian (%)` group over `Tw 1 | Tw 2 | Tw 3 | Tw 4`, and so does
 * the program table right of `Anggaran (Rp)`; the numbering row of the second table goes on from the first
 * (`(9) .. (15)` after `(1) .. (8)`).
 *
 * Source (pages corpus): https://123dok.com/article/format-perjanjian-kinerja-perjanjian-kinerja.q75jdrrz (SAKIP
 * pedoman of Kementerian Perdagangan, BAB II B.2 `Format Perjanjian Kinerja`, Tabel 6 `Format Lampiran Perjanjian
 * Kinerja`: `LAMPIRAN PERJANJIAN KINERJA TAHUN ....`, `No | Sasaran Strategis | Indikator Sasaran Strategis | Target |
 * Prediksi Capaian (%) Tw 1..Tw 4` numbered `(1)..(8)`, `No | Program | Anggaran (Rp) | Prediksi Capaian (%) Tw 1..Tw 4`
 * numbered `(9)..(15)`, a single signer `…, … 20xx` / `Menteri Perdagangan R.I.` / `ttd` / `(…)`). Made up: the pemda
 * (Kabupaten Kudus, a Kepala Dinas with the Bupati as Pihak Kedua: two signers, as every pemda PK has), names, NIP,
 * pangkat, indikator, targets, predictions, amounts; program kode after Kepmendagri 050-5889/2021 (urusan 3.30
 * perdagangan), written before the program name as pemda prints do.
 *
 * Correct reading (workbook.md §1, §5, §6): one eselon2 PK; four indikator with the targets of the `Target` column
 * (60, 9, 72, 150: unit in the cell), never a Tw column (the spec has no quarterly prediction in a PK: a Bappeda
 * planner reads it as a forecast, not a target, and certainly not the target); four programs, kode from the name,
 * pagu from `Anggaran (Rp)`, the `Jumlah` equal to their sum. The two `Prediksi Capaian (%)` blocks (E7:H10, E16:H19)
 * are neither a target nor a pagu: read into nothing, so a correct reader reports them as `isi-tak-terbaca` (or, the
 * spec being silent on predictions, keeps them somewhere harmless); they must never become the target, the pagu or a
 * `pagu-ganda` / `target-ganda` choice. Both numbering rows are layout. The Bupati has no PK in the workbook:
 * atasan-missing.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { findPk } from "../truth";

const SH = "Lamp PK";
const BUPATI = { nama: "H. ABDUL HAKAM ROSYIDI, S.H., M.M.", jab: "BUPATI KUDUS" };
const KADIS = {
  nama: "Drs. MUHAMMAD FAIZ ANSHORI, M.Si.",
  pangkat: "Pembina Utama Muda (IV/c)",
  nip: "19720315 199803 1 007",
  jab: "KEPALA DINAS PERDAGANGAN KABUPATEN KUDUS",
};
const SAS = [
  {
    nama: "Meningkatnya kualitas sarana distribusi perdagangan",
    ind: [
      { nama: "Persentase pasar rakyat yang dikelola sesuai standar", text: "60 %", target: 60, tw: [15, 30, 45, 60] },
      { nama: "Koefisien variasi harga barang kebutuhan pokok", text: "9 %", target: 9, tw: [100, 100, 100, 100] },
    ],
  },
  {
    nama: "Meningkatnya tertib ukur dan perlindungan konsumen",
    ind: [
      { nama: "Persentase UTTP bertanda tera sah yang berlaku", text: "72 %", target: 72, tw: [20, 45, 60, 100] },
      { nama: "Jumlah pelaku usaha yang dibina", text: "150 Pelaku Usaha", target: 150, tw: [25, 50, 75, 100] },
    ],
  },
];
const PROG = [
  { kode: "3.30.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_874_200_000, tw: [22, 47, 73, 100] },
  { kode: "3.30.03", nama: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN", pagu: 2_150_000_000, tw: [10, 35, 70, 100] },
  { kode: "3.30.04", nama: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING", pagu: 485_000_000, tw: [25, 50, 75, 100] },
  { kode: "3.30.06", nama: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN", pagu: 312_500_000, tw: [15, 40, 80, 100] },
];

function build(): Book {
  const book = new Book("kudus-disdag-prediksi-capaian-tw-2025.xlsx");
  const s = book.sheet(SH);
  s.merge("A1:H1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A2:H2", "DINAS PERDAGANGAN KABUPATEN KUDUS");
  // kinerja table: two header rows, numbering (1)..(8)
  s.merge("A4:A5", "No").merge("B4:B5", "Sasaran Strategis").merge("C4:C5", "Indikator Sasaran Strategis").merge("D4:D5", "Target");
  s.merge("E4:H4", "Prediksi Capaian (%)");
  s.row("E5", ["Tw 1", "Tw 2", "Tw 3", "Tw 4"]);
  s.row("A6", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]);
  let r = 7;
  SAS.forEach((x, k) => {
    s.merge(`A${r}:A${r + x.ind.length - 1}`, k + 1).merge(`B${r}:B${r + x.ind.length - 1}`, x.nama);
    x.ind.forEach((i, j) => s.row(`C${r + j}`, [i.nama, i.text, ...i.tw]));
    r += x.ind.length;
  });
  // program table: two header rows, numbering (9)..(15) continuing the first table's
  s.merge("A13:A14", "No").merge("B13:C14", "Program").merge("D13:D14", "Anggaran (Rp)").merge("E13:H13", "Prediksi Capaian (%)");
  s.row("E14", ["Tw 1", "Tw 2", "Tw 3", "Tw 4"]);
  s.put("A15", "(9)").merge("B15:C15", "(10)").row("D15", ["(11)", "(12)", "(13)", "(14)", "(15)"]);
  PROG.forEach((p, k) => {
    s.put(`A${16 + k}`, k + 1).merge(`B${16 + k}:C${16 + k}`, `${p.kode} ${p.nama}`);
    s.row(`D${16 + k}`, [idr(p.pagu), ...p.tw]);
  });
  s.merge("A20:C20", "Jumlah").put("D20", idr(sum(PROG.map((p) => p.pagu))));
  // signature: date over the right column, pangkat and NIP each on its own row
  s.put("F22", "Kudus, 2 Januari 2025");
  s.put("B23", "PIHAK KEDUA,").put("F23", "PIHAK PERTAMA,");
  s.put("B24", `${BUPATI.jab},`).put("F24", `${KADIS.jab},`);
  s.put("B28", BUPATI.nama).put("F28", KADIS.nama);
  s.put("F29", KADIS.pangkat).put("F30", `NIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const prediksi = ["E7:H10", "E16:H19"].flatMap((range) => {
  const [a, b] = range.split(":");
  const cols = ["E", "F", "G", "H"];
  const cells: string[] = [];
  for (let row = Number(a.slice(1)); row <= Number(b.slice(1)); row++) cols.forEach((c) => cells.push(`${c}${row}`));
  return cells;
});

export const kudusDisdagPrediksi: Layout = {
  name: "kudus-disdag-prediksi-capaian-tw-2025",
  source: "https://123dok.com/article/format-perjanjian-kinerja-perjanjian-kinerja.q75jdrrz (Kemendag PK lampiran format, Tabel 6)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      {
        sheet: SH, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: SAS.flatMap((x) => x.ind.map((i) => ({ nama: i.nama, target: i.target, sasaran: x.nama }))),
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SH }],
    absent: [
      { rule: "jumlah-mismatch", sheet: SH }, { rule: "value-unreadable", sheet: SH }, { rule: "target-missing", sheet: SH },
      { rule: "kode-invalid", sheet: SH }, { rule: "pagu-ganda", sheet: SH }, { rule: "target-ganda", sheet: SH },
      { rule: "level-mismatch", sheet: SH }, { rule: "pihak-missing", sheet: SH }, { rule: "nip-invalid", sheet: SH },
      { rule: "tabel-missing", sheet: SH },
    ],
    unreadOrRead: [{ sheet: SH, cells: prediksi, what: "Prediksi Capaian (%) Tw 1..Tw 4" }],
  },
  checks: [
    {
      name: "no indikator target and no pagu comes from a Prediksi Capaian column, and the numbering rows are no items",
      run(out) {
        const pk = findPk(out.model, { sheet: SH, jabatan: KADIS.jab })!;
        expect(pk.indikator.map((i) => i.targetCell)).toEqual(["D7", "D8", "D9", "D10"]);
        expect(pk.anggaran.map((a) => a.paguCell)).toEqual(["D16", "D17", "D18", "D19"]);
      },
    },
    {
      name: "the Kadis's pangkat line is read as his pangkat, not as his name or jabatan",
      run(out) {
        const pk = findPk(out.model, { sheet: SH, jabatan: KADIS.jab })!;
        expect({ nama: pk.pihakPertama?.nama, pangkat: pk.pihakPertama?.pangkat }).toEqual({ nama: KADIS.nama, pangkat: KADIS.pangkat });
      },
    },
  ],
};
