/**
 * Kabupaten Sragen, Dinas Kesehatan: the Kadis's and the Kabid P2P's PK 2025, and three companion sheets named
 * `Sheet3`, `Sheet4`, `Sheet5` WITHOUT a jabatan line (title and year only): the Kabid's Rencana Aksi, the Kabid's
 * Realisasi TW II and the Kadis's Realisasi TW II. Only their content tells whose they are. The Kabid's sheets list his
 * indikator in another order, start with the one indikator he shares with the Kadis (`Persentase kasus TBC …`, the
 * cascade), write `Prosentase` and capitals for one, and the Realisasi has a typo in another (`… sesuai standart`).
 *
 * Source. workbook.md §2 allows the jabatan line to be missing only with a single PK; rules.md `pk-unlinked` ties a
 * sheet by "its jabatan line or its content". The brief (round 8) asks how companions link to the PK: indikator names
 * spelled slightly differently, order differing; sheet names like `Sheet1`. A planner who copies the app's RA and
 * Realisasi exports into the PK workbook gets exactly such untitled-by-jabatan sheets (the exports of
 * semarang-exports-2025 and purworejo-dinkes-realisasi-per-baris-2025 carry no jabatan line). No repository print of
 * this workbook; made up: names, NIP, indikator, targets, realisasi, amounts; kode after Kepmendagri 050-5889/2021.
 *
 * What a correct reader does. The two PKs cascade (Kabid's Pihak Kedua = Kadis's Pihak Pertama, same name and NIP).
 * `Sheet3` and `Sheet4` hold the Kabid's indikator (one shared with the Kadis, the others his alone): they are his; `Sheet5`
 * holds only the Kadis's: it is the Kadis's. Tying a sheet by its first indikator (shared) or to the first PK would be
 * silently wrong (the Kabid's realisasi counted for the Kadis, false indikator-unknown errors). `Prosentase Desa/
 * Kelurahan UCI` matches (rules.md ignores case and persentase/prosentase); `… sesuai standart` is within a small edit
 * distance of exactly one PK indikator, so rules.md wants `indikator-unknown` (ERROR, with the suggestion) at its cell
 * Sheet4!B7, never a silent match. The Kadis's 1.02.01 program is carried by no Kabid kegiatan: kode-uncovered (a
 * warning rules.md gives while the Kadis has a subordinate in the workbook); 1.02.02 rolls up exactly.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "SIGIT PAMUNGKAS, S.Sos.";
const KADIS = { nama: "dr. HARGIYANTO, M.Kes.", nip: "19710224 200212 1 003", jab: "KEPALA DINAS KESEHATAN KABUPATEN SRAGEN" };
const KABID = { nama: "dr. YULIANA PURNAMASARI", nip: "19830517 201001 2 021", jab: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT" };
const PK1 = "PK Kadis";
const PK2 = "PK Kabid P2P";
const TBC = "Persentase kasus TBC yang ditemukan dan diobati";
const KAD = {
  ss: "Meningkatnya derajat kesehatan masyarakat",
  ind: [
    { nama: "Angka Kematian Ibu", satuan: "per 100.000 KH", target: 85, text: "85", real: ["23,1", "41,6"], tw: [23.1, 41.6] },
    { nama: TBC, satuan: "%", target: 90, text: 90, real: [38, 57.5], tw: [38, 57.5] },
    { nama: "Indeks Keluarga Sehat", satuan: "Nilai", target: 0.35, text: "0,35", real: ["0,31", "0,32"], tw: [0.31, 0.32] },
  ],
  prog: [
    { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 96_218_400_000 },
    { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 4_386_500_000 },
  ],
};
const KAB = {
  ss: "Menurunnya angka kesakitan penyakit menular dan tidak menular",
  ind: [
    { nama: TBC, satuan: "%", target: 90, tw: [20, 45, 70, 90], real: 57.5 },
    { nama: "Persentase desa/kelurahan UCI", satuan: "%", target: 95, tw: [95, 95, 95, 95], real: 92.8 },
    { nama: "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar", satuan: "%", target: 100, tw: [25, 50, 75, 100], real: 46.3 },
  ],
  keg: [
    { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 2_911_000_000 },
    { kode: "1.02.02.2.03", nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", pagu: 1_475_500_000 },
  ],
};
// The Kabid's companions: his indikator in the order TBC, hipertensi, UCI; spelled as the app exported them.
const RA_ORDER = [0, 2, 1];
const spelled = (k: number, typo: boolean) => (k === 1 ? "PROSENTASE DESA/KELURAHAN UCI" : k === 2 && typo ? "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standart" : KAB.ind[k].nama);

function pkSheet(book: Book, name: string, who: typeof KADIS, atasan: { jab: string; nama: string; nip: string | null }, head: string, ss: string,
  ind: { nama: string; satuan: string; text?: string | number; target: number }[], budWord: string, bud: { kode: string; nama: string; pagu: number }[]): void {
  const p = book.sheet(name);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", who.jab);
  p.row("A4", ["No", head, "Indikator Kinerja", "Satuan", "Target"]);
  p.merge(`A5:A${4 + ind.length}`, 1).merge(`B5:B${4 + ind.length}`, ss);
  ind.forEach((i, k) => p.row(`C${5 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  const b = 6 + ind.length;
  p.row(`A${b}`, ["No", "Kode", budWord, "Anggaran (Rp)"]);
  bud.forEach((g, k) => p.row(`A${b + 1 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  const j = b + 1 + bud.length;
  p.merge(`A${j}:C${j}`, "Jumlah").put(`D${j}`, idr(sum(bud.map((g) => g.pagu))));
  p.put(`D${j + 2}`, "Sragen, 3 Januari 2025");
  p.rows(`B${j + 3}`, [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${atasan.jab},`, null, `${who.jab},`]]);
  p.row(`B${j + 8}`, [atasan.nama, null, who.nama]);
  p.row(`B${j + 9}`, [atasan.nip ? `NIP. ${atasan.nip}` : null, null, `NIP. ${who.nip}`]);
}

function build(): Book {
  const book = new Book("sragen-dinkes-ra-real-tanpa-jabatan-2025.xlsx");
  pkSheet(book, PK1, KADIS, { jab: "BUPATI SRAGEN", nama: BUPATI, nip: null }, "Sasaran Strategis", KAD.ss, KAD.ind, "Program", KAD.prog);
  pkSheet(book, PK2, KABID, KADIS, "Sasaran Program", KAB.ss, KAB.ind, "Kegiatan", KAB.keg);

  const ra = book.sheet("Sheet3");
  ra.merge("A1:H1", "RENCANA AKSI TAHUN 2025");
  ["A3:A4", "B3:B4", "C3:C4", "D3:D4"].forEach((m, k) => ra.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  ra.merge("E3:H3", "Target Triwulan").row("E4", ["TW I", "TW II", "TW III", "TW IV"]);
  RA_ORDER.forEach((k, n) => ra.row(`A${5 + n}`, [n + 1, spelled(k, false), KAB.ind[k].satuan, KAB.ind[k].target, ...KAB.ind[k].tw]));

  const r4 = book.sheet("Sheet4");
  r4.merge("A1:H1", "REALISASI KINERJA TRIWULAN II TAHUN 2025");
  ["A3:A4", "B3:B4", "C3:C4", "D3:D4"].forEach((m, k) => r4.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r4.merge("E3:H3", "Realisasi").row("E4", ["TW I", "TW II", "TW III", "TW IV"]);
  // TW I left as the app exports an unreported quarter for the Kabid (blank), TW II filled.
  [0, 1, 2].forEach((k, n) => r4.row(`A${5 + n}`, [n + 1, spelled(k, true), KAB.ind[k].satuan, KAB.ind[k].target, null, KAB.ind[k].real]));

  const r5 = book.sheet("Sheet5");
  r5.merge("A1:H1", "REALISASI KINERJA TRIWULAN II TAHUN 2025");
  ["A3:A4", "B3:B4", "C3:C4", "D3:D4"].forEach((m, k) => r5.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r5.merge("E3:H3", "Realisasi").row("E4", ["TW I", "TW II", "TW III", "TW IV"]);
  KAD.ind.forEach((i, n) => r5.row(`A${5 + n}`, [n + 1, i.nama, i.satuan, i.text, ...i.real]));
  return book;
}

const digits = (s: string) => s.replace(/\D/g, "");

export const sragenTanpaJabatan: Layout = {
  name: "sragen-dinkes-ra-real-tanpa-jabatan-2025",
  source: "workbook.md §2 / rules.md pk-unlinked (companions tied by content) + brief round 8 (names spelled differently, order differing, `Sheet1` names); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk", Sheet3: "renaksi", Sheet4: "realisasi", Sheet5: "realisasi" },
    pk: [
      {
        sheet: PK1, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: "BUPATI SRAGEN", nama: BUPATI, nip: null },
        indikator: KAD.ind.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: KAD.ss })),
        anggaran: KAD.prog.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
      {
        sheet: PK2, jabatan: KABID.jab, level: "eselon3", atasan: PK1, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: KAB.ind.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: KAB.ss })),
        anggaran: KAB.keg.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [{ rule: "indikator-unknown", sheet: "Sheet4", cell: "B7" }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }, { rule: "kode-uncovered", sheet: PK1, cell: "B10" }],
    absent: [
      { rule: "pk-unlinked", sheet: "Sheet3" }, { rule: "pk-unlinked", sheet: "Sheet4" }, { rule: "pk-unlinked", sheet: "Sheet5" },
      { rule: "indikator-unknown", sheet: "Sheet3" }, { rule: "indikator-unknown", sheet: "Sheet5" },
      { rule: "indikator-unknown", sheet: "Sheet4", cell: "B5" }, { rule: "indikator-unknown", sheet: "Sheet4", cell: "B6" },
      { rule: "target-mismatch", sheet: "Sheet3" }, { rule: "target-mismatch", sheet: "Sheet4" }, { rule: "target-mismatch", sheet: "Sheet5" },
      { rule: "renaksi-missing", sheet: PK2 }, { rule: "anggaran-rollup", sheet: PK1 }, { rule: "target-cascade", sheet: PK2 },
      { rule: "sheet-unrecognised", sheet: "Sheet3" }, { rule: "sheet-unrecognised", sheet: "Sheet4" }, { rule: "sheet-unrecognised", sheet: "Sheet5" },
    ],
  },
  checks: [
    {
      name: "Sheet3 and Sheet4 are the Kabid's (his indikator, not the shared first one, decide), Sheet5 the Kadis's",
      run(out) {
        const id = (s: string) => out.model.pk.find((p) => p.sheet === s)?.id ?? `(${s})`;
        const owner = (s: string) => [...out.model.renaksi, ...out.model.realisasi].find((x) => x.sheet === s)?.pk ?? "not read";
        expect({ Sheet3: owner("Sheet3"), Sheet4: owner("Sheet4"), Sheet5: owner("Sheet5") }).toEqual({ Sheet3: id(PK2), Sheet4: id(PK2), Sheet5: id(PK1) });
      },
    },
    {
      name: "TW II realisasi: the Kabid's from Sheet4 (TBC, UCI), the Kadis's from Sheet5; the Kadis's TBC is his own 57,5 (Sheet5!F6)",
      run(out) {
        const s4 = out.model.realisasi.find((x) => x.sheet === "Sheet4");
        const s5 = out.model.realisasi.find((x) => x.sheet === "Sheet5");
        expect(s4?.indikator.slice(0, 2).map((i) => [i.cell, i.tw[1]])).toEqual([["B5", 57.5], ["B6", 92.8]]);
        expect(s5?.indikator.map((i) => [i.cell, i.tw.slice(0, 2)])).toEqual(KAD.ind.map((i, n) => [`B${5 + n}`, i.tw]));
      },
    },
  ],
};
