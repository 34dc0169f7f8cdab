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

const pkSheet = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA DINAS PERDAGANGAN"],
  [],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
  [1, "S1", "Jumlah pelaku usaha yang dibina", "orang", 400],
  [null, null, "Persentase pasar rakyat sesuai standar", "%", 60],
  [],
  ["No", "Kode", "Program", "Anggaran (Rp)"],
  [1, "3.30.01", "PROGRAM PENUNJANG URUSAN", "400.000.000"],
  ["Jumlah", null, null, "400.000.000"],
  ...signature,
]);

/** A Realisasi sheet of one quarter with the given realisasi headers and, per indikator, their cells. */
const real = (name: string, tw: string, headers: string[], rows: CellValue[][]) =>
  grid(name, [
    [`PENGUKURAN KINERJA TRIWULAN ${tw} TAHUN 2025`],
    ["KEPALA DINAS PERDAGANGAN"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", ...headers, "Kendala"],
    [1, "Jumlah pelaku usaha yang dibina", "orang", 400, ...rows[0], "-"],
    [2, "Persentase pasar rakyat sesuai standar", "%", 60, ...rows[1], "-"],
  ]);
const realisasiOf = (o: ReturnType<typeof hitung>) => o.results.capaian.map((c) => [c.indikator, c.realisasi]);

describe("`Realisasi s.d. Triwulan k`: a running total, never added up as quarters", () => {
  it("one sheet per quarter, each `s.d.`: R of a count at TW II is its s.d. TW II total; of a percentage its TW II value", () => {
    const o = hitung([pkSheet, real("TW I", "I", ["Realisasi s.d. Triwulan I"], [[120], [40]]), real("TW II", "II", ["Realisasi s.d. Triwulan II"], [[250], [45]])]);
    expect(o.results.triwulan).toBe(2);
    expect(realisasiOf(o)).toEqual([["Jumlah pelaku usaha yang dibina", 250], ["Persentase pasar rakyat sesuai standar", 45]]);
    expect(o.results.capaian[0].perhitungan).toContain("Kumulatif (s.d. TW II 250)");
  });

  it("near miss: `Realisasi Triwulan I` / `II` are the quarters' own figures, added up for a count", () => {
    const o = hitung([pkSheet, real("TW I", "I", ["Realisasi Triwulan I"], [[120], [40]]), real("TW II", "II", ["Realisasi Triwulan II"], [[130], [45]])]);
    expect(realisasiOf(o)).toEqual([["Jumlah pelaku usaha yang dibina", 250], ["Persentase pasar rakyat sesuai standar", 45]]);
  });

  it("the quarter beside its running total: TW II from the quarter's column, R of a count from the running total, both read", () => {
    const o = hitung([pkSheet, real("TW II", "II", ["Realisasi Triwulan II", "Realisasi s.d. Triwulan II"], [[130, 250], [45, 45]])]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw[1], i.twCells[1], i.sd?.[1], i.sdCells?.[1]])).toEqual([[130, "E5", 250, "F5"], [45, "E6", 45, "F6"]]);
    expect(realisasiOf(o)).toEqual([["Jumlah pelaku usaha yang dibina", 250], ["Persentase pasar rakyat sesuai standar", 45]]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca"))).toEqual([]);
  });

  it("a running total, then a quarter's own figure after it: the quarter adds to the running total", () => {
    const o = hitung([pkSheet, real("TW II", "II", ["Realisasi s.d. Triwulan II"], [[250], [45]]), real("TW III", "III", ["Realisasi Triwulan III"], [[100], [50]])]);
    expect(realisasiOf(o)).toEqual([["Jumlah pelaku usaha yang dibina", 350], ["Persentase pasar rakyat sesuai standar", 50]]);
    expect(o.results.capaian[0].perhitungan).toContain("Kumulatif (s.d. TW II 250 + 100)");
  });

  it("a running total that cannot be read is said once, at its cell", () => {
    const o = hitung([pkSheet, real("TW II", "II", ["Realisasi s.d. Triwulan II"], [["250 - 200"], [45]])]);
    expect(rules(o).filter((r) => r.startsWith("value-unreadable"))).toEqual(["value-unreadable TW II!E5"]);
  });

  it("months as running totals (`s.d. Januari` over `T | R`): a count's quarter is its last month's total, not the months added", () => {
    const sheet = grid("Real", [
      ["REALISASI KINERJA TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
      ["No", "Indikator Kinerja", "Target", "s.d. Januari", null, "s.d. Februari", null, "s.d. Maret", null],
      [..._(3), "T", "R", "T", "R", "T", "R"],
      [1, "Jumlah pelaku usaha yang dibina", 400, 30, 10, 60, 25, 100, 40],
    ]);
    const o = hitung([pkSheet, sheet]);
    expect(o.model.realisasi[0].indikator[0].tw[0]).toBe(40);
    expect(realisasiOf(o)[0]).toEqual(["Jumlah pelaku usaha yang dibina", 40]);
  });

  it("near miss: months of their own (`Januari` over `T | R`): a count's quarter is its months added", () => {
    const sheet = grid("Real", [
      ["REALISASI KINERJA TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
      ["No", "Indikator Kinerja", "Target", "Januari", null, "Februari", null, "Maret", null],
      [..._(3), "T", "R", "T", "R", "T", "R"],
      [1, "Jumlah pelaku usaha yang dibina", 400, 30, 10, 30, 15, 40, 15],
    ]);
    expect(realisasiOf(hitung([pkSheet, sheet]))[0]).toEqual(["Jumlah pelaku usaha yang dibina", 40]);
  });

  const long = (header: string) => grid("Real", [
    ["REALISASI KINERJA TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
    ["No", "Indikator Kinerja", "Triwulan", header],
    [1, "Jumlah pelaku usaha yang dibina", "TW 1", 120],
    [2, "Jumlah pelaku usaha yang dibina", "TW 2", 250],
  ]);
  it("one row per quarter under `Realisasi s.d.`: each row a running total", () => {
    expect(realisasiOf(hitung([pkSheet, long("Realisasi s.d.")]))[0]).toEqual(["Jumlah pelaku usaha yang dibina", 250]);
  });
  it("near miss: one row per quarter under `Realisasi`: the quarters added", () => {
    expect(realisasiOf(hitung([pkSheet, long("Realisasi")]))[0]).toEqual(["Jumlah pelaku usaha yang dibina", 370]);
  });

  it("`Realisasi (Kumulatif)` over TW I .. TW IV: each quarter a running total", () => {
    const sheet = grid("Real", [
      ["REALISASI KINERJA TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
      ["No", "Indikator Kinerja", "Target", "Realisasi (Kumulatif)"],
      [..._(3), "TW I", "TW II", "TW III", "TW IV"],
      [1, "Jumlah pelaku usaha yang dibina", 400, 120, 250],
    ]);
    expect(realisasiOf(hitung([pkSheet, sheet]))[0]).toEqual(["Jumlah pelaku usaha yang dibina", 250]);
  });
});

describe("money by `s.d. TW`: running totals made into each quarter's spending", () => {
  const money = (sub: string[], sisa: boolean) => grid("Real", [
    ["LAPORAN REALISASI ANGGARAN TRIWULAN II TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
    ["No", "Kode", "Program", "Pagu (Rp)", "Realisasi Keuangan (Rp)", null, "Realisasi Fisik (%)", null, ...(sisa ? ["Sisa Anggaran (Rp)"] : [])],
    [..._(4), ...sub, ...sub],
    [1, "3.30.01", "PROGRAM PENUNJANG URUSAN", "Rp 400.000.000,00", "Rp 150.000.000,00", "Rp 320.000.000,00", 30, 70, ...(sisa ? ["Rp 80.000.000,00"] : [])],
  ]);

  it("`s.d. TW I | s.d. TW II`: TW II spent the difference, the sum up to June is s.d. TW II, fisik as written", () => {
    const o = hitung([pkSheet, money(["s.d. TW I", "s.d. TW II"], false)]);
    const row = o.model.realisasi[0].budget[0];
    expect([row.keuangan?.values[2], row.keuangan?.values[5], row.fisik?.values[5]]).toEqual([150_000_000, 170_000_000, 70]);
    expect(o.results.anggaran.map((a) => [a.realisasi, a.capaian])).toEqual([[320_000_000, 80]]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: `TW I | TW II` are the quarters' own spending, added up (here past the pagu: realisasi-over-pagu)", () => {
    const o = hitung([pkSheet, money(["TW I", "TW II"], false)]);
    expect(o.results.anggaran.map((a) => a.realisasi)).toEqual([470_000_000]);
    expect(rules(o, "error")).toEqual(["realisasi-over-pagu Real!F6"]);
  });

  it("`Sisa Anggaran` (pagu less realisasi, which the model does not keep) is reported unread, not silently passed over", () => {
    const o = hitung([pkSheet, money(["s.d. TW I", "s.d. TW II"], true)]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca"))).toEqual(["isi-tak-terbaca Real!I4", "isi-tak-terbaca Real!I6"]);
    expect(o.results.anggaran.map((a) => a.realisasi)).toEqual([320_000_000]);
  });
});

describe("`Uraian` beside the name column, holding `Realisasi Keuangan` / `Realisasi Fisik (%)`: the Jenis column", () => {
  const sheet = (labels: [string, string]) => grid("Real", [
    ["LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN 2025"], ["KEPALA DINAS PERDAGANGAN"], [],
    ["No", "Kode", "Program", "Pagu (Rp)", "Uraian", "Jan", "Feb", "Mar"],
    [1, "3.30.01", "PROGRAM PENUNJANG URUSAN", "400.000.000", labels[0], "10.000.000", "20.000.000", "30.000.000"],
    [null, null, null, null, labels[1], 5, 10, 20],
  ]);

  it("the fisik row is the program's realisasi fisik, the keuangan row its money", () => {
    const o = hitung([pkSheet, sheet(["Realisasi Keuangan", "Realisasi Fisik (%)"])]);
    const row = o.model.realisasi[0].budget[0];
    expect([row.keuangan?.values.slice(0, 3), row.fisik?.values.slice(0, 3)]).toEqual([[10_000_000, 20_000_000, 30_000_000], [5, 10, 20]]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca"))).toEqual([]);
  });

  it("near miss: an Uraian column of other words is no Jenis column: the second row is reported, never read as fisik", () => {
    const o = hitung([pkSheet, sheet(["Belanja pegawai", "Belanja barang dan jasa"])]);
    expect(o.model.realisasi[0].budget.map((b) => b.fisik)).toEqual([null]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca")).length).toBeGreaterThan(0);
  });
});
