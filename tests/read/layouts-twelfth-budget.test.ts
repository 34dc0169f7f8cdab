/**
 * Budget layouts the twelfth round of real workbooks showed (tests/wild pg-…): the pagu split by funding source with a
 * `Total` column, `-` for a source that gives nothing, and subtotals that name their group. Each with a near miss.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const pagu = (o: Out) => o.model.pk[0].anggaran.map((a) => [a.kode, a.pagu, a.paguCell]);

const kinerja: CellValue[][] = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["WALI KOTA CONTOH"],
  [],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
  [1, "Meningkatnya kualitas SDM", "Indeks Pembangunan Manusia", "Indeks", 80],
  [],
];
const signature: CellValue[][] = [[], [null, null, null, null, "Contoh, 2 Januari 2025"], [null, null, null, null, "WALI KOTA CONTOH,"], [], [null, null, null, null, "H. BUDI SANTOSO"]];

/** `Anggaran (Rp)` over the given sub-headers in D..; rows from row 9. */
function book(subs: string[], rows: CellValue[][]): ReturnType<typeof grid> {
  const last = String.fromCharCode(67 + subs.length);
  const g = grid("PK", [...kinerja, ["No", "Kode", "Program", "Anggaran (Rp)"], [null, null, null, ...subs], ...rows, ...signature]);
  return { ...g, merges: ["A7:A8", "B7:B8", "C7:C8", `D7:${last}7`] };
}

describe("`Anggaran` over `APBD | DAK | Total`: the Total is the pagu", () => {
  it("reads the pagu from the Total column, a `-` in DAK is no obstacle", () => {
    const o = validasi([book(["APBD", "DAK", "Total"], [
      [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 900, 100, 1000],
      [2, "1.01.03", "PROGRAM PENGEMBANGAN KURIKULUM", 400, "-", 400],
    ])]);
    expect(pagu(o)).toEqual([["1.01.02", 1000, "F9"], ["1.01.03", 400, "F10"]]);
    expect(o.model.bacaan[0].takTerbaca).toEqual([]);
  });

  it("near miss: without a Total the sources add up, and `-` counts as nothing (not a missing pagu)", () => {
    const o = validasi([book(["APBD", "DAK"], [
      [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 900, 100],
      [2, "1.01.03", "PROGRAM PENGEMBANGAN KURIKULUM", 400, "-"],
      ["Jumlah", null, null, 1300, 100],
    ])]);
    expect(pagu(o).map((x) => x[1])).toEqual([1000, 400]);
    // The Jumlah row adds its sources too (1.300 + 100 = 1.000 + 400): checked, and right.
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a source that cannot be read leaves the pagu unknown and is reported", () => {
    const o = validasi([book(["APBD", "DAK"], [[1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 900, "seratus"]])]);
    expect(pagu(o).map((x) => x[1])).toEqual([null]);
    expect(rules(o, "error")).toContain("value-unreadable PK!E9");
  });

  it("near miss: `Total` as a header of its own (no money group over it) is not taken for the pagu", () => {
    const g = grid("PK", [...kinerja, ["No", "Kode", "Program", "Anggaran (Rp)", "Total"], [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 1000, 7], ...signature]);
    const o = validasi([g]);
    expect(pagu(o)).toEqual([["1.01.02", 1000, "D8"]]);
  });
});

describe("subtotals that name their group: `Sub Total Sasaran Strategis 1`", () => {
  const rows = (sub1: number): CellValue[][] => [
    [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 1000],
    [2, "1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN", 2000],
    ["Sub Total Sasaran Strategis 1", null, null, sub1],
    [3, "5.01.02", "PROGRAM PERENCANAAN PEMBANGUNAN DAERAH", 500],
    ["Sub Total Sasaran Strategis 2", null, null, 500],
    ["TOTAL", null, null, 3500],
  ];
  const pk = (r: CellValue[][]) => grid("PK", [...kinerja, ["No", "Kode", "Program", "Anggaran (Rp)"], ...r, ...signature]);

  it("closes its group: the programs are read, a wrong subtotal is a jumlah-mismatch at its cell", () => {
    const o = validasi([pk(rows(2900))]);
    expect(pagu(o).map((x) => x[0])).toEqual(["1.01.02", "1.02.02", "5.01.02"]);
    expect(rules(o, "error")).toEqual(["jumlah-mismatch PK!D10"]);
    expect(o.model.bacaan[0].takTerbaca).toEqual([]);
  });

  it("near miss: right subtotals and the grand total give no error", () => {
    const o = validasi([pk(rows(3000))]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: a program whose name begins `Jumlah …` words is no total", () => {
    const o = validasi([pk([[1, "1.01.02", "Jumlah Kegiatan Pendukung Pendidikan", 1000], ["Jumlah", null, null, 1000]])]);
    expect(pagu(o)).toEqual([["1.01.02", 1000, "D8"]]);
    expect(rules(o, "error")).toEqual([]);
  });
});

describe("`Jumlah Program <nama>` closing a program's kegiatan: a subtotal, not a kegiatan", () => {
  const kabid = (rows: CellValue[][], word = "Kegiatan") =>
    grid("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA BIDANG PEMBINAAN SD"], [],
      ["No", "Sasaran Program", "Indikator Kinerja", "Target"],
      [1, "Meningkatnya mutu SD", "Angka Partisipasi Murni SD", "98 %"], [],
      ["No", "Kode", word, "Anggaran (Rp)"],
      ...rows,
      [],
      [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [null, "KEPALA DINAS PENDIDIKAN,", null, "KEPALA BIDANG PEMBINAAN SD,"], [],
      [null, "Drs. MOHAMMAD SUKRI", null, "SRI WAHYUNI"],
    ]);
  const groups = (first: number): CellValue[][] => [
    [1, "1.01.02.2.01", "Pengelolaan Pendidikan Sekolah Dasar", 1000],
    [2, "1.01.02.2.05", "Pengelolaan Pendidikan Kesetaraan", 500],
    [null, null, "Jumlah Program Pengelolaan Pendidikan", first],
    [3, "1.01.03.2.01", "Penetapan Kurikulum Muatan Lokal", 200],
    [null, null, "Jumlah Program Pengembangan Kurikulum", 200],
    ["TOTAL", null, null, 1700],
  ];

  it("the subtotals close their groups: three kegiatan, every total checked, none wrong", () => {
    const o = validasi([kabid(groups(1500))]);
    expect(pagu(o).map((x) => x[0])).toEqual(["1.01.02.2.01", "1.01.02.2.05", "1.01.03.2.01"]);
    expect(rules(o, "error")).toEqual([]);
    expect(o.model.bacaan[0].takTerbaca).toEqual([]);
  });

  it("a wrong program subtotal is a jumlah-mismatch at its cell", () => {
    expect(rules(validasi([kabid(groups(1400))]), "error")).toEqual(["jumlah-mismatch PK!D10"]);
  });

  it("near miss: in a Program table, `Jumlah Program …` words name no level above: the row stays a program", () => {
    const o = validasi([kabid([[1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", 1000], [2, null, "Jumlah Program Unggulan Daerah", 300]], "Program")]);
    expect(pagu(o).map((x) => x[1])).toEqual([1000, 300]);
  });
});
