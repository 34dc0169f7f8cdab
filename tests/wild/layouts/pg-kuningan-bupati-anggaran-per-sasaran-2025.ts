/**
 * Kabupaten Kuningan (pemda chosen; content made up): the PK 2025 of the Bupati as a Laravel dompdf print gives it and a
 * planner pastes it into Excel: title `PERJANJIAN KINERJA BUPATI`, a second title line `PERIODE :  2024-2026 TAHUN 2025`
 * (the RPD period first, the year after it), a `Generated at: …` line, and ONE table
 * `No | Sasaran | Indikator | Target Kinerja | Anggaran` whose Anggaran is the money of each SASARAN, merged down over its
 * indikator rows like No and Sasaran. The template numbers the indikator within each sasaran: the first `1 . name`
 * (`{{ $x }} . {{ … }}`), the others `2 name` (`{{ $x }} {{ … }}`, no dot). The planner typed the Bupati's signature
 * under it (the print has none).
 *
 * Source: code index id 59770516820 (Blade view titled `PERJANJIAN KINERJA BUPATI` / `PERIODE : {{ periode }} TAHUN
 * {{ tahun }}` / `Generated at:`, `<th>No | Sasaran | Indikator | Target Kinerja | Anggaran`, `rowspan` of No, Sasaran
 * and Anggaran = the sasaran's indikator count; repository not named). Kuningan: index id 55613421093 names a
 * `Perjanjian Kinerja Bupati Kabupaten Kuningan` page (not known to be the same app). Made up: the Bupati's name, the
 * sasaran, indikator, targets and amounts.
 *
 * Correct reading (workbook.md §1, §5, §6; rules.md), written before the engine was run:
 * - One PK, `kepala-daerah` (the jabatan `BUPATI KUNINGAN` from the signature; the title says BUPATI too), no NIP, no
 *   Pihak Kedua (§1: a kepala-daerah PK has only the Pihak Pertama side). The year is 2025: `TAHUN 2025` stands in the
 *   title; `2024-2026` is the period, not the year (near kalsel-disbunnak's `PERIODE 2021-2026`, there without TAHUN).
 * - Nine indikator under four sasaran; names without the template's counter (`1 . `, `2 `: §6 "list prefixes in names
 *   kept out of the indikator name"); targets as typed (`71,25`, `8,10 Tahun` → 8,1, `5,10 %` → 5,1, `WTP`, `BB`).
 * - The Anggaran column holds money per sasaran, not per budget object: the spec has no sasaran-level budget (§1 budget
 *   table: Program | Kegiatan | Sub Kegiatan). Spec silent; a Bappeda planner expects each amount to be kept, not lost.
 *   A correct reader either reads the four amounts (E6, E9, E11, E13) into the model or reports them isi-tak-terbaca;
 *   never drops them, and never reads one as a target or an indikator. (A reading as four budget objects named by their
 *   sasaran, no kode, with those amounts is allowed: the check says so.)
 * - No error. No tahun-mismatch / tahun-missing, no pihak-missing, no level-unknown, no value-unreadable.
 */
import { Book, rp } from "../book";
import type { Layout } from "../layout";

const SHEET = "PK Bupati";
const BUPATI = { nama: "Dr. H. RAHMAT HIDAYAT SUWANDI, M.Si.", jab: "BUPATI KUNINGAN" };
const SS = [
  { nama: "Meningkatnya kualitas sumber daya manusia", anggaran: 612_450_000_000 },
  { nama: "Meningkatnya pertumbuhan ekonomi daerah berbasis pertanian dan pariwisata", anggaran: 148_275_500_000 },
  { nama: "Meningkatnya akuntabilitas kinerja dan keuangan daerah", anggaran: 96_310_250_000 },
  { nama: "Meningkatnya kualitas pelayanan publik", anggaran: 41_862_000_000 },
];
const IND = [
  { ss: 0, nama: "Indeks Pembangunan Manusia", text: "71,25", target: 71.25 },
  { ss: 0, nama: "Rata-rata Lama Sekolah", text: "8,10 Tahun", target: 8.1 },
  { ss: 0, nama: "Angka Harapan Hidup", text: "73,40 Tahun", target: 73.4 },
  { ss: 1, nama: "Laju Pertumbuhan Ekonomi", text: "5,10 %", target: 5.1 },
  { ss: 1, nama: "Tingkat Pengangguran Terbuka", text: "7,45 %", target: 7.45 },
  { ss: 2, nama: "Opini BPK atas Laporan Keuangan Pemerintah Daerah", text: "WTP", target: "WTP" },
  { ss: 2, nama: "Nilai SAKIP Kabupaten", text: "BB", target: "BB" },
  { ss: 3, nama: "Indeks Kepuasan Masyarakat", text: "82,50", target: 82.5 },
  { ss: 3, nama: "Indeks Reformasi Birokrasi", text: "72,50", target: 72.5 },
];
const FIRST_ROW = 6;
/** Row of each sasaran's first indikator: where No, Sasaran and Anggaran stand (merged down). */
const sasaranRow = (s: number) => FIRST_ROW + IND.findIndex((i) => i.ss === s);
const AMOUNT_CELLS = SS.map((_, s) => `E${sasaranRow(s)}`);

function build(): Book {
  const book = new Book("pg-kuningan-bupati-anggaran-per-sasaran-2025.xlsx");
  const a = book.sheet(SHEET);
  a.merge("A1:E1", "PERJANJIAN KINERJA BUPATI");
  a.merge("A2:E2", "PERIODE :  2024-2026 TAHUN 2025");
  a.put("A3", "Generated at: 2025-01-06 09:14:27");
  a.row("A5", ["No", "Sasaran", "Indikator", "Target Kinerja", "Anggaran"]);
  SS.forEach((s, k) => {
    const count = IND.filter((i) => i.ss === k).length;
    const top = sasaranRow(k);
    const bottom = top + count - 1;
    for (const [col, v] of [["A", k + 1], ["B", s.nama], ["E", rp(s.anggaran)]] as const) {
      if (count > 1) a.merge(`${col}${top}:${col}${bottom}`, v);
      else a.put(`${col}${top}`, v);
    }
  });
  IND.forEach((i, k) => {
    const x = IND.slice(0, k + 1).filter((j) => j.ss === i.ss).length;
    a.row(`C${FIRST_ROW + k}`, [x === 1 ? `${x} . ${i.nama}` : `${x} ${i.nama}`, i.text]);
  });
  const after = FIRST_ROW + IND.length + 1; // 16
  a.put(`D${after}`, "Kuningan, 2 Januari 2025");
  a.put(`D${after + 1}`, `${BUPATI.jab},`);
  a.put(`D${after + 6}`, BUPATI.nama);
  return book;
}

export const pgKuninganBupatiAnggaranPerSasaran: Layout = {
  name: "pg-kuningan-bupati-anggaran-per-sasaran-2025",
  source: "code index id 59770516820 (Blade `PERJANJIAN KINERJA BUPATI` / `PERIODE : … TAHUN …`, `No | Sasaran | Indikator | Target Kinerja | Anggaran`, anggaran per sasaran; repository not named); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        // anggaran omitted: per sasaran, read or reported (see the check).
        sheet: SHEET, jabatan: BUPATI.jab, level: "kepala-daerah", atasan: null, nama: BUPATI.nama, nip: null, pihakKedua: null,
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, sasaran: SS[i.ss].nama })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      { rule: "tahun-mismatch", sheet: SHEET }, { rule: "tahun-missing", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
      { rule: "level-unknown", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET }, { rule: "value-unreadable", sheet: SHEET },
      { rule: "target-missing", sheet: SHEET }, { rule: "tabel-missing", sheet: SHEET }, { rule: "sasaran-missing", sheet: SHEET },
      { rule: "indikator-duplicate", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET },
    ],
    unreadOrRead: [{ sheet: SHEET, cells: AMOUNT_CELLS, what: "the money of each sasaran in the Anggaran column" }],
  },
  checks: [
    {
      name: "the sasaran amounts are read as they stand or not at all (reported), never as other amounts",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SHEET);
        const pagu = (pk?.anggaran ?? []).map((x) => x.pagu);
        if (pagu.length) expect(pagu).toEqual(SS.map((s) => s.anggaran));
      },
    },
  ],
};
