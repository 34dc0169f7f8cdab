/**
 * Kabupaten Kendal (made up), Satuan Polisi Pamong Praja: three PKs of one OPD stacked on ONE sheet (`Sheet1`), as a
 * planner pastes the printed lampiran of the Kasatpol PP (eselon2, programs), a Kabid (eselon3, kegiatan) and a Kasi
 * (eselon4, sub kegiatan) one under the other, blank rows for the page breaks. Each block: title, jabatan line,
 * `No | Sasaran … | Indikator Kinerja | Target`, `Kode | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp)`, `Jumlah`,
 * date over the right column, a signature WITHOUT PIHAK words (superior left, official right, workbook.md §6).
 * The cascade carries three genuine faults a correct engine must find: the Kasi's sub kegiatan under
 * `1.05.02.2.02` add up to 1.200.000.000 while the Kabid's kegiatan has 1.350.000.000 (anggaran-rollup at the Kabid's
 * C31); the Kasi's third sub kegiatan `1.05.03.2.01.0003` lies under no kegiatan of the Kabid (kode-orphan at A52);
 * the Kasat's program `1.05.04` and the Kabid's kegiatan `1.05.02.2.01` are carried by no subordinate
 * (kode-uncovered, warnings, at A10 and A30).
 *
 * Source: the stacked-PK shape of rendyirawann/esakip-v2 @86c4da94 `_cetak_laporan_tapkin.php` page 2 (used before
 * for one level, deliserdang-dinkes-eselon3-2024) carried across three levels; the brief's focus (round 10: several
 * PKs of one OPD as a cascade, eselon II → III → IV, kode and pagu adding up). Kode after Kepmendagri 050-5889/2021
 * urusan 1.05 (ketenteraman, ketertiban umum); names, NIP, indikator, targets and amounts made up.
 *
 * Correct reading (workbook.md §1, §6; rules.md), written before the engine was run: three PKs on `Sheet1`, told
 * apart by their jabatan; the Kabid's superior is the Kasat's PK and the Kasi's the Kabid's (both on `Sheet1`, so
 * `atasan` is the PK id: `Sheet1` for the Kabid, `Sheet1 (2)` for the Kasi); the Kasat's Pihak Kedua, the Bupati, is not in the workbook: atasan-missing at A14 only.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const SH = "Sheet1";
const BUPATI = { nama: "Hj. DYAH KARTIKA PERMANASARI, S.E.", jab: "BUPATI KENDAL" };
const KASAT = { nama: "Drs. TOTO WIDODO, M.Si.", nip: "19701110 199003 1 003", jab: "KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN KENDAL" };
const KABID = { nama: "BAMBANG SUSILO, S.H., M.H.", nip: "19760203 199703 1 002", jab: "KEPALA BIDANG PENEGAKAN PERUNDANG-UNDANGAN DAERAH" };
const KASI = { nama: "ANIK SETYOWATI, S.Sos.", nip: "19830714 200801 2 009", jab: "KEPALA SEKSI PENYIDIKAN DAN PENINDAKAN" };

const P1 = [
  { s: "Meningkatnya ketenteraman dan ketertiban umum", nama: "Persentase penegakan Peraturan Daerah dan Peraturan Kepala Daerah", text: "100 %", target: 100 },
  { s: "Meningkatnya perlindungan masyarakat dari bahaya kebakaran", nama: "Persentase penanganan kebakaran sesuai waktu tanggap", text: "85 %", target: 85 },
];
const PROG = [
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", pagu: 3_450_000_000 },
  { kode: "1.05.04", nama: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN", pagu: 2_180_000_000 },
];
const P2 = [{ s: "Meningkatnya kepatuhan masyarakat terhadap Peraturan Daerah", nama: "Persentase pelanggaran Peraturan Daerah yang ditindaklanjuti", text: "90 %", target: 90 }];
const KEG = [
  { kode: "1.05.02.2.01", nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota", pagu: 2_100_000_000 },
  { kode: "1.05.02.2.02", nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota", pagu: 1_350_000_000 },
];
const P3 = [{ s: "Meningkatnya penindakan pelanggaran Peraturan Daerah", nama: "Jumlah kasus pelanggaran Peraturan Daerah yang disidik", text: "24 Kasus", target: 24 }];
const SUB = [
  { kode: "1.05.02.2.02.0001", nama: "Pengawasan atas Pelaksanaan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota", pagu: 800_000_000 },
  { kode: "1.05.02.2.02.0002", nama: "Penyidikan Pelanggaran Peraturan Daerah Kabupaten/Kota", pagu: 400_000_000 },
  { kode: "1.05.03.2.01.0003", nama: "Pelatihan Pencegahan dan Mitigasi Bencana", pagu: 150_000_000 },
];
const total = (xs: { pagu: number }[]) => xs.reduce((a, x) => a + x.pagu, 0);

function block(s: ReturnType<Book["sheet"]>, top: number, o: {
  unit: string; sasaranWord: string; ind: typeof P1; budgetWord: string; items: typeof PROG;
  left: { nama: string; jab: string; nip?: string }; right: { nama: string; jab: string; nip: string };
}): void {
  const r = (k: number) => top + k;
  s.merge(`A${r(0)}:D${r(0)}`, "PERJANJIAN KINERJA TAHUN 2025").merge(`A${r(1)}:D${r(1)}`, o.unit);
  s.row(`A${r(3)}`, ["No", o.sasaranWord, "Indikator Kinerja", "Target"]);
  o.ind.forEach((i, k) => s.row(`A${r(4 + k)}`, [k + 1, i.s, i.nama, i.text]));
  s.row(`A${r(7)}`, ["Kode", o.budgetWord, "Anggaran (Rp)"]);
  o.items.forEach((x, k) => s.row(`A${r(8 + k)}`, [x.kode, x.nama, rp(x.pagu)]));
  s.put(`B${r(8 + o.items.length)}`, "Jumlah").put(`C${r(8 + o.items.length)}`, rp(total(o.items)));
  s.put(`C${r(12)}`, "Kendal, 2 Januari 2025");
  s.put(`A${r(13)}`, o.left.jab).put(`C${r(13)}`, o.right.jab);
  s.put(`A${r(17)}`, o.left.nama).put(`C${r(17)}`, o.right.nama);
  if (o.left.nip) s.put(`A${r(18)}`, `NIP. ${o.left.nip}`);
  s.put(`C${r(18)}`, `NIP. ${o.right.nip}`);
}

function build(): Book {
  const book = new Book("pk-kendal-satpol-tiga-tingkat-satu-sheet-2025.xlsx");
  const s = book.sheet(SH);
  block(s, 1, { unit: "SATUAN POLISI PAMONG PRAJA KABUPATEN KENDAL", sasaranWord: "Sasaran Strategis", ind: P1, budgetWord: "Program", items: PROG, left: BUPATI, right: KASAT });
  block(s, 22, { unit: KABID.jab, sasaranWord: "Sasaran Program", ind: P2, budgetWord: "Kegiatan", items: KEG, left: KASAT, right: KABID });
  block(s, 42, { unit: KASI.jab, sasaranWord: "Sasaran Kegiatan", ind: P3, budgetWord: "Sub Kegiatan", items: SUB, left: KABID, right: KASI });
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const ind = (xs: typeof P1) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: typeof PROG) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));

export const pkKendalSatpolTigaTingkat: Layout = {
  name: "pk-kendal-satpol-tiga-tingkat-satu-sheet-2025",
  source: "stacked PKs after rendyirawann/esakip-v2 @86c4da94 `_cetak_laporan_tapkin.php` page 2, across eselon II → III → IV; kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      { sheet: SH, jabatan: KASAT.jab, level: "eselon2", atasan: null, nama: KASAT.nama, nip: digits(KASAT.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null }, indikator: ind(P1), anggaran: ang(PROG) },
      { sheet: SH, jabatan: KABID.jab, level: "eselon3", atasan: SH, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KASAT.jab, nama: KASAT.nama, nip: digits(KASAT.nip) }, indikator: ind(P2), anggaran: ang(KEG) },
      { sheet: SH, jabatan: KASI.jab, level: "eselon4", atasan: `${SH} (2)`, // the model's id of the second PK of a sheet (model.ts PkSheet.id)
        nama: KASI.nama, nip: digits(KASI.nip),
        pihakKedua: { jabatan: KABID.jab, nama: KABID.nama, nip: digits(KABID.nip) }, indikator: ind(P3), anggaran: ang(SUB) },
    ],
    errors: [
      { rule: "anggaran-rollup", sheet: SH, cell: "C31" },
      { rule: "kode-orphan", sheet: SH, cell: "A52" },
    ],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: SH, cell: "A14" },
      { rule: "kode-uncovered", sheet: SH, cell: "A10" },
      { rule: "kode-uncovered", sheet: SH, cell: "A30" },
    ],
    absent: [
      { rule: "atasan-missing", sheet: SH, cell: "A35" }, { rule: "atasan-missing", sheet: SH, cell: "A55" },
      { rule: "anggaran-rollup", sheet: SH, cell: "C9" }, { rule: "kode-orphan", sheet: SH, cell: "A50" },
      { rule: "kode-orphan", sheet: SH, cell: "A51" }, { rule: "kode-orphan", sheet: SH, cell: "A30" },
      { rule: "level-mismatch", sheet: SH }, { rule: "jumlah-mismatch", sheet: SH }, { rule: "pihak-missing", sheet: SH },
      { rule: "level-unknown", sheet: SH }, { rule: "atasan-mismatch", sheet: SH }, { rule: "kode-level-mismatch", sheet: SH },
      { rule: "value-unreadable", sheet: SH }, { rule: "nip-invalid", sheet: SH },
    ],
  },
};
