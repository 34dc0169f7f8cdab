/**
 * Kabupaten Pringsewu, Dinas Komunikasi dan Informatika: the PK 2025 as andhika201/E-Sakip prints it, pasted into Excel.
 *
 * Source: andhika201/E-Sakip @3063b6a5 `app/Views/adminOpd/pk_admin/cetak-L.php` (CodeIgniter 4 view, page 2, the
 * lampiran) and `cetak.php` (page 1, the statement). What the print does and the reader may not have met together:
 * - the kinerja table `No | SASARAN STRATEGIS | INDIKATOR SASARAN | TARGET`, no Satuan column: the unit is typed in the
 *   target (`85 %`, `12 Dokumen`, `100 persen`), a qualitative target (`BB`), a range (`80 - 85`); a plain numbering
 *   row `1 2 3 4`; `No` printed `1.` with a dot, merged down over the sasaran's indikator;
 * - the budget table `PROGRAM | ANGGARAN` only: no `No` and no `Kode` column, the list number glued to the name
 *   (`1. PROGRAM PENUNJANG …`), the amount as id-ID text, the closing row `TOTAL` | `Rp. 5.137.450.000`;
 * - the signature: one multi-line cell per side (the `<td>` holds every `<p>`): `PIHAK KEDUA,` + jabatan + blank
 *   lines + name, and `PIHAK KESATU,` (not PERTAMA) + jabatan + name + pangkat + a bare NIP (no `NIP.` label); no
 *   place-and-date line at all;
 * - the statement page on its own sheet `PK`: `Nama : / Jabatan :`, `Selanjutnya disebut PIHAK KESATU`, `Selaku
 *   atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA`.
 * Pemda Pringsewu is the source's own (the app's seed data); earlier Pringsewu layouts come from other apps (eKin,
 * a CI4 monev print). Made up: names, NIP, indikator, targets, amounts.
 *
 * Correct reading (workbook.md §1, §5, §6): one PK on `Lamp PK`, eselon2 (Kepala Dinas), Pihak Kedua the Bupati
 * (no NIP, a kepala daerah); five indikator with targets 85, 12, 100, `BB`, 80..85; three programs, kode null (the
 * list mark `1.` is no kode: not d.dd.dd, and no kode-invalid either, it is a list number), TOTAL equal to the sum.
 * `PIHAK KESATU` is a variant of PIHAK PERTAMA (§6 "the words PIHAK PERTAMA / KEDUA (and their variants)").
 * Satuan: the spec does not say whether the unit typed in a target is the satuan; the truth leaves satuan open.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const ST = "PK";
const LAMP = "Lamp PK";
const BUPATI = { nama: "RIYANTO PAMUNGKAS", jab: "BUPATI PRINGSEWU" };
const KADIS = { nama: "HENDRA WIJAYA KUSUMA, S.STP., M.H.", nip: "19800314 200501 1 007", jab: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", pangkat: "Pembina Tk. I (IV/b)" };

const SAS = [
  {
    nama: "Meningkatnya Akuntabilitas Kinerja Dinas Komunikasi Dan Informatika",
    ind: [
      { nama: "Nilai SAKIP Dinas Komunikasi dan Informatika", text: "BB", target: "BB" as number | string | { min: number; max: number } },
      { nama: "Persentase realisasi anggaran", text: "80 - 85", target: { min: 80, max: 85 } },
    ],
  },
  {
    nama: "Meningkatnya Kualitas Komunikasi Publik Dan Layanan E-Government",
    ind: [
      { nama: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", text: "85 %", target: 85 },
      { nama: "Jumlah dokumen kebijakan keterbukaan informasi publik yang ditetapkan", text: "12 Dokumen", target: 12 },
      { nama: "Persentase perangkat daerah yang terhubung jaringan intra pemerintah", text: "100 persen", target: 100 },
    ],
  },
];
const PROG = [
  { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 3_284_150_000 },
  { nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 612_500_000 },
  { nama: "PROGRAM APLIKASI INFORMATIKA", pagu: 1_240_800_000 },
];

function build(): Book {
  const book = new Book("pringsewu-kominfo-pihak-kesatu-sel-2025.xlsx");
  const st = book.sheet(ST);
  st.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025");
  st.merge("A3:D3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini :");
  st.rows("A4", [["Nama", ":", KADIS.nama], ["Jabatan", ":", KADIS.jab]]);
  st.merge("A6:D6", "Selanjutnya disebut PIHAK KESATU");
  st.rows("A7", [["Nama", ":", BUPATI.nama], ["Jabatan", ":", BUPATI.jab]]);
  st.merge("A9:D9", "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA.");
  st.merge("A10:D10", "PIHAK KESATU pada tahun 2025 berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang ditetapkan dalam dokumen perencanaan.");

  const s = book.sheet(LAMP);
  s.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025\nDINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PRINGSEWU");
  s.row("A3", ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET"]);
  s.row("A4", [1, 2, 3, 4]);
  let r = 5;
  SAS.forEach((g, k) => {
    s.merge(`A${r}:A${r + g.ind.length - 1}`, `${k + 1}.`).merge(`B${r}:B${r + g.ind.length - 1}`, g.nama);
    g.ind.forEach((i, j) => s.row(`C${r + j}`, [i.nama, i.text]));
    r += g.ind.length;
  });
  // r = 10: the print's empty closing row of the table, then the budget table.
  s.row("A12", ["PROGRAM", "ANGGARAN"]);
  PROG.forEach((p, k) => s.row(`A${13 + k}`, [` ${k + 1}. ${p.nama}`, idr(p.pagu)]));
  s.row("A16", ["TOTAL", `Rp. ${idr(sum(PROG.map((p) => p.pagu)))}`]);
  s.merge("A19:B19", `PIHAK KEDUA,\n${BUPATI.jab}\n\n\n\n\n${BUPATI.nama}\n\n`);
  s.merge("C19:D19", `PIHAK KESATU,\n${KADIS.jab}\n\n\n\n\n${KADIS.nama}\n${KADIS.pangkat}\n${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pringsewuPihakKesatu: Layout = {
  name: "pringsewu-kominfo-pihak-kesatu-sel-2025",
  source: "andhika201/E-Sakip @3063b6a5 app/Views/adminOpd/pk_admin/{cetak-L,cetak}.php",
  build,
  truth: {
    tahun: 2025,
    sheets: { [ST]: "pernyataan", [LAMP]: "pk" },
    pk: [
      {
        sheet: LAMP, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: SAS.flatMap((g) => g.ind.map((i) => ({ nama: i.nama, target: i.target, sasaran: g.nama }))),
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: LAMP }],
    absent: [
      { rule: "kode-invalid", sheet: LAMP }, { rule: "jumlah-mismatch", sheet: LAMP }, { rule: "level-mismatch", sheet: LAMP },
      { rule: "pihak-missing", sheet: LAMP }, { rule: "nip-invalid", sheet: LAMP }, { rule: "value-unreadable", sheet: LAMP },
      { rule: "target-missing", sheet: LAMP }, { rule: "isi-tak-terbaca", sheet: LAMP }, { rule: "isi-tak-terbaca", sheet: ST },
    ],
  },
};
