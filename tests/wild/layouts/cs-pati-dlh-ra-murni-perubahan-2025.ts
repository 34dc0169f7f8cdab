/**
 * Kabupaten Pati, Dinas Lingkungan Hidup: the Kadis's PK murni and PK Perubahan in one workbook, each with its own
 * Rencana Aksi sheet beside it (`RA TW` under the murni PK, `RA TW Perubahan` under the PK Perubahan), as a planner
 * keeps them after the APBD Perubahan. Both RA sheets carry the same jabatan line (the Kadis's) and the same indikator
 * names; they differ in the title (`RENCANA AKSI TAHUN 2025` vs `RENCANA AKSI PERUBAHAN TAHUN 2025`) and in the targets
 * that were revised (sampah tertangani 72 % → 75 %, dokumen 40 → 45).
 *
 * Source: brief round 12 (probe near cs-rembang-rsud-pk-murni-perubahan-plt-2025: "Rencana Aksi sheets of a PK
 * Perubahan beside the murni one's"); PK Perubahan title form as `sheets/version.ts` reads it (after lawinsider
 * jqJAWpkSyLs, Gorontalo 2024); kode after Kepmendagri 050-5889/2021 (urusan 2.11 lingkungan hidup). No repository print
 * holding both RA versions was found; names, NIP, indikator and amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1, §2; rules.md): two PKs (eselon2, both answering
 * to the Bupati, who is not in the workbook: atasan-missing at B20 of each); `RA TW` belongs to the murni PK and `RA TW
 * Perubahan` to the PK Perubahan. The spec is silent on versions; a Bappeda planner expects each RA checked against the
 * PK of its own version (the one its title names), so: no target-mismatch, no indikator-unknown, no pk-unlinked, and the
 * quarterly targets consistent. Checking the RA Perubahan (75, 45) against the murni PK (72, 40) would give two false
 * target-mismatch ERRORS (`RA TW Perubahan`!D6, D7); leaving it unlinked a false pk-unlinked warning.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

const MURNI = "PK Kadis";
const PERUB = "PK Kadis Perubahan";
const RA_M = "RA TW";
const RA_P = "RA TW Perubahan";
const KADIS = { nama: "Ir. TULUS BUDIHARJO, M.M.", jab: "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN PATI", pangkat: "Pembina Utama Muda (IV/c)", nip: "19690814 199503 1 004" };
const BUPATI = { nama: "Dr. SUDEWO, S.T., M.T.", jab: "BUPATI PATI" };
const S1 = "Meningkatnya kualitas lingkungan hidup";

type Ind = { nama: string; satuan: string; target: number; text: string; tw: [string, string, string, string] };
const IKLH = "Indeks Kualitas Lingkungan Hidup";
const SAMPAH = "Persentase sampah yang tertangani";
const DOK = "Jumlah dokumen lingkungan yang diperiksa";
const IND_M: Ind[] = [
  { nama: IKLH, satuan: "Indeks", target: 68.5, text: "68,5", tw: ["67,9", "68,1", "68,3", "68,5"] },
  { nama: SAMPAH, satuan: "%", target: 72, text: "72", tw: ["18", "36", "54", "72"] },
  { nama: DOK, satuan: "Dokumen", target: 40, text: "40", tw: ["10", "20", "30", "40"] },
];
const IND_P: Ind[] = [
  { nama: IKLH, satuan: "Indeks", target: 68.5, text: "68,5", tw: ["67,9", "68,1", "68,3", "68,5"] },
  { nama: SAMPAH, satuan: "%", target: 75, text: "75", tw: ["18", "36", "56", "75"] },
  { nama: DOK, satuan: "Dokumen", target: 45, text: "45", tw: ["10", "22", "33", "45"] },
];
type Item = { kode: string; nama: string; pagu: number };
const PROG_M: Item[] = [
  { kode: "2.11.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_215_400_000 },
  { kode: "2.11.03", nama: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP", pagu: 1_382_000_000 },
  { kode: "2.11.11", nama: "PROGRAM PENGELOLAAN PERSAMPAHAN", pagu: 4_870_250_000 },
];
const PROG_P: Item[] = [
  { kode: "2.11.01", nama: PROG_M[0].nama, pagu: 6_102_900_000 },
  { kode: "2.11.03", nama: PROG_M[1].nama, pagu: 1_450_000_000 },
  { kode: "2.11.11", nama: PROG_M[2].nama, pagu: 5_315_750_000 },
];

function pk(book: Book, name: string, title: string, ind: Ind[], items: Item[]): void {
  const s = book.sheet(name);
  s.merge("A1:E1", title).merge("A2:E2", "DINAS LINGKUNGAN HIDUP").merge("A3:E3", "KABUPATEN PATI");
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge(`A5:A${4 + ind.length}`, 1).merge(`B5:B${4 + ind.length}`, S1);
  ind.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.text]));
  s.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  items.forEach((x, k) => s.row(`A${11 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 11 + items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(items.reduce((a, x) => a + x.pagu, 0)));
  s.put("E18", name === MURNI ? "Pati, 2 Januari 2025" : "Pati, 1 Oktober 2025");
  s.put("B19", "PIHAK KEDUA,").put("E19", "PIHAK PERTAMA,");
  s.put("B20", `${BUPATI.jab},`).put("E20", `${KADIS.jab},`);
  s.put("B25", BUPATI.nama).put("E25", KADIS.nama).put("E26", KADIS.pangkat).put("E27", `NIP. ${KADIS.nip}`);
}

function ra(book: Book, name: string, title: string, ind: Ind[]): void {
  const s = book.sheet(name);
  s.merge("A1:I1", title).merge("A2:I2", KADIS.jab);
  s.merge("A4:A5", "No").merge("B4:B5", "Indikator Kinerja").merge("C4:C5", "Satuan").merge("D4:D5", "Target Tahunan").merge("E4:H4", "Target Triwulan");
  s.row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  s.merge("I4:I5", "Sifat");
  ind.forEach((i, k) => s.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.text, ...i.tw, i.nama === DOK ? "Kumulatif" : "Akhir"]));
}

function build(): Book {
  const book = new Book("cs-pati-dlh-ra-murni-perubahan-2025.xlsx");
  pk(book, MURNI, "PERJANJIAN KINERJA TAHUN 2025", IND_M, PROG_M);
  ra(book, RA_M, "RENCANA AKSI TAHUN 2025", IND_M);
  pk(book, PERUB, "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", IND_P, PROG_P);
  ra(book, RA_P, "RENCANA AKSI PERUBAHAN TAHUN 2025", IND_P);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const truthPk = (sheet: string, ind: Ind[], items: Item[]) => ({
  sheet, jabatan: KADIS.jab, level: "eselon2" as const, atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
  pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
  indikator: ind.map((i) => ({ nama: i.nama, target: i.target, sasaran: S1 })),
  anggaran: items.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu })),
});

export const csPatiDlhRaMurniPerubahan: Layout = {
  name: "cs-pati-dlh-ra-murni-perubahan-2025",
  source: "brief round 12 (RA sheets of a PK Perubahan beside the murni one's, near cs-rembang); kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [MURNI]: "pk", [RA_M]: "renaksi", [PERUB]: "pk", [RA_P]: "renaksi" },
    pk: [truthPk(MURNI, IND_M, PROG_M), truthPk(PERUB, IND_P, PROG_P)],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: MURNI, cell: "B20" },
      { rule: "atasan-missing", sheet: PERUB, cell: "B20" },
    ],
    absent: [RA_M, RA_P].flatMap((sheet) => [
      { rule: "target-mismatch", sheet }, { rule: "indikator-unknown", sheet }, { rule: "pk-unlinked", sheet },
      { rule: "tw-target-inconsistent", sheet }, { rule: "satuan-mismatch", sheet }, { rule: "isi-tak-terbaca", sheet },
    ]).concat([MURNI, PERUB].map((sheet) => ({ rule: "renaksi-missing", sheet }))),
  },
  checks: [{
    name: "each Rencana Aksi belongs to the PK of its own version",
    run(out) {
      const id = (sheet: string) => out.model.pk.find((p) => p.sheet === sheet)?.id;
      const raPk = (sheet: string) => out.model.renaksi.find((r) => r.sheet === sheet)?.pk;
      expect({ [RA_M]: raPk(RA_M), [RA_P]: raPk(RA_P) }).toEqual({ [RA_M]: id(MURNI), [RA_P]: id(PERUB) });
    },
  }],
};
