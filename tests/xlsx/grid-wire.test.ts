/** The grid as it crosses from the unpacking thread: the same grid comes out as went in. */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/grid";
import { fromWire, toWire } from "../../src/xlsx/grid-wire";

const value: fc.Arbitrary<CellValue> = fc.oneof(fc.string({ maxLength: 12 }), fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constantFrom("#DIV/0!", "", " ", "0"));

/** A sparse grid as readSheet makes it: rows and cells with holes, a format only where a value is. */
const grids: fc.Arbitrary<Grid> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 10 }),
    top: fc.nat({ max: 1_048_575 }),
    left: fc.nat({ max: 16_383 }),
    cells: fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 30 }), value, fc.option(fc.constantFrom("0%", "0.00%", "dd/mm/yyyy", "#,##0"), { nil: undefined })), { maxLength: 60 }),
    merges: fc.option(fc.array(fc.constantFrom("A1:B2", "C3:C5"), { maxLength: 2 }), { nil: undefined }),
    hiddenRows: fc.option(fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  })
  .map(({ name, top, left, cells, merges, hiddenRows }) => {
    const g: Grid = { name, values: [], formats: [], top, left };
    for (const [r, c, v, f] of cells) {
      (g.values[r] ??= [])[c] = v;
      if (f !== undefined) (g.formats[r] ??= [])[c] = f;
      else if (g.formats[r]) delete g.formats[r][c];
    }
    if (merges) g.merges = merges;
    if (hiddenRows) g.hiddenRows = hiddenRows;
    return g;
  });

test("fromWire(toWire(grid)) is the grid", () => {
  fc.assert(
    fc.property(grids, (g) => {
      const back = fromWire(toWire(g).wire);
      expect(back).toEqual(g);
      // Holes stay holes: a reader visiting the occupied cells meets the same ones.
      expect(back.values.map((row) => (row ? Object.keys(row) : null))).toEqual(g.values.map((row) => (row ? Object.keys(row) : null)));
    }),
    { numRuns: 300 },
  );
});

test("a hidden sheet crosses as one", () => {
  const hidden: Grid = { name: "Lama", values: [], formats: [], top: 0, left: 0, hidden: true };
  expect(fromWire(toWire(hidden).wire)).toEqual(hidden);
});

test("the arrays that cross are the ones transferred", () => {
  const { wire, transfer } = toWire({ name: "PK", values: [[1, "a"], [true]], formats: [["0%"]], top: 2, left: 1 });
  expect(transfer).toEqual([wire.rows.buffer, wire.cols.buffer, wire.kinds.buffer, wire.numbers.buffer, wire.formats.buffer]);
  expect(wire.strings).toEqual(["a"]);
  expect(wire.formatTable).toEqual(["0%"]);
});
