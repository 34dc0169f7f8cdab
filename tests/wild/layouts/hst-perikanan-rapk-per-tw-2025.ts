/**
 * Kabupaten Hulu Sungai Tengah, Dinas Perikanan: the Kepala Dinas PK 2025 and its quarterly capaian kept as the
 * `CAPAIAN RENCANA AKSI PERJANJIAN KINERJA (RAPK)` print, one sheet per quarter.
 *
 * Layout of the capaian sheets: index id 39192481843 (Laravel blade `CAPAIAN RENCANA AKSI PERJANJIAN KINERJA (RAPK)
 * TAHUN {{years}}`, a Banjarmasin office; repository not named by the index), and its Rencana Aksi sibling, index id
 * 39686203304 (`RENCANA AKSI PERJANJIAN KINERJA TAHUN …`). Real, from the template: the title naming BOTH `RENCANA AKSI`
 * and `PERJANJIAN KINERJA`, the unit line, the quarter only in an italic line `TRIWULAN II` and in the headers; the
 * columns `Sasaran Kinerja` (merged down over its indikator) `| Indikator Kinerja | Target Tahunan | Target TWII |
 * Realisasi TWII | Capaian Terhadap Target TWII (% | Kriteria) | Capaian Terhadap Target Tahunan (% | Kriteria)` over two
 * header rows; one print per quarter; a single signature at the right: place and date, the head's jabatan, the name,
 * no NIP. Made up: the pemda and OPD (the template serves a vertical office; its layout is what a pemda planner pastes),
 * names, NIP, indikator, targets, realisasi.
 */
import { Book, type Sheet } from "../book";
import type { Layout } from "../layout";

const KADIS = "Ir. H. MUHAMMAD RIFANI, M.P.";
const BUPATI = "H. AULIA OKTAFIANDI, S.Kom., M.Si.";
const KADIS_JAB = "KEPALA DINAS PERIKANAN KABUPATEN HULU SUNGAI TENGAH";
const BUPATI_JAB = "BUPATI HULU SUNGAI TENGAH";
const KADIS_NIP = "19710309 199803 1 007";
const SS = "Meningkatnya produksi dan kesejahteraan pembudidaya ikan";
const IND = [
  { nama: "Jumlah produksi perikanan budidaya", satuan: "Ton", target: 4200, tw: [900, 1150], twTarget: [1000, 2100] },
  { nama: "Nilai Tukar Pembudidaya Ikan (NTPi)", satuan: "Indeks", target: 104.5, tw: [103.2, 103.9], twTarget: [104.5, 104.5] },
  { nama: "Persentase kelompok pembudidaya ikan yang meningkat kelasnya", satuan: "%", target: 20, tw: [4, 6], twTarget: [5, 10] },
];
const fmt = (n: number) => String(n).replace(".", ",");

function capaian(s: Sheet, q: 1 | 2): void {
  const tw = q === 1 ? "TWI" : "TWII";
  s.merge("A1:I1", "CAPAIAN RENCANA AKSI PERJANJIAN KINERJA (RAPK) TAHUN 2025");
  s.merge("A2:I2", "DINAS PERIKANAN KABUPATEN HULU SUNGAI TENGAH");
  s.merge("A3:I3", q === 1 ? "TRIWULAN I" : "TRIWULAN II");
  s.merge("A5:A6", "Sasaran Kinerja").merge("B5:B6", "Indikator Kinerja").merge("C5:C6", "Target Tahunan");
  s.merge("D5:D6", `Target ${tw}`).merge("E5:E6", `Realisasi ${tw}`);
  s.merge("F5:G5", `Capaian Terhadap Target ${tw}`).merge("H5:I5", "Capaian Terhadap Target Tahunan");
  s.row("F6", ["%", "Kriteria", "%", "Kriteria"]);
  s.merge(`A7:A${6 + IND.length}`, SS);
  IND.forEach((x, i) => {
    const t = x.twTarget[q - 1];
    const r = x.tw[q - 1];
    const c1 = Math.round((r / t) * 10000) / 100;
    const c2 = Math.round((r / x.target) * 10000) / 100;
    const crit = (c: number) => (c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah");
    s.row(`B${7 + i}`, [x.nama, fmt(x.target), fmt(t), fmt(r), fmt(c1), crit(c1), fmt(c2), crit(c2)]);
  });
  s.put("G12", q === 1 ? "Barabai, 8 April 2025" : "Barabai, 9 Juli 2025");
  s.put("G13", "Kepala Dinas Perikanan Kabupaten Hulu Sungai Tengah");
  s.put("G17", KADIS);
}

function build(): Book {
  const book = new Book("hst-perikanan-rapk-per-tw-2025.xlsx");
  const pk = book.sheet("PK Kadis");
  pk.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "DINAS PERIKANAN KABUPATEN HULU SUNGAI TENGAH");
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  pk.merge("A5:A7", 1).merge("B5:B7", SS);
  IND.forEach((x, i) => pk.row(`C${5 + i}`, [x.nama, x.satuan, x.target]));
  pk.put("E9", "Barabai, 3 Februari 2025");
  pk.rows("B10", [["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"], [`${BUPATI_JAB},`, null, null, `${KADIS_JAB},`]]);
  pk.row("B15", [BUPATI, null, null, KADIS]);
  pk.row("E16", [`NIP. ${KADIS_NIP}`]);
  capaian(book.sheet("RAPK TW I"), 1);
  capaian(book.sheet("RAPK TW II"), 2);
  return book;
}

const PK = "PK Kadis";
const TW1 = "RAPK TW I";
const TW2 = "RAPK TW II";

export const hstRapk: Layout = {
  name: "hst-perikanan-rapk-per-tw-2025",
  source: "index id 39192481843 (Laravel `CAPAIAN RENCANA AKSI PERJANJIAN KINERJA (RAPK)`, one print per quarter, `Target TWII | Realisasi TWII | Capaian …`; repository not named) + 39686203304 (its RA sibling)",
  build,
  truth: {
    tahun: 2025,
    // Spec silent on the word CAPAIAN with RENCANA AKSI and PERJANJIAN KINERJA in one title: the sheet is neither a PK
    // (no parties, no Pihak words; the table holds realisasi) nor a Rencana Aksi (it reports what was achieved): it is
    // the Realisasi of the Kadis PK for one quarter (workbook.md §3 content: Indikator Kinerja, Target, Realisasi of a
    // quarter). `REKAP CAPAIAN KINERJA` is already a Realisasi title on main (9983c04).
    sheets: { [PK]: "pk", [TW1]: "realisasi", [TW2]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: KADIS_NIP.replace(/\s/g, ""),
        pihakKedua: { jabatan: BUPATI_JAB, nama: BUPATI, nip: null },
        indikator: IND.map((x) => ({ nama: x.nama, target: x.target, satuan: x.satuan, sasaran: SS })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [],
    absent: [
      ...[TW1, TW2].flatMap((s) => [
        { rule: "pihak-missing", sheet: s }, { rule: "tabel-missing", sheet: s }, { rule: "indikator-unknown", sheet: s },
        { rule: "target-mismatch", sheet: s }, { rule: "pk-unlinked", sheet: s }, { rule: "tahun-missing", sheet: s },
        { rule: "sheet-unrecognised", sheet: s }, { rule: "tw-target-inconsistent", sheet: s }, { rule: "value-unreadable", sheet: s },
      ]),
      { rule: "renaksi-missing", sheet: PK },
    ],
  },
  checks: [
    {
      // The quarter is in the `TRIWULAN II` line and in `Realisasi TWII`: the realisasi column is that quarter's, the
      // `Target TWII` column is the quarter's target (not the realisasi), the Capaian columns are computed output.
      name: "each sheet's Realisasi column lands in its quarter, tied to the Kadis PK",
      run(out) {
        const got = out.model.realisasi.map((s) => ({ sheet: s.sheet, tw: s.indikator.map((i) => [i.nama, i.tw[0] ?? null, i.tw[1] ?? null]) }));
        expect(got).toEqual(
          expect.arrayContaining([
            { sheet: TW1, tw: IND.map((x) => [x.nama, x.tw[0], null]) },
            { sheet: TW2, tw: IND.map((x) => [x.nama, null, x.tw[1]]) },
          ]),
        );
      },
    },
  ],
};
