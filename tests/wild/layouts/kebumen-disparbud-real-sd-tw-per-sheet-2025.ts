/**
 * Kabupaten Kebumen, Dinas Pariwisata dan Kebudayaan: the Kadis's PK 2025 and ONE REALISASI SHEET PER QUARTER
 * (`REAL TW I`, `REAL TW II`), each with ONE realisasi column headed `Realisasi s.d. Triwulan I` (`… II`), then
 * `Capaian (%)`, `Kendala`, `Tindak Lanjut` — as sumenep-dlh-real-per-tw-sheet-2025, but two of the three indikator
 * are COUNTS (`Jumlah kunjungan wisatawan`, `Jumlah event …`: sifat Kumulatif by workbook.md §2), so `s.d.` matters.
 *
 * Source. The brief (rounds 6–8): "a Realisasi with `Realisasi s.d. Triwulan`, `Capaian (%)`, `Kendala`, `Tindak
 * Lanjut`, or one sheet per TW"; the header pair `Realisasi Triwulan | Realisasi s.d. Triwulan` of the quarterly print
 * in the code index (id 21242904267; repository not named) shows that `s.d.` is the running total. The one-column form
 * here is what a planner keeps when the app prints only the running total (as the app's `Capaian (%)` = s.d. / target
 * shows). No repository print with exactly this sheet was found. Made up: names, NIP, indikator, realisasi, amounts;
 * kode after Kepmendagri 050-5889/2021 (3.26 pariwisata, 2.22 kebudayaan).
 *
 * What a correct reader does. Each sheet is a Realisasi of the Kadis's PK; `s.d. Triwulan II` is what was achieved
 * from January to June. workbook.md §3 keeps, for a Kumulatif indikator, what was achieved IN each quarter: TW I =
 * 312.400 (REAL TW I), TW II = 701.950 − 312.400 = 389.550. The spec is silent on `s.d.` in a Realisasi header; a
 * Bappeda planner expects capaian s.d. TW II of the visitors to be 701.950 / 1.450.000 = 48,41 % (the app's own
 * Capaian column says so), never (312.400 + 701.950) / 1.450.000 = 69,95 % (the running totals added up). The Akhir
 * indikator (`Persentase destinasi … CHSE`) is the TW II value 27,5 either way. That is the check below (the R capaian
 * uses); the model may keep TW II as 389.550 or mark the series cumulative, the check does not ask how.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "LILIS NURYANI, S.H.";
const KADIS = { nama: "Drs. AGUS SANTOSA, M.Si.", nip: "19700127 199703 1 005", jab: "KEPALA DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN KEBUMEN" };
const PK = "PK 2025";
const SS = "Meningkatnya daya tarik pariwisata dan pelestarian kebudayaan daerah";
const IND = [
  { nama: "Jumlah kunjungan wisatawan", satuan: "orang", target: 1450000, text: "1.450.000", sifat: "K", sd: [312400, 701950], sdText: ["312.400", "701.950"], cap: ["21,54", "48,41"] },
  { nama: "Jumlah event pariwisata dan budaya yang diselenggarakan", satuan: "event", target: 18, text: 18, sifat: "K", sd: [3, 8], sdText: [3, 8], cap: ["16,67", "44,44"] },
  { nama: "Persentase destinasi wisata yang memenuhi standar CHSE", satuan: "%", target: 40, text: 40, sifat: "A", sd: [22.5, 27.5], sdText: ["22,5", "27,5"], cap: ["56,25", "68,75"] },
];
const PROG = [
  { kode: "3.26.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 4_812_600_000 },
  { kode: "3.26.02", nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", pagu: 2_375_000_000 },
  { kode: "2.22.02", nama: "PROGRAM PENGEMBANGAN KEBUDAYAAN", pagu: 968_400_000 },
];
const TW = ["I", "II"];

function real(s: Sheet, q: number): void {
  s.merge("A1:H1", `PENGUKURAN KINERJA TRIWULAN ${TW[q]} TAHUN 2025`).merge("A2:H2", KADIS.jab);
  s.row("A4", ["No", "Indikator Kinerja", "Satuan", "Target", `Realisasi s.d. Triwulan ${TW[q]}`, "Capaian (%)", "Kendala", "Tindak Lanjut"]);
  IND.forEach((i, k) => s.row(`A${5 + k}`, [k + 1, i.nama, i.satuan, i.text, i.sdText[q], i.cap[q],
    k === 0 ? "Cuaca ekstrem menutup pantai selatan 2 pekan" : "-", k === 0 ? "Promosi paket wisata Geopark Kebumen" : "-"]));
  s.put("F9", "Kebumen, " + (q === 0 ? "9 April 2025" : "8 Juli 2025"));
  s.put("F10", `${KADIS.jab},`);
  s.put("F14", KADIS.nama);
  s.put("F15", `NIP. ${KADIS.nip}`);
}

function build(): Book {
  const book = new Book("kebumen-disparbud-real-sd-tw-per-sheet-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab);
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  p.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${10 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A13:C13", "Jumlah").put("D13", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D15", "Kebumen, 2 Januari 2025");
  p.rows("B16", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI KEBUMEN,", null, `${KADIS.jab},`]]);
  p.row("B21", [BUPATI, null, KADIS.nama]);
  p.row("D22", [`NIP. ${KADIS.nip}`]);
  real(book.sheet("REAL TW I"), 0);
  real(book.sheet("REAL TW II"), 1);
  return book;
}

export const kebumenRealSdPerSheet: Layout = {
  name: "kebumen-disparbud-real-sd-tw-per-sheet-2025",
  source: "brief rounds 6–8 (one Realisasi sheet per TW, `Realisasi s.d. Triwulan`) + code index id 21242904267 (`Realisasi Triwulan | Realisasi s.d. Triwulan`; repository not named); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", "REAL TW I": "realisasi", "REAL TW II": "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: "BUPATI KEBUMEN", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed", "renaksi-missing"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pk-unlinked", sheet: "REAL TW I" }, { rule: "pk-unlinked", sheet: "REAL TW II" },
      { rule: "target-mismatch", sheet: "REAL TW I" }, { rule: "target-mismatch", sheet: "REAL TW II" },
      { rule: "indikator-unknown", sheet: "REAL TW I" }, { rule: "indikator-unknown", sheet: "REAL TW II" },
      { rule: "value-unreadable", sheet: "REAL TW I" }, { rule: "value-unreadable", sheet: "REAL TW II" },
    ],
  },
  checks: [
    {
      name: "both sheets tied to the Kadis's PK, each read into its own quarter (column E)",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK);
        const got = ["REAL TW I", "REAL TW II"].map((sheet, q) => {
          const s = out.model.realisasi.find((x) => x.sheet === sheet);
          return { sheet, pk: s ? s.pk : "not a Realisasi", cells: s?.indikator.map((i) => i.twCells[q]) ?? null };
        });
        expect(got).toEqual(["REAL TW I", "REAL TW II"].map((sheet) => ({ sheet, pk: pk?.id ?? "(Kadis PK)", cells: ["E5", "E6", "E7"] })));
      },
    },
    {
      // capaian.md: Kumulatif counts R1 + R2 at TW II = what was achieved January–June = `s.d. Triwulan II`.
      name: "capaian at TW II: the counts reach their `s.d. Triwulan II` total (701.950, 8), not s.d. I + s.d. II; the Akhir one its TW II value",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi])).toEqual(IND.map((i) => [i.nama, i.sd[1]]));
      },
    },
  ],
};
