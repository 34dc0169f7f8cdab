/**
 * Kabupaten Pacitan, Dinas Pariwisata, Kepemudaan dan Olahraga: the PK 2025 of the Kepala Dinas and its Rencana Aksi,
 * whose quarterly targets stand under a header `Rencana Aksi` merged over `TW I | TW II | TW III | TW IV` and are
 * NUMBERS (the app names the quarterly target "rencana aksi"), beside `Target 2025` and `Penanggung Jawab`.
 *
 * Source. The brief (issue 11, round 10) asks to probe near the fix for jepara-setwan-ra-uraian-per-tw-2025 (there
 * `Rencana Aksi (TW I..IV)` holds one action SENTENCE per quarter: no target) with "a `Rencana Aksi` column holding
 * numbers". No repository print of this exact form was found in time. Made up: names, NIPs, indikator, targets, kode
 * (Kepmendagri 050-5889/2021 shape, urusan 3.26 / 2.19).
 *
 * What a correct reader does (workbook.md §2): the numbers under `Rencana Aksi` / `TW I..IV` are the quarterly targets
 * (the header's sub row says TW; the values are numbers, not actions). Kunjungan wisatawan and event are Kumulatif
 * counts with cumulative targets (TW IV = annual); the daya tarik percentage is Akhir (TW IV = 60). The event row is
 * typed wrong on purpose: TW IV 11 against the annual 12 (2 + 5 + 9 + 11 = 27, no per-quarter reading either), so a
 * correct reading gives ONE tw-target-inconsistent error at its TW IV cell (H8). A reader that takes the column for
 * action text loses that error and every quarterly target (silently, or reported).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kadis";
const RA = "RA TW";
const BUPATI = { nama: "Drs. H. INDRATA NUR BAYU AJI, M.M.", jab: "BUPATI PACITAN" };
const KADIS = { nama: "TURSIANA DWI WAHYUNI, S.Sos., M.Si.", nip: "19710923 199803 2 004", jab: "KEPALA DINAS PARIWISATA, KEPEMUDAAN DAN OLAHRAGA KABUPATEN PACITAN" };
const SS = "Meningkatnya daya saing pariwisata daerah";
const IND = [
  { nama: "Jumlah kunjungan wisatawan", satuan: "orang", target: 1_250_000, tw: [280_000, 610_000, 905_000, 1_250_000] },
  { nama: "Persentase daya tarik wisata yang memenuhi standar", satuan: "%", target: 60, tw: [45, 50, 55, 60] },
  { nama: "Jumlah event pariwisata berskala regional", satuan: "event", target: 12, tw: [2, 5, 9, 11] },
];
const PROG = [
  { kode: "3.26.02", nama: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA", pagu: 7_840_500_000 },
  { kode: "3.26.03", nama: "PROGRAM PEMASARAN PARIWISATA", pagu: 2_315_000_000 },
];

function build(): Book {
  const book = new Book("pacitan-disparpora-ra-kolom-angka-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab);
  p.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, idr(i.target)]));
  p.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((g, k) => p.row(`A${10 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((g) => g.pagu))));
  p.put("D14", "Pacitan, 2 Januari 2025");
  p.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${KADIS.jab},`]]);
  p.row("B20", [BUPATI.nama, null, KADIS.nama]);
  p.put("D21", "Pembina Utama Muda (IV/c)").put("D22", `NIP. ${KADIS.nip}`);

  const r = book.sheet(RA);
  r.merge("A1:I1", "RENCANA AKSI TAHUN 2025").merge("A2:I2", KADIS.jab);
  r.merge("A4:A5", "No").merge("B4:B5", "Indikator Kinerja").merge("C4:C5", "Satuan").merge("D4:D5", "Target 2025");
  r.merge("E4:H4", "Rencana Aksi").row("E5", ["TW I", "TW II", "TW III", "TW IV"]).merge("I4:I5", "Penanggung Jawab");
  const pj = ["Kabid Destinasi", "Kabid Destinasi", "Kabid Pemasaran"];
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, idr(i.target), ...i.tw.map((v) => idr(v)), pj[k]]));
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pacitanRaKolomAngka: Layout = {
  name: "pacitan-disparpora-ra-kolom-angka-2025",
  source: "brief round 10 (`Rencana Aksi` merged over TW I..IV holding numbers, near jepara-setwan-ra-uraian-per-tw-2025); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RA]: "renaksi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [{ rule: "tw-target-inconsistent", sheet: RA, cell: "H8" }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK, cell: "B16" }],
    absent: [
      { rule: "sheet-unrecognised", sheet: RA }, { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA },
      { rule: "target-mismatch", sheet: RA }, { rule: "renaksi-missing", sheet: PK }, { rule: "isi-tak-terbaca", sheet: RA },
      { rule: "value-unreadable", sheet: RA },
    ],
  },
  checks: [
    {
      name: "the numbers under `Rencana Aksi` / TW I..IV are the quarterly targets of each indikator",
      run(out) {
        const s = out.model.renaksi.find((x) => x.sheet === RA);
        const got = s ? s.indikator.map((i) => [i.nama, i.tw]) : "not a Rencana Aksi";
        expect(got).toEqual(IND.map((i) => [i.nama, i.tw]));
      },
    },
  ],
};
