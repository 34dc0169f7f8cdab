/**
 * Provinsi Jawa Barat, Dinas Pemuda dan Olahraga: the signed PK of the Kepala Dinas as a scanned-then-text PDF, turned
 * into a workbook by a PDF-to-Excel converter (one sheet per page: `Page 1` .. `Page 3`), plus the dinas's cascading
 * chart pasted as a sheet.
 *
 * Source: andri000me/aplikasi_esakip @c1f6283602e377689dbe39a037730438b2477422 `dokumen/PK KADIS 2017.pdf` (the real
 * signed document; text read with pdftotext -layout) and, for the chart sheet, `dokumen/DISKOMINFO_CASCADE DOWN 2016
 * DISKOMINFO.pdf` of the same repository (its layout: title `CASCADING <unit> <year>`, the jabatan boxes, indikator with
 * the target in brackets `(70%)`). Real, from the PK: page 1 the cover `PERNYATAAN PERJANJIAN KINERJA / DINAS PEMUDA DAN
 * OLAHRAGA / PROVINSI JAWA BARAT / TAHUN 2017`; page 2 the statement (`Nama : / Jabatan :` with the jabatan wrapped on a
 * second row, `Selanjutnya disebut PIHAK KESATU`, the blank date `Bandung,            2017`, `PIHAK KEDUA` | `PIHAK
 * KESATU`, pangkat without golongan `Pembina Utama Madya`); page 3 the lampiran: `NO | SASARAN | INDIKATOR KINERJA |
 * SATUAN | TARGET`, numbering row `1 2 3 4 5`, the five sasaran, indikator, satuan and targets as printed (`100 dari 110
 * Organisasi Kepemudaan` in Persen, `140 Kelompok (1400 orang)`, `Peringkat (POPNAS 201)` with target 2, `36,6`), the
 * program table whose No column has no header and whose amount is split in two cells (`Rp` | `177.792.500`), the ten
 * programs and amounts and their Keterangan (`APBD`, `APBN (Dekonsentrasi)`), no Jumlah row; the signature with no PIHAK
 * words, the Kadis's jabatan on two rows (the second below the Gubernur's single row), and the Kadis's name written out
 * in full where the statement page abbreviates it (`YUDHA M.` / `YUDHA MUNAJAT`).
 * Made up: both names and the NIP (the real ones replaced, the abbreviation pattern kept), the chart's boxes for this dinas.
 */
import { Book } from "../book";
import { type Layout } from "../layout";

const GUB = "H. ACHMAD SURYADI";
const KADIS_SHORT = "Prof. Dr. H. BAMBANG S. PRAWIRA, M. Ed.";
const KADIS = "PROF. Dr. H. BAMBANG SUTEJA PRAWIRA, M. Ed.";
const NIP = "NIP. 19640415 199003 1 003";
const SAS = [
  { s: "Meningkatnya peran organisasi kepemudaan", i: "Peningkatan Persentase organisasi kepemudaan yang dibina", sat: "Persen", t: "100 dari 110\nOrganisasi\nKepemudaan", v: 100 },
  { s: "Meningkatnya pengembangan kewirausahaan untuk kelompok/organisasi kepemudaan", i: "Peningkatan Jumlah pemuda Jawa Barat yang berwirausaha", sat: "Kelompok / Organisasi", t: "140 Kelompok\n(1400 orang)", v: 140 },
  { s: "Meningkatnya prestasi pemuda di tingkat nasional", i: "Peningkatan prestasi pemuda Jawa Barat Tingkat Nasional", sat: "Orang", t: 6, v: 6 },
  { s: "Meningkatnya pembinaan olahraga pelajar dan olahraga prestasi secara menyeluruh dan berkelanjutan.", i: "Peningkatan Prestasi Olahraga Jawa Barat dalam Event Nasional", sat: "Peringkat\n(POPNAS 201)", t: 2, v: 2 },
  { s: "Meningkatnya minat masyarakat dalam berolahraga", i: "Peningkatan Partisipasi Masyarakat dalam Berolahraga dan Tingkat Kebugaran Masyarakat", sat: "Persen", t: "36,6", v: 36.6 },
];
const PROG = [
  { n: "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", p: 177_792_500, k: "APBD" },
  { n: "Program Peningkatan Kesejahteraan Sumber Daya Aparatur", p: 921_285_000, k: "APBD" },
  { n: "Program Pemeliharaan Sarana dan Prasarana Aparatur", p: 4_522_741_241, k: "APBD" },
  { n: "Program Peningkatan Sarana dan Prasarana Aparatur", p: 210_500_000, k: "APBD" },
  { n: "Program Pelayanan Administrasi Perkantoran", p: 2_680_195_747, k: "APBD" },
  { n: "Program Peningkatan dan Pembinaan Kepemudaan dan Kepramukaan", p: 8_259_668_500, k: "APBD" },
  { n: "Program Pembinaan, Pemasyarakatan dan Pengembangan Olah Raga", p: 272_969_874_747, k: "APBD" },
  { n: "Program Pengembangan Data/Informasi/Statistik Daerah", p: 442_459_400, k: "APBD" },
  { n: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", p: 496_814_800, k: "APBD" },
  { n: "Program Kepemudaan dan Keolahragaan", p: 5_799_120_000, k: "APBN\n(Dekonsentrasi)" },
];
const dots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
/** A converter wraps long cell text at the PDF's line breaks. */
const wrap = (s: string, w = 30) => s.split(" ").reduce<string[]>((ls, word) => {
  const last = ls[ls.length - 1];
  if (last && (last + " " + word).length <= w) ls[ls.length - 1] = last + " " + word;
  else ls.push(word);
  return ls;
}, []).join("\n");

function build(): Book {
  const book = new Book("jabar-dispora-pdf-2017.xlsx");

  const c = book.sheet("Page 1");
  c.rows("C3", [["PERNYATAAN PERJANJIAN KINERJA"], ["DINAS PEMUDA DAN OLAHRAGA"], ["PROVINSI JAWA BARAT"], ["TAHUN 2017"]]);

  const s = book.sheet("Page 2");
  s.rows("B1", [["PROVINSI JAWA BARAT"], [null], ["TAHUN 2017"]]);
  s.put("D3", "PERJANJIAN KINERJA TAHUN 2017").put("D4", "KEPALA DINAS PEMUDA DAN OLAHRAGA");
  s.put("A7", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, Kami yang bertanda tangan di bawah ini:");
  s.rows("A9", [["Nama", ": " + KADIS_SHORT], ["Jabatan", ": KEPALA DINAS PEMUDA DAN OLAHRAGA"], [null, "  PROVINSI JAWA BARAT"], ["Selanjutnya disebut PIHAK KESATU"]]);
  s.rows("A14", [["Nama", ": " + GUB], ["Jabatan", ": GUBERNUR JAWA BARAT"], ["Selanjutnya disebut PIHAK KEDUA"]]);
  s.put("A18", "PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah yang dilaksanakan dalam program dan kegiatan seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab Kami.");
  s.put("A19", "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put("D21", "Bandung,                      2017");
  s.row("B23", ["PIHAK KEDUA", null, "PIHAK KESATU"]);
  s.row("B27", [GUB, null, KADIS_SHORT]);
  s.put("D28", "Pembina Utama Madya").put("D29", NIP);

  const l = book.sheet("Page 3");
  l.put("B1", "PERJANJIAN KINERJA TAHUN 2017").put("B2", "DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT");
  l.row("A3", ["NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"]);
  l.row("A4", [1, 2, 3, 4, 5]);
  SAS.forEach((x, j) => l.row(`A${5 + j}`, [j + 1, wrap(x.s), wrap(x.i, 26), x.sat, x.t]));
  l.row("A11", [null, "Program", "Anggaran", null, "Keterangan"]);
  l.merge("C11:D11");
  PROG.forEach((p, j) => l.row(`A${12 + j}`, [j + 1, wrap(p.n), "Rp", dots(p.p), p.k]));
  l.put("C24", "KEPALA DINAS PEMUDA DAN OLAHRAGA");
  l.row("A25", [null, "GUBERNUR JAWA BARAT", "PROVINSI JAWA BARAT"]);
  l.row("B29", [GUB, KADIS]);
  l.put("C30", "Pembina Utama Madya").put("C31", NIP);

  // The dinas's cascading chart (pohon kinerja), as the cascade-down PDF lays it out.
  const k = book.sheet("Cascading");
  k.put("F1", "CASCADING DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT 2017");
  k.put("F3", "VISI").put("D4", "\"TERWUJUDNYA PEMUDA DAN OLAHRAGA JAWA BARAT YANG BERDAYA SAING\"");
  k.put("F6", "KEPALA DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT");
  k.row("A8", ["TUJUAN 1 : MENINGKATKAN PERAN PEMUDA DALAM PEMBANGUNAN", null, null, null, "TUJUAN 2 : MENINGKATKAN PRESTASI OLAHRAGA JAWA BARAT"]);
  k.row("A9", ["Sasaran 1 - Meningkatnya peran organisasi kepemudaan", null, null, null, "Sasaran 4 - Meningkatnya pembinaan olahraga pelajar dan olahraga prestasi"]);
  k.row("A10", ["1.1 Persentase organisasi kepemudaan yang dibina (100%)", null, null, null, "4.1 Peringkat Jawa Barat dalam event nasional (2)"]);
  k.row("A12", ["KEPALA BIDANG KEPEMUDAAN", null, "SEKRETARIS", null, "KEPALA BIDANG PEMBINAAN PRESTASI OLAHRAGA"]);
  k.row("A13", ["1.1 Jumlah organisasi kepemudaan yang dibina (110 organisasi)", null, "Persentase dokumen perencanaan dan pelaporan tepat waktu (100%)", null, "4.1 Jumlah atlet pelajar yang dibina (600 orang)"]);
  k.row("A15", ["KASI ORGANISASI KEPEMUDAAN", "KASI KEWIRAUSAHAAN PEMUDA", "KASUBBAG PERENCANAAN DAN PROGRAM", "KASUBBAG KEUANGAN", "KASI OLAHRAGA PELAJAR"]);
  k.row("A16", ["1.1 Jumlah pelatihan kepemimpinan pemuda (12 kegiatan)", "2.1 Jumlah pemuda wirausaha yang dilatih (1400 orang)", "Jumlah dokumen perencanaan (5 dokumen)", "Jumlah laporan keuangan (19 dokumen)", "4.1 Jumlah kejuaraan pelajar yang diikuti (8 kegiatan)"]);
  return book;
}

const PK = "Page 3";

export const jabarDispora: Layout = {
  name: "jabar-dispora-pdf-2017",
  source: "andri000me/aplikasi_esakip @c1f62836 `dokumen/PK KADIS 2017.pdf` (signed PK, Dispora Provinsi Jawa Barat) and `dokumen/DISKOMINFO_CASCADE DOWN 2016 DISKOMINFO.pdf` (chart layout)",
  build,
  truth: {
    tahun: 2017,
    // Page 1: the cover (PERJANJIAN KINERJA + year, no table, no signature; workbook.md §1). Page 2: the statement page.
    // The cascading chart is no PK, Rencana Aksi or Realisasi: a sheet not read (`lain`, sheet-unrecognised).
    sheets: { "Page 1": "sampul", "Page 2": "pernyataan", [PK]: "pk", Cascading: "lain" },
    pk: [
      {
        // The jabatan wraps over two rows (`KEPALA DINAS PEMUDA DAN OLAHRAGA` / `PROVINSI JAWA BARAT`): both are the
        // jabatan. The name as the lampiran writes it (the statement page abbreviates it).
        sheet: PK, jabatan: "KEPALA DINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT", level: "eselon2", atasan: null, nama: KADIS,
        nip: "196404151990031003",
        pihakKedua: { jabatan: "GUBERNUR JAWA BARAT", nama: GUB, nip: null },
        // `100 dari 110 Organisasi Kepemudaan` in Persen: 100 (percent of the 110 organisations); `140 Kelompok (1400
        // orang)`: 140 (the unit after the number, a note in brackets behind it). Spec silent on both (§5 knows a unit
        // after the number, `12.480 orang`, not a `dari …` or a bracketed note): a planner reads 100 and 140; a reader
        // that cannot should at least not call them unreadable errors. Row 4 `1 2 3 4 5` is the numbering row.
        indikator: SAS.map((x) => ({ nama: x.i, target: x.v, sasaran: x.s })),
        // Programs without kode; the amount is the cell after `Rp`, never `Rp` itself.
        anggaran: PROG.map((p) => ({ kode: null, pagu: p.p })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "value-unreadable", sheet: PK }, { rule: "target-missing", sheet: PK }, { rule: "pihak-missing", sheet: PK },
      { rule: "level-unknown", sheet: PK }, { rule: "sasaran-missing", sheet: PK }, { rule: "tabel-missing", sheet: "Page 2" },
      { rule: "tabel-missing", sheet: "Page 1" }, { rule: "pihak-missing", sheet: "Page 2" }, { rule: "pihak-missing", sheet: "Page 1" },
      { rule: "indikator-unknown", sheet: "Cascading" }, { rule: "tahun-missing", sheet: "Cascading" },
    ],
  },
  checks: [
    {
      name: "the budget is the ten programs (272.969.874.747 the largest), the `Rp` cells and the Keterangan no part of it",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK);
        expect(pk?.anggaran.map((a) => a.paguCell)).toEqual(PROG.map((_, j) => `D${12 + j}`));
      },
    },
  ],
};
