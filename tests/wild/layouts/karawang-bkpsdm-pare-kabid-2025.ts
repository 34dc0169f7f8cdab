/**
 * Kabupaten Karawang, BKPSDM: the PK 2025 of a Kepala Bidang as the PARE (bkpsdm_pare) app prints it, the statement
 * page and the lampiran on ONE sheet `Sheet1` (the print's `<pagebreak>` is only a page break in Excel).
 *
 * Source: ahmadrohada/bkpsdm_pare @3139bb63 `resources/views/admin/printouts/cetak_perjanjian_kinerja-Eselon3.blade.php`.
 * What it does: page 1 `PERJANJIAN KINERJA TAHUN 2025`, `Nama : / Jabatan :` (jabatan in Title Case,
 * `Pustaka::capital_string`), `Selanjutnya disebut PIHAK KESATU`, `Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK
 * KEDUA`, the pledge; page 2 title `PERJANJIAN KINERJA  TAHUN 2025` (two spaces) / unit / jabatan, a `Tanggal Cetak  :
 * <timestamp>` line, the kinerja table `NO | SASARAN STRATEGIS/PROGRAM | INDIKATOR PROGRAM | TARGET` where the middle
 * cell is `<sasaran> / <program>` and the target is `target . " " . satuan` (`85 %`, `12 Dokumen`); the budget table
 * `NO | KEGIATAN | ANGGARAN | KETERANGAN` with `Rp. 1.234.000` amounts, no kode, an empty Keterangan, closed by
 * `TOTAL ANGGARAN` | `Rp. …`; signatures: date `Karawang, 06-01-2025` in the right column, left `PEJABAT PENILAI,`
 * (no jabatan), right the official's Title Case jabatan, then each side's name and `NIP. …` in ONE cell. The page 1
 * signature of the print is left out here (banjarnegara-distan-kasubbag-2025 has one). Pemda Karawang is the app's
 * (karawang-kesbangpol-2026 comes from another app). Made up: names, NIP, indikator, targets, amounts.
 *
 * Correct reading (workbook.md §1, §6): ONE PK (the second title is the lampiran of the statement above it, nothing
 * between them is a table), eselon3 (Kepala Bidang); Pihak Kedua the Kepala Badan, its jabatan from the statement's
 * `Jabatan :` (§6: "the jabatan only in a `Jabatan :` statement above"), its name and NIP from the left signature;
 * three indikator, targets 85, 12, 100 (unit in the cell, §5); three kegiatan, kode null, TOTAL ANGGARAN equal to the
 * sum. The spec is silent on `SASARAN STRATEGIS/PROGRAM` for an eselon3 PK: a level-mismatch there is allowed, not
 * required. `Tanggal Cetak` is a print stamp, never the PK's date or a table row.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SH = "Sheet1";
const KABAN = { nama: "Drs. ASEP AANG RAHMATULLAH, M.Si.", nip: "19700609 199103 1 005", jab: "Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia" };
const KABID = { nama: "YAYAT HIDAYAT, S.IP., M.M.", nip: "19810217 200501 1 009", jab: "Kepala Bidang Pengadaan, Pemberhentian Dan Informasi Kepegawaian" };
const SAS = "Meningkatnya kualitas pengelolaan data dan informasi ASN";
const PROG = "Program Kepegawaian Daerah";
const IND = [
  { nama: "Persentase data ASN yang mutakhir dalam SIASN", text: "85 %", target: 85 },
  { nama: "Jumlah dokumen analisis kebutuhan ASN yang disusun", text: "12 Dokumen", target: 12 },
  { nama: "Persentase usul pensiun yang diproses tepat waktu", text: "100 %", target: 100 },
];
const KEG = [
  { nama: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN", pagu: 1_482_350_000 },
  { nama: "Mutasi dan Promosi ASN", pagu: 347_800_000 },
  { nama: "Pengelolaan Sistem Informasi Kepegawaian", pagu: 215_000_000 },
];

function build(): Book {
  const book = new Book("karawang-bkpsdm-pare-kabid-2025.xlsx");
  const s = book.sheet(SH);
  s.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A3:D3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  s.rows("A4", [["Nama", ":", KABID.nama], ["Jabatan", ":", KABID.jab]]);
  s.merge("A6:D6", "Selanjutnya disebut PIHAK KESATU");
  s.rows("A7", [["Nama", ":", KABAN.nama], ["Jabatan", ":", KABAN.jab]]);
  s.merge("A9:D9", "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA");
  s.merge("A10:D10", "PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai perjanjian ini, dalam rangka mewujudkan target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  // page 2
  s.merge("A14:D14", "PERJANJIAN KINERJA  TAHUN 2025");
  s.merge("A15:D15", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
  s.merge("A16:D16", KABID.jab);
  s.put("A18", "Tanggal Cetak   : 06-01-2025 09:12:44");
  s.row("A19", ["NO", "SASARAN STRATEGIS/PROGRAM", "INDIKATOR PROGRAM", "TARGET"]);
  IND.forEach((i, k) => s.row(`A${20 + k}`, [k + 1, `${SAS} / ${PROG}`, i.nama, i.text]));
  s.row("A24", ["NO", "KEGIATAN", "ANGGARAN", " KETERANGAN "]);
  KEG.forEach((g, k) => s.row(`A${25 + k}`, [k + 1, g.nama, `Rp. ${idr(g.pagu)}`]));
  s.merge("A28:B28", "TOTAL ANGGARAN").merge("C28:D28", `Rp. ${idr(sum(KEG.map((g) => g.pagu)))}`);
  s.put("D30", "Karawang, 06-01-2025");
  s.put("B31", "PEJABAT PENILAI,").put("D31", KABID.jab);
  s.put("B33", `${KABAN.nama}\nNIP. ${KABAN.nip}`).put("D33", `${KABID.nama}\nNIP. ${KABID.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const karawangPareKabid: Layout = {
  name: "karawang-bkpsdm-pare-kabid-2025",
  source: "ahmadrohada/bkpsdm_pare @3139bb63 resources/views/admin/printouts/cetak_perjanjian_kinerja-Eselon3.blade.php",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      {
        sheet: SH, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KABAN.jab, nama: KABAN.nama, nip: digits(KABAN.nip) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target })),
        anggaran: KEG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    allowedAt: [{ rule: "level-mismatch", sheet: SH, cell: "B19" }],
    warnings: [{ rule: "atasan-missing", sheet: SH }],
    absent: [
      { rule: "jumlah-mismatch", sheet: SH }, { rule: "pihak-missing", sheet: SH }, { rule: "nip-invalid", sheet: SH },
      { rule: "value-unreadable", sheet: SH }, { rule: "target-missing", sheet: SH }, { rule: "kode-invalid", sheet: SH },
      { rule: "isi-tak-terbaca", sheet: SH },
    ],
  },
};
