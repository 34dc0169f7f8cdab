/**
 * Kabupaten Pringsewu: the PK 2025 of the BUPATI as the e-SAKIP app (AKSARA) prints it and a PDF-to-Excel converter
 * (one sheet for the whole document) turns it into a workbook. The print is two pages long: the program table's header
 * (`<thead>`, repeated by the PDF engine on every page) stands AGAIN at the top of page 2, over the programs that follow,
 * and only the last page has the `TOTAL`. The Bupati's program list is the list of the OPD's programs WITHOUT
 * deduplication (one row per OPD that carries a program: `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA`
 * stands four times with four amounts), no kode, no Keterangan.
 *
 * Source: andhika201/E-Sakip @74f39c2 (file last changed in 50d0805e) `app/Views/adminOpd/pk/cetak-L.php`, `jenis ===
 * 'bupati'` branch: title `PERJANJIAN KINERJA TAHUN <year>` `<br>` `KABUPATEN PRINGSEWU`; kinerja header `No | SASARAN
 * STRATEGIS | INDIKATOR SASARAN | TARGET | SATUAN` (Target BEFORE Satuan), an italic numbering row `1 2 3 4 5`, the No
 * printed `1.` (with a dot) and rowspan over the sasaran's indikator, the target as typed; the program table `No |
 * PROGRAM | ANGGARAN (Rp)` (the header word PROGRAM for the bupati), "KHUSUS PK BUPATI (OPSI B) TAMPILKAN SEMUA BARIS
 * (TANPA DEDUPLIKASI)", amounts `number_format(…, 0, ',', '.')`, the numbering 1..n over both pages, `TOTAL` over two
 * columns; the bupati signature: the left half empty, the right `BUPATI PRINGSEWU` then the name, no date line, no NIP.
 * The program table continuing on page 2 under its repeated header is what the PDF engine (`<page>`: html2pdf) does
 * with a `<thead>`. Made up: the Bupati's name, the sasaran, indikator, targets, programs per OPD and all amounts
 * (program names after Kepmendagri 050-5889/2021).
 *
 * Correct reading (workbook.md §1, §6; rules.md): one kepala-daerah PK, no Pihak Kedua, no NIP, no atasan (none is
 * missing for a kepala daerah). Six indikator (the `1 2 3 4 5` row is numbering), targets `BB`, 73,5, 5,1, `WTP`, 4,6,
 * 9,8 with the Satuan column after the Target. Sixteen programs: the repeated header row 22 is the print's page header,
 * not a new PK and not a table whose rows start again: the `TOTAL` (E31) states the sum of ALL sixteen programs (rules.md
 * jumlah-mismatch: "the sum of the rows above it"), so no jumlah-mismatch. The spec says "every header row starts a
 * table" and is silent on a header repeated word for word with the numbering going on (8 → 9): a Bappeda planner reads
 * one table over two pages, as written here. The four `PROGRAM PENUNJANG …` rows are four budget objects (one per OPD),
 * not duplicates to drop.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "PK Bupati";
const BUPATI = { nama: "H. ADI PRANOTO, S.E., M.M.", jab: "BUPATI PRINGSEWU" };
const SS = [
  {
    nama: "Meningkatnya Akuntabilitas Kinerja Pemerintah Daerah",
    ind: [
      { nama: "Nilai SAKIP Kabupaten Pringsewu", text: "BB", target: "BB" as string | number, satuan: "Predikat" },
      { nama: "Opini BPK atas Laporan Keuangan Pemerintah Daerah", text: "WTP", target: "WTP", satuan: "Opini" },
    ],
  },
  {
    nama: "Meningkatnya Kualitas Sumber Daya Manusia",
    ind: [{ nama: "Indeks Pembangunan Manusia", text: "73,50", target: 73.5, satuan: "Indeks" }],
  },
  {
    nama: "Meningkatnya Pertumbuhan Ekonomi Daerah yang Inklusif",
    ind: [
      { nama: "Laju Pertumbuhan Ekonomi", text: "5,10", target: 5.1, satuan: "%" },
      { nama: "Tingkat Pengangguran Terbuka", text: "4,60", target: 4.6, satuan: "%" },
      { nama: "Persentase Penduduk Miskin", text: "9,80", target: 9.8, satuan: "%" },
    ],
  },
];
const PENUNJANG = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA";
const PROG = [
  { nama: PENUNJANG, pagu: 62_418_735_000 }, // Dinas Pendidikan dan Kebudayaan
  { nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 48_250_400_000 },
  { nama: PENUNJANG, pagu: 41_906_150_000 }, // Dinas Kesehatan
  { nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 37_884_600_000 },
  { nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 1_275_000_000 },
  { nama: PENUNJANG, pagu: 9_842_300_000 }, // Dinas PUPR
  { nama: "PROGRAM PENYELENGGARAAN JALAN", pagu: 27_560_000_000 },
  { nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", pagu: 6_130_250_000 },
  // page 2
  { nama: "PROGRAM PENGEMBANGAN PERUMAHAN", pagu: 3_412_800_000 },
  { nama: "PROGRAM PENGELOLAAN PERSAMPAHAN", pagu: 2_905_000_000 },
  { nama: PENUNJANG, pagu: 4_318_640_000 }, // Dinas Kominfo
  { nama: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", pagu: 2_146_500_000 },
  { nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 1_087_250_000 },
  { nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", pagu: 1_640_000_000 },
  { nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", pagu: 2_385_700_000 },
  { nama: "PROGRAM PENYELENGGARAAN PENGAWASAN", pagu: 3_074_900_000 },
];
const PAGE1 = 8;

function build(): Book {
  const book = new Book("pringsewu-bupati-program-per-opd-halaman-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:E1", `PERJANJIAN KINERJA TAHUN 2025\nKABUPATEN PRINGSEWU`);
  s.row("A3", ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "SATUAN"]);
  s.row("A4", [1, 2, 3, 4, 5]);
  let r = 5;
  SS.forEach((g, k) => {
    const n = g.ind.length;
    if (n > 1) s.merge(`A${r}:A${r + n - 1}`, `${k + 1}.`).merge(`B${r}:B${r + n - 1}`, g.nama);
    else s.put(`A${r}`, `${k + 1}.`).put(`B${r}`, g.nama);
    g.ind.forEach((i) => s.row(`C${r++}`, [i.nama, i.text, i.satuan]));
  }); // rows 5..10
  const head = (row: number) => s.put(`A${row}`, "No").merge(`B${row}:D${row}`, "PROGRAM").put(`E${row}`, "ANGGARAN (Rp)");
  const prog = (row: number, k: number) => s.put(`A${row}`, k + 1).merge(`B${row}:D${row}`, PROG[k].nama).put(`E${row}`, idr(PROG[k].pagu));
  head(12);
  for (let k = 0; k < PAGE1; k++) prog(13 + k, k); // 13..20 … page 1 ends
  head(22); // page 2: the <thead> again
  for (let k = PAGE1; k < PROG.length; k++) prog(23 + k - PAGE1, k); // 23..30
  const t = 23 + PROG.length - PAGE1; // 31
  s.merge(`A${t}:D${t}`, "TOTAL").put(`E${t}`, idr(sum(PROG.map((p) => p.pagu))));
  s.put(`D${t + 2}`, BUPATI.jab);
  s.put(`D${t + 7}`, BUPATI.nama);
  return book;
}

export const pringsewuBupatiHalaman: Layout = {
  name: "pringsewu-bupati-program-per-opd-halaman-2025",
  source: "andhika201/E-Sakip @74f39c2 `app/Views/adminOpd/pk/cetak-L.php` (jenis bupati: programs per OPD without dedup, thead repeated on page 2, TOTAL, signature without NIP); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: BUPATI.jab, level: "kepala-daerah", atasan: null, nama: BUPATI.nama, nip: null, pihakKedua: null,
        indikator: SS.flatMap((g) => g.ind.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: g.nama }))),
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "isi-tak-terbaca", sheet: SHEET }, { rule: "value-unreadable", sheet: SHEET },
      { rule: "pihak-missing", sheet: SHEET }, { rule: "level-unknown", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET },
      { rule: "tabel-missing", sheet: SHEET }, { rule: "target-missing", sheet: SHEET }, { rule: "indikator-duplicate", sheet: SHEET },
      { rule: "atasan-missing", sheet: SHEET }, { rule: "sasaran-missing", sheet: SHEET }, { rule: "satuan-missing", sheet: SHEET },
    ],
  },
  checks: [
    {
      name: "all sixteen programs of both pages are read, and the TOTAL E31 as the stated total",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SHEET);
        const totals = (pk?.budgetTables ?? []).flatMap((t) => t.totals.map((x) => ({ cell: x.cell, value: x.value })));
        const items = (pk?.budgetTables ?? []).flatMap((t) => t.items).length;
        expect({ items, total: totals.find((x) => x.cell === "E31")?.value ?? null, sumOfItems: sum((pk?.budgetTables ?? []).flatMap((t) => t.items.map((i) => (i.pagu as number) ?? 0))) }).toEqual({
          items: PROG.length,
          total: sum(PROG.map((p) => p.pagu)),
          sumOfItems: sum(PROG.map((p) => p.pagu)),
        });
      },
    },
  ],
};
