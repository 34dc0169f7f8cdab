/**
 * Kota Tasikmalaya, RSUD dr. Soekardjo (BLUD): the PK 2025 of the Direktur, signed with the Pj. Wali Kota, whose
 * program pagu the planner typed as a slide shows them (`Rp. 186,4 M`, `Rp. 23,75 M`, `Rp. 850 Jt`, `Jumlah` `Rp. 211 M`),
 * and the PK of the Kabid Pelayanan Medik whose kegiatan pagu are full text amounts (`Rp 14.250.000.000,00`).
 *
 * Source. Money written as `Rp. 1,25 M` is the form the brief (issue 11, round 6) names as not met yet; no repository
 * print of a PK with it was found in time: the abbreviations `M` (miliar) and `Jt` (juta) are those of Indonesian
 * budget slides and press (e.g. `program banten 2022 hingga butuh apbd senilai rp 127 triliun`, poskota.co.id tag page,
 * `pages` corpus). Each sheet otherwise follows workbook.md §1. Made up: names, NIPs, indikator, targets, amounts;
 * kode after Kepmendagri 050-5889/2021 (urusan 1.02 kesehatan).
 *
 * What a correct reader does. workbook.md §5 lists `Rp 1.250.000.000`, `Rp. 1.250.000.000,-`, `1.250.000.000,00`, not
 * `M` / `Jt`: the spec is silent. A Bappeda planner reads `Rp. 23,75 M` as Rp 23.750.000.000 and `Rp. 850 Jt` as
 * Rp 850.000.000. Either that reading, or value-unreadable on the cell (an amount the reader does not know, reported
 * with its cell) is right; reading `Rp. 23,75 M` as Rp 23,75 (or 2.375) is SILENTLY WRONG: it gives a false
 * anggaran-rollup (the Kabid's two kegiatan add up to 23.750.000.000) and a pagu a million times too small.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const WALI = "Dr. CHEKA VIRGOWANSYAH, S.STP., M.M.";
const DIR = { nama: "dr. BUDI TIRMADI, M.M.", nip: "19700526 200212 1 003", jab: "DIREKTUR RUMAH SAKIT UMUM DAERAH dr. SOEKARDJO KOTA TASIKMALAYA" };
const KABID = { nama: "dr. NURHAYATI RAHMAWATI, Sp.PK.", nip: "19781103 200604 2 011", jab: "KEPALA BIDANG PELAYANAN MEDIK" };
const DIR_SHEET = "Lamp PK Dir";
const KABID_SHEET = "Lamp PK Yanmed";

const SS = "Meningkatnya mutu pelayanan kesehatan rujukan";
const DIR_IND = [
  { nama: "Indeks Kepuasan Masyarakat terhadap pelayanan RSUD", satuan: "Indeks", target: 82 as number | string },
  { nama: "Status akreditasi rumah sakit", satuan: "Predikat", target: "Paripurna" },
  { nama: "Persentase capaian Standar Pelayanan Minimal rumah sakit", satuan: "%", target: 90 },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", text: "Rp. 186,4 M", pagu: 186_400_000_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", text: "Rp. 23,75 M", pagu: 23_750_000_000 },
  { kode: "1.02.03", nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", text: "Rp. 850 Jt", pagu: 850_000_000 },
];
const SP = "Meningkatnya mutu pelayanan medik";
const KABID_IND = [
  { nama: "Persentase kepatuhan terhadap clinical pathway", satuan: "%", target: 80 },
  { nama: "Angka kematian pasien lebih dari 48 jam (NDR)", satuan: "‰", target: 25 },
];
const KEG = [
  { kode: "1.02.02.2.01", nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", pagu: 14_250_000_000 },
  { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 9_500_000_000 },
];

function build(): Book {
  const book = new Book("tasikmalaya-rsud-blud-rupiah-m-2025.xlsx");

  const d = book.sheet(DIR_SHEET);
  d.merge("A1:E1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "RUMAH SAKIT UMUM DAERAH dr. SOEKARDJO KOTA TASIKMALAYA");
  d.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  d.merge("A5:A7", 1).merge("B5:B7", SS);
  DIR_IND.forEach((i, k) => d.row(`C${5 + k}`, [i.nama, i.satuan, i.target]));
  d.row("A9", ["No", "Kode", "Program", "Anggaran"]);
  PROG.forEach((p, k) => d.row(`A${10 + k}`, [k + 1, p.kode, p.nama, p.text]));
  d.merge("A13:C13", "Jumlah").put("D13", "Rp. 211 M");
  d.put("D15", "Tasikmalaya, 2 Januari 2025");
  d.rows("B16", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["Pj. WALI KOTA TASIKMALAYA,", null, `${DIR.jab},`]]);
  d.row("B21", [WALI, null, DIR.nama]);
  d.row("D22", ["Pembina Tingkat I (IV/b)"]);
  d.row("D23", [`NIP. ${DIR.nip}`]);

  const k = book.sheet(KABID_SHEET);
  k.merge("A1:E1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID.jab).merge("A3:E3", "RUMAH SAKIT UMUM DAERAH dr. SOEKARDJO KOTA TASIKMALAYA");
  k.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A6:A7", 1).merge("B6:B7", SP);
  KABID_IND.forEach((i, j) => k.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A9", ["No", "Kode", "Kegiatan", "Anggaran"]);
  KEG.forEach((g, j) => k.row(`A${10 + j}`, [j + 1, g.kode, g.nama, `Rp ${idr(g.pagu, 2)}`]));
  k.merge("A12:C12", "Jumlah").put("D12", `Rp ${idr(sum(KEG.map((g) => g.pagu)), 2)}`);
  k.put("D14", "Tasikmalaya, 2 Januari 2025");
  k.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${DIR.jab},`, null, `${KABID.jab},`]]);
  k.row("B20", [DIR.nama, null, KABID.nama]);
  k.row("B21", ["Pembina Tingkat I (IV/b)", null, "Pembina (IV/a)"]);
  k.row("B22", [`NIP. ${DIR.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const MONEY_CELLS = ["D10", "D11", "D12", "D13"];

export const tasikmalayaRsudM: Layout = {
  name: "tasikmalaya-rsud-blud-rupiah-m-2025",
  source: "money as `Rp. 186,4 M` / `Rp. 850 Jt` (brief, round 6; slide and press form, poskota.co.id tag page in the `pages` corpus); no repository print; RSUD dr. Soekardjo Kota Tasikmalaya, content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [DIR_SHEET]: "pk", [KABID_SHEET]: "pk" },
    pk: [
      {
        // anggaran omitted: read as full rupiah or reported value-unreadable (the checks say which is allowed).
        sheet: DIR_SHEET, jabatan: DIR.jab, level: "eselon2", atasan: null, nama: DIR.nama, nip: digits(DIR.nip),
        pihakKedua: { jabatan: "Pj. WALI KOTA TASIKMALAYA", nama: WALI, nip: null },
        indikator: DIR_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
      },
      {
        sheet: KABID_SHEET, jabatan: KABID.jab, level: "eselon3", atasan: DIR_SHEET, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: DIR.jab, nama: DIR.nama, nip: digits(DIR.nip) },
        indikator: KABID_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    // The honest alternative to reading `M` / `Jt`: each amount reported with its cell.
    allowedAt: MONEY_CELLS.map((cell) => ({ rule: "value-unreadable", sheet: DIR_SHEET, cell })),
    warnings: [
      { rule: "atasan-missing", sheet: DIR_SHEET },
      // 1.02.01 and 1.02.03 are carried by no Kabid PK in the workbook.
      { rule: "kode-uncovered", sheet: DIR_SHEET, cell: "B10" },
      { rule: "kode-uncovered", sheet: DIR_SHEET, cell: "B12" },
    ],
    absent: [
      { rule: "anggaran-rollup", sheet: DIR_SHEET }, { rule: "jumlah-mismatch", sheet: DIR_SHEET }, { rule: "jumlah-mismatch", sheet: KABID_SHEET },
      { rule: "kode-uncovered", sheet: DIR_SHEET, cell: "B11" }, { rule: "level-unknown", sheet: DIR_SHEET }, { rule: "level-mismatch", sheet: DIR_SHEET },
      { rule: "kode-orphan", sheet: KABID_SHEET }, { rule: "value-unreadable", sheet: KABID_SHEET }, { rule: "atasan-missing", sheet: KABID_SHEET },
    ],
  },
  checks: [
    {
      name: "each `Rp. … M` / `Jt` amount is read in full rupiah or reported value-unreadable, never read small",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === DIR_SHEET);
        const wrong = PROG.flatMap((p, k) => {
          const cell = `D${10 + k}`;
          const a = pk?.anggaran.find((x) => x.kode === p.kode);
          const reported = out.findings.some((f) => f.rule === "value-unreadable" && f.sheet === DIR_SHEET && f.cell === cell);
          if (reported && (a?.pagu ?? null) === null) return [];
          return a?.pagu === p.pagu ? [] : [`${cell} ${p.text}: pagu ${a?.pagu ?? "none"}${reported ? " (and reported)" : ""}`];
        });
        expect(wrong).toEqual([]);
      },
    },
  ],
};
