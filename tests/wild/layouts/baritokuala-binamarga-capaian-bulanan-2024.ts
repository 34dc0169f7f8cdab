/**
 * Kabupaten Barito Kuala, Dinas PUPR: the PK of the Kepala Dinas and of the Kepala Bidang Bina Marga (common layout of
 * workbook.md §1), and the e-SAKIP's MONTHLY capaian table of the Kabid copied from the browser: a target and a realisasi
 * per month for each IKU.
 *
 * Layout of the monthly sheet: fendyanjapu/sakip @91e204a2f73abe78e2a1ca1d63ea7ad0a916b00d
 * `resources/views/capaian-kinerja-bulanan/index.blade.php` (columns `t_jan`..`t_des`, `r_jan`..`r_des` of
 * `database/migrations/2024_04_29_063526_create_capaian_kinerjas_table.php`). Real, from the template: the title
 * `Capaian Kinerja Pejabat Esselon III Tahun <year>` and the OPD's name; the header `NO | IKU | # | SATUAN | Target (T) &
 * Realisasi (R)`, the last over `Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des`, each over `T | R`; every value a typed
 * string (`-` where none); the action column `#` (OPD users see it) right after IKU, its buttons pasted as `Edit Hapus`.
 * Made up: names, NIP, indikator, targets, monthly values, amounts, kode.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "H. BAHRUL ILMI, S.Sos., M.Si.";
const KADIS = "Ir. MUHAMMAD RIDWAN NOOR, M.T.";
const KADIS_JAB = "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN BARITO KUALA";
const KABID = "RAHMADI FIRDAUS, S.T., M.T.";
const KABID_JAB = "KEPALA BIDANG BINA MARGA";
const KADIS_NIP = "NIP. 19700814 199703 1 006";
const KABID_NIP = "NIP. 19810203 200604 1 011";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"];

const SS = "Meningkatnya kualitas infrastruktur wilayah";
const IND_KADIS = [
  { nama: "Persentase jalan kabupaten dalam kondisi mantap", satuan: "%", target: 68 },
  { nama: "Persentase rumah tangga dengan akses air minum layak", satuan: "%", target: 82.5 },
];
const PROG = [
  { kode: "1.03.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 14_862_415_000 },
  { kode: "1.03.03", nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM", pagu: 9_418_600_000 },
  { kode: "1.03.10", nama: "PROGRAM PENYELENGGARAAN JALAN", pagu: 62_735_250_000 },
];
const SP = "Meningkatnya kemantapan jalan kabupaten";
const IND = [
  // Akhir (a percentage): the quarter's value is the one measured in its last month (Mar, Jun).
  { nama: "Persentase panjang jalan kabupaten dalam kondisi baik", satuan: "%", target: 45,
    t: ["41", "41", "42", "42", "43", "43", "44", "44", "44", "45", "45", "45"], r: ["41,2", "41,2", "41,8", "42,0", "42,6", "43,1"], tw: [41.8, 43.1] },
  // Kumulatif (`Jumlah …`): the quarter's value is what its three months achieved.
  { nama: "Jumlah jembatan yang direhabilitasi", satuan: "Unit", target: 6,
    t: ["0", "0", "1", "0", "1", "1", "0", "1", "1", "0", "1", "0"], r: ["0", "0", "1", "0", "0", "1"], tw: [1, 1] },
  { nama: "Persentase paket pekerjaan jalan yang selesai tepat waktu", satuan: "%", target: 100,
    t: ["-", "-", "0", "20", "40", "60", "70", "80", "90", "95", "100", "100"], r: ["-", "-", "0", "20", "40", "55"], tw: [0, 55] },
];
const KEG = [{ kode: "1.03.10.2.01", nama: "Penyelenggaraan Jalan Kabupaten/Kota", pagu: 62_735_250_000 }];

function build(): Book {
  const book = new Book("baritokuala-binamarga-capaian-bulanan-2024.xlsx");

  const k = book.sheet("PK Kadis");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2024").merge("A2:E2", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN BARITO KUALA");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A6", 1).merge("B5:B6", SS);
  IND_KADIS.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A8", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${9 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((p) => p.pagu))));
  k.put("D14", "Marabahan, 2 Januari 2024");
  k.row("B15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B16", ["BUPATI BARITO KUALA,", null, `${KADIS_JAB},`]);
  k.row("B20", [BUPATI, null, KADIS]);
  k.put("D21", "Pembina Utama Muda (IV/c)").put("D22", KADIS_NIP);

  const b = book.sheet("PK Kabid Bina Marga");
  b.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2024").merge("A2:E2", KABID_JAB).merge("A3:E3", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN BARITO KUALA");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  b.merge("A6:A8", 1).merge("B6:B8", SP);
  IND.forEach((i, j) => b.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  b.row("A10", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => b.row(`A${11 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  b.merge("A12:C12", "Jumlah").put("D12", idr(sum(KEG.map((g) => g.pagu))));
  b.put("D14", "Marabahan, 2 Januari 2024");
  b.row("B15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("B16", [`${KADIS_JAB},`, null, `${KABID_JAB},`]);
  b.row("B20", [KADIS, null, KABID]);
  b.row("B21", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  b.row("B22", [KADIS_NIP, null, KABID_NIP]);

  const c = book.sheet("Capaian Bulanan");
  c.put("A1", "Capaian Kinerja Pejabat Esselon III Tahun 2024");
  c.put("A2", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG");
  ["NO", "IKU", "#", "SATUAN"].forEach((h, i) => c.merge(`${"ABCD"[i]}4:${"ABCD"[i]}6`, h));
  c.merge("E4:AB4", "Target (T) & Realisasi (R)");
  const col = (n: number) => (n < 26 ? String.fromCharCode(65 + n) : "A" + String.fromCharCode(65 + n - 26));
  MONTHS.forEach((m, i) => {
    c.merge(`${col(4 + 2 * i)}5:${col(5 + 2 * i)}5`, m);
    c.row(`${col(4 + 2 * i)}6`, ["T", "R"]);
  });
  IND.forEach((x, j) => {
    const r = 7 + j;
    c.row(`A${r}`, [j + 1, x.nama, "Edit Hapus", x.satuan]);
    MONTHS.forEach((_, i) => c.row(`${col(4 + 2 * i)}${r}`, [x.t[i], x.r[i] ?? null]));
  });
  return book;
}

const PK1 = "PK Kadis";
const PK2 = "PK Kabid Bina Marga";
const CAP = "Capaian Bulanan";
const digits = (s: string) => s.replace(/\D/g, "");

export const baritokualaBulanan: Layout = {
  name: "baritokuala-binamarga-capaian-bulanan-2024",
  source: "fendyanjapu/sakip @91e204a2 `resources/views/capaian-kinerja-bulanan/index.blade.php` (Kabupaten Barito Kuala e-SAKIP, monthly T | R pairs, Esselon III)",
  build,
  truth: {
    tahun: 2024,
    // The Kabid's realisasi by its content (the IKU are the Kabid PK's, `Esselon III`): a Realisasi sheet. Spec silent on
    // an indikator realisasi kept per MONTH (§3 has it per quarter): a planner reads the quarter from its months as §3
    // defines a quarter's cell — the last month's value for Akhir indikator, the three months' sum for Kumulatif ones
    // (workbook.md §2 defaults: `Jumlah …` Kumulatif, the others Akhir). Reading Jan..Apr as TW I..IV, or a T column as a
    // realisasi, is silently wrong.
    sheets: { [PK1]: "pk", [PK2]: "pk", [CAP]: "realisasi" },
    pk: [
      {
        sheet: PK1, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: digits(KADIS_NIP),
        pihakKedua: { jabatan: "BUPATI BARITO KUALA", nama: BUPATI, nip: null },
        indikator: IND_KADIS.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: PK2, jabatan: KABID_JAB, level: "eselon3", atasan: PK1, nama: KABID, nip: digits(KABID_NIP),
        pihakKedua: { jabatan: KADIS_JAB, nama: KADIS, nip: digits(KADIS_NIP) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      { rule: "kode-uncovered", sheet: PK1, cell: "B9" },
      { rule: "kode-uncovered", sheet: PK1, cell: "B10" },
    ],
    absent: [
      { rule: "indikator-unknown", sheet: CAP }, { rule: "pk-unlinked", sheet: CAP }, { rule: "value-unreadable", sheet: CAP },
      { rule: "satuan-mismatch", sheet: CAP }, { rule: "realisasi-after-period", sheet: CAP }, { rule: "tahun-missing", sheet: CAP },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "kode-uncovered", sheet: PK1, cell: "B11" },
    ],
    unreadOrRead: [{ sheet: CAP, cells: ["E7", "G8", "O9", "AA7"], what: "monthly targets (T sub-columns)" }],
  },
  checks: [
    {
      name: "the Kabid's TW I and TW II come from the months: Mar / Jun for Akhir, the quarter's sum for Jumlah",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === CAP);
        expect(s?.indikator.map((i) => [i.nama.trim(), i.tw])).toEqual(IND.map((i) => [i.nama, [i.tw[0], i.tw[1], null, null]]));
      },
    },
  ],
};
