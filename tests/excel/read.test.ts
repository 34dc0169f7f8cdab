/** readGrids through the door on a host without a response limit: two round trips, grids equal to the file's. */
import * as path from "path";
import { createExcelDoor } from "../../src/excel";
import { topLeftOf } from "../../src/excel/address";
import { readXlsx } from "../../src/xlsx/read";
import { Sheet, type Grid } from "../../src/engine/grid";
import { FakeExcel } from "../fakes/fake-excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { bigPlan } from "./plans";
import { generateWorkbook } from "../../bench/generate";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const FILES = ["kabupaten-contoh-dinkes-2025.xlsx", "kabupaten-contoh-pupr-2025.xlsx"];

/** Every non-empty cell by sheet address, so grids that start at different corners compare. */
function cellsOf(grid: Grid): Record<string, unknown> {
  const s = new Sheet(grid);
  const out: Record<string, unknown> = {};
  for (let r = 0; r < s.rowCount; r++)
    for (let c = 0; c < s.colCount; c++) {
      const v = s.value(r, c);
      if (v !== null) out[s.address(r, c)] = [v, s.format(r, c)];
    }
  return out;
}

describe.each(FILES)("readGrids on %s", (file) => {
  test("two syncs; the same sheets and cells the .xlsx door reads", async () => {
    const fake = await loadFakeExcel(path.join(SAMPLES, file));
    const grids = await createExcelDoor(fake.run).readGrids();
    expect(fake.syncCount).toBe(2);
    const direct = await readXlsx(path.join(SAMPLES, file));
    expect(grids.map((g) => g.name)).toEqual(direct.map((g) => g.name));
    grids.forEach((g, i) => expect(cellsOf(g)).toEqual(cellsOf(direct[i])));
  });
});

test("readGrids stays at two syncs on a big workbook; offsets and empty sheets", async () => {
  const sheets = Array.from({ length: 200 }, (_, i) => ({
    name: `PK ${i}`,
    values: Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => (c === 0 ? `teks ${r}` : r * c))),
    top: 2,
    left: 1,
  }));
  const fake = FakeExcel.fromSheets([...sheets, { name: "Kosong", values: [] }]);
  const grids = await createExcelDoor(fake.run).readGrids();
  expect(fake.syncCount).toBe(2);
  expect(grids).toHaveLength(201);
  expect(grids[0]).toMatchObject({ name: "PK 0", top: 2, left: 1 });
  expect(grids[0].values[1]).toEqual(["teks 1", 1, 2, 3, 4, 5, 6, 7]);
  expect(grids[200]).toEqual({ name: "Kosong", values: [], formats: [], top: 0, left: 0 });
});

test("empty cells come back as null, error values as their text", async () => {
  const fake = FakeExcel.fromSheets([{ name: "S", values: [["a", null, "#DIV/0!"], [null, 2, true]], top: 0, left: 0 }]);
  const [grid] = await createExcelDoor(fake.run).readGrids();
  expect(grid.values).toEqual([["a", null, "#DIV/0!"], [null, 2, true]]);
});

test("a sheet the add-in wrote reads back through the door", async () => {
  const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]] }]);
  const door = createExcelDoor(fake.run);
  await door.writePlans([bigPlan(3)]);
  const grids = await door.readGrids();
  expect(grids[1].values[1][0]).toBe("Dibuat oleh PK Kinerja");
});

test("topLeftOf parses Excel's addresses", () => {
  expect(topLeftOf("'PK Kadis'!B2:P40")).toEqual({ top: 1, left: 1 });
  expect(topLeftOf("Sheet1!AA10")).toEqual({ top: 9, left: 26 });
  expect(topLeftOf("'It''s!odd'!C3:D4")).toEqual({ top: 2, left: 2 });
  expect(() => topLeftOf("Sheet1!")).toThrow();
});

test("a desktop read Excel refuses as too large goes again sized in advance: same cells, one refusal", async () => {
  const grids = generateWorkbook(300);
  const whole = await createExcelDoor(FakeExcel.fromGrids(grids).run).readGrids();
  const fake = FakeExcel.fromGrids(grids, { responseLimitBytes: 5_000_000 });
  const again = await createExcelDoor(fake.run).readGrids();
  expect(fake.refusedCount).toBe(1);
  expect(again.map((g) => g.values)).toEqual(whole.map((g) => g.values));
  // Formats come back for the numbers that may be percentages; the rest read as General.
  again.forEach((g, i) =>
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number" && v !== 0 && Math.abs(v) <= 10) expect(g.formats[r]?.[c]).toBe(whole[i].formats[r][c]);
      }),
    ),
  );
}, 60_000);
