/**
 * Kabupaten Barru, Dinas Kesehatan: a Kepala Bidang's PK beside the quarterly "Pengukuran Kinerja" form the kabupaten's
 * e-Kinerja prints (target, realisasi and capaian per triwulan, a Mengetahui signature left as the template's placeholders).
 *
 * Layout of the Pengukuran sheet: a Laravel print view of the Kabupaten Barru e-Kinerja, `Laporan Pengukuran Kinerja -
 * Cetak` (the code index's find_string id 30433854004; the index does not name its repository): title lines
 * `Pengukuran Kinerja Tahun 2025` / the user's jabatan / the bidang; `No | Sasaran Kinerja | Indikator Kinerja | Target 1
 * Tahun | Target (Triwulan) | Realisasi (Triwulan) | Capaian (%) (Triwulan)`, each group over `I II III IV`; numbers from
 * PHP number_format($x, 2), i.e. with a decimal POINT (`85.00`), `-` where nothing is measured, capaian as `96.47%`;
 * three note boxes (`CATATAN / REKOMENDASI ATASAN LANGSUNG TRIWULAN SEBELUMNYA`, `PERMASALAHAN TRIWULAN BERKENAAN`,
 * `CATATAN / REKOMENDASI ATASAN LANGSUNG`); signatures `Mengetahui,` / `[Atasan Langsung]` and `Barru, <date>` /
 * `[Nama Jabatan]`, both names `(.....................................)` (the template never fills them in).
 * The PK sheet is the common layout of workbook.md §1. Made up: names, NIP, indikator, targets, realisasi, amounts.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const KABID = "dr. MUHAMMAD ARSYAD, M.Kes";
const JABATAN = "KEPALA BIDANG PELAYANAN KESEHATAN";
const IND = [
  { nama: "Persentase puskesmas dengan capaian SPM kesehatan sesuai standar", satuan: "%", target: 85, real: [78.5, 81.25, 84.1] },
  { nama: "Persentase rumah sakit yang terakreditasi", satuan: "%", target: 100, real: [100, 100, 100] },
  { nama: "Indeks Kepuasan Pasien", satuan: "Indeks", target: 82, real: [79.4, 80.15, 81.6] },
];
const fmt2 = (n: number) => n.toFixed(2);

function build(): Book {
  const book = new Book("barru-dinkes-bidang-2025.xlsx");
  const pk = book.sheet("PK Kabid Yankes");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], [JABATAN], ["DINAS KESEHATAN KABUPATEN BARRU"]]);
  pk.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach((i, k) => pk.row(`A${6 + k}`, [k === 0 ? 1 : null, k === 0 ? "Meningkatnya mutu pelayanan kesehatan" : null, i.nama, i.satuan, i.target]));
  pk.merge("A6:A8").merge("B6:B8");
  pk.row("A10", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  pk.rows("A11", [
    [1, "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", 6_450_000_000],
    [2, "1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", 3_120_500_000],
  ]);
  pk.row("C13", ["Jumlah", 9_570_500_000]);
  pk.put("D15", "Barru, 6 Januari 2025");
  pk.row("B16", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B17", ["KEPALA DINAS KESEHATAN KABUPATEN BARRU,", null, `${JABATAN},`]);
  pk.row("B21", ["Hj. ANDI NURHAYATI, S.KM., M.Kes", null, KABID]);
  pk.row("B22", ["NIP. 19720514 199803 2 006", null, "NIP. 19810923 200901 1 012"]);

  const m = book.sheet("Pengukuran TW III");
  m.rows("A1", [["Pengukuran Kinerja Tahun 2025"], [JABATAN], ["Dinas Kesehatan Kabupaten Barru"]]);
  for (const c of ["A", "B", "C", "D"]) m.merge(`${c}5:${c}6`);
  m.row("A5", ["No", "Sasaran Kinerja", "Indikator Kinerja", "Target 1 Tahun"]);
  m.merge("E5:H5", "Target (Triwulan)").merge("I5:L5", "Realisasi (Triwulan)").merge("M5:P5", "Capaian (%) (Triwulan)");
  m.row("E6", ["I", "II", "III", "IV", "I", "II", "III", "IV", "I", "II", "III", "IV"]);
  IND.forEach((i, k) => {
    const tw = [i.target, i.target, i.target, i.target];
    const real = [...i.real.map(fmt2), "-"];
    const cap = [...i.real.map((r) => `${fmt2(Math.round((r / i.target) * 10000) / 100)}%`), "-"];
    m.row(`A${7 + k}`, [k + 1, "Dinas Kesehatan Kabupaten Barru", i.nama, fmt2(i.target), ...tw.map(fmt2), ...real, ...cap]);
  });
  m.put("A11", "CATATAN / REKOMENDASI ATASAN LANGSUNG TRIWULAN SEBELUMNYA");
  m.put("I11", "PERMASALAHAN TRIWULAN BERKENAAN");
  m.put("I15", "CATATAN / REKOMENDASI ATASAN LANGSUNG");
  m.row("B20", ["Mengetahui,", null, null, null, null, null, null, null, null, null, "Barru, 10 Oktober 2025"]);
  m.row("B21", ["[Atasan Langsung]", null, null, null, null, null, null, null, null, null, "[Nama Jabatan]"]);
  m.row("B25", ["(.....................................)", null, null, null, null, null, null, null, null, null, "(.....................................)"]);
  return book;
}

const PK = "PK Kabid Yankes";
const REAL = "Pengukuran TW III";

export const barru: Layout = {
  name: "barru-dinkes-bidang-2025",
  source: "Kabupaten Barru e-Kinerja Laravel print `Laporan Pengukuran Kinerja - Cetak` (find_string id 30433854004; repository not named by the index)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [REAL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon3", atasan: null, nama: KABID, nip: "198109232009011012",
        pihakKedua: { jabatan: "KEPALA DINAS KESEHATAN KABUPATEN BARRU", nama: "Hj. ANDI NURHAYATI, S.KM., M.Kes", nip: "197205141998032006" },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan })),
        anggaran: [{ kode: "1.02.02.2.01", pagu: 6_450_000_000 }, { kode: "1.02.02.2.02", pagu: 3_120_500_000 }],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: REAL }, { rule: "indikator-unknown", sheet: REAL }, { rule: "target-mismatch", sheet: REAL },
      { rule: "value-unreadable", sheet: REAL }, { rule: "tahun-missing", sheet: REAL }, { rule: "sheet-unrecognised", sheet: REAL },
      // The `[Atasan Langsung]` / `(.....)` placeholders are a signature left blank: no party of a PK, no finding on it.
      { rule: "pihak-missing", sheet: REAL },
    ],
  },
  checks: [
    {
      name: "realisasi per triwulan from the Realisasi group (decimal point, `-` not reported), not from Target or Capaian (%)",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === REAL);
        expect(real?.pk).toBe(PK);
        expect((real?.indikator ?? []).map((i) => ({ nama: i.nama, tw: i.tw }))).toEqual(IND.map((i) => ({ nama: i.nama, tw: [...i.real, null] })));
        expect(out.results.triwulan).toBe(3);
      },
    },
  ],
};
