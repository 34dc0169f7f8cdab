/**
 * Layouts the tenth round of real workbooks showed (tests/wild: Sukoharjo, Trenggalek, Ponorogo), each built small,
 * each with a near miss that must not be read the same way.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const signature: CellValue[][] = [
  [],
  [..._(3), "Contoh, 3 Januari 2025"],
  [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS KESEHATAN,"],
  [],
  [_(1)[0], "H. RUDI HARTONO", null, "dr. DINI ANGGRAENI"],
  [..._(3), "NIP. 19720318 199803 2 004"],
];

const kinerja: CellValue[][] = [
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
  [1, "S1", "Angka Kematian Ibu", "per 100.000 KH", 78],
];

const pk = (budget: CellValue[][]): CellValue[][] => [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KESEHATAN"], [], ...kinerja, [], ...budget, ...signature];

const programs: CellValue[][] = [
  ["No", "Kode", "Program", "Anggaran (Rp)"],
  [1, "1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "1.000.000"],
  [2, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", "2.000.000"],
];

describe("web list chrome pasted under a table (DataTables `Showing … entries`, `Previous | 1 | Next`)", () => {
  it("the pager row ends the table: its `1` is no program and no pagu", () => {
    const o = validasi([grid("PK", pk([...programs, ["Showing 1 to 2 of 2 entries", null, "Previous", 1, "Next"], ["Show 10 entries", null, null, "Search:"]]))]);
    expect(o.model.pk[0].anggaran.map((a) => [a.kode, a.pagu])).toEqual([["1.02.01", 1_000_000], ["1.02.02", 2_000_000]]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a program row with a pager word among its data is still a program", () => {
    const o = validasi([grid("PK", pk([...programs, [3, "1.02.03", "Next", "500.000"]]))]);
    expect(o.model.pk[0].anggaran.map((a) => [a.kode, a.pagu])).toEqual([["1.02.01", 1_000_000], ["1.02.02", 2_000_000], ["1.02.03", 500_000]]);
  });
});

describe("a Jumlah under a footnote or a blank row still closes the budget table", () => {
  const mistyped: CellValue[] = ["Jumlah", null, null, "3.500.000"];
  const kodes = (o: Out) => o.model.pk[0].anggaran.map((a) => a.kode);

  it("across a `*)` footnote: the mistyped total is checked (jumlah-mismatch at its cell)", () => {
    const o = validasi([grid("PK", pk([...programs, [null, null, "*) Termasuk DAK Non Fisik"], mistyped, ["Terbilang :", "Tiga juta lima ratus ribu rupiah"]]))]);
    expect(kodes(o)).toEqual(["1.02.01", "1.02.02"]);
    expect(rules(o, "error")).toEqual(["jumlah-mismatch PK!D11"]);
  });

  it("across one blank row: the same", () => {
    const o = validasi([grid("PK", pk([...programs, [], mistyped]))]);
    expect(rules(o, "error")).toEqual(["jumlah-mismatch PK!D11"]);
  });

  it("near miss: a right total across the footnote gives no error", () => {
    const o = validasi([grid("PK", pk([...programs, [null, null, "*) Termasuk DAK Non Fisik"], ["Jumlah", null, null, "3.000.000"]]))]);
    expect(kodes(o)).toEqual(["1.02.01", "1.02.02"]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a footnote with no Jumlah under it ends the table, and is no budget object", () => {
    const o = validasi([grid("PK", pk([...programs, [null, null, "*) Termasuk DAK Non Fisik"], ["Sumber dana: APBD"]]))]);
    expect(kodes(o)).toEqual(["1.02.01", "1.02.02"]);
    expect(rules(o, "error")).toEqual([]);
  });
});

describe("a PK whose budget table goes on on the next sheet (one page per sheet)", () => {
  const first: CellValue[][] = [["PERJANJIAN KINERJA TAHUN 2025"], ["BUPATI CONTOH"], [], ...kinerja, [], ...programs];
  const next = (header: CellValue[], total: string): CellValue[][] => [
    header,
    [3, "1.02.03", "PROGRAM PENINGKATAN KAPASITAS SDM KESEHATAN", "500.000"],
    ["JUMLAH", null, null, total],
    [],
    [null, null, "Contoh, 2 Januari 2025"],
    [null, null, "BUPATI CONTOH,"],
    [],
    [null, null, "H. RUDI HARTONO"],
  ];
  const sheetsOf = (o: Out) => Object.fromEntries(o.model.bacaan.map((b) => [b.sheet, b.jenis]));

  it("the header printed again opens the rest of the table: one PK, all programs, the Jumlah checked on the second sheet", () => {
    const o = validasi([grid("PK", first), grid("PK (2)", next(programs[0], "3.600.000"))]);
    expect(sheetsOf(o)).toEqual({ PK: "pk", "PK (2)": "pk" });
    expect(o.model.pk).toHaveLength(1);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02", "1.02.03"]);
    expect(o.model.pk[0].pihakPertama?.nama).toBe("H. RUDI HARTONO");
    expect(rules(o, "error")).toEqual(["jumlah-mismatch PK (2)!D3"]);
  });

  it("near miss: a right Jumlah on the second sheet gives no error", () => {
    const o = validasi([grid("PK", first), grid("PK (2)", next(programs[0], "3.500.000"))]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a next sheet under another header is no continuation (not read, and said)", () => {
    const o = validasi([grid("PK", first), grid("PK (2)", next(["No", "Kode", "Kegiatan", "Pagu"], "3.500.000"))]);
    expect(sheetsOf(o)["PK (2)"]).toBe("lain");
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02"]);
    expect(rules(o)).toContain("sheet-unrecognised PK (2)!A1");
  });
});
