/**
 * Kabupaten Blora, Dinas Kesehatan: the PKs of one OPD as its planner compiles them, one sheet per official, sheets
 * named by bidang or seksi (`PK Kadis`, `PK Sekretaris`, `Kabid P2P`, `Sie P2`, `Kasubbag Umum`), a cascade
 * eselon II → III → IV in two branches:
 *   Kadis → Sekretaris → Kasubbag Umum, and Kadis → (Plt.) Kabid P2P → Kasi P2 Penyakit Menular.
 * Each sheet: title, jabatan line, `No | Sasaran … | Indikator Kinerja | Target` with the satuan glued to the target
 * (`100 %`, `3.120 Orang`, `98 per 100.000 KH`, `BB`), `No | Kode | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp)`,
 * `Jumlah`, PIHAK KEDUA left / PIHAK PERTAMA right, pangkat and `NIP.` on rows of their own. What the branches carry:
 * - the lower PK's sasaran written as the upper PK's program or kegiatan (the Kabid's `Sasaran Program` cell is the
 *   Kadis's program name in capitals, the Kasi's `Sasaran Kegiatan` the Kabid's kegiatan name);
 * - the Kabid is `Plt. KEPALA BIDANG …` on his own PK (pangkat `Penata Tingkat I (III/d)`), while the Kasi's PK names
 *   him `KEPALA BIDANG …` without the prefix and with a BLANK `NIP.` row (the template printed no number);
 * - the Kasubbag's Pihak Kedua signs `a.n. KEPALA DINAS KESEHATAN KABUPATEN BLORA` / `SEKRETARIS,` (two rows): the
 *   Sekretaris signs on the Kadis's behalf; the Kasubbag's sub kegiatan lie under the Sekretaris's kegiatan;
 * - the date line of the Kadis's PK stands in the MIDDLE column (C18), not over a signature.
 * One planted mistake: the Kasi's three sub kegiatan under `1.02.02.2.02` add up to 3.275.000.000 while the Kabid's
 * kegiatan has 3.425.000.000 (the third typed 1.140.000.000 for 1.290.000.000): anggaran-rollup at `Kabid P2P`!D11.
 * Genuine warnings: the Kadis's program `1.02.03` and the Sekretaris's kegiatan `1.02.01.2.02` (Kasubbag Keuangan,
 * not in this workbook) are carried by no subordinate (kode-uncovered at `PK Kadis`!B13 and `PK Sekretaris`!B11);
 * the Bupati is not in the workbook (atasan-missing at `PK Kadis`!B20).
 *
 * Source: brief round 11 (the cascade and the parties of one OPD: sheets by person or bidang, `Sie P2`, `PK
 * Sekretaris`, `Plt.`, `a.n.`, pangkat lines, `NIP.` blank, the date line in another column); kode and names after
 * Kepmendagri 050-5889/2021 (urusan 1.02 kesehatan). No repository print of a whole OPD cascade was found (code and
 * pages corpora searched for PK Sekretaris / Kasubbag / `a.n. Kepala Dinas`); names, NIP, indikator and amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1, §6; rules.md): five PKs, levels eselon2,
 * eselon3, eselon3, eselon4, eselon4; superiors `PK Sekretaris` → `PK Kadis`, `Kabid P2P` → `PK Kadis`, `Sie P2` →
 * `Kabid P2P` (`Plt.` ignored in the comparison; a blank NIP is no NIP that differs: no atasan-mismatch; a
 * nip-invalid "NIP tidak diisi" warning on it is left open), `Kasubbag Umum` → `PK Sekretaris`. The spec is silent on `a.n.`: it is a signing formula like
 * `Plt.` (on whose behalf), and the official who signs and answers for the Kasubbag is the Sekretaris, whose PK holds
 * the kegiatan the Kasubbag's sub kegiatan split; a Bappeda planner expects that link. The truth takes the Pihak Kedua
 * jabatan as `SEKRETARIS` (the signer's line; the lead may keep `a.n. …` in the string if the link is made).
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const KADIS_S = "PK Kadis";
const SEK_S = "PK Sekretaris";
const KABID_S = "Kabid P2P";
const KASI_S = "Sie P2";
const KSB_S = "Kasubbag Umum";

type Party = { nama: string; jab: string; pangkat: string | null; nip: string | null };
const BUPATI: Party = { nama: "Dr. H. ARIEF ROHMAN, S.IP., M.Si.", jab: "BUPATI BLORA", pangkat: null, nip: null };
const KADIS: Party = { nama: "dr. EDI WIBOWO, M.Kes.", jab: "KEPALA DINAS KESEHATAN KABUPATEN BLORA", pangkat: "Pembina Utama Muda (IV/c)", nip: "19700611 200012 1 003" };
const SEK: Party = { nama: "Hj. SRI MULYANI, S.K.M., M.M.", jab: "SEKRETARIS DINAS KESEHATAN KABUPATEN BLORA", pangkat: "Pembina Tingkat I (IV/b)", nip: "19730422 199803 2 006" };
const KABID: Party = { nama: "AGUS PRASETYO, S.K.M., M.Kes.", jab: "Plt. KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT", pangkat: "Penata Tingkat I (III/d)", nip: "19820917 200604 1 012" };
const KASI: Party = { nama: "dr. NUR HIDAYATI", jab: "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR", pangkat: "Penata (III/c)", nip: "19880305 201101 2 009" };
const KSB: Party = { nama: "BAMBANG SUTRISNO, S.Sos.", jab: "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN", pangkat: "Penata Tingkat I (III/d)", nip: "19790128 200501 1 007" };
/** The Kabid as the Kasi's PK names him: no `Plt.`, the `NIP.` row left blank. */
const KABID_ON_KASI: Party = { nama: KABID.nama, jab: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT", pangkat: KABID.pangkat, nip: null };

type Ind = { s: string; nama: string; text: string; target: number | string };
type Item = { kode: string; nama: string; pagu: number };

const PROG_P2 = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT";
const KEG_P2 = "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota";
const SAKIP = "Nilai SAKIP Dinas Kesehatan";

const KADIS_IND: Ind[] = [
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Angka Kematian Ibu", text: "98 per 100.000 KH", target: 98 },
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Prevalensi stunting pada balita", text: "14,5 %", target: 14.5 },
  { s: "Meningkatnya akuntabilitas kinerja Dinas Kesehatan", nama: SAKIP, text: "BB", target: "BB" },
];
const KADIS_PROG: Item[] = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 9_840_000_000 },
  { kode: "1.02.02", nama: PROG_P2, pagu: 3_425_000_000 },
  { kode: "1.02.03", nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 615_000_000 },
];
const SEK_IND: Ind[] = [
  { s: "Meningkatnya kualitas tata kelola administrasi dan keuangan", nama: "Persentase laporan keuangan yang disusun tepat waktu", text: "100 %", target: 100 },
  { s: "Meningkatnya kualitas tata kelola administrasi dan keuangan", nama: SAKIP, text: "BB", target: "BB" },
];
const SEK_KEG: Item[] = [
  { kode: "1.02.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", pagu: 8_200_000_000 },
  { kode: "1.02.01.2.06", nama: "Administrasi Umum Perangkat Daerah", pagu: 1_640_000_000 },
];
const KABID_IND: Ind[] = [
  { s: PROG_P2, nama: "Persentase orang terduga TBC yang mendapatkan pelayanan sesuai standar", text: "100 %", target: 100 },
  { s: PROG_P2, nama: "Persentase desa/kelurahan Universal Child Immunization (UCI)", text: "95 %", target: 95 },
];
const KABID_KEG: Item[] = [{ kode: "1.02.02.2.02", nama: KEG_P2, pagu: 3_425_000_000 }];
const KASI_IND: Ind[] = [
  { s: KEG_P2, nama: "Jumlah orang terduga TBC yang mendapatkan pelayanan sesuai standar", text: "3.120 Orang", target: 3120 },
  { s: KEG_P2, nama: "Jumlah laporan surveilans penyakit menular yang dikirim tepat waktu", text: "52 Laporan", target: 52 },
];
const KASI_SUB: Item[] = [
  { kode: "1.02.02.2.02.0015", nama: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis", pagu: 1_150_000_000 },
  { kode: "1.02.02.2.02.0016", nama: "Pengelolaan Pelayanan Kesehatan Orang dengan Risiko Terinfeksi HIV", pagu: 985_000_000 },
  { kode: "1.02.02.2.02.0017", nama: "Pengelolaan Surveilans Kesehatan", pagu: 1_140_000_000 }, // the planted typo (1.290.000.000)
];
const KSB_IND: Ind[] = [
  { s: "Terselenggaranya administrasi umum perangkat daerah", nama: "Persentase pemenuhan kebutuhan sarana dan prasarana kantor", text: "100 %", target: 100 },
  { s: "Terselenggaranya administrasi umum perangkat daerah", nama: "Jumlah rapat koordinasi dan konsultasi yang difasilitasi", text: "24 Kali", target: 24 },
];
const KSB_SUB: Item[] = [
  { kode: "1.02.01.2.06.0002", nama: "Penyediaan Peralatan dan Perlengkapan Kantor", pagu: 420_000_000 },
  { kode: "1.02.01.2.06.0004", nama: "Penyediaan Bahan Logistik Kantor", pagu: 380_000_000 },
  { kode: "1.02.01.2.06.0009", nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", pagu: 840_000_000 },
];

interface Page {
  name: string; unit: string; sw: string; ind: Ind[]; bw: string; items: Item[];
  left: Party; right: Party; date: string; dateCol: string; anLine?: string;
}

function page(book: Book, o: Page): void {
  const s = book.sheet(o.name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", o.unit).merge("A3:E3", "DINAS KESEHATAN KABUPATEN BLORA");
  s.row("A4", ["No", o.sw, "Indikator Kinerja", "Target"]);
  let no = 0;
  let last = "";
  let from = 0;
  o.ind.forEach((i, k) => {
    const r = 5 + k;
    if (i.s !== last) {
      if (from && r - 1 > from) s.merge(`A${from}:A${r - 1}`).merge(`B${from}:B${r - 1}`);
      s.put(`A${r}`, ++no).put(`B${r}`, i.s);
      last = i.s;
      from = r;
    }
    s.put(`C${r}`, i.nama).put(`D${r}`, i.text);
  });
  const end = 4 + o.ind.length;
  if (end > from) s.merge(`A${from}:A${end}`).merge(`B${from}:B${end}`);
  s.row("A10", ["No", "Kode", o.bw, "Anggaran (Rp)"]);
  o.items.forEach((x, k) => s.row(`A${11 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 11 + o.items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(o.items.reduce((a, x) => a + x.pagu, 0)));
  s.put(`${o.dateCol}18`, o.date);
  s.put("B19", "PIHAK KEDUA,").put("E19", "PIHAK PERTAMA,");
  // `a.n. <jabatan>` on its own row above the signer's jabatan, as the Kasubbag's PK has it.
  if (o.anLine) s.put("B20", o.anLine).put("B21", `${o.left.jab},`);
  else s.put("B20", `${o.left.jab},`);
  s.put("E20", `${o.right.jab},`);
  s.put("B25", o.left.nama).put("E25", o.right.nama);
  if (o.left.pangkat) s.put("B26", o.left.pangkat);
  if (o.right.pangkat) s.put("E26", o.right.pangkat);
  // The Bupati signs without NIP; every other side has its `NIP.` row, blank where the template printed no number.
  if (o.left !== BUPATI) s.put("B27", o.left.nip ? `NIP. ${o.left.nip}` : "NIP.");
  s.put("E27", `NIP. ${o.right.nip}`);
}

function build(): Book {
  const book = new Book("cs-blora-dinkes-pk-per-pejabat-an-plt-2025.xlsx");
  const date = "Blora, 2 Januari 2025";
  page(book, { name: KADIS_S, unit: "KEPALA DINAS KESEHATAN", sw: "Sasaran Strategis", ind: KADIS_IND, bw: "Program", items: KADIS_PROG, left: BUPATI, right: KADIS, date, dateCol: "C" });
  page(book, { name: SEK_S, unit: "SEKRETARIS", sw: "Sasaran Program", ind: SEK_IND, bw: "Kegiatan", items: SEK_KEG, left: KADIS, right: SEK, date, dateCol: "E" });
  page(book, { name: KABID_S, unit: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT", sw: "Sasaran Program", ind: KABID_IND, bw: "Kegiatan", items: KABID_KEG, left: KADIS, right: KABID, date, dateCol: "E" });
  page(book, { name: KASI_S, unit: "KEPALA SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR", sw: "Sasaran Kegiatan", ind: KASI_IND, bw: "Sub Kegiatan", items: KASI_SUB, left: KABID_ON_KASI, right: KASI, date, dateCol: "E" });
  page(book, { name: KSB_S, unit: "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN", sw: "Sasaran Kegiatan", ind: KSB_IND, bw: "Sub Kegiatan", items: KSB_SUB,
    left: { ...SEK, jab: "SEKRETARIS" }, right: KSB, date, dateCol: "E", anLine: "a.n. KEPALA DINAS KESEHATAN KABUPATEN BLORA" });
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csBloraDinkesPerPejabat: Layout = {
  name: "cs-blora-dinkes-pk-per-pejabat-an-plt-2025",
  source: "brief round 11 (one OPD's cascade, sheets by bidang/seksi, Plt., a.n., blank NIP, date line in the middle column); kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [KADIS_S]: "pk", [SEK_S]: "pk", [KABID_S]: "pk", [KASI_S]: "pk", [KSB_S]: "pk" },
    pk: [
      { sheet: KADIS_S, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(KADIS_IND), anggaran: ang(KADIS_PROG) },
      { sheet: SEK_S, jabatan: SEK.jab, level: "eselon3", atasan: KADIS_S, nama: SEK.nama, nip: digits(SEK.nip),
        pihakKedua: kedua(KADIS), indikator: ind(SEK_IND), anggaran: ang(SEK_KEG) },
      { sheet: KABID_S, jabatan: KABID.jab, level: "eselon3", atasan: KADIS_S, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(KADIS), indikator: ind(KABID_IND), anggaran: ang(KABID_KEG) },
      { sheet: KASI_S, jabatan: KASI.jab, level: "eselon4", atasan: KABID_S, nama: KASI.nama, nip: digits(KASI.nip),
        pihakKedua: kedua(KABID_ON_KASI), indikator: ind(KASI_IND), anggaran: ang(KASI_SUB) },
      { sheet: KSB_S, jabatan: KSB.jab, level: "eselon4", atasan: SEK_S, nama: KSB.nama, nip: digits(KSB.nip),
        pihakKedua: { jabatan: "SEKRETARIS", nama: SEK.nama, nip: digits(SEK.nip) }, indikator: ind(KSB_IND), anggaran: ang(KSB_SUB) },
    ],
    errors: [{ rule: "anggaran-rollup", sheet: KABID_S, cell: "D11" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: KADIS_S, cell: "B20" },
      { rule: "kode-uncovered", sheet: KADIS_S, cell: "B13" },
      { rule: "kode-uncovered", sheet: SEK_S, cell: "B11" },
    ],
    absent: [
      ...[SEK_S, KABID_S, KASI_S, KSB_S].flatMap((sheet) => [
        { rule: "atasan-missing", sheet }, { rule: "atasan-mismatch", sheet }, { rule: "kode-orphan", sheet },
        { rule: "level-mismatch", sheet }, { rule: "level-unknown", sheet }, { rule: "pihak-missing", sheet },
        { rule: "jumlah-mismatch", sheet },
      ]),
      // The blank `NIP.` row of the Kasi's Pihak Kedua (Sie P2!B27) may be warned as not filled ("NIP tidak diisi",
      // the engine's choice); rules.md lets a missing NIP go either way, so the truth neither wants nor forbids it.
      ...[KADIS_S, SEK_S, KABID_S, KSB_S].map((sheet) => ({ rule: "nip-invalid", sheet })),
      { rule: "anggaran-rollup", sheet: KADIS_S }, { rule: "anggaran-rollup", sheet: SEK_S },
      { rule: "kode-uncovered", sheet: KADIS_S, cell: "B11" }, { rule: "kode-uncovered", sheet: KADIS_S, cell: "B12" },
      { rule: "kode-uncovered", sheet: SEK_S, cell: "B12" }, { rule: "kode-uncovered", sheet: KABID_S },
      { rule: "target-cascade", sheet: SEK_S }, { rule: "value-unreadable", sheet: KADIS_S }, { rule: "tabel-missing", sheet: KADIS_S },
    ],
  },
};
