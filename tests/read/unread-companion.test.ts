/**
 * A sheet titled as a Rencana Aksi or Realisasi whose table the reader cannot read: when it names an indikator of a
 * PK in the workbook it was meant for that PK, so its cells are reported (isi-tak-terbaca, each range with its cell)
 * rather than left behind one info line; a report of another kind under such a title stays one line.
 */
import { validasi } from "../../src/engine/run";
import type { CellValue } from "../../src/engine/grid";
import { grid, _ } from "../support/grid";

const rules = (o: ReturnType<typeof validasi>, sheet: string) => o.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.cell}`).sort();

const pk = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA BADAN KEPEGAWAIAN"],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
  [1, "Meningkatnya kompetensi ASN", "Persentase ASN yang memenuhi standar kompetensi", "85 %"],
  [],
  [..._(1), "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [..._(1), "BUPATI CONTOH,", null, "KEPALA BADAN KEPEGAWAIAN,"],
  [],
  [..._(1), "H. SURYA ADINEGARA, S.H.", null, "Drs. ARIF BUDIMAN, M.Si."],
]);

/** A schedule of actions by month: no table the reader knows for a Rencana Aksi. */
const schedule = (indikator: string): CellValue[][] => [
  ["RENCANA AKSI TAHUN 2025"],
  [],
  ["NO", "SASARAN", "INDIKATOR SASARAN KINERJA UTAMA", "URAIAN KEGIATAN", "JADWAL PELAKSANAAN"],
  [1, "Meningkatnya kompetensi ASN", indikator, "Diklat kepemimpinan", "√ √ √"],
];

describe("an unread sheet under a Rencana Aksi title", () => {
  it("naming the PK's indikator: its table is reported cell by cell, in the sheet's account", () => {
    const o = validasi([pk, grid("RA", schedule("Persentase ASN yang memenuhi standar kompetensi"))]);
    expect(rules(o, "RA")).toEqual(["isi-tak-terbaca A3", "sheet-unrecognised A1"]);
    expect(o.model.bacaan.find((b) => b.sheet === "RA")!.takTerbaca).toEqual(["A3:E4"]);
  });

  it("before the PK it names (the account waits for the PKs)", () => {
    const o = validasi([grid("RA", schedule("Persentase ASN yang memenuhi standar kompetensi")), pk]);
    expect(rules(o, "RA")).toEqual(["isi-tak-terbaca A3", "sheet-unrecognised A1"]);
  });

  it("near miss: naming no indikator of any PK, it stays one info line", () => {
    const o = validasi([pk, grid("RA", schedule("Jumlah dokumen perencanaan yang disusun"))]);
    expect(rules(o, "RA")).toEqual(["sheet-unrecognised A1"]);
    expect(o.model.bacaan.find((b) => b.sheet === "RA")!.takTerbaca).toEqual([]);
  });
});
