/**
 * Kabupaten Pringsewu: a Bagian Organisasi workbook with the PK 2025 of two heads of OPD (Dinas Kesehatan, Dinas
 * Komunikasi dan Informatika) and ONE Rencana Aksi sheet for both, the kabupaten admin's print "Target dan Rencana
 * Aksi" in Renstra mode without an OPD filter: an `OPD` column (merged down over that OPD's rows) says whose rows they
 * are, no jabatan line, a `Tahun` column (`2025`) BETWEEN the indikator and the satuan, a free-text `Rencana Aksi`
 * column (several lines in one cell) before `Target Tahunan`, `Target Triwulan` over `I | II | III | IV`, `-` for a
 * quarter without target, the No counting on over both OPD.
 *
 * Sources: andhika201/E-Sakip @74f39c2 (files last changed in 50d0805e) `app/Views/adminKabupaten/target/cetak_target.php`
 * (`judul` `Target dan Rencana Aksi`, `subjudul` `BERDASARKAN RENSTRA (OPD) · Tahun <year>`, `namaUnit` `Kabupaten
 * Pringsewu`; `$showOpdCol = ($mode === 'opd' && $opdFilter === null)`; the header `No | OPD | Sasaran | Indikator | Tahun
 * | Satuan | Rencana Aksi | Target Tahunan | Target Triwulan (I..IV) | Penanggung Jawab`; `nl2br(rencana_aksi)`; `?? '-'`),
 * `app/Views/templates/pdf_kop.php` (kop: instansi `Pemerintah Kabupaten Pringsewu`, unit, title, subtitle) and
 * `app/Views/adminOpd/pk/cetak-L.php` (the two PK sheets, `jenis === 'jpt'`: `No | SASARAN STRATEGIS | INDIKATOR
 * SASARAN | TARGET | SATUAN`, numbering row `1..5`, `No | PROGRAM | ANGGARAN (Rp)`, `TOTAL`, `PIHAK KEDUA,` / `PIHAK
 * KESATU,` with the jabatan under each, no NIP line for the Bupati). Made up: names, NIPs, sasaran, indikator, targets,
 * rencana aksi, penanggung jawab, programs' amounts.
 *
 * Correct reading (workbook.md §1, §2; where the spec is silent, what a Bappeda planner expects, said so):
 * - two eselon2 PKs, Pihak Kedua the Bupati (not in the workbook: atasan-missing on both), programs without kode.
 * - `Target RA` is a Rencana Aksi (title `TARGET DAN RENCANA AKSI`, year in the subtitle) of BOTH PKs: rows 9..11 are the
 *   Kepala Dinas Kesehatan's (OPD `DINAS KESEHATAN`, the unit of that PK's title and jabatan), rows 12..14 the Kepala
 *   Dinas Kominfo's. The spec ties a Rencana Aksi to a PK by its jabatan line and is silent on an OPD column naming the
 *   PK per row; a planner expects each OPD's rows checked against that OPD's PK: no indikator-unknown for the other
 *   OPD's indikator, no renaksi-missing, no pk-unlinked. `Tahun` (`2025`) is no target (no target-mismatch); the
 *   `Rencana Aksi` text and `Penanggung Jawab` are notes.
 * - The one genuine error: `Indeks SPBE` (Akhir: an index, no count) has TW IV `3,00` against the annual `3,10`, and
 *   the quarters do not add up to it either: tw-target-inconsistent at L12.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK1 = "PK Dinkes";
const PK2 = "PK Kominfo";
const RA = "Target RA";
const BUPATI = { nama: "H. ADI PRANOTO, S.E., M.M.", jab: "BUPATI PRINGSEWU" };

interface Ind { nama: string; satuan: string; text: string; target: number | string; tw: (string | number)[]; twv: (number | string | null)[]; aksi: string; pj: string }
interface Opd { sheet: string; unit: string; jab: string; nama: string; nip: string; ss: { nama: string; ind: Ind[] }[]; prog: { nama: string; pagu: number }[] }

const DINKES: Opd = {
  sheet: PK1, unit: "DINAS KESEHATAN", jab: "KEPALA DINAS KESEHATAN", nama: "dr. RINA MARLINA, M.Kes.", nip: "19780312 200501 2 004",
  ss: [
    {
      nama: "Meningkatnya derajat kesehatan masyarakat",
      ind: [
        { nama: "Angka Kematian Ibu", satuan: "per 100.000 KH", text: "95", target: 95, tw: [95, 95, 95, 95], twv: [95, 95, 95, 95], aksi: "Pendampingan ibu hamil risiko tinggi\nAudit maternal perinatal", pj: "Kepala Bidang Kesehatan Masyarakat" },
        { nama: "Persentase Puskesmas terakreditasi paripurna", satuan: "%", text: "45", target: 45, tw: [10, 20, 35, 45], twv: [10, 20, 35, 45], aksi: "Pendampingan akreditasi Puskesmas", pj: "Kepala Bidang Pelayanan Kesehatan" },
      ],
    },
    {
      nama: "Meningkatnya akuntabilitas kinerja perangkat daerah",
      ind: [{ nama: "Nilai SAKIP Dinas Kesehatan", satuan: "Predikat", text: "BB", target: "BB", tw: ["-", "-", "-", "BB"], twv: [null, null, null, "BB"], aksi: "Penyusunan dokumen perencanaan dan pelaporan kinerja", pj: "Sekretaris" }],
    },
  ],
  prog: [
    { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 41_906_150_000 },
    { nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 37_884_600_000 },
    { nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 1_275_000_000 },
  ],
};
const KOMINFO: Opd = {
  sheet: PK2, unit: "DINAS KOMUNIKASI DAN INFORMATIKA", jab: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", nama: "HENDRA GUNAWAN, S.STP., M.H.", nip: "19810905 200312 1 002",
  ss: [
    {
      nama: "Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik",
      ind: [
        // Genuine slip: TW IV 3,00 is not the annual 3,10 (Akhir), and 2,85+2,95+3,00+3,00 is not either.
        { nama: "Indeks SPBE", satuan: "Indeks", text: "3,10", target: 3.1, tw: ["2,85", "2,95", "3,00", "3,00"], twv: [2.85, 2.95, 3, 3], aksi: "Reviu arsitektur SPBE\nPenerapan aplikasi umum", pj: "Kepala Bidang Aplikasi Informatika" },
        { nama: "Persentase perangkat daerah yang terhubung jaringan intra pemerintah", satuan: "%", text: "100", target: 100, tw: [40, 60, 80, 100], twv: [40, 60, 80, 100], aksi: "Perluasan jaringan fiber optik", pj: "Kepala Bidang Infrastruktur TIK" },
      ],
    },
    {
      nama: "Meningkatnya keterbukaan informasi publik",
      ind: [{ nama: "Jumlah konten informasi publik yang dipublikasikan", satuan: "Konten", text: "1200", target: 1200, tw: [300, 600, 900, 1200], twv: [300, 600, 900, 1200], aksi: "Produksi konten media sosial\nPublikasi kinerja perangkat daerah", pj: "Kepala Bidang Informasi dan Komunikasi Publik" }],
    },
  ],
  prog: [
    { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 4_318_640_000 },
    { nama: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", pagu: 2_146_500_000 },
    { nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 1_087_250_000 },
  ],
};
const OPDS = [DINKES, KOMINFO];
const inds = (o: Opd) => o.ss.flatMap((g) => g.ind.map((i) => ({ ...i, sasaran: g.nama })));

function pkSheet(s: Sheet, o: Opd): void {
  s.merge("A1:E1", `PERJANJIAN KINERJA TAHUN 2025\n${o.unit}`);
  s.row("A3", ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "SATUAN"]);
  s.row("A4", [1, 2, 3, 4, 5]);
  let r = 5;
  o.ss.forEach((g, k) => {
    const n = g.ind.length;
    if (n > 1) s.merge(`A${r}:A${r + n - 1}`, `${k + 1}.`).merge(`B${r}:B${r + n - 1}`, g.nama);
    else s.put(`A${r}`, `${k + 1}.`).put(`B${r}`, g.nama);
    g.ind.forEach((i) => s.row(`C${r++}`, [i.nama, i.text, i.satuan]));
  }); // 5..7
  s.row("A9", ["No", "PROGRAM", null, "ANGGARAN (Rp)"]);
  s.merges.push("B9:C9");
  o.prog.forEach((p, k) => s.put(`A${10 + k}`, k + 1).merge(`B${10 + k}:C${10 + k}`, p.nama).put(`D${10 + k}`, idr(p.pagu))); // 10..12
  s.merge("A13:C13", "TOTAL").put("D13", idr(sum(o.prog.map((p) => p.pagu))));
  s.row("B15", ["PIHAK KEDUA,", null, "PIHAK KESATU,"]);
  s.row("B16", [BUPATI.jab, null, o.jab]);
  s.row("B21", [BUPATI.nama, null, o.nama]);
  s.put("D22", `NIP. ${o.nip}`);
}

function build(): Book {
  const book = new Book("pringsewu-target-renaksi-semua-opd-2025.xlsx");
  pkSheet(book.sheet(PK1), DINKES);
  pkSheet(book.sheet(PK2), KOMINFO);
  const s = book.sheet(RA);
  s.merge("A1:M1", "PEMERINTAH KABUPATEN PRINGSEWU").merge("A2:M2", "Kabupaten Pringsewu");
  s.merge("A4:M4", "TARGET DAN RENCANA AKSI").merge("A5:M5", "BERDASARKAN RENSTRA (OPD) · Tahun 2025");
  ["A", "B", "C", "D", "E", "F", "G", "H", "M"].forEach((c) => s.merges.push(`${c}7:${c}8`));
  s.row("A7", ["NO", "OPD", "SASARAN", "INDIKATOR", "TAHUN", "SATUAN", "RENCANA AKSI", "TARGET TAHUNAN", "TARGET TRIWULAN", null, null, null, "PENANGGUNG JAWAB"]);
  s.merges.push("I7:L7");
  s.row("I8", ["I", "II", "III", "IV"]);
  let r = 9;
  let no = 1;
  for (const o of OPDS) {
    const n = inds(o).length;
    s.merge(`B${r}:B${r + n - 1}`, o.unit);
    for (const g of o.ss) {
      if (g.ind.length > 1) s.merge(`C${r}:C${r + g.ind.length - 1}`, g.nama);
      else s.put(`C${r}`, g.nama);
      for (const i of g.ind) s.row(`A${r++}`, [no++, null, null, i.nama, "2025", i.satuan, i.aksi, i.text, ...i.tw, i.pj]);
    }
  } // Dinkes 9..11, Kominfo 12..14
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

export const pringsewuTargetRenaksiSemuaOpd: Layout = {
  name: "pringsewu-target-renaksi-semua-opd-2025",
  source: "andhika201/E-Sakip @74f39c2 `app/Views/adminKabupaten/target/cetak_target.php` (OPD column, no filter), `templates/pdf_kop.php`, `adminOpd/pk/cetak-L.php` (jpt); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk", [RA]: "renaksi" },
    pk: OPDS.map((o) => ({
      sheet: o.sheet, jabatan: o.jab, level: "eselon2" as const, atasan: null, nama: o.nama, nip: digits(o.nip),
      pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
      indikator: inds(o).map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.sasaran })),
      anggaran: o.prog.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
    })),
    errors: [{ rule: "tw-target-inconsistent", sheet: RA, cell: "L12" }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }, { rule: "atasan-missing", sheet: PK2 }],
    absent: [
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "target-mismatch", sheet: RA },
      { rule: "satuan-mismatch", sheet: RA }, { rule: "tahun-missing", sheet: RA }, { rule: "tahun-mismatch", sheet: RA },
      { rule: "value-unreadable", sheet: RA }, { rule: "tw-target-decreasing", sheet: RA }, { rule: "indikator-duplicate", sheet: RA },
      { rule: "renaksi-missing", sheet: PK1 }, { rule: "renaksi-missing", sheet: PK2 }, { rule: "jumlah-mismatch", sheet: PK1 },
      { rule: "jumlah-mismatch", sheet: PK2 }, { rule: "pihak-missing", sheet: PK1 }, { rule: "pihak-missing", sheet: PK2 },
    ],
  },
  checks: [
    {
      name: "each OPD's rows of `Target RA` are the Rencana Aksi of that OPD's PK, with its quarterly targets",
      run(out) {
        const got = OPDS.map((o) => {
          const pk = out.model.pk.find((p) => p.sheet === o.sheet);
          const rows = out.model.renaksi.filter((s) => s.sheet === RA && pk && s.pk === pk.id).flatMap((s) => s.indikator);
          return rows.map((i) => [squash(i.nama), i.target, i.tw]);
        });
        expect(got).toEqual(OPDS.map((o) => inds(o).map((i) => [i.nama, i.target, i.twv])));
      },
    },
  ],
};
