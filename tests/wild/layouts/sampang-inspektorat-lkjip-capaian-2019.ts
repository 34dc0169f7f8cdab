/**
 * Kabupaten Sampang, Inspektorat Daerah: the Inspektur's PK 2019 and the year's "Pencapaian Kinerja" table copied out
 * of the LKjIP (a Word/PDF report) into the workbook, page header and all.
 *
 * Layout of the capaian sheet: https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html (pages corpus:
 * LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019, pp. 29-30). Real, from the page: the running header
 * `INSPEKTORAT DAERAH KABUPATEN SAMPANG` / `LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019 29` (with the page
 * number), the heading `A. CAPAIAN KINERJA INSPEKTORAT DAERAH KABUPATEN SAMPANG`, a paragraph of text, `Tabel 3.1
 * Interval Penilaian Kinerja` (`NO | INTERVAL NILAI REALISASI KINERJA | KRITERIA PENILAIAN REALISASI KINERJA`, rows
 * `91 % ≤ 100 % | Sangat Baik` …), then `Tabel 3.1 Pencapaian Kinerja` with the header `N0 | Indikator Kinerja Utama |
 * Satuan | Target | Realisasi | Capaian` (N-zero, as typed), the band row `Sasaran Strategis 1. Meningkatnya
 * Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah`, the first indikator `Persentase penurunan temuan keuangan yang
 * bersifat materil | % | 55% | n/a | n/a`. The PK sheet: workbook.md §1 with the place-and-date line in the middle
 * column, apart from both signatures, and pangkat lines (brief's `Sampang, 2 Januari …`). Made up: names, NIP, the
 * indikator after the first (the page is cut), their targets and realisasi.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const INSPEKTUR = "Drs. MOH. AMIN SURAJI, M.Si.";
const BUPATI = "H. SLAMET JUNAIDI";
const JAB = "INSPEKTUR KABUPATEN SAMPANG";
const NIP = "19650812 199003 1 011";
const SS = "Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah";
const IND = [
  { nama: "Persentase penurunan temuan keuangan yang bersifat materil", satuan: "%", target: 55, text: "55%", real: "n/a", cap: "n/a", realNum: null as number | string | null },
  { nama: "Persentase penurunan nilai temuan kerugian daerah", satuan: "%", target: 50, text: "50%", real: "62,4%", cap: "124,8%", realNum: 62.4 as number | string | null },
  { nama: "Nilai SAKIP Pemerintah Kabupaten Sampang", satuan: "Predikat", target: "B", text: "B", real: "B", cap: "100%", realNum: "B" as number | string | null },
];

function build(): Book {
  const book = new Book("sampang-inspektorat-lkjip-capaian-2019.xlsx");
  const pk = book.sheet("PK Inspektur");
  pk.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2019").merge("A2:E2", "INSPEKTORAT DAERAH KABUPATEN SAMPANG");
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Target"]);
  pk.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((x, i) => pk.row(`C${5 + i}`, [x.nama, x.satuan, x.text]));
  pk.put("C9", "Sampang, 2 Januari 2019");
  pk.rows("B10", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI SAMPANG,", null, `${JAB},`]]);
  pk.row("B15", [BUPATI, null, INSPEKTUR]);
  pk.row("D16", ["Pembina Utama Muda (IV/c)"]);
  pk.row("D17", [`NIP. ${NIP}`]);

  const c = book.sheet("Capaian 2019");
  c.put("A1", "INSPEKTORAT DAERAH KABUPATEN SAMPANG");
  c.row("A2", ["LKjIP Inspektorat Daerah Kabupaten Sampang Tahun 2019", null, null, null, null, 29]);
  c.put("A4", "A. CAPAIAN KINERJA INSPEKTORAT DAERAH KABUPATEN SAMPANG");
  c.merge("A5:F5", "Pengukuran capaian kinerja Inspektorat Daerah Kabupaten Sampang dilakukan dengan cara membandingkan antara target setiap indikator sasaran dalam perjanjian kinerja dengan realisasinya. Secara keseluruhan kinerja Inspektorat Daerah Kabupaten Sampang dinyatakan “berhasil”, karena rata-rata capaiannya diatas 90% dari target.");
  c.merge("A7:F7", "Tabel 3.1 Interval Penilaian Kinerja");
  c.row("A8", ["NO", "INTERVAL NILAI REALISASI KINERJA", null, "KRITERIA PENILAIAN REALISASI KINERJA"]);
  c.rows("A9", [[1, "91 % ≤ 100 %", null, "Sangat Baik"], [2, "76 % ≤ 90%", null, "Baik"], [3, "66 % ≤ 75 %", null, "Cukup"], [4, "51 % ≤ 65 %", null, "Kurang"], [5, "≤ 50 %", null, "Sangat Kurang"]]);
  c.merge("A15:F15", "Tabel 3.1 Pencapaian Kinerja");
  c.row("A16", ["N0", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian"]);
  c.merge("A17:F17", `Sasaran Strategis 1. ${SS}`);
  IND.forEach((x, i) => c.row(`A${18 + i}`, [i + 1, x.nama, x.satuan, x.text, x.real, x.cap]));
  return book;
}

const PK = "PK Inspektur";
const CAP = "Capaian 2019";

export const sampangCapaian: Layout = {
  name: "sampang-inspektorat-lkjip-capaian-2019",
  source: "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html (LKjIP Inspektorat Daerah Kabupaten Sampang 2019, Tabel 3.1 Pencapaian Kinerja)",
  build,
  truth: {
    tahun: 2019,
    // `CAPAIAN KINERJA` under a header line with the year, a table `Indikator Kinerja Utama | Satuan | Target | Realisasi`:
    // the year's Realisasi of the Inspektur PK (main reads `REKAP CAPAIAN KINERJA` and `PENGUKURAN KINERJA` so). The
    // spec is silent on an annual Realisasi column (no quarter anywhere): read as TW IV (the year's end) or reported,
    // never dropped (unreadOrRead and the check).
    sheets: { [PK]: "pk", [CAP]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JAB, level: "eselon2", atasan: null, nama: INSPEKTUR, nip: NIP.replace(/\s/g, ""),
        pihakKedua: { jabatan: "BUPATI SAMPANG", nama: BUPATI, nip: null },
        indikator: IND.map((x) => ({ nama: x.nama, target: x.target, satuan: x.satuan, sasaran: SS })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    // `n/a` as a realisasi: spec silent (§5 names `-` or blank as none); a planner reads "no data", not an error in
    // the data. A value-unreadable there is tolerated, nowhere else.
    allowedAt: [{ rule: "value-unreadable", sheet: CAP, cell: "E18" }],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "satuan-missing", sheet: PK }, { rule: "level-unknown", sheet: PK },
      { rule: "pk-unlinked", sheet: CAP }, { rule: "indikator-unknown", sheet: CAP }, { rule: "target-mismatch", sheet: CAP },
      { rule: "satuan-mismatch", sheet: CAP }, { rule: "tahun-missing", sheet: CAP }, { rule: "tahun-mismatch", sheet: CAP },
      { rule: "pihak-missing", sheet: CAP }, { rule: "tabel-missing", sheet: CAP }, { rule: "sheet-unrecognised", sheet: CAP },
      { rule: "value-unreadable", sheet: CAP, cell: "E19" }, { rule: "value-unreadable", sheet: CAP, cell: "E20" },
    ],
    unreadOrRead: [{ sheet: CAP, cells: ["E18", "E19", "E20"], what: "Realisasi of the year (no quarter)" }],
  },
  checks: [
    {
      name: "the interval table is no indikator table and the annual Realisasi, when read, is TW IV",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === CAP);
        expect(real?.pk ?? null).toBe(PK);
        const names = real!.indikator.map((i) => i.nama.trim());
        expect(names.filter((n) => !IND.some((x) => x.nama === n))).toEqual([]);
        const got = IND.slice(1).map((x) => {
          const r = real!.indikator.find((y) => y.nama.trim() === x.nama);
          return !r || r.tw.every((v) => v === null) ? "not read" : r.tw;
        });
        expect(got).toEqual(got.map((g, k) => (g === "not read" ? g : [null, null, null, IND[k + 1].realNum])));
      },
    },
  ],
};
