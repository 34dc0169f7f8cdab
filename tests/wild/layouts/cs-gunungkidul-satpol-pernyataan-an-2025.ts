/**
 * Kabupaten Gunungkidul, Satuan Polisi Pamong Praja: the PKs of one OPD, eselon II → III → IV, one sheet per official
 * (`PK Kasat`, `PK Sekretaris`, `PK Kasubbag Umpeg`), each the Word PK pasted whole: the title, the statement rows
 * (`Nama : …` / `Jabatan : …` of both parties, `Selanjutnya disebut PIHAK PERTAMA`, `Selaku atasan …`), the kinerja and
 * budget tables, and a signature with the PIHAK words, names and NIP but NO jabatan lines: the jabatan stand only in
 * the statement rows (workbook.md §6). The Kasubbag's Pihak Kedua is the Sekretaris signing on the Kasat's behalf, and
 * the statement says so in the Word way: `Jabatan : a.n. KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN GUNUNGKIDUL`, the
 * signer's office on the next row in the value column only (`SEKRETARIS SATUAN POLISI PAMONG PRAJA`).
 * One planted mistake: the Kasubbag's three sub kegiatan add up to 800.000.000 while the Sekretaris's kegiatan
 * `1.05.01.2.06` has 700.000.000 (the third typed 350.000.000 for 250.000.000): anggaran-rollup at `PK Sekretaris`!D20.
 *
 * Source: brief round 12 (probe near cs-blora-dinkes-pk-per-pejabat-an-plt-2025: "a.n./u.b. in a statement row
 * `Jabatan : a.n. …`"; a Satpol PP cascade); statement wording after lawinsider l6peapWyVbX (pages corpus); kode after
 * Kepmendagri 050-5889/2021 (urusan 1.05). No repository print with an a.n. statement row was found; names, NIP,
 * indikator and amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1, §6; rules.md): three PKs, eselon2, eselon3,
 * eselon4; `PK Sekretaris` → `PK Kasat`, `PK Kasubbag Umpeg` → `PK Sekretaris`: the spec is silent on `a.n.`; as in the
 * signature block (cs-blora, on main) it is a signing formula, the office that signs and answers for the Kasubbag is the
 * Sekretaris, so the Pihak Kedua jabatan is the signer's line `SEKRETARIS SATUAN POLISI PAMONG PRAJA` (the lead may keep
 * the `a.n. …` words in the string if the link is made). Genuine: anggaran-rollup (above); kode-uncovered for the
 * Kasat's `1.05.02` (B20: the Kabid Tibum's PK is not in the workbook) and the Sekretaris's `1.05.01.2.02` (B19: the
 * Kasubbag Keuangan's is not); atasan-missing for the Kasat (the Bupati is not in the workbook).
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

type Party = { nama: string; jab: string; nip: string | null };
const BUPATI: Party = { nama: "ENDAH SUBEKTI KUNTARININGSIH, S.Pd., M.Pd.", jab: "BUPATI GUNUNGKIDUL", nip: null };
const KASAT: Party = { nama: "Drs. EDI BASUKI, M.Si.", jab: "KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN GUNUNGKIDUL", nip: "19700308 199003 1 005" };
const SEK: Party = { nama: "SUPRIYADI, S.H., M.H.", jab: "SEKRETARIS SATUAN POLISI PAMONG PRAJA KABUPATEN GUNUNGKIDUL", nip: "19740921 199903 1 002" };
const KSB: Party = { nama: "RINI HANDAYANI, S.E.", jab: "KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN", nip: "19830517 201001 2 015" };
const AN_LINE = "a.n. KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN GUNUNGKIDUL";
const SIGNER = "SEKRETARIS SATUAN POLISI PAMONG PRAJA";

type Ind = { s: string; nama: string; text: string; target: number | string };
type Item = { kode: string; nama: string; pagu: number };
const KASAT_IND: Ind[] = [
  { s: "Meningkatnya ketenteraman dan ketertiban umum", nama: "Persentase gangguan trantibum yang ditangani", text: "100 %", target: 100 },
  { s: "Meningkatnya ketenteraman dan ketertiban umum", nama: "Persentase penegakan Perda dan Perkada", text: "92 %", target: 92 },
];
const KASAT_PROG: Item[] = [
  { kode: "1.05.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 3_900_000_000 },
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", pagu: 1_640_000_000 },
];
const SEK_IND: Ind[] = [
  { s: "Meningkatnya kualitas pelayanan administrasi perkantoran", nama: "Persentase laporan keuangan yang disusun tepat waktu", text: "100 %", target: 100 },
  { s: "Meningkatnya kualitas pelayanan administrasi perkantoran", nama: "Nilai SAKIP Satpol PP", text: "B", target: "B" },
];
const SEK_KEG: Item[] = [
  { kode: "1.05.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", pagu: 3_200_000_000 },
  { kode: "1.05.01.2.06", nama: "Administrasi Umum Perangkat Daerah", pagu: 700_000_000 },
];
const KSB_IND: Ind[] = [
  { s: "Terselenggaranya administrasi umum perangkat daerah", nama: "Persentase pemenuhan kebutuhan sarana dan prasarana kantor", text: "100 %", target: 100 },
  { s: "Terselenggaranya administrasi umum perangkat daerah", nama: "Jumlah rapat koordinasi yang difasilitasi", text: "18 Kali", target: 18 },
];
const KSB_SUB: Item[] = [
  { kode: "1.05.01.2.06.0002", nama: "Penyediaan Peralatan dan Perlengkapan Kantor", pagu: 250_000_000 },
  { kode: "1.05.01.2.06.0004", nama: "Penyediaan Bahan Logistik Kantor", pagu: 200_000_000 },
  { kode: "1.05.01.2.06.0009", nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", pagu: 350_000_000 }, // 250.000.000 meant
];

interface Page { name: string; sw: string; ind: Ind[]; bw: string; items: Item[]; pertama: Party; kedua: Party; an?: boolean }

function page(book: Book, o: Page): void {
  const s = book.sheet(o.name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "SATUAN POLISI PAMONG PRAJA").merge("A3:E3", "KABUPATEN GUNUNGKIDUL");
  s.merge("A5:E5", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  s.rows("A6", [["Nama", ":", o.pertama.nama], ["Jabatan", ":", o.pertama.jab]]);
  s.put("A8", "Selanjutnya disebut PIHAK PERTAMA");
  s.rows("A9", [["Nama", ":", o.kedua.nama], ["Jabatan", ":", o.an ? AN_LINE : o.kedua.jab]]);
  if (o.an) s.put("C11", SIGNER);
  s.put("A12", "Selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA");
  s.row("A14", ["No", o.sw, "Indikator Kinerja", "Target"]);
  const end = 14 + o.ind.length;
  s.merge(`A15:A${end}`, 1).merge(`B15:B${end}`, o.ind[0].s);
  o.ind.forEach((i, k) => s.put(`C${15 + k}`, i.nama).put(`D${15 + k}`, i.text));
  s.row("A18", ["No", "Kode", o.bw, "Anggaran (Rp)"]);
  o.items.forEach((x, k) => s.row(`A${19 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 19 + o.items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(o.items.reduce((a, x) => a + x.pagu, 0)));
  s.put("E25", "Wonosari, 2 Januari 2025");
  s.put("B26", "PIHAK KEDUA,").put("E26", "PIHAK PERTAMA,");
  s.put("B31", o.kedua.nama).put("E31", o.pertama.nama);
  if (o.kedua.nip) s.put("B32", `NIP. ${o.kedua.nip}`);
  s.put("E32", `NIP. ${o.pertama.nip}`);
}

const S = { kasat: "PK Kasat", sek: "PK Sekretaris", ksb: "PK Kasubbag Umpeg" };

function build(): Book {
  const book = new Book("cs-gunungkidul-satpol-pernyataan-an-2025.xlsx");
  page(book, { name: S.kasat, sw: "Sasaran Strategis", ind: KASAT_IND, bw: "Program", items: KASAT_PROG, pertama: KASAT, kedua: BUPATI });
  page(book, { name: S.sek, sw: "Sasaran Program", ind: SEK_IND, bw: "Kegiatan", items: SEK_KEG, pertama: SEK, kedua: KASAT });
  page(book, { name: S.ksb, sw: "Sasaran Kegiatan", ind: KSB_IND, bw: "Sub Kegiatan", items: KSB_SUB, pertama: KSB, kedua: SEK, an: true });
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csGunungkidulPernyataanAn: Layout = {
  name: "cs-gunungkidul-satpol-pernyataan-an-2025",
  source: "brief round 12 (a.n. in a statement row `Jabatan : a.n. …`, jabatan only in the statement, Satpol PP cascade); statement wording after lawinsider l6peapWyVbX; kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [S.kasat]: "pk", [S.sek]: "pk", [S.ksb]: "pk" },
    pk: [
      { sheet: S.kasat, jabatan: KASAT.jab, level: "eselon2", atasan: null, nama: KASAT.nama, nip: digits(KASAT.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(KASAT_IND), anggaran: ang(KASAT_PROG) },
      { sheet: S.sek, jabatan: SEK.jab, level: "eselon3", atasan: S.kasat, nama: SEK.nama, nip: digits(SEK.nip),
        pihakKedua: kedua(KASAT), indikator: ind(SEK_IND), anggaran: ang(SEK_KEG) },
      { sheet: S.ksb, jabatan: KSB.jab, level: "eselon4", atasan: S.sek, nama: KSB.nama, nip: digits(KSB.nip),
        pihakKedua: { jabatan: SIGNER, nama: SEK.nama, nip: digits(SEK.nip) }, indikator: ind(KSB_IND), anggaran: ang(KSB_SUB) },
    ],
    errors: [{ rule: "anggaran-rollup", sheet: S.sek, cell: "D20" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: S.kasat },
      { rule: "kode-uncovered", sheet: S.kasat, cell: "B20" },
      { rule: "kode-uncovered", sheet: S.sek, cell: "B19" },
    ],
    absent: [
      ...[S.sek, S.ksb].flatMap((sheet) => [
        { rule: "atasan-missing", sheet }, { rule: "atasan-mismatch", sheet }, { rule: "kode-orphan", sheet },
        { rule: "level-mismatch", sheet }, { rule: "level-unknown", sheet }, { rule: "pihak-missing", sheet },
      ]),
      { rule: "kode-uncovered", sheet: S.kasat, cell: "B19" }, { rule: "kode-uncovered", sheet: S.sek, cell: "B20" },
      { rule: "anggaran-rollup", sheet: S.kasat },
    ],
  },
};
