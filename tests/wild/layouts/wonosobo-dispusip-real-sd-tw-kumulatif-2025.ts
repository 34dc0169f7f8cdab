/**
 * Kabupaten Wonosobo, Dinas Perpustakaan dan Kearsipan: the Kadis's PK 2025 and ONE Realisasi sheet for TW II that
 * prints, per indikator, BOTH the quarter's realisasi and the running total: `Realisasi Triwulan II | Realisasi s.d.
 * Triwulan II | Capaian s.d. Triwulan II (%) | Kendala | Tindak Lanjut`. Two of the four indikator are counts
 * (`Jumlah …`, sifat Kumulatif by workbook.md §2), two are a percentage and an index (Akhir). The Realisasi lists the
 * indikator in another order than the PK and spells one `Prosentase …` in capitals.
 *
 * Source. The header pair `Realisasi Triwulan` | `Realisasi s.d. Triwulan` (then `%`) is that of a quarterly
 * realisasi print found in the code index (id 21242904267, `LAPORAN REALISASI …`, columns `Anggaran | Realisasi
 * Triwulan | Realisasi s.d. Triwulan | % | %`, numbering row `1..7`; repository not named); the brief (round 8) names
 * `Realisasi s.d. Triwulan`, `Capaian (%)`, `Kendala`, `Tindak Lanjut` and cumulative `s.d. TW` as never met in a
 * Realisasi. No pemda print with exactly this table was found in time. Made up: names, NIP, indikator, targets,
 * realisasi; kode after Kepmendagri 050-5889/2021 (2.23 perpustakaan, 2.24 kearsipan); Bupati Wonosobo's name public.
 *
 * What a correct reader does. workbook.md §3: a quarter's cell holds what was achieved IN that quarter for Kumulatif
 * indikator, the value at the end of the quarter for Akhir ones. `Realisasi Triwulan II` (E) is exactly that, so TW II
 * is column E for every indikator. `Realisasi s.d. Triwulan II` (F) is the running total: for a Kumulatif indikator it
 * is R1 + R2, so TW I = F − E is given by the sheet (10.250 visitors, 230 berkas); for an Akhir one F = E. The spec is
 * silent on a sheet that holds both; a Bappeda planner expects the capaian s.d. TW II of `Jumlah pengunjung` to be
 * 22.850 / target, as the app itself prints in G, never 12.600 / target (the quarter alone: capaian halved) and never
 * 12.600 + 22.850 (the running total added as one more quarter). Reading F as TW II and nothing as TW I is silently
 * wrong in the same way: the check below asks for the R used by capaian, not for how the reader got there.
 * `Capaian …` (G) is the app's own computation, Kendala / Tindak Lanjut are notes (layout, workbook.md §6). Names:
 * rules.md ignores case, spacing, punctuation and `persentase` / `prosentase`, so all four tie to the PK by name, in
 * any order: no indikator-unknown.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "AFIF NURHIDAYAT, S.Ag.";
const KADIS = { nama: "Drs. BAMBANG SUTEDJO, M.M.", nip: "19700415 199603 1 004", jab: "KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN WONOSOBO" };
const PK = "PK Kadis";
const RL = "REAL TW II";
const SS = ["Meningkatnya budaya gemar membaca masyarakat", "Meningkatnya tertib penyelenggaraan kearsipan"];
// sifat: K = Kumulatif (a count), A = Akhir. tw2 = Realisasi Triwulan II, sd = Realisasi s.d. Triwulan II.
const IND = [
  { nama: "Jumlah pengunjung perpustakaan", satuan: "orang", target: 48000, text: "48.000", ss: 0, sifat: "K", tw2: 12600, tw2Text: "12.600", sd: 22850, sdText: "22.850", cap: "47,60" },
  { nama: "Nilai Tingkat Kegemaran Membaca Masyarakat", satuan: "Nilai", target: 68.5, text: "68,50", ss: 0, sifat: "A", tw2: null, tw2Text: "-", sd: null, sdText: "-", cap: "-" },
  { nama: "Jumlah arsip yang dikelola sesuai standar", satuan: "berkas", target: 1200, text: "1.200", ss: 1, sifat: "K", tw2: 310, tw2Text: 310, sd: 540, sdText: 540, cap: "45,00" },
  { nama: "Persentase perangkat daerah yang tertib arsip", satuan: "%", target: 60, text: 60, ss: 1, sifat: "A", tw2: 42.5, tw2Text: "42,5", sd: 42.5, sdText: "42,5", cap: "70,83" },
];
// The Realisasi's order and spelling.
const REAL_ORDER = [2, 3, 0, 1];
const realName = (k: number) => (k === 3 ? "PROSENTASE PERANGKAT DAERAH YANG TERTIB ARSIP" : IND[k].nama);
const PROG = [
  { kode: "2.23.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 3_418_250_000 },
  { kode: "2.23.02", nama: "PROGRAM PEMBINAAN PERPUSTAKAAN", pagu: 1_164_700_000 },
  { kode: "2.24.02", nama: "PROGRAM PENGELOLAAN ARSIP", pagu: 386_400_000 },
];

function build(): Book {
  const book = new Book("wonosobo-dispusip-real-sd-tw-kumulatif-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:F1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:F2", KADIS.jab);
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A6", 1).merge("B5:B6", SS[0]).merge("A7:A8", 2).merge("B7:B8", SS[1]);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  p.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${11 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D16", "Wonosobo, 3 Januari 2025");
  p.rows("B17", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI WONOSOBO,", null, `${KADIS.jab},`]]);
  p.row("B22", [BUPATI, null, KADIS.nama]);
  p.row("D23", ["Pembina Utama Muda (IV/c)"]);
  p.row("D24", [`NIP. ${KADIS.nip}`]);

  const r = book.sheet(RL);
  r.merge("A1:I1", "PENGUKURAN KINERJA TRIWULAN II TAHUN 2025").merge("A2:I2", KADIS.jab);
  r.row("A4", ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi Triwulan II", "Realisasi s.d. Triwulan II", "Capaian s.d. Triwulan II (%)", "Kendala", "Tindak Lanjut"]);
  r.row("A5", [1, 2, 3, 4, 5, 6, "7 = 6/4 x 100", 8, 9]);
  REAL_ORDER.forEach((k, n) => {
    const i = IND[k];
    r.row(`A${6 + n}`, [n + 1, realName(k), i.satuan, i.text, i.tw2Text, i.sdText, i.cap,
      k === 0 ? "Layanan perpustakaan keliling terhenti 3 minggu (armada diperbaiki)" : k === 1 ? "Survei TGM dilaksanakan pada Triwulan III" : "-",
      k === 0 ? "Kerja sama layanan baca dengan 12 perpustakaan desa" : k === 1 ? "Koordinasi dengan Perpusnas untuk jadwal survei" : "-"]);
  });
  r.put("G11", "Wonosobo, 10 Juli 2025");
  r.put("G12", `${KADIS.jab},`);
  r.put("G16", KADIS.nama);
  r.put("G17", `NIP. ${KADIS.nip}`);
  return book;
}

export const wonosoboRealSdTw: Layout = {
  name: "wonosobo-dispusip-real-sd-tw-kumulatif-2025",
  source: "code index id 21242904267 (`Realisasi Triwulan | Realisasi s.d. Triwulan | %`; repository not named) + brief round 8 (`Realisasi s.d. Triwulan`, Kendala / Tindak Lanjut); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: "BUPATI WONOSOBO", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.ss] })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed", "renaksi-missing"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: RL }, { rule: "indikator-unknown", sheet: RL }, { rule: "target-mismatch", sheet: RL },
      { rule: "satuan-mismatch", sheet: RL }, { rule: "value-unreadable", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
    ],
    // The running total is what capaian needs for the two counts (the check below); read (as TW I = F − E, or as the
    // cumulative value) or reported, never dropped inside the table part.
    unreadOrRead: [{ sheet: RL, cells: ["F6", "F8"], what: "Realisasi s.d. Triwulan II of the Kumulatif counts" }],
  },
  checks: [
    {
      name: "REAL TW II ties to the Kadis's PK, every indikator by name (order and `PROSENTASE` spelling differ), TW II from column E",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        const got = s ? { pk: s.pk, rows: s.indikator.map((i) => [i.cell, i.tw[1], i.twCells.includes("E" + i.cell.slice(1))]) } : "not a Realisasi";
        expect(got).toEqual({ pk: pk?.id ?? "(Kadis PK)", rows: REAL_ORDER.map((k, n) => [`B${6 + n}`, IND[k].tw2, true]) });
      },
    },
    {
      // capaian.md: Kumulatif counts R1 + R2 at TW II. The sheet states R1 + R2 in F (`s.d.`); the quarter alone (E) or E
      // plus F is silently wrong. Akhir counts the TW II value (E = F).
      name: "capaian at TW II counts the running total `s.d. Triwulan II` for the Kumulatif counts, the TW II value for the Akhir ones",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        const got = out.results.capaian.map((c) => [c.indikator, c.realisasi]);
        expect(got).toEqual(IND.map((i) => [i.nama, i.sifat === "K" ? i.sd : i.tw2]));
      },
    },
  ],
};
