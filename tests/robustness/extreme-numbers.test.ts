/**
 * Extreme numbers, which Excel holds (from about 2.2e-308 up to about 1.8e308) and people paste: the engine must not turn
 * them into Infinity or NaN. Either the value is read and every result stays finite, or the cell is a finding.
 * These fail today (engine defect, reported to the lead): src/engine/parse/number.ts parseDigits returns
 * Number(normal) unchecked, so 309+ digits become Infinity; sums and products of values past ~1e150 overflow;
 * a division by a target near 1e-307 gives Infinity.
 */
import { parseA1, type Grid } from "../../src/engine/grid";
import { hitung, validasi } from "../../src/engine/run";
import { readXlsx } from "../../src/xlsx/read";
import { DINKES } from "../cli/harness";
import { nonFiniteNumbers } from "./findings-check";

const MANY_NINES = "9".repeat(400);

let sample: Grid[] = [];
beforeAll(async () => {
  sample = await readXlsx(DINKES);
});

const copy = () => sample.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

function setCell(grids: Grid[], sheet: string, cell: string, value: string | number): void {
  const g = grids.find((x) => x.name === sheet)!;
  const at = parseA1(cell)!;
  g.values[at.row - g.top][at.col - g.left] = value;
}

describe("extreme numbers", () => {
  it("an anggaran typed as 400 nines is value-unreadable, not an infinite pagu", () => {
    const grids = copy();
    const pk = validasi(grids).model.pk[0];
    const paguCell = pk.anggaran[0].paguCell;
    setCell(grids, pk.sheet, paguCell, MANY_NINES);
    const out = hitung(grids);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "value-unreadable", sheet: pk.sheet, cell: paguCell }));
    expect(nonFiniteNumbers(out.results)).toEqual([]);
  });

  it("Batas capaian of 400 nines in PENGATURAN is pengaturan-invalid, not an infinite cap", () => {
    const grids = [...copy(), { name: "Atur", values: [["PENGATURAN", null], ["Batas capaian", MANY_NINES]], formats: [], top: 0, left: 0 }];
    const out = hitung(grids);
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: "pengaturan-invalid", sheet: "Atur", cell: "B2" }));
    expect(nonFiniteNumbers(out.results)).toEqual([]);
  });

  it.each([1e200, 1e308])("every number of the sample set to %p: all results stay finite", (big) => {
    const grids = copy();
    for (const g of grids) g.values = g.values.map((row) => row.map((v) => (typeof v === "number" ? big : v)));
    expect(nonFiniteNumbers(hitung(grids).results)).toEqual([]);
  });

  it("a PK target of 1e-307 (near the smallest number Excel holds) gives a finite capaian or none", () => {
    const grids = copy();
    const before = hitung(grids);
    // A positif indikator with realisasi: its capaian tahunan divides the realisasi by this target.
    const c = before.results.capaian.find((x) => x.polaritas === "positif" && typeof x.realisasi === "number")!;
    const ind = before.model.pk.find((p) => p.sheet === c.sheet)!.indikator.find((i) => i.cell === c.cell)!;
    setCell(grids, c.sheet, ind.targetCell!, 1e-307);
    expect(nonFiniteNumbers(hitung(grids).results)).toEqual([]);
  });
});
