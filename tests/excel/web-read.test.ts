/**
 * Reading as Excel on the web allows: names, visibility and used-range addresses first (one request), then
 * values in blocks under the 5 MB response limit, then number formats only for the cells that may be
 * percentages. Nothing refused. More on the first request in read-first.test.ts.
 */
import { generateWorkbook } from "../../bench/generate";
import { createExcelDoor } from "../../src/excel";
import { FakeExcel } from "../fakes/fake-excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { cells } from "./grid-cells";
import { SAMPLE_NAMES, samplePath } from "../support/samples";

const WEB = { requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000, recordOperations: true };

test.each(SAMPLE_NAMES)("%s: the web read gives the desktop read's cells, in 2 syncs", async (name) => {
  const desktop = await createExcelDoor((await loadFakeExcel(samplePath(name))).run).readGrids();
  const fake = await loadFakeExcel(samplePath(name), WEB);
  const grids = await createExcelDoor(fake.run, { web: true }).readGrids();
  expect(cells(grids)).toEqual(cells(desktop));
  expect(grids.map((g) => g.name)).toEqual(desktop.map((g) => g.name));
  expect(fake.syncCount).toBe(2);
  expect(fake.refusedCount).toBe(0);
});

test("a generated 300-PK workbook is read with nothing refused, no response near the limit, formats only where needed", async () => {
  const grids = generateWorkbook(300);
  const fake = FakeExcel.fromGrids(grids, WEB);
  const read = await createExcelDoor(fake.run, { web: true }).readGrids();
  expect(fake.refusedCount).toBe(0);
  expect(fake.maxResponseBytes).toBeLessThan(4_500_000);
  expect(fake.syncCount).toBeLessThanOrEqual(3);
  expect(cells(read)).toEqual(cells(grids));
  // Formats were asked for a small part of the cells: far fewer bytes than the values.
  const formatLoads = fake.operations.filter((op) => op.member === "load" && op.path.includes("getRangeByIndexes"));
  expect(formatLoads.length).toBeGreaterThan(0);
  const total = fake.responseBytes.reduce((a, b) => a + b, 0);
  const valueBytes = JSON.stringify(grids.map((g) => g.values)).length;
  expect(total).toBeLessThan(valueBytes * 1.3);
}, 60_000);

test("one large sheet (a stray value at row 60,000) is read in row blocks, each under the limit", async () => {
  const rows = Array.from({ length: 40 }, (_, r) => Array.from({ length: 20 }, (_, c) => `isi ${r}-${c} ${"x".repeat(30)}`));
  const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: rows }, { name: "Besar", values: rows }], WEB);
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Besar").getRange("T60000").values = [["sisa"]];
  });
  fake.resetCounters();
  const grids = await createExcelDoor(fake.run, { web: true }).readGrids();
  expect(fake.refusedCount).toBe(0);
  expect(fake.maxResponseBytes).toBeLessThan(5_000_000);
  const big = grids.find((g) => g.name === "Besar")!;
  expect(big.values[59999][19]).toBe("sisa");
  expect(big.values[39][19]).toBe(rows[39][19]);
  expect(grids[0].values).toEqual(rows);
});

test("hidden sheets: name and visibility only, never their cells", async () => {
  const fake = FakeExcel.fromSheets(
    [
      { name: "PK Kadis", values: [["PERJANJIAN KINERJA"]] },
      { name: "PK Kadis (lama)", values: [["PERJANJIAN KINERJA"], ["salinan lama"]], hidden: true },
      { name: "Rahasia", values: [[1]], visibility: "VeryHidden" },
    ],
    { ...WEB, recordOperations: true },
  );
  for (const web of [true, false]) {
    fake.resetCounters();
    const grids = await createExcelDoor(fake.run, { web }).readGrids();
    expect(grids.map((g) => [g.name, g.hidden ?? false, g.values.length])).toEqual([
      ["PK Kadis", false, 1],
      ["PK Kadis (lama)", true, 0],
      ["Rahasia", true, 0],
    ]);
    const touched = fake.operations.filter((op) => op.path.includes("lama") || op.path.includes("Rahasia"));
    expect(touched).toEqual([]);
  }
});

test("desktop (no response limit): two syncs, values and formats of every visible sheet", async () => {
  const fake = FakeExcel.fromSheets([
    { name: "A", values: [[0.855, "x"]], formats: [["0.0%", "General"]] },
    { name: "B", values: [[1]], hidden: true },
  ]);
  const grids = await createExcelDoor(fake.run).readGrids();
  expect(fake.syncCount).toBe(2);
  expect(grids[0]).toMatchObject({ values: [[0.855, "x"]], formats: [["0.0%", "General"]] });
  expect(grids[1]).toMatchObject({ name: "B", hidden: true, values: [] });
});

test("the second read of the same door needs one sync less: its first request brings the values of the sheets it saw", async () => {
  const fake = await loadFakeExcel(samplePath("kabupaten-contoh-pupr-2025"), WEB);
  const door = createExcelDoor(fake.run, { web: true });
  const first = await door.readGrids();
  const firstSyncs = fake.syncCount;
  fake.resetCounters();
  const second = await door.readGrids();
  expect(second).toEqual(first);
  expect(fake.syncCount).toBe(firstSyncs - 1);
  // A sheet renamed in between: the remembered name is gone, the read still gives the workbook as it is.
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(first[0].name).name = "Baru";
  });
  const third = await door.readGrids();
  expect(third.map((g) => g.name)).toEqual(["Baru", ...first.slice(1).map((g) => g.name)]);
  expect(third[0].values).toEqual(first[0].values);
});
