/**
 * Kabupaten Rembang, RSUD dr. R. Soetrasno (BLUD): ONE workbook holding the PK murni AND the PK Perubahan of the same two
 * officials, all four sheets visible, as a planner keeps them after the APBD Perubahan: `PK Direktur` and `PK Kabid
 * Yanmed` (signed 2 Januari 2025), `PK Direktur Perubahan` and `PK Kabid Yanmed Perubahan` (titled `PERJANJIAN KINERJA
 * PERUBAHAN TAHUN 2025`, signed 1 Oktober 2025). Between the two the Direktur retired: the murni PKs are signed by
 * dr. HARTONO (Direktur), the perubahan PKs by dr. RETNO (`Plt. DIREKTUR …`, another NIP, pangkat line under the
 * name). Each sheet: `No | Sasaran … | Indikator Kinerja | Satuan | Target`, `No | Kode | Program/Kegiatan |
 * Anggaran (Rp) | Sumber Dana`, `Jumlah`, date over the right column, PIHAK KEDUA left / PIHAK PERTAMA right, pangkat
 * and `NIP.` on rows of their own.
 *
 * One planted mistake: in the Kabid's PK Perubahan the kegiatan `1.02.02.2.01` kept its pre-revision pagu
 * 12.150.000.000 while the Direktur's PK Perubahan cut program `1.02.02` to 11.900.000.000: anggaran-rollup at
 * `PK Direktur Perubahan`!D12. The murni pair adds up.
 *
 * Source: brief round 11 (PK Perubahan beside the murni PK in one workbook; an RSUD BLUD cascade; `Plt.`, pangkat
 * lines); the PK Perubahan title and form after the Gorontalo PK Perubahan 2024 (lawinsider jqJAWpkSyLs, used in
 * gorontalo-dishub-perubahan-2024, there alone) and the murni/perubahan pair of wishaputra/esakip @3afeb8be
 * `dinkes.pdf` (Kota Tangerang, there as columns, here as sheets); BLUD kegiatan `1.02.01.2.10 Peningkatan Pelayanan
 * BLUD` after Kepmendagri 050-5889/2021. No repository print holding both versions in one workbook was found (code and
 * pages corpora searched). Names, NIP, indikator, targets and amounts made up.
 *
 * Correct reading, written before the engine was run. The spec is silent on two PKs with the same Pihak Pertama jabatan
 * (workbook.md §1 names "the PK … whose Pihak Pertama jabatan is this PK's Pihak Kedua jabatan", as if there were one).
 * What a Bappeda planner expects, and this truth says: a PK Perubahan answers to the superior's PK Perubahan, a murni PK
 * to the murni one (the title word `PERUBAHAN` tells them apart; the signer's name agrees with it too): `PK Kabid
 * Yanmed` → `PK Direktur`, `PK Kabid Yanmed Perubahan` → `PK Direktur Perubahan`. No atasan-mismatch (each Kabid PK
 * names the Direktur of its own version: a link to the other version would compare dr. HARTONO with dr. RETNO and raise
 * a FALSE atasan-mismatch), no atasan-missing on a Kabid sheet (a superior exists, twice: ambiguity is no absence).
 * Both Direktur PKs answer to the Bupati, not in the workbook: atasan-missing on each (B20, the Pihak Kedua jabatan).
 * Rollup per version: murni 68,5 M + 12,75 M carried exactly; perubahan 72,3 M exact, 1.02.02 differs (the error).
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const DIR_M = "PK Direktur";
const DIR_P = "PK Direktur Perubahan";
const KAB_M = "PK Kabid Yanmed";
const KAB_P = "PK Kabid Yanmed Perubahan";

const UNIT = "RUMAH SAKIT UMUM DAERAH dr. R. SOETRASNO KABUPATEN REMBANG";
const DIR_JAB = "DIREKTUR RSUD dr. R. SOETRASNO KABUPATEN REMBANG";
const KAB_JAB = "KEPALA BIDANG PELAYANAN MEDIK DAN KEPERAWATAN";
const BUPATI = { nama: "H. HARNO, S.E., M.Si.", jab: "BUPATI REMBANG", pangkat: null as string | null, nip: null as string | null };
const HARTONO = { nama: "dr. HARTONO, Sp.PD., M.Kes.", jab: DIR_JAB, pangkat: "Pembina Utama Muda (IV/c)", nip: "19670815 199603 1 002" };
const RETNO = { nama: "dr. RETNO WULANDARI, M.M.R.", jab: `Plt. ${DIR_JAB}`, pangkat: "Pembina Tingkat I (IV/b)", nip: "19750409 200501 2 011" };
const KABID = { nama: "Ns. SUGENG RIYADI, S.Kep., M.Kes.", jab: KAB_JAB, pangkat: "Pembina (IV/a)", nip: "19780126 200212 1 004" };

type Ind = { s: string; nama: string; satuan: string; target: number };
type Item = { kode: string; nama: string; pagu: number; dana: string };

const S1 = "Meningkatnya mutu pelayanan kesehatan rujukan";
const S2 = "Meningkatnya kemandirian keuangan BLUD";
const dirInd = (bor: number): Ind[] => [
  { s: S1, nama: "Indeks Kepuasan Masyarakat terhadap pelayanan RSUD", satuan: "Indeks", target: 82 },
  { s: S1, nama: "Bed Occupancy Rate (BOR)", satuan: "%", target: bor },
  { s: S2, nama: "Cost Recovery Rate (CRR) BLUD", satuan: "%", target: 85 },
];
const K1 = "Meningkatnya mutu pelayanan medik dan keperawatan";
const kabInd = (wt: number): Ind[] => [
  { s: K1, nama: "Persentase pemenuhan Standar Pelayanan Minimal rumah sakit", satuan: "%", target: 100 },
  { s: K1, nama: "Waktu tunggu rawat jalan", satuan: "Menit", target: wt },
];
const PROG_NAMA = {
  "1.02.01": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "1.02.02": "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
};
const KEG_NAMA = {
  "1.02.01.2.10": "Peningkatan Pelayanan BLUD",
  "1.02.02.2.01": "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
};
const prog = (a: number, b: number): Item[] => [
  { kode: "1.02.01", nama: PROG_NAMA["1.02.01"], pagu: a, dana: "BLUD" },
  { kode: "1.02.02", nama: PROG_NAMA["1.02.02"], pagu: b, dana: "DAK / DAU" },
];
const keg = (a: number, b: number): Item[] => [
  { kode: "1.02.01.2.10", nama: KEG_NAMA["1.02.01.2.10"], pagu: a, dana: "BLUD" },
  { kode: "1.02.02.2.01", nama: KEG_NAMA["1.02.02.2.01"], pagu: b, dana: "DAK / DAU" },
];
const DIR_PROG_M = prog(68_500_000_000, 12_750_000_000);
const KAB_KEG_M = keg(68_500_000_000, 12_750_000_000);
const DIR_PROG_P = prog(72_300_000_000, 11_900_000_000);
const KAB_KEG_P = keg(72_300_000_000, 12_150_000_000); // the planted mistake: the pre-revision figure kept

type Party = { nama: string; jab: string; pangkat: string | null; nip: string | null };
interface Page {
  name: string; perubahan: boolean; unit: string; sw: string; ind: Ind[]; bw: string; items: Item[]; left: Party; right: Party; date: string;
}

function page(book: Book, o: Page): void {
  const s = book.sheet(o.name);
  s.merge("A1:E1", o.perubahan ? "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025" : "PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A2:E2", o.unit);
  s.row("A4", ["No", o.sw, "Indikator Kinerja", "Satuan", "Target"]);
  o.ind.forEach((i, k) => s.row(`A${5 + k}`, [k + 1, i.s, i.nama, i.satuan, i.target]));
  // `No` and `Sasaran` merged down over the indikator of one sasaran, as the print gives them.
  const bySasaran = new Map<string, number[]>();
  o.ind.forEach((i, k) => bySasaran.set(i.s, [...(bySasaran.get(i.s) ?? []), 5 + k]));
  let no = 1;
  for (const rows of bySasaran.values()) {
    const [a, b] = [rows[0], rows[rows.length - 1]];
    s.put(`A${a}`, no++);
    for (const r of rows.slice(1)) { s.cells.delete(`A${r}`); s.cells.delete(`B${r}`); }
    if (b > a) s.merge(`A${a}:A${b}`).merge(`B${a}:B${b}`);
  }
  s.row("A10", ["No", "Kode", o.bw, "Anggaran (Rp)", "Sumber Dana"]);
  o.items.forEach((x, k) => s.row(`A${11 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu), x.dana]));
  s.put("C13", "Jumlah").put("D13", rp(o.items.reduce((a, x) => a + x.pagu, 0)));
  s.put("E18", o.date);
  s.put("B19", "PIHAK KEDUA,").put("E19", "PIHAK PERTAMA,");
  s.put("B20", `${o.left.jab},`).put("E20", `${o.right.jab},`);
  s.put("B25", o.left.nama).put("E25", o.right.nama);
  if (o.left.pangkat) s.put("B26", o.left.pangkat);
  if (o.right.pangkat) s.put("E26", o.right.pangkat);
  if (o.left.nip) s.put("B27", `NIP. ${o.left.nip}`);
  if (o.right.nip) s.put("E27", `NIP. ${o.right.nip}`);
}

function build(): Book {
  const book = new Book("cs-rembang-rsud-pk-murni-perubahan-plt-2025.xlsx");
  const jan = "Rembang, 2 Januari 2025";
  const okt = "Rembang, 1 Oktober 2025";
  page(book, { name: DIR_M, perubahan: false, unit: UNIT, sw: "Sasaran Strategis", ind: dirInd(75), bw: "Program", items: DIR_PROG_M, left: BUPATI, right: HARTONO, date: jan });
  page(book, { name: KAB_M, perubahan: false, unit: `${KAB_JAB} ${UNIT}`, sw: "Sasaran Program", ind: kabInd(60), bw: "Kegiatan", items: KAB_KEG_M, left: HARTONO, right: KABID, date: jan });
  page(book, { name: DIR_P, perubahan: true, unit: UNIT, sw: "Sasaran Strategis", ind: dirInd(78), bw: "Program", items: DIR_PROG_P, left: BUPATI, right: RETNO, date: okt });
  page(book, { name: KAB_P, perubahan: true, unit: `${KAB_JAB} ${UNIT}`, sw: "Sasaran Program", ind: kabInd(55), bw: "Kegiatan", items: KAB_KEG_P, left: RETNO, right: KABID, date: okt });
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csRembangRsudMurniPerubahan: Layout = {
  name: "cs-rembang-rsud-pk-murni-perubahan-plt-2025",
  source: "brief round 11 (PK Perubahan beside the murni PK; RSUD BLUD cascade; Plt.); PK Perubahan form after lawinsider jqJAWpkSyLs; murni/perubahan pair after wishaputra/esakip @3afeb8be dinkes.pdf; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [DIR_M]: "pk", [KAB_M]: "pk", [DIR_P]: "pk", [KAB_P]: "pk" },
    pk: [
      { sheet: DIR_M, jabatan: DIR_JAB, level: "eselon2", atasan: null, nama: HARTONO.nama, nip: digits(HARTONO.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(dirInd(75)), anggaran: ang(DIR_PROG_M) },
      { sheet: KAB_M, jabatan: KAB_JAB, level: "eselon3", atasan: DIR_M, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(HARTONO), indikator: ind(kabInd(60)), anggaran: ang(KAB_KEG_M) },
      { sheet: DIR_P, jabatan: RETNO.jab, level: "eselon2", atasan: null, nama: RETNO.nama, nip: digits(RETNO.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(dirInd(78)), anggaran: ang(DIR_PROG_P) },
      { sheet: KAB_P, jabatan: KAB_JAB, level: "eselon3", atasan: DIR_P, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(RETNO), indikator: ind(kabInd(55)), anggaran: ang(KAB_KEG_P) },
    ],
    errors: [{ rule: "anggaran-rollup", sheet: DIR_P, cell: "D12" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: DIR_M, cell: "B20" },
      { rule: "atasan-missing", sheet: DIR_P, cell: "B20" },
    ],
    absent: [
      { rule: "atasan-missing", sheet: KAB_M }, { rule: "atasan-missing", sheet: KAB_P },
      { rule: "atasan-mismatch", sheet: KAB_M }, { rule: "atasan-mismatch", sheet: KAB_P },
      { rule: "anggaran-rollup", sheet: DIR_M }, { rule: "anggaran-rollup", sheet: DIR_P, cell: "D11" },
      { rule: "kode-orphan", sheet: KAB_M }, { rule: "kode-orphan", sheet: KAB_P },
      { rule: "kode-uncovered", sheet: DIR_M }, { rule: "kode-uncovered", sheet: DIR_P },
      { rule: "level-mismatch", sheet: DIR_P }, { rule: "level-unknown", sheet: DIR_P }, { rule: "level-unknown", sheet: DIR_M },
      { rule: "pihak-missing", sheet: DIR_P }, { rule: "jumlah-mismatch", sheet: KAB_P }, { rule: "indikator-duplicate", sheet: DIR_P },
      { rule: "target-cascade", sheet: KAB_M }, { rule: "target-cascade", sheet: KAB_P },
    ],
  },
};
