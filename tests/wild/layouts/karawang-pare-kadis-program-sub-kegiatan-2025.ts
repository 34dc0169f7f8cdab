/**
 * Kabupaten Karawang, Dinas Perhubungan: the PK 2025 of the Kepala Dinas as the BKPSDM "pare" app prints it for an
 * Eselon II official, copied from the browser into one sheet: page 1 the statement (`Nama : / Jabatan :` rows,
 * `Selanjutnya disebut PIHAK KESATU`, the Bupati as PIHAK KEDUA, the pledge, a signature with `PIHAK KEDUA,` |
 * `PIHAK KESATU,`), page 2 the lampiran: `PERJANJIAN KINERJA  TAHUN 2025` / unit / `KEPALA <unit>`, `Tanggal Cetak`,
 * `NO | SASARAN STRATEGIS/SASARAN | INDIKATOR KINERJA | TARGET` (targets with their satuan, `85 %`), then the budget
 * table whose header names TWO levels, `NO | PROGRAM / SUB KEGIATAN | ANGGARAN | KETERANGAN`, over the Kadis's
 * PROGRAMS, `TOTAL ANGGARAN` over two columns, and a second signature without PIHAK words (`BUPATI KARAWANG` | the
 * jabatan as `Pustaka::capital_string`, mixed case), the Bupati without NIP. Above the program table stands a lone
 * `1`: the template's `{{ $i=1 }}` inside `<tbody>` prints the assignment's value, and a browser moves text that is in
 * no cell out in front of the table (HTML foster parenting), where a copy from the browser picks it up.
 *
 * Source: ahmadrohada/bkpsdm_pare @d0cf632a `resources/views/pare_pns/printouts/cetak_perjanjian_kinerja-Eselon2.blade.php`
 * (both pages, the headers, `{{ $i=1 }}`, `Tanggal Cetak`, `TOTAL ANGGARAN` colspan 2, the two sign_report tables with
 * the date over the right column). The brief (round 9) names an Eselon II PK print of a bkpsdm / pare repository as a
 * lead not used yet (round 7 used this app's Eselon III print: karawang-bkpsdm-pare-kabid-2025). Made up: names, NIP,
 * sasaran, indikator, targets, programs' amounts; the formatting of the amounts (`Rp. 1.234.000`, as the app's
 * Eselon III print) is assumed.
 *
 * Correct reading (workbook.md §1, §6; rules.md): one eselon2 PK (`Kepala Dinas Perhubungan`), Pihak Kedua the Bupati
 * Karawang (no NIP; not in the workbook: atasan-missing), three indikator (85, 12, 100), four budget objects that are
 * PROGRAMS. The header `PROGRAM / SUB KEGIATAN` names Program first and Sub Kegiatan second; the spec says "the word
 * says the level" and is silent on two words: the items are programs (no kode, but program names and an eselon2 PK), so
 * a planner expects no level-mismatch (the header agrees with the jabatan through its first word). The lone `1` (B27) is
 * no program, no indikator and no total: read as layout or reported, never read. `TOTAL ANGGARAN` adds up.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SH = "Sheet1";
const BUPATI = { nama: "H. AEP SYAEPULOH, S.E.", jab: "Bupati Karawang" };
const KADIS = { nama: "Drs. H. ASEP HAZAR, M.Si.", nip: "19680512 198903 1 007", jab: "Kepala Dinas Perhubungan" };
const UNIT = "DINAS PERHUBUNGAN";
const IND = [
  { s: 0, nama: "Persentase ketersediaan fasilitas perlengkapan jalan", text: "85 %", target: 85 },
  { s: 0, nama: "Jumlah trayek angkutan umum yang terlayani", text: "12 Trayek", target: 12 },
  { s: 1, nama: "Persentase kendaraan wajib uji yang lulus uji berkala", text: "100 %", target: 100 },
];
const SS = ["Meningkatnya kualitas pelayanan lalu lintas dan angkutan jalan", "Meningkatnya keselamatan transportasi"];
const PROG = [
  { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 18_452_600_000 },
  { nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", pagu: 9_875_300_000 },
  { nama: "PROGRAM PENGELOLAAN PELAYARAN", pagu: 640_000_000 },
  { nama: "PROGRAM PENGUJIAN KENDARAAN BERMOTOR", pagu: 1_215_750_000 },
];

function build(): Book {
  const book = new Book("karawang-pare-kadis-program-sub-kegiatan-2025.xlsx");
  const s = book.sheet(SH);
  // page 1: the statement
  s.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A3:D3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan dibawah ini :");
  s.rows("A4", [["Nama", ":", KADIS.nama], ["Jabatan", ":", KADIS.jab]]);
  s.merge("A6:D6", "Selanjutnya disebut PIHAK KESATU");
  s.rows("A7", [["Nama", ":", BUPATI.nama], ["Jabatan", ":", BUPATI.jab]]);
  s.merge("A9:D9", "Selaku atasan PIHAK KESATU, selanjutnya disebut PIHAK KEDUA");
  s.merge("A10:D10", "PIHAK KESATU berjanji akan mewujudkan target kinerja yang seharusnya sesuai perjanjian ini, dalam rangka mewujudkan target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami. PIHAK KEDUA akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put("C12", "Karawang, 06-01-2025");
  s.put("A13", "PIHAK KEDUA,").put("C13", "PIHAK KESATU,");
  s.put("A15", BUPATI.nama).put("C15", `${KADIS.nama}\nNIP. ${KADIS.nip}`);
  // page 2: the lampiran
  s.merge("A18:D18", "PERJANJIAN KINERJA  TAHUN 2025").merge("A19:D19", UNIT).merge("A20:D20", `KEPALA ${UNIT}`);
  s.put("A21", "Tanggal Cetak   : 06-01-2025 09:30:12");
  s.row("A22", ["NO", "SASARAN STRATEGIS/SASARAN", "INDIKATOR KINERJA", "TARGET"]);
  s.merge("A23:A24", 1).merge("B23:B24", SS[0]).put("A25", 2).put("B25", SS[1]);
  IND.forEach((i, k) => s.row(`C${23 + k}`, [i.nama, i.text])); // 23..25
  s.put("B27", "1"); // `{{ $i=1 }}` fostered out of the <tbody>
  s.row("A28", ["NO", "PROGRAM / SUB KEGIATAN", "ANGGARAN", " KETERANGAN "]);
  PROG.forEach((p, k) => s.row(`A${29 + k}`, [k + 1, p.nama, `Rp. ${idr(p.pagu)}`])); // 29..32
  s.merge("A33:B33", "TOTAL ANGGARAN").merge("C33:D33", `Rp. ${idr(sum(PROG.map((p) => p.pagu)))}`);
  s.put("C35", "Karawang, 06-01-2025");
  s.put("A36", "BUPATI KARAWANG").put("C36", KADIS.jab);
  s.put("A38", BUPATI.nama).put("C38", `${KADIS.nama}\nNIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const karawangPareKadis: Layout = {
  name: "karawang-pare-kadis-program-sub-kegiatan-2025",
  source: "ahmadrohada/bkpsdm_pare @d0cf632a `resources/views/pare_pns/printouts/cetak_perjanjian_kinerja-Eselon2.blade.php` (statement + lampiran, `PROGRAM / SUB KEGIATAN`, `{{ $i=1 }}`); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SH]: "pk" },
    pk: [
      {
        sheet: SH, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, sasaran: SS[i.s] })),
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SH }],
    absent: [
      { rule: "level-mismatch", sheet: SH }, { rule: "jumlah-mismatch", sheet: SH }, { rule: "pihak-missing", sheet: SH },
      { rule: "value-unreadable", sheet: SH }, { rule: "target-missing", sheet: SH }, { rule: "nip-invalid", sheet: SH },
      { rule: "level-unknown", sheet: SH }, { rule: "kode-level-mismatch", sheet: SH }, { rule: "tabel-missing", sheet: SH },
    ],
  },
  checks: [
    {
      name: "the lone `1` above the program table is no budget object and no indikator",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SH);
        const cells = [...(pk?.indikator ?? []).flatMap((i) => [i.cell, i.targetCell]), ...(pk?.budgetTables ?? []).flatMap((t) => t.items.flatMap((a) => [a.namaCell, a.paguCell, a.kodeCell]))];
        expect(cells).not.toContain("B27");
      },
    },
  ],
};
