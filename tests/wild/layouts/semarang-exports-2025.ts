/**
 * Kota Semarang, Dinas Kesehatan: a PK sheet beside the two Excel exports the kota's e-SAKIP gives (a flat table of
 * every OPD's PK indikator, and realisasi anggaran per OPD by month), pasted into the same workbook by the planner.
 *
 * Layout of the exports: satriotol/esakip @c3bec44547a63eea19cd4dea2fa6486741fbbf7b, app/Exports/PerjanjianKinerjaExport.php
 * with resources/views/exports/perjanjianKinerjaExcel.blade.php (`Tahun | Tipe | OPD | Sasaran | Indikator | Target | Satuan`,
 * no title, one row per indikator of every OPD and type), app/Exports/RealisasiAnggaranExport.php with
 * resources/views/exports/realisasi_anggaran.blade.php (`OPD | Tahun | Anggaran | Anggaran Perubahan | Januari .. Desember |
 * Jumlah Realisasi`, no title, one row per OPD). The PK sheet is the common layout of workbook.md §1.
 * Made up: every value; `Murni`/`Perubahan` as the Tipe values.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const KADIS = "dr. ABDUL HAKAM, Sp.P.D.";
const WALIKOTA = "Dr. Ir. HEVEARITA GUNARYANTI RAHAYU, M.Sos.";
const IND: [string, string, string, number, string][] = [
  ["Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Ibu", "per 100.000 KH", 60, "60"],
  ["Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Bayi", "per 1.000 KH", 5.5, "5,5"],
  ["Meningkatnya derajat kesehatan masyarakat", "Prevalensi stunting", "%", 9, "9"],
  ["Meningkatnya mutu pelayanan kesehatan", "Indeks Kepuasan Masyarakat", "Indeks", 85, "85"],
];

function build(): Book {
  const book = new Book("semarang-exports-2025.xlsx");
  const pk = book.sheet("PK Dinkes");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA DINAS KESEHATAN"], ["KOTA SEMARANG"]]);
  pk.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach(([s, n, sat, , t], i) => pk.row(`A${6 + i}`, [i === 0 ? 1 : i === 3 ? 2 : null, i === 0 || i === 3 ? s : null, n, sat, t]));
  pk.merge("A6:A8").merge("B6:B8");
  pk.row("A11", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  pk.rows("A12", [[1, "1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 312_450_000_000], [2, "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 498_120_500_000]]);
  pk.row("C14", ["Jumlah", 810_570_500_000]);
  pk.put("D16", "Semarang, 2 Januari 2025");
  pk.row("B17", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B18", ["WALI KOTA SEMARANG,", null, "KEPALA DINAS KESEHATAN KOTA SEMARANG,"]);
  pk.row("B22", [WALIKOTA, null, KADIS]);
  pk.put("D23", "NIP. 19680215 199903 1 004");

  const ex = book.sheet("Export PK");
  ex.row("A1", ["Tahun", "Tipe", "OPD", "Sasaran", "Indikator", "Target", "Satuan"]);
  let r = 2;
  for (const tipe of ["Murni", "Perubahan"]) {
    for (const [s, n, sat, , t] of IND) ex.row(`A${r++}`, [2025, tipe, "Dinas Kesehatan", s, n, tipe === "Perubahan" && n === "Prevalensi stunting" ? "8,5" : t, sat]);
    ex.row(`A${r++}`, [2025, tipe, "Dinas Pendidikan", "Meningkatnya kualitas pendidikan", "Angka Partisipasi Murni SMP", "85,2", "%"]);
    ex.row(`A${r++}`, [2025, tipe, "Dinas Pekerjaan Umum", "Meningkatnya kualitas infrastruktur jalan", "Persentase jalan kota dalam kondisi mantap", "92", "%"]);
  }

  const ra = book.sheet("Export Realisasi");
  const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  ra.row("A1", ["OPD", "Tahun", "Anggaran", "Anggaran Perubahan", ...MONTHS, "Jumlah Realisasi"]);
  const months = [31_250_000_000, 48_760_000_000, 62_415_000_000, 58_300_000_000, 61_025_000_000, 70_480_000_000];
  ra.row("A2", ["Dinas Kesehatan", 2025, 810_570_500_000, 822_340_500_000, ...months, null, null, null, null, null, null, months.reduce((a, b) => a + b, 0)]);
  ra.row("A3", ["Dinas Pendidikan", 2025, 1_204_500_000_000, 1_198_000_000_000, 80_100_000_000, 95_400_000_000, 101_250_000_000, 99_800_000_000, 104_600_000_000, 110_300_000_000, null, null, null, null, null, null, 591_450_000_000]);
  return book;
}

export const semarang: Layout = {
  name: "semarang-exports-2025",
  source: "satriotol/esakip @c3bec445 app/Exports/{PerjanjianKinerja,RealisasiAnggaran}Export.php + resources/views/exports/{perjanjianKinerjaExcel,realisasi_anggaran}.blade.php",
  build,
  truth: {
    tahun: 2025,
    // Sheets are known by their title (workbook.md §1-3): the exports have none, and are no PK companion.
    sheets: { "PK Dinkes": "pk", "Export PK": "lain", "Export Realisasi": "lain" },
    pk: [
      {
        sheet: "PK Dinkes", jabatan: "KEPALA DINAS KESEHATAN KOTA SEMARANG", level: "eselon2", atasan: null, nama: KADIS, nip: "196802151999031004",
        pihakKedua: { jabatan: "WALI KOTA SEMARANG", nama: WALIKOTA, nip: null },
        indikator: IND.map(([s, n, sat, t]) => ({ nama: n, target: t, satuan: sat, sasaran: s })),
        anggaran: [{ kode: "1.02.01", pagu: 312_450_000_000 }, { kode: "1.02.02", pagu: 498_120_500_000 }],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: "PK Dinkes" }],
    absent: [
      { rule: "indikator-unknown", sheet: "Export PK" }, { rule: "target-mismatch", sheet: "Export PK" },
      { rule: "pk-unlinked", sheet: "Export PK" }, { rule: "pk-unlinked", sheet: "Export Realisasi" },
      { rule: "pagu-mismatch", sheet: "Export Realisasi" }, { rule: "realisasi-over-pagu", sheet: "Export Realisasi" },
      { rule: "tahun-missing", sheet: "Export PK" }, { rule: "tahun-missing", sheet: "Export Realisasi" },
      { rule: "isi-tak-terbaca", sheet: "Export PK" }, { rule: "isi-tak-terbaca", sheet: "Export Realisasi" },
    ],
  },
  checks: [
    {
      name: "the exports add nothing to the model: no Realisasi, no Rencana Aksi, no capaian anggaran",
      run(out) {
        expect({ renaksi: out.model.renaksi.length, realisasi: out.model.realisasi.length }).toEqual({ renaksi: 0, realisasi: 0 });
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => f.sheet).sort()).toEqual(["Export PK", "Export Realisasi"]);
      },
    },
  ],
};
