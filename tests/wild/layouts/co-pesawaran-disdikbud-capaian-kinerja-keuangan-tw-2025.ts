/**
 * Kabupaten Pesawaran, Dinas Pendidikan dan Kebudayaan: the Kadis's PK 2025 and two prints of the app's `LAPORAN
 * PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN (E-SAKIP)`, one per quarter (`TW I`, `TW II`), pasted from the browser into
 * two sheets (numbers come as id-ID text: `96,20`, `18.412.300.000`, `25,00%`). Three header rows: `Data 2025` over
 * `Target | Rp | Satuan`, `Target Kinerja` over `TW I..IV`, `Capaian Kinerja` over the quarter over `Realisasi |
 * Capaian (%) | Predikat`, `Capaian Keuangan` over the SAME quarter label over `Realisasi | Capaian (%)`, then
 * `Bukti`; a `TOTAL REKAPITULASI` row. The money is on the indikator's row (`Rp` is the pagu behind the IKU, the
 * keuangan `Realisasi` what was spent in the quarter), no kode, no program name. No jabatan line, no signature: the kop
 * names the dinas only. `-` where nothing is reported (the Asesmen Nasional IKU, measured in TW III), a realisasi
 * above its quarter's target (7 accredited schools against 5 in TW I).
 *
 * Source. Code index id 68818670710 (Laravel blade `Laporan Evaluasi Capaian Kinerja {{ $twLabel }}` of a Dinas
 * Pendidikan `SIM-PEP DISDIK`: kop `PEMERINTAH DAERAH PROVINSI / KABUPATEN` / `DINAS PENDIDIKAN` / `Sub Bagian
 * Perencanaan, Evaluasi, dan Pelaporan (PEP)`, `Periode Pelaksanaan: … • Tahun Anggaran: …`, the single-quarter table
 * of 16 columns above, `fitVal` printing `number_format(…, ',', '.')`, `'-'` for a realisasi of 0; repository not
 * named). Made up: the pemda, the IKU, targets, realisasi, programs (kode in the Kepmendagri 050-5889/2021 shape) and
 * amounts.
 *
 * What a correct reader does. The title says PENGUKURAN (workbook.md §3), the year is in the line under it: two
 * Realisasi sheets, tied to the only PK by their indikator (no jabatan line: workbook.md §2 allows it with a single
 * PK), merged per quarter as one Realisasi per TW (sumenep-dlh-real-per-tw-sheet-2025). The quarter's kinerja
 * realisasi is `Capaian Kinerja / TW k / Realisasi` (K), never `Capaian Keuangan / TW k / Realisasi` (N: rupiah under
 * the same two labels), nor a `Target Kinerja` TW column. `Jumlah sekolah …` is Kumulatif (workbook.md §2), its
 * quarter cells per quarter (§3): R at TW II = 7 + 9 = 16. `-` is no realisasi (§5): the AN IKU has no capaian. The
 * spec is silent on money per indikator without kode: `Rp`, the keuangan `Realisasi` and the quarterly targets are
 * read (tied to nothing false) or reported, never dropped, never a realisasi-over-pagu, pagu-mismatch or
 * value-unreadable. `Capaian (%)`, `Predikat`, `Bukti` and the total row: layout (notes, total) or reported.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kadis";
const BUPATI = { nama: "Drs. H. ANWAR SUBIANTO, M.M.", jab: "BUPATI PESAWARAN" };
const KADIS = { nama: "Drs. HERI SUPRIYANTO, M.Pd.", nip: "19700817 199412 1 002", jab: "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN PESAWARAN" };
const SAS = ["Meningkatnya akses pendidikan dasar", "Meningkatnya mutu pendidikan dasar"];
const IKU = [
  { s: 0, nama: "Angka Partisipasi Murni (APM) SD/MI", satuan: "%", target: 97.5, tw: [96, 96.5, 97, 97.5], real: [96.2, 96.8] as (number | null)[], r: 96.8, rp: 112_480_650_000, keu: [18_412_300_000, 27_905_000_000] },
  { s: 1, nama: "Rata-rata nilai literasi Asesmen Nasional jenjang SD", satuan: "Nilai", target: 60, tw: [null, null, 60, 60], real: [null, null], r: null, rp: 1_250_000_000, keu: [95_400_000, 212_600_000] },
  { s: 1, nama: "Jumlah sekolah yang terakreditasi minimal B", satuan: "Sekolah", target: 40, tw: [5, 15, 30, 40], real: [7, 9], r: 16, rp: 2_845_300_000, keu: [402_150_000, 618_900_000] },
];
const PROG = [
  { kode: "1.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 68_912_400_000 },
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 112_480_650_000 },
  { kode: "1.01.03", nama: "PROGRAM PENGEMBANGAN KURIKULUM", pagu: 1_250_000_000 },
  { kode: "1.01.04", nama: "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", pagu: 2_845_300_000 },
];
const SHEETS = ["TW I", "TW II"];
const dec = (n: number, d = 2) => idr(n, d);
const cell = (n: number | null, d = 2) => (n === null ? "-" : dec(n, d));
const predikat = (c: number) => (c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah");

function build(): Book {
  const book = new Book("co-pesawaran-disdikbud-capaian-kinerja-keuangan-tw-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab).merge("A3:E3", "PEMERINTAH KABUPATEN PESAWARAN");
  p.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.put("A6", 1).put("B6", SAS[0]).merge("A7:A8", 2).merge("B7:B8", SAS[1]);
  IKU.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, dec(i.target, 1).replace(/,0$/, "")]));
  p.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A15:C15", "Jumlah").put("D15", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D17", "Gedong Tataan, 3 Januari 2025");
  p.rows("B18", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  p.row("B23", [BUPATI.nama, null, KADIS.nama]);
  p.put("D24", "Pembina Utama Muda (IV/c)");
  p.put("D25", `NIP. ${KADIS.nip}`);

  SHEETS.forEach((tw, q) => {
    const r = book.sheet(tw);
    r.merge("A1:P1", "PEMERINTAH KABUPATEN PESAWARAN").merge("A2:P2", "DINAS PENDIDIKAN DAN KEBUDAYAAN");
    r.merge("A3:P3", "Sub Bagian Perencanaan, Evaluasi, dan Pelaporan (PEP)");
    r.merge("A5:P5", "LAPORAN PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN (E-SAKIP)");
    r.merge("A6:P6", `Periode Pelaksanaan: ${tw} • Tahun Anggaran: 2025`);
    r.merge("A8:A10", "No").merge("B8:B10", "Tujuan / Sasaran / Program / Kegiatan").merge("C8:C10", "Indikator Kinerja");
    r.merge("D8:F8", "Data 2025").merge("D9:D10", "Target").merge("E9:E10", "Rp").merge("F9:F10", "Satuan");
    r.merge("G8:J8", "Target Kinerja");
    ["G", "H", "I", "J"].forEach((c, k) => r.merge(`${c}9:${c}10`, ["TW I", "TW II", "TW III", "TW IV"][k]));
    r.merge("K8:M8", "Capaian Kinerja").merge("K9:M9", tw).row("K10", ["Realisasi", "Capaian (%)", "Predikat"]);
    r.merge("N8:O8", "Capaian Keuangan").merge("N9:O9", tw).row("N10", ["Realisasi", "Capaian (%)"]);
    r.merge("P8:P10", "Bukti");
    IKU.forEach((i, k) => {
      const real = i.real[q];
      const t = i.tw[q];
      const ck = real !== null && t !== null ? (real / t) * 100 : null;
      r.row(`A${11 + k}`, [
        k + 1, SAS[i.s], i.nama, dec(i.target), idr(i.rp), i.satuan, ...i.tw.map((x) => cell(x)),
        cell(real), ck === null ? "-" : `${dec(ck)}%`, ck === null ? "-" : predikat(ck),
        idr(i.keu[q]), `${dec((i.keu[q] / i.rp) * 100)}%`, k === 0 ? "Link" : "-",
      ]);
    });
    const keu = sum(IKU.map((i) => i.keu[q]));
    const pagu = sum(IKU.map((i) => i.rp));
    r.merge("A14:D14", "TOTAL REKAPITULASI").put("E14", idr(pagu)).put("N14", idr(keu)).put("O14", `${dec((keu / pagu) * 100)}%`);
  });
  return book;
}

const rows = IKU.map((_, k) => 11 + k);
const cellsOf = (cols: string[]) => cols.flatMap((c) => rows.map((n) => `${c}${n}`));

export const coPesawaranCapaianKinerjaKeuangan: Layout = {
  name: "co-pesawaran-disdikbud-capaian-kinerja-keuangan-tw-2025",
  source: "code index id 68818670710 (Laravel blade `LAPORAN PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN (E-SAKIP)`, SIM-PEP DISDIK, single-quarter table; repository not named); pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [SHEETS[0]]: "realisasi", [SHEETS[1]]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IKU.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS[i.s] })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: SHEETS.flatMap((s) => [
      { rule: "target-mismatch", sheet: s }, { rule: "indikator-unknown", sheet: s }, { rule: "pk-unlinked", sheet: s },
      { rule: "satuan-mismatch", sheet: s }, { rule: "value-unreadable", sheet: s }, { rule: "sheet-unrecognised", sheet: s },
      { rule: "realisasi-over-pagu", sheet: s }, { rule: "pagu-mismatch", sheet: s }, { rule: "tw-target-inconsistent", sheet: s },
      { rule: "realisasi-after-period", sheet: s }, { rule: "tahun-missing", sheet: s },
    ]),
    unreadOrRead: SHEETS.flatMap((s) => [
      { sheet: s, cells: cellsOf(["E"]), what: "Rp (pagu behind the IKU, no kode)" },
      { sheet: s, cells: cellsOf(["N"]), what: "Capaian Keuangan / Realisasi (rupiah)" },
      { sheet: s, cells: ["G11", "H11", "I11", "J11", "I12", "J12", "G13", "H13", "I13", "J13"], what: "Target Kinerja TW I..IV" },
    ]),
  },
  checks: [
    {
      name: "each quarter's sheet gives the kinerja `Realisasi` of its quarter (K), never the keuangan `Realisasi` (N)",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const got = SHEETS.map((s, q) => {
          const r = out.model.realisasi.find((x) => x.sheet === s);
          return r ? { pk: r.pk, tw: r.indikator.map((i) => [i.nama, i.tw[q]]) } : `${s}: not a Realisasi`;
        });
        expect(got).toEqual(SHEETS.map((_, q) => ({ pk: pk?.id ?? "(Kadis PK)", tw: IKU.map((i) => [i.nama, i.real[q]]) })));
      },
    },
    {
      name: "capaian at TW II: APM the TW II value, the accreditation count 7 + 9 = 16, the AN IKU none",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IKU.map((i) => [i.nama, i.r]));
      },
    },
  ],
};
