/**
 * Kabupaten Banjarnegara, a dinas: the Kepala Dinas PK printed by the app as ONE page run (statement page, then the
 * lampiran, pasted into one sheet), and the PK of a Kepala Sub Bagian under the Sekretaris split over TWO sheets (the
 * statement page on `PK Kasubbag`, its lampiran on `Lamp PK Kasubbag`), as a planner copies the two printed pages.
 *
 * Layout: naufalpi/e-sakip-bna @6446ace680fa112f6d1b00e688a1bbcf7b8cefa6 `resources/views/reports/perjanjian-kinerja.blade.php`
 * (the Banjarnegara e-SAKIP PK print; the kop, the statement wording and the lampiran are the template's). Real, from
 * the template:
 * - the statement page: kop `PEMERINTAH KABUPATEN BANJARNEGARA` / office / address, title `PERJANJIAN KINERJA`, the pledge
 *   text, `Nama : … / Jabatan : …` rows, `Selanjutnya disebut sebagai PIHAK PERTAMA`, the place-date line in the RIGHT
 *   half only, signatures `Pihak Kedua,` | `Pihak Pertama,` (mixed case, with comma) / jabatan / name / rank / `NIP. …`;
 * - the lampiran: `LAMPIRAN PERJANJIAN KINERJA TAHUN 2025` / office; the kinerja table has NO Satuan column: the unit is
 *   glued to the target (`{{ target }} {{ unit }}`: `85 %`, `12 Dokumen`, `100 persen`, `BB Predikat`); the sasaran header
 *   carries the template's footnote marks (`Tujuan dan Sasaran Strategis *`, `Sasaran Kegiatan dan Sasaran Sub Kegiatan ***`);
 * - head of OPD: budget table `Program | Anggaran | Keterangan`, the number glued to the name (`1.Program …`, the span has no
 *   space), no kode, no total row; the lampiran's signature has NO Pihak words (only jabatan / name / rank / NIP);
 * - the lower officials (`usesActivityFormat`): identity rows `Nama Pejabat : … / Unit Kerja : …` above the table, budget
 *   table `Kegiatan dan Sub Kegiatan | Anggaran | Keterangan`: a kegiatan row `1.<name>` with its amount, then its sub
 *   kegiatan rows `a.<name>`, `b.<name>` with theirs, Keterangan merged down the group; signature WITH `Pihak Kedua` /
 *   `Pihak Pertama`; the footnote `***) Kolom kedua disesuaikan …` under it.
 * Made up: the dinas and its data, names, NIPs, ranks, indikator, targets, amounts.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "Dr. ANDRI SETYAWAN, M.Si.";
const BUPATI_JAB = "BUPATI BANJARNEGARA";
const KADIS = "Ir. TRI HARSONO, M.M.";
const KADIS_JAB = "KEPALA DINAS PERTANIAN, PERIKANAN DAN KETAHANAN PANGAN";
const SEKDIN = "SUGENG RIYADI, S.P., M.Si.";
const SEKDIN_JAB = "SEKRETARIS DINAS PERTANIAN, PERIKANAN DAN KETAHANAN PANGAN";
const KASUB = "RINA KUSUMAWATI, S.E.";
const KASUB_JAB = "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN";
const OFFICE = "DINAS PERTANIAN, PERIKANAN DAN KETAHANAN PANGAN";
const PLACE_DATE = "Banjarnegara, 2 Januari 2025";

const SS = [
  {
    nama: "Meningkatnya produksi dan produktivitas pertanian",
    ind: [
      { nama: "Persentase pertumbuhan PDRB sektor pertanian", cell: "3,2 %", target: 3.2, satuan: "%" },
      { nama: "Produktivitas padi", cell: "58,4 Kw/Ha", target: 58.4, satuan: "Kw/Ha" },
    ],
  },
  {
    nama: "Meningkatnya ketersediaan pangan masyarakat",
    ind: [
      { nama: "Skor Pola Pangan Harapan", cell: "92,5 Skor", target: 92.5, satuan: "Skor" },
      // A qualitative target with its unit glued behind it (`{{ target }} {{ unit }}`): the target is `BB`.
      { nama: "Nilai SAKIP Perangkat Daerah", cell: "BB Predikat", target: "BB", satuan: undefined },
    ],
  },
];
const PROG = [
  { nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", pagu: 9_486_215_000, ket: "DAU" },
  { nama: "Program Penyediaan dan Pengembangan Sarana Pertanian", pagu: 3_214_600_000, ket: "DAK Fisik" },
  { nama: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", pagu: 1_128_450_000, ket: "DAU" },
];

const SK = "Meningkatnya kualitas pelayanan administrasi umum dan kepegawaian";
const IND_KS = [
  { nama: "Persentase pelayanan administrasi umum yang tepat waktu", cell: "100 persen", target: 100, satuan: "persen" },
  { nama: "Jumlah dokumen kepegawaian yang diselesaikan", cell: "12 Dokumen", target: 12, satuan: "Dokumen" },
  { nama: "Persentase sarana prasarana kantor dalam kondisi baik", cell: "85 %", target: 85, satuan: "%" },
];
const KEG = [
  {
    nama: "Administrasi Kepegawaian Perangkat Daerah",
    sub: [
      { nama: "Pendataan dan Pengolahan Administrasi Kepegawaian", pagu: 46_250_000 },
      { nama: "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", pagu: 118_400_000 },
    ],
    ket: "DAU",
  },
  {
    nama: "Administrasi Umum Perangkat Daerah",
    sub: [
      { nama: "Penyediaan Peralatan dan Perlengkapan Kantor", pagu: 212_800_000 },
      { nama: "Penyediaan Bahan Logistik Kantor", pagu: 96_375_000 },
      { nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", pagu: 184_500_000 },
    ],
    ket: "DAU",
  },
];
const SUBS = KEG.flatMap((k) => k.sub);
const rp = (n: number) => `Rp ${idr(n)}`;

/** The kop and the statement page: `Nama : / Jabatan :` rows and the pledge, then the signatures (with Pihak words). */
function statement(s: Sheet, top: number, p: { nama: string; jab: string }, k: { nama: string; jab: string; nip: string; rank: string }, own: { nip: string; rank: string }): number {
  s.merge(`A${top}:F${top}`, "PEMERINTAH KABUPATEN BANJARNEGARA");
  s.merge(`A${top + 1}:F${top + 1}`, OFFICE);
  s.merge(`A${top + 2}:F${top + 2}`, "Jalan Dipayuda Nomor 14 Banjarnegara Telepon (0286) 591141");
  s.merge(`A${top + 3}:F${top + 3}`, "BANJARNEGARA 53412");
  s.merge(`A${top + 5}:F${top + 5}`, "PERJANJIAN KINERJA TAHUN 2025");
  s.merge(`A${top + 7}:F${top + 7}`, "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  s.rows(`A${top + 8}`, [["Nama", ":", p.nama], ["Jabatan", ":", p.jab]]);
  s.merge(`A${top + 10}:F${top + 10}`, "Selanjutnya disebut sebagai PIHAK PERTAMA");
  s.rows(`A${top + 11}`, [["Nama", ":", k.nama], ["Jabatan", ":", k.jab]]);
  s.merge(`A${top + 13}:F${top + 13}`, "Selaku atasan PIHAK PERTAMA, selanjutnya disebut sebagai PIHAK KEDUA");
  s.merge(`A${top + 14}:F${top + 14}`, "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya, sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  s.merge(`A${top + 15}:F${top + 15}`, "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put(`D${top + 17}`, PLACE_DATE);
  s.row(`A${top + 18}`, ["Pihak Kedua,", null, null, "Pihak Pertama,"]);
  s.row(`A${top + 19}`, [k.jab, null, null, p.jab]);
  s.row(`A${top + 23}`, [k.nama, null, null, p.nama]);
  s.row(`A${top + 24}`, [k.rank || null, null, null, own.rank]);
  s.row(`A${top + 25}`, [k.nip ? `NIP. ${k.nip}` : null, null, null, `NIP. ${own.nip}`]);
  return top + 25;
}

const KADIS_NIP = "19690815 199403 1 006";
const SEKDIN_NIP = "19740322 200003 1 004";
const KASUB_NIP = "19830611 200902 2 005";

function build(): Book {
  const book = new Book("banjarnegara-distan-kasubbag-2025.xlsx");

  // The head of OPD: statement page and lampiran, one sheet.
  const d = book.sheet("PK Kadis");
  const end = statement(d, 1, { nama: KADIS, jab: KADIS_JAB }, { nama: BUPATI, jab: BUPATI_JAB, nip: "", rank: "" }, { nip: KADIS_NIP, rank: "Pembina Utama Muda (IV/c)" });
  const t = end + 3; // 29
  d.merge(`A${t}:D${t}`, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge(`A${t + 1}:D${t + 1}`, OFFICE);
  d.row(`A${t + 3}`, ["NO", "TUJUAN DAN SASARAN STRATEGIS *", "INDIKATOR KINERJA", "TARGET"]);
  let r = t + 4; // 33
  SS.forEach((s, i) => {
    d.merge(`A${r}:A${r + s.ind.length - 1}`, i + 1).merge(`B${r}:B${r + s.ind.length - 1}`, s.nama);
    s.ind.forEach((x, j) => d.row(`C${r + j}`, [x.nama, x.cell]));
    r += s.ind.length;
  });
  r += 1; // 38
  d.row(`A${r}`, ["PROGRAM", "ANGGARAN", "KETERANGAN"]);
  PROG.forEach((p, i) => d.row(`A${r + 1 + i}`, [`${i + 1}.${p.nama}`, rp(p.pagu), p.ket]));
  r += PROG.length + 2; // 43
  d.put(`C${r}`, PLACE_DATE);
  d.row(`A${r + 1}`, [BUPATI_JAB, null, KADIS_JAB]);
  d.row(`A${r + 5}`, [BUPATI, null, KADIS]);
  d.row(`C${r + 6}`, ["Pembina Utama Muda (IV/c)"]);
  d.row(`C${r + 7}`, [`NIP. ${KADIS_NIP}`]);

  // The Kasubbag: statement page on one sheet, lampiran on the next.
  const p = book.sheet("PK Kasubbag");
  statement(p, 1, { nama: KASUB, jab: KASUB_JAB }, { nama: SEKDIN, jab: SEKDIN_JAB, nip: SEKDIN_NIP, rank: "Pembina (IV/a)" }, { nip: KASUB_NIP, rank: "Penata Tingkat I (III/d)" });

  const l = book.sheet("Lamp PK Kasubbag");
  l.merge("A1:D1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", OFFICE);
  l.rows("A4", [["Nama Pejabat", ":", KASUB], ["Unit Kerja", ":", "Sub Bagian Umum dan Kepegawaian"]]);
  l.row("A7", ["NO", "SASARAN KEGIATAN DAN SASARAN SUB KEGIATAN ***", "INDIKATOR KINERJA", "TARGET"]);
  l.merge("A8:A10", 1).merge("B8:B10", SK);
  IND_KS.forEach((x, j) => l.row(`C${8 + j}`, [x.nama, x.cell]));
  l.row("A12", ["KEGIATAN DAN SUB KEGIATAN", "ANGGARAN", "KETERANGAN"]);
  r = 13;
  KEG.forEach((k, i) => {
    l.row(`A${r}`, [`${i + 1}.${k.nama}`, rp(sum(k.sub.map((s) => s.pagu)))]);
    l.merge(`C${r}:C${r + k.sub.length}`, k.ket);
    k.sub.forEach((s, j) => l.row(`A${r + 1 + j}`, [`${String.fromCharCode(97 + j)}.${s.nama}`, rp(s.pagu)]));
    r += k.sub.length + 1;
  });
  // r = 20
  l.put(`C${r + 1}`, PLACE_DATE);
  l.row(`A${r + 2}`, ["Pihak Kedua", null, "Pihak Pertama"]);
  l.row(`A${r + 3}`, [SEKDIN_JAB, null, KASUB_JAB]);
  l.row(`A${r + 7}`, [SEKDIN, null, KASUB]);
  l.row(`A${r + 8}`, ["Pembina (IV/a)", null, "Penata Tingkat I (III/d)"]);
  l.row(`A${r + 9}`, [`NIP. ${SEKDIN_NIP}`, null, `NIP. ${KASUB_NIP}`]);
  l.merge(`A${r + 11}:D${r + 11}`, "***) Kolom kedua disesuaikan dengan kondisi yang dilaksanakan oleh pejabat pengawas pada masing-masing Perangkat Daerah. Apabila hanya melaksanakan sub kegiatan, maka diisi hanya sasaran sub kegiatan; demikian juga indikatornya menyesuaikan.");
  return book;
}

const PKD = "PK Kadis";
const ST = "PK Kasubbag";
const LAMP = "Lamp PK Kasubbag";
const digits = (nip: string) => nip.replace(/\s/g, "");

export const banjarnegaraKasubbag: Layout = {
  name: "banjarnegara-distan-kasubbag-2025",
  source: "naufalpi/e-sakip-bna @6446ace6 `resources/views/reports/perjanjian-kinerja.blade.php` (Banjarnegara e-SAKIP PK print)",
  build,
  truth: {
    tahun: 2025,
    // The statement page alone on its sheet is the Kasubbag PK's first page (workbook.md §6: a statement page, not a
    // lampiran); `PK Kadis` is ONE PK although it holds the statement page and the lampiran, each with a signature.
    sheets: { [PKD]: "pk", [ST]: "pernyataan", [LAMP]: "pk" },
    pk: [
      {
        sheet: PKD, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: digits(KADIS_NIP),
        pihakKedua: { jabatan: BUPATI_JAB, nama: BUPATI, nip: null },
        // The unit glued behind the target (no Satuan column) is the satuan; `BB Predikat` is the qualitative target BB
        // (the spec names units after numbers only, §5; a planner reads `BB` as the target).
        indikator: SS.flatMap((s) => s.ind.map((x) => ({ nama: x.nama, target: x.target, ...(x.satuan ? { satuan: x.satuan } : {}), sasaran: s.nama }))),
        // `1.Program …`: the list number is no part of the name (issue 11 §2); no kode in this template.
        anggaran: PROG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
      {
        sheet: LAMP, jabatan: KASUB_JAB, level: "eselon4", atasan: null, nama: KASUB, nip: digits(KASUB_NIP),
        pihakKedua: { jabatan: SEKDIN_JAB, nama: SEKDIN, nip: digits(SEKDIN_NIP) },
        indikator: IND_KS.map((x) => ({ nama: x.nama, target: x.target, satuan: x.satuan, sasaran: SK })),
        // Spec silent on a `Kegiatan dan Sub Kegiatan` table: the budget objects of an eselon4 are its sub kegiatan
        // (workbook.md Words); each numbered kegiatan row is their group and states their sum, so it is no budget object
        // of its own (reading it as one counts every rupiah twice). A planner expects the five sub kegiatan.
        anggaran: SUBS.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PKD },
      // The Sekretaris's PK is not in the workbook.
      { rule: "atasan-missing", sheet: LAMP },
    ],
    absent: [
      { rule: "satuan-missing", sheet: PKD }, { rule: "satuan-missing", sheet: LAMP },
      { rule: "value-unreadable", sheet: PKD }, { rule: "value-unreadable", sheet: LAMP },
      { rule: "level-mismatch", sheet: PKD }, { rule: "level-mismatch", sheet: LAMP },
      { rule: "level-unknown", sheet: PKD }, { rule: "level-unknown", sheet: LAMP },
      { rule: "pihak-missing", sheet: PKD }, { rule: "pihak-missing", sheet: LAMP },
      { rule: "tabel-missing", sheet: ST }, { rule: "pihak-missing", sheet: ST },
      { rule: "indikator-duplicate", sheet: PKD },
    ],
  },
  checks: [
    {
      name: "one PK on the Kadis sheet: the statement page's signature and the lampiran's are the same two parties",
      run(out) {
        const pks = out.model.pk.filter((p) => p.sheet === PKD);
        expect(pks.map((p) => [p.pihakPertama?.nama?.trim(), p.indikator.length, p.anggaran.length])).toEqual([[KADIS, 4, 3]]);
      },
    },
    {
      name: "the Kasubbag's budget adds up to its sub kegiatan, the kegiatan group rows not counted again",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === LAMP);
        expect(sum((pk?.anggaran ?? []).map((a) => (a.pagu as number) ?? 0))).toBe(sum(SUBS.map((s) => s.pagu)));
      },
    },
  ],
};
