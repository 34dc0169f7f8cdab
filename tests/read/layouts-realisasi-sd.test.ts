/**
 * Layouts of the eighth round's Realisasi side (tests/wild: Kebumen, Wonosobo, Batu, Magelang, Kudus), each built
 * small, each with a near miss that must not be read the same way.
 */
import { hitung, validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const signature: CellValue[][] = [
  [],
  [..._(3), "Contoh, 3 Januari 2025"],
  [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS PERDAGANGAN,"],
  [],
  [_(1)[0], "H. RUDI HARTONO", null, "Drs. AGUS SANTOSA"],
  [..._(3), "NIP. 19720318 199803 1 004"],
];

describe("numbering rows in every form, whatever they start at", () => {
  const pk = (numbering: CellValue[]): CellValue[][] => [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Target"],
    ["(1)", "(2)", "(3)", "(4)"],
    [1, "S1", "Jumlah pasar rakyat yang direvitalisasi", "4 pasar"],
    [],
    ["No", "Program", null, "Anggaran (Rp)"],
    numbering,
    [1, "3.30.01 PROGRAM PENUNJANG URUSAN", null, "1.000.000"],
    [2, "3.30.03 PROGRAM PENINGKATAN SARANA DISTRIBUSI", null, "2.000.000"],
    ["Jumlah", null, null, "3.000.000"],
    ...signature,
  ];

  it("`(5) (6) (7)` going on from the table above (a merged cell leaves a gap) is layout, no program", () => {
    const o = validasi([grid("PK", pk(["(5)", "(6)", null, "(7)"]))]);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["3.30.01", "3.30.03"]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("a formula label `7 = 6/4 x 100` in a numbering row is its column's number", () => {
    const o = validasi([grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["No", "Sasaran", "Indikator Kinerja", "Target", "Capaian (%)"],
      [1, 2, 3, 4, "5 = 4/3 x 100"],
      [1, "S1", "Jumlah pasar rakyat yang direvitalisasi", "4 pasar", null],
      ...signature,
    ])]);
    expect(o.model.pk[0].indikator.map((i) => i.nama)).toEqual(["Jumlah pasar rakyat yang direvitalisasi"]);
  });

  it("near miss: two numbers that do not start at 1 are a row of data, read as a program", () => {
    const o = validasi([grid("PK", pk(["(5)", "3.30.02 PROGRAM PERDAGANGAN", null, "(7)"]))]);
    expect(o.model.pk[0].anggaran.map((a) => a.kode)).toEqual(["3.30.02", "3.30.01", "3.30.03"]);
  });

  it("near miss: numbers that skip (`9 11 14`) are no numbering row", () => {
    const o = validasi([grid("PK", pk([9, 11, null, 14]))]);
    expect(o.model.pk[0].anggaran.length).toBe(3);
  });
});
