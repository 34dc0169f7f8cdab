/**
 * Kabupaten Purbalingga, Dinas Komunikasi dan Informatika: PK 2025 and the year-end "Pengukuran" table of the
 * kabupaten's e-SAKIP (one Realisasi column, Capaian beside it, the quarter written in Keterangan), copied from the
 * web page under a title the planner typed.
 *
 * Layout: bidangegovntt/esakip @5ee3dd6dc8b2503803c5aaac6c74074de23b12e5, resources/views/admin/pages/pengukuran/detail.blade.php
 * (Kabupaten Purbalingga per the repository's public pages). Real, from the template: the heading `OPD: <opd> -> Tahun:
 * <year>`, the table `No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian | Keterangan`
 * with one row per indikator, the sasaran repeated on every row, Keterangan holding the triwulan (`Triwulan 4`, as the
 * index page compares it). The title row `PENGUKURAN KINERJA TAHUN 2025` above it is the planner's (workbook.md §3),
 * the PK sheet is workbook.md §1's common layout.
 * Made up: names, NIP, indikator, targets, realisasi and capaian.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "Ir. WAHYU BUDI SANTOSO, M.M.";
const NIP = "197009141997031004";
const BUPATI = "H. SUTARNO, S.E., M.Si.";
const JABATAN = "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN PURBALINGGA";
const S1 = "Meningkatnya kualitas penyelenggaraan SPBE";
const S2 = "Meningkatnya keterbukaan informasi publik";
const IND = [
  { s: S1, nama: "Indeks SPBE", satuan: "Indeks", target: 3.1, text: "3,10", real: 3.25, realText: "3,25", cap: "104,84" },
  { s: S1, nama: "Persentase perangkat daerah yang terhubung jaringan intra pemerintah", satuan: "%", target: 100, text: "100", real: 96.5, realText: "96,5", cap: "96,50" },
  { s: S2, nama: "Indeks Keterbukaan Informasi Publik", satuan: "Indeks", target: 85, text: "85", real: 87.4, realText: "87,4", cap: "102,82" },
];
const PROG = [
  { kode: "2.16.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_845_200_000 },
  { kode: "2.16.02", nama: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", pagu: 1_312_450_000 },
  { kode: "2.16.03", nama: "PROGRAM APLIKASI INFORMATIKA", pagu: 4_508_900_000 },
];

function build(): Book {
  const book = new Book("purbalingga-kominfo-pengukuran-2025.xlsx");
  const pk = book.sheet("PK 2025");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KOMUNIKASI DAN INFORMATIKA"], ["KABUPATEN PURBALINGGA"]]);
  pk.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach((i, k) => pk.row(`A${6 + k}`, [k === 0 ? 1 : k === 2 ? 2 : null, k === 0 || k === 2 ? i.s : null, i.nama, i.satuan, i.text]));
  pk.merge("A6:A7").merge("B6:B7");
  pk.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => pk.row(`A${11 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  pk.row("C14", ["Jumlah", idr(sum(PROG.map((p) => p.pagu)))]);
  pk.put("D16", "Purbalingga, 3 Januari 2025");
  pk.row("B17", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B18", ["BUPATI PURBALINGGA,", null, `${JABATAN},`]);
  pk.row("B22", [BUPATI, null, KADIS]);
  pk.put("D23", "NIP. 19700914 199703 1 004");

  const pg = book.sheet("Pengukuran TW4");
  pg.put("A1", "PENGUKURAN KINERJA TAHUN 2025");
  pg.put("A2", "OPD: Dinas Komunikasi dan Informatika -> Tahun: 2025");
  pg.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "Keterangan"]);
  IND.forEach((i, k) => pg.row(`A${5 + k}`, [k + 1, i.s, i.nama, i.satuan, i.text, i.realText, i.cap, "Triwulan 4"]));
  return book;
}

const PK = "PK 2025";
const PG = "Pengukuran TW4";

export const purbalingga: Layout = {
  name: "purbalingga-kominfo-pengukuran-2025",
  source: "bidangegovntt/esakip @5ee3dd6d resources/views/admin/pages/pengukuran/detail.blade.php (Kabupaten Purbalingga)",
  build,
  truth: {
    tahun: 2025,
    // `PENGUKURAN KINERJA` with the year: a Realisasi sheet (workbook.md §3), whatever its table looks like; its
    // `Sasaran | Indikator | Target` header must not make it a second PK.
    sheets: { [PK]: "pk", [PG]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: NIP,
        pihakKedua: { jabatan: "BUPATI PURBALINGGA", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: PG }, { rule: "indikator-unknown", sheet: PG }, { rule: "target-mismatch", sheet: PG },
      { rule: "satuan-mismatch", sheet: PG }, { rule: "tahun-missing", sheet: PG }, { rule: "sheet-unrecognised", sheet: PG },
      { rule: "pihak-missing", sheet: PG }, { rule: "tabel-missing", sheet: PG }, { rule: "value-unreadable", sheet: PG },
      { rule: "realisasi-after-period", sheet: PG },
    ],
    unreadOrRead: [
      // One Realisasi column whose quarter is in Keterangan: workbook.md §3 knows quarters only as TW columns. The values
      // must be read (as TW IV, see the check) or the column reported, never dropped; Capaian is the app's own
      // computation (layout or reported, the spec is silent — not listed here).
      { sheet: PG, cells: ["F5", "F6", "F7"], what: "Realisasi (Triwulan 4 per Keterangan)" },
    ],
  },
  checks: [
    {
      name: "the Realisasi column, when read, is TW IV (Keterangan `Triwulan 4`), never another quarter",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === PG);
        expect(real?.pk ?? null).toBe(PK);
        const got = IND.map((i) => {
          const x = real?.indikator.find((y) => y.nama.trim() === i.nama);
          const readAt = x ? x.tw.findIndex((v) => v !== null) : -1;
          return { nama: i.nama, tw: readAt === -1 ? "not read" : x!.tw };
        });
        const want = IND.map((i, k) => ({ nama: i.nama, tw: got[k].tw === "not read" ? "not read" : [null, null, null, i.real] }));
        expect(got).toEqual(want);
      },
    },
    {
      name: "only one PK: the measurement table is no kinerja table of a PK",
      run(out) {
        expect(out.model.pk.map((p) => p.sheet)).toEqual([PK]);
      },
    },
  ],
};
