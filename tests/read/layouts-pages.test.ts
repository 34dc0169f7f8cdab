/**
 * A PK printed over two pages and converted to one sheet (tests/wild: pringsewu-bupati-program-per-opd-halaman):
 * the program table's header stands again at the top of page 2. Built small, with the near misses that must still
 * start a table of their own.
 */
import { validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out) => o.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const head: CellValue[] = ["No", "PROGRAM", "ANGGARAN (Rp)"];
const prog = (no: CellValue, name: string, pagu: string): CellValue[] => [no, name, pagu];
const kinerja: CellValue[][] = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KABUPATEN CONTOH"],
  [],
  ["No", "SASARAN STRATEGIS", "INDIKATOR SASARAN", "TARGET", "SATUAN"],
  ["1.", "Meningkatnya akuntabilitas", "Nilai SAKIP", "BB", "Predikat"],
  [],
];
const signature: CellValue[][] = [[], [..._(3), "BUPATI CONTOH"], [], [], [..._(3), "H. ADI PRANOTO"]];

/** Programs 1–2 on page 1, then `page2` (the header again, or not), programs on, and the TOTAL of all four. */
const sheet = (page2: CellValue[][], between: CellValue[][] = [], total = "10.000.000") =>
  grid("PK", [
    ...kinerja,
    head,
    prog(1, "PROGRAM PENUNJANG URUSAN", "1.000.000"),
    prog(2, "PROGRAM PENGELOLAAN PENDIDIKAN", "2.000.000"),
    ...between,
    [],
    ...page2,
    ["TOTAL", null, total],
    ...signature,
  ]);

const page2 = (header: CellValue[], first: CellValue = 3): CellValue[][] => [
  header,
  prog(first, "PROGRAM PENUNJANG URUSAN", "3.000.000"),
  prog(typeof first === "number" ? first + 1 : first, "PROGRAM PENYELENGGARAAN JALAN", "4.000.000"),
];

describe("a table's header printed again on the next page", () => {
  it("word for word, with No going on (2 → 3) and no total before it: one table, the TOTAL is of all rows", () => {
    const o = validasi([sheet(page2(["no", "Program ", "ANGGARAN  (Rp)"]))]);
    const pk = o.model.pk[0];
    expect(pk.budgetTables).toHaveLength(1);
    expect(pk.anggaran.map((a) => a.pagu)).toEqual([1e6, 2e6, 3e6, 4e6]);
    expect(pk.jumlah).toEqual({ value: 10e6, cell: "C14" });
    expect(rules(o).filter((r) => /jumlah-mismatch|isi-tak-terbaca/.test(r))).toEqual([]);
    // The repeated header is layout, read as the table's header.
    expect(o.model.bacaan[0].bagian.find((b) => b.sebagai === "anggaran")?.range).toBe("A7:C14");
  });

  it("near miss: the No starts again at 1: a table of its own, and the TOTAL checked against its rows only", () => {
    const o = validasi([sheet(page2(head, 1))]);
    expect(o.model.pk[0].budgetTables).toHaveLength(2);
    expect(rules(o)).toContain("jumlah-mismatch PK!C14");
  });

  it("near miss: a total closes page 1 before the header: a second table", () => {
    const o = validasi([sheet(page2(head), [["Jumlah", null, "3.000.000"]], "7.000.000")]);
    expect(o.model.pk[0].budgetTables).toHaveLength(2);
    expect(o.model.pk[0].budgetTables.map((t) => t.jumlah?.value)).toEqual([3e6, 7e6]);
    expect(rules(o).filter((r) => r.startsWith("jumlah-mismatch"))).toEqual([]);
  });

  it("near miss: a header with other words (`PAGU (Rp)`) starts a table of its own", () => {
    const o = validasi([sheet(page2(["No", "PROGRAM", "PAGU (Rp)"]))]);
    expect(o.model.pk[0].budgetTables).toHaveLength(2);
    expect(rules(o)).toContain("jumlah-mismatch PK!C14");
  });
});
