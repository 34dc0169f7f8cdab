/**
 * A BKPSDM's hand-kept "Matriks Peran dan Hasil" workbook (PermenPANRB 8/2021 cascading): the Kepala BKPSDM's PK as
 * TWO tables under two copies of the title, the sasaran in one (`No. | SASARAN`) and the indikator in the other
 * (`INDIKATOR KINERJA | TARGET`), nothing tying them; no budget, no signature; and the SKP matrix with the blank
 * `PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA` identity block.
 *
 * Layout AND content: https://id.scribd.com/document/557648875/MATRIKS-PERAN-DAN-HASIL-031121 (pages corpus, text
 * of the document). Real, from the page: `PERJANJIAN KINERJA KEPALA BKPSDM` / `TAHUN 2021` twice, the four sasaran
 * numbered `1.`..`4.`, the eight indikator with their targets (`100%`, `90%`, `85%`, `85 point`, `87%`), the SKP
 * identity rows `NAMA / NIP (*opsional) / PANGKAT/GOL RUANG / JABATAN / INSTANSI` left blank for both sides, `NO |
 * RENCANA KINERJA | INDIKATOR KINERJA INDIVIDU` with `(1) (2) (3)`, `A. KINERJA UTAMA`, sasaran 5 and 6 with their
 * indikator, `B. KINERJA TAMBAHAN`. Made up: where the tables sit (the text gives the order, not the cells), the
 * pemda (not named on the page: none is written into the workbook either), the merges of the SKP table.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const SS = [
  "Meningkatnya kualitas sumber daya aparatur melalui pendidikan dan pelatihan",
  "meningkatnya sistem informasi manajemen kepegawaian",
  "meningkatnya ketepatan penanganan kasus-kasus pegawai",
  "meningkatnya kinerja sumber daya aparatur",
];
const IND = [
  { nama: "persentase jumlah aparatur yang sudah mengikuti diklat PIM dan Prajabatan", text: "100%", target: 100, satuan: "%" },
  { nama: "Persentase jumlah aparatur fungsional yang dinyatakan lulus dalam diklat fungsional", text: "90%", target: 90, satuan: "%" },
  { nama: "persentase jumlah aparatur yang mengikuti diklat teknis", text: "90%", target: 90, satuan: "%" },
  { nama: "persentase penempatan aparatur sesuai kompetensinya", text: "90%", target: 90, satuan: "%" },
  { nama: "persentase kelengkapan administrasi kepegawaian", text: "85%", target: 85, satuan: "%" },
  { nama: "persentase penanganan kasus-kasus disiplin aparatur", text: "85%", target: 85, satuan: "%" },
  { nama: "indeks kepuasan aparatur", text: "85 point", target: 85, satuan: "point" },
  { nama: "persentase jumlah pegawai dengan nilai SKP > baik", text: "87%", target: 87, satuan: "%" },
];
const SKP = [
  { rk: SS[0], iki: [IND[0].nama, IND[1].nama, IND[2].nama] },
  { rk: SS[1], iki: [IND[3].nama, IND[4].nama] },
  { rk: SS[2], iki: [IND[5].nama] },
  { rk: SS[3], iki: [IND[6].nama, IND[7].nama] },
  { rk: "Meningkatnya Akuntabilitas Kinerja BKPSDM", iki: ["Persentase hasil temuan yang ditindaklanjuti", "Predikat LAKIP BKPSDM"] },
  { rk: "Pengelolaan Anggaran yang Optimal", iki: ["Persentase penyerapan anggaran"] },
];
const JAB = "KEPALA BKPSDM";

function build(): Book {
  const book = new Book("bkpsdm-matriks-peran-hasil-2021.xlsx");

  const p = book.sheet("PK KABAN");
  p.rows("A1", [[`PERJANJIAN KINERJA ${JAB}`], ["TAHUN 2021"]]);
  p.row("A4", ["No.", "SASARAN"]);
  SS.forEach((s, k) => p.row(`A${5 + k}`, [`${k + 1}.`, s]));
  p.rows("A10", [[`PERJANJIAN KINERJA ${JAB}`], ["TAHUN 2021"]]);
  p.row("A13", ["INDIKATOR KINERJA", "TARGET"]);
  IND.forEach((i, k) => p.row(`A${14 + k}`, [i.nama, i.text]));

  const s = book.sheet("SKP KABAN");
  s.merge("A1:B1", "PEGAWAI YANG DINILAI").merge("C1:D1", "PEJABAT PENILAI KINERJA");
  ["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "INSTANSI"].forEach((l, k) => s.put(`A${2 + k}`, l).put(`C${2 + k}`, l === "NIP" ? "NIP (*opsional)" : l));
  s.row("A8", ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU"]);
  s.row("A9", ["(1)", "(2)", "(3)"]);
  s.merge("A10:C10", "A. KINERJA UTAMA");
  let r = 11;
  SKP.forEach((g, k) => {
    s.merge(`A${r}:A${r + g.iki.length - 1}`, k + 1).merge(`B${r}:B${r + g.iki.length - 1}`, g.rk);
    g.iki.forEach((t, j) => s.put(`C${r + j}`, t));
    r += g.iki.length;
  });
  s.merge(`A${r}:C${r}`, "B. KINERJA TAMBAHAN");
  s.row(`A${r + 1}`, ["-", "-", "-"]);
  return book;
}

const PK = "PK KABAN";
const SK = "SKP KABAN";

export const bkpsdmMatriks: Layout = {
  name: "bkpsdm-matriks-peran-hasil-2021",
  source: "https://id.scribd.com/document/557648875/MATRIKS-PERAN-DAN-HASIL-031121 (PK Kepala BKPSDM 2021 as a sasaran table and an indikator table under two titles; SKP matrix with the blank PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA block)",
  build,
  truth: {
    tahun: 2021,
    // The SKP matrix is no PK (no PERJANJIAN KINERJA title; it is the pegawai's SKP): a sheet not read.
    sheets: { [PK]: "pk", [SK]: "lain" },
    pk: [
      {
        // ONE PK: the second title repeats the first (same jabatan, same year), it opens the indikator page, not a
        // second PK. The jabatan is the title's (`KEPALA BKPSDM`); no signature gives a name. BKPSDM is the Badan
        // Kepegawaian dan Pengembangan SDM: a Kepala Badan, eselon2 (workbook.md §1). The spec's level words do not
        // spell badan acronyms (BKPSDM, BAPPEDA, BPKAD, BPBD); a Bappeda planner reads them as Kepala Badan.
        sheet: PK, jabatan: JAB, level: "eselon2", atasan: null, nama: "", nip: null,
        pihakKedua: null,
        // The sasaran table and the indikator table share no column and no row (4 sasaran, 8 indikator): nothing
        // says which sasaran an indikator serves, so none is given (sasaran-missing, rules.md).
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: null })),
        anggaran: [],
      },
    ],
    errors: [],
    // pihak-missing: "a PK sheet without Pihak Pertama name and jabatan": the jabatan is in the title, the name is
    // nowhere. Whether the rule fires when only the name is missing the spec leaves open: allowed, not required.
    allowed: ["polaritas-guessed", "pihak-missing"],
    warnings: [
      { rule: "atasan-missing", sheet: PK },
      ...IND.map((_, k) => ({ rule: "sasaran-missing", sheet: PK, cell: `A${14 + k}` })),
    ],
    absent: [
      { rule: "tabel-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "value-unreadable", sheet: PK }, { rule: "satuan-missing", sheet: PK }, { rule: "indikator-duplicate", sheet: PK },
      { rule: "tahun-mismatch", sheet: PK }, { rule: "pihak-missing", sheet: SK }, { rule: "tabel-missing", sheet: SK },
    ],
    // The sasaran table: no indikator to hang them on. Read as the sasaran of the PK (not possible in the model
    // without a tie) or reported; never dropped.
    unreadOrRead: [{ sheet: PK, cells: ["B5", "B6", "B7", "B8"], what: "sasaran table without indikator" }],
  },
};
