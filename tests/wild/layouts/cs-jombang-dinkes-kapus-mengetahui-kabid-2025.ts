/**
 * Kabupaten Jombang, Dinas Kesehatan: a Kepala UPTD Puskesmas PK under the Kadis beside the Kabid's, as the Dinkes
 * planner compiles them (one sheet per official: `PK Kadis`, `Kabid Yankes`, `PK Kapus Cukir`):
 * - the Kadis signs with `Pj. BUPATI JOMBANG` (no NIP);
 * - the Kabid is `Plt. KEPALA BIDANG PELAYANAN KESEHATAN` with a pangkat line;
 * - the Kapus's PK has a three-column signature on the same rows: `PIHAK KEDUA,` (the Kadis, B) | `Mengetahui,`
 *   `KEPALA BIDANG PELAYANAN KESEHATAN` (the Kabid, C, a witness) | `PIHAK PERTAMA,` (the Kapus, E), the date line over
 *   the right column only, pangkat lines and `NIP.` rows under each of the three;
 * - the Kapus's sub kegiatan: one lies under the Kabid's kegiatan `1.02.02.2.02` (its share of the Kabid's money), one
 *   under `1.02.02.2.01` that no Kabid holds (the Puskesmas BLUD's own), both answering to the Kadis's program `1.02.02`.
 * One planted mistake: the Kadis's `Jumlah` typed 13.720.000.000 for 13.270.000.000 (jumlah-mismatch at `PK Kadis`!D13).
 *
 * Source: brief round 12 ("a Kepala UPT Puskesmas PK under the Kadis beside the Kabid's", "a three-column signature
 * with Mengetahui", `Pj.` / `Plt.` with pangkat lines); the three-column form after index id 55480855753 (Blade print,
 * Puskesmas Mantup, Lamongan: signature table with a `Mengetahui,` column, repository not named), here with the Kabid as
 * witness of a Kapus PK; kode after Kepmendagri 050-5889/2021. Names, NIP, indikator and amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1, §6; rules.md): three PKs, eselon2, eselon3, eselon4
 * (Kepala Puskesmas); `Kabid Yankes` → `PK Kadis`, `PK Kapus Cukir` → `PK Kadis` (the Pihak Kedua, not the Mengetahui
 * witness). Budget down the cascade: the Kadis's `1.02.02` (4.450.000.000) = the Kabid's `1.02.02.2.02` (3.500.000.000, of
 * which the Kapus's `1.02.02.2.02.0020` 400.000.000 is a part: counted once) + the Kapus's `1.02.02.2.01.0026`
 * (950.000.000): no anggaran-rollup. Counting the Kapus's `.0020` twice would give a false 4.850.000.000 error at D12.
 * The Kadis's `1.02.01` is carried by no subordinate (kode-uncovered at B11, genuine); the Bupati is not in the workbook
 * (atasan-missing at B20). The Kabid has no subordinate PK here (the Kapus answers to the Kadis), so his kegiatan is
 * neither uncovered nor rolled up.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const KADIS_S = "PK Kadis";
const KABID_S = "Kabid Yankes";
const KAPUS_S = "PK Kapus Cukir";
type Party = { nama: string; jab: string; pangkat: string | null; nip: string | null };
const BUPATI: Party = { nama: "Drs. TEGUH NARUTOMO, M.Si.", jab: "Pj. BUPATI JOMBANG", pangkat: null, nip: null };
const KADIS: Party = { nama: "dr. HEXAWAN TJAHJA WIDADA, M.Kes.", jab: "KEPALA DINAS KESEHATAN KABUPATEN JOMBANG", pangkat: "Pembina Utama Muda (IV/c)", nip: "19720905 200212 1 006" };
const KABID: Party = { nama: "dr. RINA SETYOWATI", jab: "Plt. KEPALA BIDANG PELAYANAN KESEHATAN", pangkat: "Pembina (IV/a)", nip: "19810314 200903 2 011" };
const KAPUS: Party = { nama: "dr. ANANG MAULANA", jab: "KEPALA UPTD PUSKESMAS CUKIR", pangkat: "Penata Tingkat I (III/d)", nip: "19860722 201101 1 004" };

type Ind = { s: string; nama: string; text: string; target: number | string };
type Item = { kode: string; nama: string; pagu: number };
const PROG_UKM = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT";
const KEG_LAYANAN = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota";

const KADIS_IND: Ind[] = [
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Angka Kematian Bayi", text: "6,2 per 1.000 KH", target: 6.2 },
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Persentase fasilitas kesehatan terakreditasi paripurna", text: "85 %", target: 85 },
];
const KADIS_PROG: Item[] = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 8_820_000_000 },
  { kode: "1.02.02", nama: PROG_UKM, pagu: 4_450_000_000 },
];
const KABID_IND: Ind[] = [
  { s: PROG_UKM, nama: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", text: "100 %", target: 100 },
  { s: PROG_UKM, nama: "Persentase penderita hipertensi yang mendapatkan pelayanan sesuai standar", text: "90 %", target: 90 },
];
const KABID_KEG: Item[] = [{ kode: "1.02.02.2.02", nama: KEG_LAYANAN, pagu: 3_500_000_000 }];
const KAPUS_IND: Ind[] = [
  { s: "Meningkatnya mutu pelayanan Puskesmas Cukir", nama: "Jumlah ibu hamil yang mendapatkan pelayanan ANC sesuai standar", text: "612 Orang", target: 612 },
  { s: "Meningkatnya mutu pelayanan Puskesmas Cukir", nama: "Indeks Kepuasan Masyarakat Puskesmas", text: "82,5", target: 82.5 },
];
const KAPUS_SUB: Item[] = [
  { kode: "1.02.02.2.02.0020", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 400_000_000 },
  { kode: "1.02.02.2.01.0026", nama: "Operasional Pelayanan Puskesmas (BLUD)", pagu: 950_000_000 },
];

interface Page { name: string; unit: string; sw: string; ind: Ind[]; bw: string; items: Item[]; left: Party; right: Party; jumlah?: number; witness?: Party }

function page(book: Book, o: Page): void {
  const s = book.sheet(o.name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", o.unit).merge("A3:E3", "DINAS KESEHATAN KABUPATEN JOMBANG");
  s.row("A4", ["No", o.sw, "Indikator Kinerja", "Target"]);
  const end = 4 + o.ind.length;
  s.merge(`A5:A${end}`, 1).merge(`B5:B${end}`, o.ind[0].s);
  o.ind.forEach((i, k) => s.put(`C${5 + k}`, i.nama).put(`D${5 + k}`, i.text));
  s.row("A10", ["No", "Kode", o.bw, "Anggaran (Rp)"]);
  o.items.forEach((x, k) => s.row(`A${11 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 11 + o.items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(o.jumlah ?? o.items.reduce((a, x) => a + x.pagu, 0)));
  s.put("E18", "Jombang, 2 Januari 2025");
  s.put("B19", "PIHAK KEDUA,").put("E19", "PIHAK PERTAMA,");
  s.put("B20", `${o.left.jab},`).put("E20", `${o.right.jab},`);
  s.put("B25", o.left.nama).put("E25", o.right.nama);
  if (o.left.pangkat) s.put("B26", o.left.pangkat);
  s.put("E26", o.right.pangkat);
  if (o.left.nip) s.put("B27", `NIP. ${o.left.nip}`);
  s.put("E27", `NIP. ${o.right.nip}`);
  if (o.witness) {
    s.put("C19", "Mengetahui,").put("C20", `${o.witness.jab.replace(/^Plt\.\s*/, "")},`).put("C25", o.witness.nama)
      .put("C26", o.witness.pangkat).put("C27", `NIP. ${o.witness.nip}`);
  }
}

function build(): Book {
  const book = new Book("cs-jombang-dinkes-kapus-mengetahui-kabid-2025.xlsx");
  page(book, { name: KADIS_S, unit: "KEPALA DINAS KESEHATAN", sw: "Sasaran Strategis", ind: KADIS_IND, bw: "Program", items: KADIS_PROG, left: BUPATI, right: KADIS, jumlah: 13_720_000_000 });
  page(book, { name: KABID_S, unit: "KEPALA BIDANG PELAYANAN KESEHATAN", sw: "Sasaran Program", ind: KABID_IND, bw: "Kegiatan", items: KABID_KEG, left: KADIS, right: KABID });
  page(book, { name: KAPUS_S, unit: "KEPALA UPTD PUSKESMAS CUKIR", sw: "Sasaran Kegiatan", ind: KAPUS_IND, bw: "Sub Kegiatan", items: KAPUS_SUB, left: KADIS, right: KAPUS, witness: KABID });
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csJombangKapusMengetahui: Layout = {
  name: "cs-jombang-dinkes-kapus-mengetahui-kabid-2025",
  source: "brief round 12 (Kapus PK under the Kadis beside the Kabid's, three-column signature with the Kabid as Mengetahui, Pj./Plt. with pangkat); signature form after index id 55480855753; kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [KADIS_S]: "pk", [KABID_S]: "pk", [KAPUS_S]: "pk" },
    pk: [
      { sheet: KADIS_S, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(KADIS_IND), anggaran: ang(KADIS_PROG) },
      { sheet: KABID_S, jabatan: KABID.jab, level: "eselon3", atasan: KADIS_S, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(KADIS), indikator: ind(KABID_IND), anggaran: ang(KABID_KEG) },
      { sheet: KAPUS_S, jabatan: KAPUS.jab, level: "eselon4", atasan: KADIS_S, nama: KAPUS.nama, nip: digits(KAPUS.nip),
        pihakKedua: kedua(KADIS), indikator: ind(KAPUS_IND), anggaran: ang(KAPUS_SUB) },
    ],
    errors: [{ rule: "jumlah-mismatch", sheet: KADIS_S, cell: "D13" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: KADIS_S, cell: "B20" },
      { rule: "kode-uncovered", sheet: KADIS_S, cell: "B11" },
    ],
    absent: [
      ...[KABID_S, KAPUS_S].flatMap((sheet) => [
        { rule: "atasan-missing", sheet }, { rule: "atasan-mismatch", sheet }, { rule: "kode-orphan", sheet },
        { rule: "level-mismatch", sheet }, { rule: "level-unknown", sheet }, { rule: "pihak-missing", sheet },
        { rule: "jumlah-mismatch", sheet }, { rule: "isi-tak-terbaca", sheet }, { rule: "nip-invalid", sheet },
      ]),
      { rule: "anggaran-rollup", sheet: KADIS_S }, { rule: "anggaran-rollup", sheet: KABID_S },
      { rule: "kode-uncovered", sheet: KADIS_S, cell: "B12" }, { rule: "kode-uncovered", sheet: KABID_S },
    ],
  },
};
