/**
 * The sample workbooks, damaged the way people damage workbooks: cells blanked, swapped, overwritten with junk or
 * error values, rows deleted or duplicated, sheets copied or dropped. The engine always answers, findings stay real.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/grid";
import { readXlsx } from "../../src/xlsx/read";
import { DINKES, PUPR } from "../cli/harness";
import { denseGrid } from "../support/grid";
import { cellValue, ERROR_VALUES, JUNK } from "./cell-pool";
import { exerciseEngine } from "./exercise";

const RUNS = { numRuns: Number(process.env.PK_FUZZ_RUNS ?? 150), interruptAfterTimeLimit: Number(process.env.PK_FUZZ_MS ?? 90_000) };

type Mutation =
  | { kind: "blank" | "junk" | "error"; sheet: number; row: number; col: number; value: CellValue }
  | { kind: "swap"; sheet: number; row: number; col: number; row2: number; col2: number }
  | { kind: "delete-row" | "duplicate-row" | "blank-row" | "delete-col"; sheet: number; row: number; col: number }
  | { kind: "copy-sheet" | "drop-sheet" | "clear-sheet"; sheet: number };

const index = fc.nat(10_000);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("blank" as const), sheet: index, row: index, col: index, value: fc.constant(null) }),
  fc.record({ kind: fc.constant("junk" as const), sheet: index, row: index, col: index, value: fc.oneof(cellValue, fc.constantFrom(...JUNK)) }),
  fc.record({ kind: fc.constant("error" as const), sheet: index, row: index, col: index, value: fc.constantFrom(...ERROR_VALUES) }),
  fc.record({ kind: fc.constant("swap" as const), sheet: index, row: index, col: index, row2: index, col2: index }),
  fc.record({ kind: fc.constantFrom("delete-row" as const, "duplicate-row" as const, "blank-row" as const, "delete-col" as const), sheet: index, row: index, col: index }),
  fc.record({ kind: fc.constantFrom("copy-sheet" as const, "drop-sheet" as const, "clear-sheet" as const), sheet: index }),
);

/** A copy to damage, as full rectangles: the door's grids are sparse, the damages edit cells by position. */
function clone(grids: Grid[]): Grid[] {
  return grids.map(denseGrid);
}

/** Applies a mutation in place; indices wrap around the sheet's size so every mutation lands somewhere. */
function apply(grids: Grid[], m: Mutation): void {
  if (!grids.length) return;
  const g = grids[m.sheet % grids.length];
  const rows = g.values.length;
  const cols = rows ? g.values[0].length : 0;
  switch (m.kind) {
    case "copy-sheet": {
      let name = `${g.name} (2)`;
      while (grids.some((x) => x.name.toLowerCase() === name.toLowerCase())) name += "x";
      grids.push({ ...clone([g])[0], name });
      return;
    }
    case "drop-sheet":
      if (grids.length > 1) grids.splice(grids.indexOf(g), 1);
      return;
    case "clear-sheet":
      Object.assign(g, { values: [], formats: [], top: 0, left: 0 });
      return;
  }
  if (!rows || !cols) return;
  const r = m.row % rows;
  const c = m.col % cols;
  switch (m.kind) {
    case "blank":
    case "junk":
    case "error":
      g.values[r][c] = m.value;
      return;
    case "swap": {
      const r2 = m.row2 % rows;
      const c2 = m.col2 % cols;
      [g.values[r][c], g.values[r2][c2]] = [g.values[r2][c2], g.values[r][c]];
      return;
    }
    case "delete-row":
      g.values.splice(r, 1);
      g.formats.splice(r, 1);
      return;
    case "duplicate-row":
      g.values.splice(r, 0, [...g.values[r]]);
      g.formats.splice(r, 0, [...(g.formats[r] ?? [])]);
      return;
    case "blank-row":
      g.values[r] = g.values[r].map(() => null);
      return;
    case "delete-col":
      if (cols > 1) for (const row of [...g.values, ...g.formats]) row.splice(c, 1);
      return;
  }
}

let samples: Grid[][] = [];
beforeAll(async () => {
  samples = [await readXlsx(DINKES), await readXlsx(PUPR)];
});

describe("mutated sample workbooks", () => {
  it("the samples themselves pass the checks", () => {
    for (const grids of samples) expect(exerciseEngine(grids)).toEqual([]);
  });

  it("after 1 to 12 random damages the engine still answers and every finding points at a real cell", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.constantFrom(undefined, 1, 2, 3, 4), (which, mutations, tw) => {
        const grids = clone(samples[which]);
        for (const m of mutations) apply(grids, m);
        expect(exerciseEngine(grids, tw)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("every numeric cell replaced at once by an error value, a huge or tiny number, or NaN-like text", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.constantFrom<CellValue>(...ERROR_VALUES, 1e100, -1e100, 1e-100, 0, -1, "NaN", "-", "1e999"), (which, replacement) => {
        const grids = clone(samples[which]);
        for (const g of grids) g.values = g.values.map((row) => row.map((v) => (typeof v === "number" ? replacement : v)));
        expect(exerciseEngine(grids)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
