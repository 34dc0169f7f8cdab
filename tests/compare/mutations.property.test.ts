/**
 * The Dinkes sample against copies damaged at random (cells overwritten, rows deleted or doubled, sheets dropped):
 * the comparison always answers, names only cells that exist on their side, cites only the new version's findings,
 * and a workbook compared with itself has no change.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { compareVersions } from "../../src/engine/compare";
import { sampleGrids } from "../support/samples";
import { Book } from "./edit";

const RUNS = { numRuns: Number(process.env.PK_FUZZ_RUNS ?? 60), interruptAfterTimeLimit: Number(process.env.PK_FUZZ_MS ?? 60_000) };

type Edit = { kind: "set"; sheet: number; row: number; col: number; value: CellValue } | { kind: "delete" | "double"; sheet: number; row: number } | { kind: "drop"; sheet: number };

const n = fc.nat(10_000);
const value: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5_000_000_000 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constantFrom("Plt. KEPALA DINAS KESEHATAN,", "80 - 90", "Rp 1.000.000", "#REF!", "Jumlah", "1.02.02.2.02.0099", "NIP. 19870315 201101 2 009", "%", ""));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), sheet: n, row: n, col: n, value }),
  fc.record({ kind: fc.constantFrom("delete" as const, "double" as const), sheet: n, row: n }),
  fc.record({ kind: fc.constant("drop" as const), sheet: n }),
);

function damaged(sample: Grid[], edits: Edit[]): Book {
  const b = new Book(sample);
  for (const e of edits) {
    const g = b.grids[e.sheet % b.grids.length];
    const rows = g.values.length;
    if (e.kind === "drop") {
      if (b.grids.length > 1) b.removeSheet(g.name);
    } else if (rows && e.kind === "set") b.set(g.name, a1(e.row % rows, e.col % Math.max(1, g.values[0].length)), e.value);
    else if (rows && e.kind === "delete") b.deleteRow(g.name, (e.row % rows) + 1);
    else if (rows && e.kind === "double") b.insertRow(g.name, (e.row % rows) + 1, [...(g.values[e.row % rows] ?? [])]);
  }
  return b;
}

let sample: Grid[];
beforeAll(async () => {
  sample = await sampleGrids("kabupaten-contoh-dinkes-2025");
});

test("the sample against a damaged copy, and the damaged copy against itself", () => {
  const lama = validasi(sample);
  const sheetsOld = new Set(sample.map((g) => g.name));
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
      const b = damaged(sample, edits);
      const baru = validasi(b.grids);
      const out = compareVersions(lama, baru);
      const sheetsNew = new Set(b.grids.map((g) => g.name));
      const findings = new Set(baru.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}|${f.sheet}|${f.cell}|${f.message}`));
      for (const c of out.perubahan) {
        if (c.sheetLama) expect(sheetsOld).toContain(c.sheetLama);
        if (c.sheetBaru) expect(sheetsNew).toContain(c.sheetBaru);
        for (const cell of [c.cellLama, c.cellBaru]) if (cell !== null) expect(cell).toMatch(/^[A-Z]{1,3}\d+$/);
        expect(c.sheetLama !== null || c.sheetBaru !== null).toBe(true);
        for (const t of c.temuan) expect(findings).toContain(`${t.rule}|${t.sheet}|${t.cell}|${t.message}`);
      }
      expect(out.ringkasan.pk.reduce((s, p) => s + p.perubahan, 0)).toBe(out.perubahan.length);
      expect(compareVersions(baru, validasi(b.grids)).perubahan).toEqual([]);
    }),
    RUNS,
  );
});
