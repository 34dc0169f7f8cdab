/**
 * Kabupaten Kepahiang, Dinas Kesehatan: the Kadis's PK 2025, the app's `EVALUASI PELAKSANAAN RENJA TRIWULAN II …`
 * print as it comes, and the planner's own `REAL TW II` sheet made from it: the same columns `No | Sasaran | Indikator
 * | Target (2025) | Target Kinerja Triwulan | Realisasi Kinerja Triwulan | Total Realisasi Kinerja s.d TW II`, where
 * the two quarter columns are ONE cell per indikator holding a line per quarter (`TW 1 = 22.5 ` / `TW 2 = 47.8 `: the
 * template's `<p>` per quarter pasted into one cell), the decimal a point as the database gives it.
 *
 * Source. Code index id 38697199711 (Laravel blade, app `SAPA`: `EVALUASI PELAKSANAAN RENJA TRIWULAN {{$maxTw}} DINAS
 * KESEHATAN KABUPATEN KEPAHIANG` / `TAHUN ANGGARAN {{$tahun}}`, one header row `No | Sasaran Kada/Sasaran OPD/Program |
 * Indikator Sasaran Kada/Sasaran OPD/Program | Target ({{$tahun}}) | Target Kinerja Triwulan | Realisasi Kinerja
 * Triwulan | Total Realisasi Kinerja s.d TW {{$maxTw}} | Kegiatan | …` and 17 empty cells after, `<p>TW n = …</p>` per
 * quarter, the sasaran only on a program's first row; repository not named). The `REAL TW II` title and jabatan line
 * are the planner's. Made up: names, NIP, indikator, targets, realisasi, programs and pagu.
 *
 * What a correct reader does. The Evaluasi Renja print is a report of another kind (workbook.md §6; the
 * bandung-dinkes-evaluasi-renja-2025 and jember layouts): a sheet not read, no Realisasi from it, whatever its table
 * holds. `REAL TW II` is a Realisasi (§3) of the Kadis's PK by its jabatan line. The spec names quarter columns; it is
 * silent on the quarters written as lines of one cell, which the reader already takes from a Rencana Aksi's target cell
 * (`T1 = 3 / T2 = 6`). A planner reads `TW 1 = 22.5` / `TW 2 = 47.8` as the realisasi of TW I and TW II: the cells are
 * read so (R at TW II: 47,8, 1 = 0 + 1 for the Kumulatif count, 41,2) or reported, never dropped, never a
 * value-unreadable or a false indikator-unknown; the `Total … s.d TW II` column is the running total (read or
 * reported), the packed quarterly targets read or reported.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kadis";
const EV = "Evaluasi TW II";
const RL = "REAL TW II";
const BUPATI = { nama: "Drs. H. ZAINAL ARIFIN, M.Si.", jab: "BUPATI KEPAHIANG" };
const KADIS = { nama: "dr. RAHMAT HIDAYAT, M.Kes.", nip: "19760419 200604 1 007", jab: "KEPALA DINAS KESEHATAN KABUPATEN KEPAHIANG" };
const SAS = "Meningkatnya derajat kesehatan masyarakat";
const IND = [
  { nama: "Persentase ibu hamil yang mendapatkan pelayanan antenatal sesuai standar", satuan: "%", target: 100, tw: ["25", "50", "75", "100"], real: ["22.5", "47.8"], rq: [22.5, 47.8], r: 47.8, total: "47.8" },
  { nama: "Jumlah Puskesmas terakreditasi paripurna", satuan: "Puskesmas", target: 4, tw: ["0", "1", "2", "4"], real: ["0", "1"], rq: [0, 1], r: 1, total: "1" },
  { nama: "Persentase bayi yang mendapat imunisasi dasar lengkap", satuan: "%", target: 95, tw: ["20", "45", "70", "95"], real: ["18.4", "41.2"], rq: [18.4, 41.2], r: 41.2, total: "41.2" },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 41_256_800_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 28_740_150_000 },
  { kode: "1.02.03", nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 612_000_000 },
];
const lines = (xs: string[]) => xs.map((x, k) => `TW ${k + 1} = ${x} `).join("\n");
const HEADER = ["No", "Sasaran Kada/Sasaran OPD/Program", "Indikator Sasaran Kada/Sasaran OPD/Program", "Target (2025)", "Target Kinerja Triwulan", "Realisasi Kinerja Triwulan", "Total Realisasi Kinerja s.d TW II"];

function build(): Book {
  const book = new Book("co-kepahiang-dinkes-realisasi-tw-satu-sel-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab).merge("A3:E3", "PEMERINTAH KABUPATEN KEPAHIANG");
  p.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SAS);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D16", "Kepahiang, 2 Januari 2025");
  p.rows("B17", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  p.row("B22", [BUPATI.nama, null, KADIS.nama]);
  p.put("D23", "Pembina Tingkat I (IV/b)");
  p.put("D24", `NIP. ${KADIS.nip}`);

  // The app's print: the 24-column header, the kegiatan / sub kegiatan columns left empty by the template.
  const e = book.sheet(EV);
  e.merge("A1:X1", "EVALUASI PELAKSANAAN RENJA TRIWULAN II DINAS KESEHATAN KABUPATEN KEPAHIANG").merge("A2:X2", "TAHUN ANGGARAN 2025");
  e.row("A3", [...HEADER, "Kegiatan", "Indikator Kegiatan", "Target (2025)", "Target Kinerja Triwulan", "Realisasi Kinerja Triwulan", "Total Realisasi Kinerja s.d TW II",
    "Sub Kegiatan", "Indikator Sub Kegiatan", "Satuan", "Target Kinerja Kumulatif (2025)", "Target TW I", "Target TW II", "Target TW III", "Target TW IV", "Jumlah", "Realisasi Kinerja Triwulan", "Total Realisasi Kinerja s.d TW II"]);
  IND.forEach((i, k) => e.row(`A${4 + k}`, [k === 0 ? 1 : null, k === 0 ? PROG[1].nama : null, i.nama, String(i.target), lines(i.tw), lines(i.real), i.total]));

  const r = book.sheet(RL);
  r.merge("A1:G1", "REALISASI KINERJA TRIWULAN II TAHUN 2025").merge("A2:G2", KADIS.jab);
  r.row("A4", HEADER.map((h) => h.replace("Sasaran Kada/Sasaran OPD/Program", "Sasaran").replace("Indikator Sasaran Kada/Sasaran OPD/Program", "Indikator Kinerja")));
  IND.forEach((i, k) => r.row(`A${5 + k}`, [k === 0 ? 1 : null, k === 0 ? SAS : null, i.nama, String(i.target), lines(i.tw), lines(i.real), i.total]));
  r.put("F9", "Kepahiang, 7 Juli 2025");
  r.put("F10", `${KADIS.jab},`);
  r.put("F14", KADIS.nama);
  r.put("F15", `NIP. ${KADIS.nip}`);
  return book;
}

const rowsOf = (c: string) => IND.map((_, k) => `${c}${5 + k}`);

export const coKepahiangRealisasiSatuSel: Layout = {
  name: "co-kepahiang-dinkes-realisasi-tw-satu-sel-2025",
  source: "code index id 38697199711 (Laravel blade `EVALUASI PELAKSANAAN RENJA TRIWULAN …`, app SAPA, Dinkes Kabupaten Kepahiang, `TW n = …` per quarter in one cell; repository not named); the REAL TW II title and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [EV]: "lain", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "value-unreadable", sheet: RL }, { rule: "indikator-unknown", sheet: RL }, { rule: "pk-unlinked", sheet: RL },
      { rule: "target-mismatch", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
      { rule: "indikator-unknown", sheet: EV }, { rule: "value-unreadable", sheet: EV }, { rule: "isi-tak-terbaca", sheet: EV },
    ],
    unreadOrRead: [
      { sheet: RL, cells: rowsOf("E"), what: "Target Kinerja Triwulan (`TW n = …` lines)" },
      { sheet: RL, cells: rowsOf("F"), what: "Realisasi Kinerja Triwulan (`TW n = …` lines)" },
      { sheet: RL, cells: rowsOf("G"), what: "Total Realisasi Kinerja s.d TW II" },
    ],
  },
  checks: [
    {
      name: "the Evaluasi Renja print adds nothing to the model; REAL TW II belongs to the Kadis's PK",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        expect(out.model.realisasi.map((s) => [s.sheet, s.pk])).toEqual([[RL, pk?.id ?? "(Kadis PK)"]]);
      },
    },
    {
      // Read: TW I and TW II from the lines of F; unread (reported): no capaian at all, never a wrong one.
      name: "the `TW n = …` lines, when read, give TW I–II of each indikator and the capaian at TW II",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        const read = (s?.indikator ?? []).some((i) => i.tw.some((v) => v !== null));
        if (!read) return expect(out.results.capaian.every((c) => c.realisasi === null)).toBe(true);
        expect(s!.indikator.map((i) => [i.nama, i.tw.slice(0, 2)])).toEqual(IND.map((i) => [i.nama, i.rq]));
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IND.map((i) => [i.nama, i.r]));
      },
    },
  ],
};
