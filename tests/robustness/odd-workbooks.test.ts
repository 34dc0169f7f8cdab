/** Valid but odd workbooks named in issue 7: each gets a complete answer, with the finding rules.md prescribes. */
import { parseA1, type CellValue, type Grid } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { readXlsx } from "../../src/xlsx/read";
import { DINKES } from "../cli/harness";
import { exerciseEngine } from "./exercise";

const sheet = (name: string, values: CellValue[][], top = 0, left = 0): Grid => ({ name, values, formats: [], top, left });

let sample: Grid[] = [];
beforeAll(async () => {
  sample = await readXlsx(DINKES);
});
const copy = () => sample.map((g) => ({ ...g, values: g.values.map((r) => [...r]), formats: g.formats.map((r) => [...r]) }));

function setCell(grids: Grid[], name: string, cell: string, value: CellValue): void {
  const g = grids.find((x) => x.name === name)!;
  const at = parseA1(cell)!;
  g.values[at.row - g.top][at.col - g.left] = value;
}

/** Runs the engine end to end (no throw, sound findings) and gives validasi's answer. */
function answer(grids: Grid[]) {
  expect(exerciseEngine(grids)).toEqual([]);
  return validasi(grids);
}

describe("odd workbooks", () => {
  it("only empty sheets: pk-missing at A1 of the first sheet, each sheet unrecognised", () => {
    const out = answer([sheet("Sheet1", []), sheet("Sheet2", [])]);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "pk-missing", severity: "error", sheet: "Sheet1", cell: "A1" }));
    expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => f.sheet)).toEqual(["Sheet1", "Sheet2"]);
    expect(out.model.pk).toEqual([]);
  });

  it("a PK title with nothing under it is a cover page, not a PK", () => {
    const out = answer([sheet("Sampul", [["PERJANJIAN KINERJA TAHUN 2025"]], 3, 2)]);
    expect(out.model.pk).toEqual([]);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "pk-missing", sheet: "Sampul", cell: "A1" }));
    expect(out.findings.find((f) => f.rule === "pk-missing")!.message).toMatch(/tidak memuat lembar PK/);
  });

  it("a PK with a kinerja header and no rows: a PK without indikator, pihak-missing at its title cell", () => {
    const out = answer([sheet("PK", [["PERJANJIAN KINERJA TAHUN 2025"], [], ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"], ["(1)", "(2)", "(3)", "(4)", "(5)"]], 2, 1)]);
    expect(out.model.pk).toHaveLength(1);
    expect(out.model.pk[0].indikator).toEqual([]);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "pihak-missing", sheet: "PK", cell: "B3" }));
  });

  it("a PK with a budget table of only its Jumlah row and no kinerja table: tabel-missing at the title cell", () => {
    const out = answer([sheet("PK", [["LAMPIRAN PERJANJIAN KINERJA"], ["TAHUN 2025"], ["No", "Kode", "Program", "Anggaran (Rp)"], [null, null, "Jumlah", 0]], 0, 1)]);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "tabel-missing", severity: "error", sheet: "PK", cell: "B1" }));
  });

  it("Rencana Aksi and Realisasi sheets with headers only, and no PK", () => {
    const out = answer([
      sheet("RA", [["RENCANA AKSI TAHUN 2025"], ["No", "Indikator Kinerja", "Target", "Target Triwulan"], [null, null, null, "TW I", "TW II", "TW III", "TW IV"]]),
      sheet("Real", [["REALISASI KINERJA TAHUN 2025"], ["No", "Indikator Kinerja", "Realisasi"], [null, null, "TW I", "TW II", "TW III", "TW IV"]]),
    ]);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "pk-missing", sheet: "RA", cell: "A1" }));
  });

  it.each(["#DIV/0!", "#REF!", "#N/A", "#VALUE!"])("%s in a PK target cell is cell-error at that cell", (error) => {
    const grids = copy();
    const pk = validasi(grids).model.pk[1];
    const target = pk.indikator[0].targetCell!;
    setCell(grids, pk.sheet, target, error);
    const out = answer(grids);
    const f = out.findings.find((x) => x.rule === "cell-error" && x.sheet === pk.sheet && x.cell === target);
    expect(f).toMatchObject({ severity: "error" });
    expect(f!.message).toContain(error);
  });

  it("#REF! in a realisasi quarter and #DIV/0! in an anggaran are cell-error at those cells", () => {
    const grids = copy();
    const model = validasi(grids).model;
    const real = model.realisasi.find((r) => r.indikator.some((i) => i.tw[0] !== null))!;
    const twCell = real.indikator.find((i) => i.tw[0] !== null)!.twCells[0];
    const pk = model.pk[0];
    setCell(grids, real.sheet, twCell, "#REF!");
    setCell(grids, pk.sheet, pk.anggaran[0].paguCell, "#DIV/0!");
    const errors = answer(grids).findings.filter((f) => f.rule === "cell-error").map((f) => `${f.sheet}!${f.cell}`);
    expect(errors).toEqual(expect.arrayContaining([`${real.sheet}!${twCell}`, `${pk.sheet}!${pk.anggaran[0].paguCell}`]));
  });

  it("a copied PK sheet (\"PK Kabid Kesmas (2)\") is read as one more PK and the run completes", () => {
    const grids = copy();
    const original = grids.find((g) => g.name === "PK Kabid Kesmas")!;
    grids.push({ ...original, name: "PK Kabid Kesmas (2)" });
    const out = answer(grids);
    expect(out.model.pk.map((p) => p.sheet)).toContain("PK Kabid Kesmas (2)");
    expect(out.model.pk).toHaveLength(validasi(sample).model.pk.length + 1);
  });

  it("a sheet with NaN-like text, huge and tiny numbers and booleans scattered among the tables", () => {
    const grids = copy();
    const junk: CellValue[] = ["NaN", "Infinity", "1e999", 1e100, 1e-100, -0, true, "-", "Rp -", "%"];
    grids.forEach((g, i) => g.values.forEach((row, r) => { if (r % 3 === 1 && row.length) row[(r + i) % row.length] = junk[(r + i) % junk.length]; }));
    const out = answer(grids);
    expect(out.model.pk.length).toBeGreaterThan(0);
  });

  it("no sheet at all: no exception (the .xlsx door refuses such a file before the engine)", () => {
    expect(() => validasi([])).not.toThrow();
  });
});
