/**
 * One PK's kinerja table and budget table side by side on the same header row, a blank column between
 * (tests/wild pg-gunungkidul-kominfo-kinerja-anggaran-berdampingan-2025). Near misses: no gutter, or two tables of
 * one kind, are not split this way.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

const signature: CellValue[][] = [
  [],
  [null, "PIHAK KEDUA,", null, null, null, null, "PIHAK PERTAMA,"],
  [null, "BUPATI CONTOH,", null, null, null, null, "KEPALA DINAS KOMINFO,"],
  [],
  [null, "H. BUDI SANTOSO", null, null, null, null, "Drs. BAMBANG SETYAWAN"],
  [null, null, null, null, null, null, "NIP. 19711020 199603 1 002"],
];
/** Kinerja in A:D, then `gutter` empty columns, then the budget table. */
function sheet(gutter: number, budgetHeader: CellValue[] = ["Kode", "Program", "Anggaran (Rp)"]): ReturnType<typeof grid> {
  const gap = new Array(gutter).fill(null);
  return grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["DINAS KOMINFO"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", ...gap, ...budgetHeader],
    [1, "Meningkatnya layanan informasi", "Indeks Keterbukaan Informasi Publik", "88,5 Indeks", ...gap, "2.16.02", "PROGRAM PENGELOLAAN INFORMASI", 2000],
    [null, null, "Persentase aduan ditindaklanjuti", "95 %", ...gap, "2.16.03", "PROGRAM PENGELOLAAN APLIKASI", 1000],
    [null, null, "Indeks SPBE", "3,1 Indeks", ...gap, "Jumlah", null, 3000],
    ...signature,
  ]);
}

describe("a kinerja table and a budget table side by side", () => {
  it("reads both: three indikator, two programs, the Jumlah checked, nothing unread", () => {
    const o = validasi([sheet(1)]);
    const pk = o.model.pk[0];
    expect(pk.indikator.map((i) => i.nama)).toEqual(["Indeks Keterbukaan Informasi Publik", "Persentase aduan ditindaklanjuti", "Indeks SPBE"]);
    expect(pk.anggaran.map((a) => [a.kode, a.pagu, a.paguCell])).toEqual([["2.16.02", 2000, "H5"], ["2.16.03", 1000, "H6"]]);
    expect(pk.jumlah).toMatchObject({ value: 3000, cell: "H7" });
    expect(o.model.bacaan[0].takTerbaca).toEqual([]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("a wrong Jumlah beside the indikator rows is found", () => {
    const g = sheet(1);
    g.values[6][7] = 3500;
    expect(rules(validasi([g]), "error")).toEqual(["jumlah-mismatch PK!H7"]);
  });

  it("near miss: without a blank column between, the header is one table (its extra columns reported, not read as a budget)", () => {
    const o = validasi([sheet(0)]);
    expect(o.model.pk[0].anggaran).toEqual([]);
    expect(o.model.bacaan[0].takTerbaca.length).toBeGreaterThan(0);
  });

  it("near miss: a second kinerja header beside the first is not a budget table", () => {
    const o = validasi([sheet(1, ["Indikator Kinerja", "Satuan", "Target"])]);
    expect(o.model.pk[0].anggaran).toEqual([]);
  });
});
