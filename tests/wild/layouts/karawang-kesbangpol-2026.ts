/**
 * Kabupaten Karawang, Badan Kesatuan Bangsa dan Politik: PK 2026 "(PAGU AKTIF)" of the Kepala Badan, statement page and
 * lampiran printed from the web page onto one sheet.
 *
 * Layout AND content: index id 55887249549 (repository not named by the index; a React page `PerjanjianKinerjaFullPage`
 * with the data inline). Real, from the page: the title lines `PERJANJIAN KINERJA (PAGU AKTIF)` / `BADAN KESATUAN BANGSA
 * DAN POLITIK KABUPATEN KARAWANG` / `TAHUN 2026` (the year two rows below the title); `Nama : Drs. MAHPUDIN, M.Si`,
 * `Jabatan : Kepala Badan` (no unit), `Selanjutnya disebut PIHAK KESATU.`, `Nama : H. AEP SYAEPULOH, SE`, `Jabatan :
 * Bupati Karawang`, `Selaku atasan langsung PIHAK KESATU, selanjutnya disebut PIHAK KEDUA.`; signature left
 * `PIHAK KEDUA,` / name, right `Karawang, 28 Februari 2026` / `PIHAK KESATU,` / name, no jabatan, no NIP; page 2
 * `PERJANJIAN KINERJA TAHUN 2026 (PAGU AKTIF)` / `KEPALA BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN KARAWANG` (one
 * cell, <br>), `No | Sasaran Strategis | Indikator | Target` with one sasaran and target `80`, then
 * `No | Program | Indikator Program | Anggaran` (an indikator per program, no target), money through
 * Intl.NumberFormat("id-ID"), `TOTAL ANGGARAN` over three columns, and a second signature `PEJABAT PENILAI,` /
 * the Bupati, `KEPALA BADAN` / the Kepala. Every name, indikator, program and amount is the page's own.
 * Made up: nothing but the sheet name; the pledge text is cut short on the page (`…sesuai perjanjian ini...`), kept so.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KEPALA = "Drs. MAHPUDIN, M.Si";
const BUPATI = "H. AEP SYAEPULOH, SE";
const UNIT = "BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN KARAWANG";
const SASARAN = "Meningkatnya Kewaspadaan Terhadap Potensi Gangguan Stabilitas Politik dan Kolaborasi Lintas Sektor Dalam Pencegahan Serta Penanganan Konflik Sosial Di Kabupaten Karawang";
const PROG = [
  { nama: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan", ind: "Persentase Pemberdayaan Dan Pengawasan Organisasi Kemasyarakatan", pagu: 120_699_000 },
  { nama: "Program Pembinaan Dan Pengembangan Ketahanan Ekonomi, Sosial, Dan Budaya", ind: "Persentase Pembinaan Dan Pengembangan Ketahanan Ekonomi, Sosial, Dan Budaya", pagu: 936_374_300 },
  { nama: "Program Penguatan Ideologi Pancasila Dan Karakter Kebangsaan", ind: "Persentase Pengembangan Ideologi Pancasila Dan Karakter Kebangsaan", pagu: 923_097_100 },
  { nama: "Program Peningkatan Kewaspadaan Nasional Dan Peningkatan Kualitas Dan Fasilitasi Penanganan Konflik Sosial", ind: "Persentase Peningkatan Kewaspadaan Nasional Dan Peningkatan Kualitas Dan Fasilitasi Penanganan Konflik Sosial", pagu: 354_565_000 },
  { nama: "Program Peningkatan Peran Partai Politik Dan Lembaga Pendidikan Melalui Pendidikan Politik Dan Pengembangan Etika Serta Budaya Politik", ind: "Persentase Peningkatan Peran Partai Politik Dan Lembaga Pendidikan Melalui Pendidikan Politik Dan Pengembangan Etika Serta Budaya Politik", pagu: 6_502_165_284 },
  { nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", ind: "Nilai RB General Perangkat Daerah", pagu: 6_425_174_100 },
];

function build(): Book {
  const book = new Book("karawang-kesbangpol-2026.xlsx");
  const s = book.sheet("PK Kaban 2026");
  s.merge("A1:D1", "PERJANJIAN KINERJA (PAGU AKTIF)").merge("A2:D2", UNIT).merge("A3:D3", "TAHUN 2026");
  s.put("A5", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  s.rows("A6", [["Nama", `: ${KEPALA}`], ["Jabatan", ": Kepala Badan"]]);
  s.put("A8", "Selanjutnya disebut PIHAK KESATU.");
  s.rows("A9", [["Nama", `: ${BUPATI}`], ["Jabatan", ": Bupati Karawang"]]);
  s.put("A11", "Selaku atasan langsung PIHAK KESATU, selanjutnya disebut PIHAK KEDUA.");
  s.put("A12", "PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai perjanjian ini...");
  s.put("D14", "Karawang, 28 Februari 2026");
  s.row("A15", ["PIHAK KEDUA,", null, null, "PIHAK KESATU,"]);
  s.row("A19", [BUPATI, null, null, KEPALA]);

  s.merge("A22:D22", `PERJANJIAN KINERJA TAHUN 2026 (PAGU AKTIF)\nKEPALA ${UNIT}`);
  s.row("A24", ["No", "Sasaran Strategis", "Indikator", "Target"]);
  s.row("A25", [1, SASARAN, "Indeks Stabilitas Politik Dan Keamanan Daerah", 80]);
  s.row("A27", ["No", "Program", "Indikator Program", "Anggaran"]);
  PROG.forEach((p, i) => s.row(`A${28 + i}`, [i + 1, p.nama, p.ind, idr(p.pagu)]));
  s.merge("A34:C34", "TOTAL ANGGARAN").put("D34", idr(sum(PROG.map((p) => p.pagu))));
  s.row("A36", ["PEJABAT PENILAI,", null, null, "KEPALA BADAN"]);
  s.row("A40", [BUPATI, null, null, KEPALA]);
  return book;
}

const PK = "PK Kaban 2026";

export const karawang: Layout = {
  name: "karawang-kesbangpol-2026",
  source: "index id 55887249549 (React PerjanjianKinerjaFullPage, Kesbangpol Kabupaten Karawang, data inline)",
  build,
  truth: {
    tahun: 2026,
    sheets: { [PK]: "pk" },
    pk: [
      {
        // `PIHAK KESATU` is PIHAK PERTAMA (workbook.md §6 "and their variants"); the party's own `Jabatan :` row and the
        // second signature both say `Kepala Badan` (eselon2, workbook.md §1). The title line `KEPALA BADAN KESATUAN …`
        // spells the same jabatan with the unit; a reader that takes it instead is as right (compare by key: it then
        // shows here as a jabatan difference only).
        sheet: PK, jabatan: "Kepala Badan", level: "eselon2", atasan: null, nama: KEPALA, nip: null,
        // `PEJABAT PENILAI,` on the lampiran's signature is the Bupati again: Pihak Kedua, not a third party.
        pihakKedua: { jabatan: "Bupati Karawang", nama: BUPATI, nip: null },
        indikator: [{ nama: "Indeks Stabilitas Politik Dan Keamanan Daerah", target: 80, sasaran: SASARAN }],
        // The program table's `Indikator Program` column names each program's indikator without target: not a PK
        // indikator (the kinerja table is the one with Target), and not part of the program's name.
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "tahun-missing", sheet: PK },
      { rule: "target-missing", sheet: PK }, { rule: "jumlah-mismatch", sheet: PK }, { rule: "value-unreadable", sheet: PK },
      { rule: "nip-invalid", sheet: PK }, { rule: "indikator-duplicate", sheet: PK }, { rule: "level-mismatch", sheet: PK },
      { rule: "tabel-missing", sheet: PK },
    ],
    unreadOrRead: [
      { sheet: PK, cells: ["C28", "C29", "C30", "C31", "C32", "C33"], what: "Indikator Program of the program table" },
    ],
  },
  checks: [
    {
      name: "one PK on the sheet: the statement's signature and the lampiran's PEJABAT PENILAI signature are the same parties",
      run(out) {
        expect(out.model.pk.map((p) => ({ sheet: p.sheet, kedua: p.pihakKedua?.nama ?? null }))).toEqual([{ sheet: PK, kedua: BUPATI }]);
      },
    },
  ],
};
