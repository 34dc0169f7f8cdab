/**
 * Provinsi Maluku Utara, BAPPEDA: PK 2025 of a Kepala Sub Bidang, as the province's e-Kinerja module prints it
 * (statement page and lampiran, each pasted into its own sheet).
 *
 * Layout: index id 59400540372 (repository not named by the index), file `modules/perjanjian_kinerja/pdf/dokumen.blade.php`
 * (its own first line). Real, from the template: page 1 `PERJANJIAN KINERJA TAHUN` / the jabatan in capitals /
 * `BADAN PERENCANAAN PEMBANGUNAN DAERAH` / `PROVINSI MALUKU UTARA`; `Nama | : | value`, `Jabatan | : | <jabatan> BAPPEDA
 * Provinsi Maluku Utara`, `selanjutnya disebut pihak pertama.` / `selaku atasan langsung pihak pertama. Selanjutnya disebut
 * pihak kedua.`; place and date `Sofifi, 2 Januari 2025` (isoFormat `D MMMM Y`, id locale); the signature table with, per
 * side, `PIHAK KEDUA` / the jabatan in capitals / `BAPPEDA PROVINSI MALUKU UTARA,` / blank / the name / the pangkat
 * (`Pembina Tk. I` default) / `NIP. …`. Page 2 repeats the title, then `Nama` / `NIP` / `Jabatan` rows (NIP on its own
 * row; the jabatan here WITHOUT the unit), the kinerja table `No. | Sasaran Kinerja | Indikator Kinerja Individu | Target`
 * where the target cell is `{target_value} {satuan}` (`100 Persen`), No and Sasaran merged down, then the budget table
 * `No. | PROGRAM | KEGIATAN | SUB KEGIATAN | ANGGARAN (Rp)`: program and kegiatan merged down over their sub kegiatan,
 * the amount on each sub kegiatan row only (number_format with `.`), no kode anywhere, a `JUMLAH` row merged over four
 * columns; the same signature table again.
 * Made up: names, NIP, pangkat, the sub bidang, indikator, targets, program/kegiatan/sub kegiatan names (Permendagri 90
 * wording) and amounts. Excel's HTML paste puts each <p> of a signature cell on its own row.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

// Names whose capitals are themselves: the signature prints them with strtoupper, the Nama rows as stored.
const KASUBBID = "MUHAMMAD RIZAL UMASUGI, S.E., M.M.";
const NIP = "198305172009031003";
const KABID = "HASAN BAHTIAR, S.T., M.T.";
const NIP_KABID = "197611102002121006";
const JAB = "KEPALA SUB BIDANG PERINDUSTRIAN DAN PERDAGANGAN";
const JAB_KABID = "KEPALA BIDANG PEREKONOMIAN DAN SUMBER DAYA ALAM";
const UNIT = "BAPPEDA PROVINSI MALUKU UTARA";
const JABATAN = `${JAB} ${UNIT}`;
const JABATAN_KABID = `${JAB_KABID} ${UNIT}`;

const S1 = "Tersedianya dokumen perencanaan bidang perindustrian dan perdagangan yang berkualitas";
const S2 = "Meningkatnya kualitas pengendalian dan evaluasi perencanaan perindustrian dan perdagangan";
const IND = [
  { s: S1, nama: "Persentase dokumen perencanaan perindustrian dan perdagangan yang tepat waktu", text: "100 Persen", target: 100, satuan: "Persen" },
  { s: S1, nama: "Jumlah rekomendasi kebijakan perindustrian dan perdagangan", text: "3 Dokumen", target: 3, satuan: "Dokumen" },
  { s: S2, nama: "Persentase program OPD mitra yang selaras dengan RKPD", text: "95 Persen", target: 95, satuan: "Persen" },
  { s: S2, nama: "Jumlah laporan evaluasi triwulanan", text: "4 Laporan", target: 4, satuan: "Laporan" },
];
const PROGRAM = "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH";
const KEG = [
  {
    nama: "Koordinasi Perencanaan Bidang Perekonomian dan Sumber Daya Alam",
    sub: [
      { nama: "Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Bidang Perindustrian dan Perdagangan", pagu: 185_400_000 },
      { nama: "Analisis Kebijakan Perencanaan Pembangunan Bidang Perindustrian dan Perdagangan", pagu: 96_750_000 },
    ],
  },
  {
    nama: "Pengendalian, Evaluasi dan Pelaporan Bidang Perekonomian dan Sumber Daya Alam",
    sub: [{ nama: "Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan Bidang Perindustrian dan Perdagangan", pagu: 142_300_000 }],
  },
];
const SUBS = KEG.flatMap((k) => k.sub);

function titles(s: Sheet, withJabatan: boolean): number {
  const lines = ["PERJANJIAN KINERJA TAHUN 2025", ...(withJabatan ? [JAB] : []), "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "PROVINSI MALUKU UTARA"];
  lines.forEach((l, i) => s.merge(`A${1 + i}:E${1 + i}`, l));
  return lines.length;
}

function signature(s: Sheet, top: number): void {
  s.put(`E${top}`, "Sofifi, 2 Januari 2025");
  s.row(`B${top + 2}`, ["PIHAK KEDUA", null, "PIHAK PERTAMA"]);
  s.row(`B${top + 3}`, [JAB_KABID, null, JAB]);
  s.row(`B${top + 4}`, [`${UNIT},`, null, `${UNIT},`]);
  s.row(`B${top + 8}`, [KABID.toUpperCase(), null, KASUBBID.toUpperCase()]);
  s.row(`B${top + 9}`, ["Pembina Tk. I", null, "Penata Tk. I"]);
  s.row(`B${top + 10}`, [`NIP. ${NIP_KABID}`, null, `NIP. ${NIP}`]);
}

function build(): Book {
  const book = new Book("malut-bappeda-kasubbid-2025.xlsx");
  const st = book.sheet("Pernyataan");
  titles(st, true);
  st.put("A6", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  st.rows("A8", [["Nama", ":", KASUBBID], ["Jabatan", ":", "Kepala Sub Bidang Perindustrian dan Perdagangan BAPPEDA Provinsi Maluku Utara"]]);
  st.put("A10", "selanjutnya disebut pihak pertama.");
  st.rows("A12", [["Nama", ":", KABID], ["Jabatan", ":", "Kepala Bidang Perekonomian dan Sumber Daya Alam BAPPEDA Provinsi Maluku Utara"]]);
  st.put("A14", "selaku atasan langsung pihak pertama. Selanjutnya disebut pihak kedua.");
  st.put("A16", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  st.put("A17", "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  signature(st, 19);

  const s = book.sheet("Lampiran PK");
  titles(s, false);
  s.rows("A5", [["Nama", ":", KASUBBID], ["NIP", ":", NIP], ["Jabatan", ":", "Kepala Sub Bidang Perindustrian dan Perdagangan"]]);
  s.row("A9", ["No.", "Sasaran Kinerja", "Indikator Kinerja Individu", "Target"]);
  IND.forEach((i, k) => s.row(`C${10 + k}`, [i.nama, i.text]));
  s.merge("A10:A11", 1).merge("B10:B11", S1).merge("A12:A13", 2).merge("B12:B13", S2);

  s.row("A16", ["No.", "PROGRAM", "KEGIATAN", "SUB KEGIATAN", "ANGGARAN (Rp)"]);
  s.merge("A17:A19", 1).merge("B17:B19", PROGRAM).merge("C17:C18", KEG[0].nama).put("C19", KEG[1].nama);
  SUBS.forEach((x, k) => s.row(`D${17 + k}`, [x.nama, idr(x.pagu)]));
  s.merge("A20:D20", "JUMLAH").put("E20", idr(sum(SUBS.map((x) => x.pagu))));
  signature(s, 22);
  return book;
}

const ST = "Pernyataan";
const PK = "Lampiran PK";

export const malut: Layout = {
  name: "malut-bappeda-kasubbid-2025",
  source: "index id 59400540372 modules/perjanjian_kinerja/pdf/dokumen.blade.php (BAPPEDA Provinsi Maluku Utara e-Kinerja)",
  build,
  truth: {
    tahun: 2025,
    // workbook.md §6: the statement page (pledge, two parties, signature, no table) is no PK lampiran.
    sheets: { [ST]: "pernyataan", [PK]: "pk" },
    pk: [
      {
        // The signature's two jabatan lines make one jabatan (workbook.md §1 "the jabatan lines"); Kepala Sub Bidang: eselon4.
        sheet: PK, jabatan: JABATAN, level: "eselon4", atasan: null, nama: KASUBBID, nip: NIP,
        pihakKedua: { jabatan: JABATAN_KABID, nama: KABID, nip: NIP_KABID },
        // `100 Persen`: the unit after the number is the satuan (workbook.md §5 `12.480 orang`).
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        // The amounts stand on the sub kegiatan rows: those are the budget objects (Sub Kegiatan: eselon4, no mismatch);
        // PROGRAM and KEGIATAN are their parents' names, merged down. No kode in this print.
        anggaran: SUBS.map((x) => ({ kode: null, nama: x.nama, pagu: x.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    // The Kepala Bidang's own PK is not in the workbook.
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "level-mismatch", sheet: PK },
      { rule: "target-missing", sheet: PK }, { rule: "satuan-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK },
      { rule: "jumlah-mismatch", sheet: PK }, { rule: "kode-invalid", sheet: PK }, { rule: "nip-invalid", sheet: PK },
      { rule: "sasaran-missing", sheet: PK }, { rule: "tahun-missing", sheet: PK },
      // The statement page is neither a PK without table nor a second PK of the same official.
      { rule: "tabel-missing", sheet: ST }, { rule: "pihak-missing", sheet: ST }, { rule: "atasan-missing", sheet: ST },
      { rule: "sheet-unrecognised", sheet: ST },
    ],
  },
  checks: [
    {
      name: "the pangkat lines and the unit line are neither the name nor part of the NIP",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK)!;
        expect({ nama: pk.pihakPertama?.nama, kedua: pk.pihakKedua?.nama, pangkat: out.model.pk.length }).toEqual({ nama: KASUBBID, kedua: KABID, pangkat: 1 });
      },
    },
  ],
};
