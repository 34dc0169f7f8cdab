/**
 * Hidden rows and columns through the Office.js door: a PK Perubahan's hidden murni column and the hidden row of a
 * dropped program reach the engine as hiddenRows/hiddenCols, as the .xlsx door gives them, on the desktop and the
 * web read (first read, the door's next one); rows a filter hides stay data; a workbook with nothing hidden costs
 * no request more and loads nothing more per sheet than rowHidden and columnHidden; a host before ExcelApi 1.9 is
 * read as before. The in-memory Excel's own hidden rows, columns and filter first.
 */
import * as fs from "fs";
import { generateWorkbook } from "../../bench/generate";
import type { Grid } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { createExcelDoor, type ExcelDoorOptions } from "../../src/excel";
import { readXlsx } from "../../src/xlsx/read";
import { FakeExcel, type FakeExcelOptions, type FakeSheetData } from "../fakes/fake-excel";
import { tempDir } from "../wild/book";
import { tangerangDinkesPerubahan } from "../wild/layouts/tangerang-dinkes-perubahan-hidden-2023";
import { cells } from "./grid-cells";

const WEB: FakeExcelOptions = { requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000, recordOperations: true };
const door = (fake: FakeExcel, options: ExcelDoorOptions = {}) => createExcelDoor(fake.run, { retryDelayMs: 0, ...options });
const PATHS = ["desktop", "web"] as const;
const webOf = (p: (typeof PATHS)[number]) => p === "web";

/** Hidden rows and columns of each sheet as sheet indices, whatever corner its grid starts at. */
const hiddenOf = (grids: Grid[]) =>
  Object.fromEntries(grids.map((g) => [g.name, { rows: (g.hiddenRows ?? []).map((r) => r + g.top), cols: (g.hiddenCols ?? []).map((c) => c + g.left) }]));

const block = (rows: number, cols: number, tag = "v"): (string | number)[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 0 ? `${tag} ${r}` : r * 10 + c)));

describe("the in-memory Excel's hidden rows and columns", () => {
  const fake = () =>
    FakeExcel.fromSheets([{ name: "S", values: block(6, 4), top: 1, left: 1, hiddenRows: [2], hiddenCols: [0, 1], autoFilter: { range: "B2:E7", filtered: [4] } }]);

  test("rowHidden and columnHidden: true when all are hidden, false when none, null when some; loaded before read", async () => {
    const f = fake();
    const got = await f.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const ranges = ["B2:E7", "B4:C4", "D2:E3", "B4:B5"].map((a) => s.getRange(a).load("rowHidden,columnHidden"));
      expect(() => ranges[0].rowHidden).toThrow(/rowHidden/);
      await ctx.sync();
      return ranges.map((r) => [r.rowHidden, r.columnHidden]);
    });
    // Row 4 (B4) is hidden, row 6 (the filtered one) too, as Excel reports rows a filter hides.
    expect(got).toEqual([[null, null], [true, true], [false, false], [null, true]]);
  });

  test("getRowProperties / getColumnProperties: one answer per row or column after sync, counted in the response; the filter's range", async () => {
    const f = fake();
    const before = await f.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("B2:E3");
      r.load("address");
      await ctx.sync();
      return f.responseBytes[f.responseBytes.length - 1];
    });
    const got = await f.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const rows = s.getRange("B2:E7").getRowProperties({ rowHidden: true, rowIndex: true });
      const cols = s.getRange("B2:E7").getColumnProperties({ columnHidden: true, columnIndex: true });
      s.autoFilter.load("enabled,isDataFiltered");
      const range = s.autoFilter.getRangeOrNullObject().load("address");
      expect(() => rows.value).toThrow();
      await ctx.sync();
      return { rows: rows.value, cols: cols.value, filter: [s.autoFilter.enabled, s.autoFilter.isDataFiltered, range.address] };
    });
    expect(got.rows.filter((p) => p.rowHidden).map((p) => p.rowIndex)).toEqual([3, 5]);
    expect(got.rows.map((p) => p.rowIndex)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(got.cols.filter((p) => p.columnHidden).map((p) => p.columnIndex)).toEqual([1, 2]);
    expect(got.filter).toEqual([true, true, "S!B2:E7"]);
    expect(f.responseBytes[f.responseBytes.length - 1]).toBeGreaterThan(JSON.stringify(got.rows).length + before);
  });

  test("near miss: no filter, nothing hidden; a host before ExcelApi 1.9 refuses the calls", async () => {
    const plain = FakeExcel.fromSheets([{ name: "S", values: block(3, 3) }]);
    const got = await plain.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const r = s.getRange("A1:C3").load("rowHidden,columnHidden");
      s.autoFilter.load("enabled");
      const range = s.autoFilter.getRangeOrNullObject();
      await ctx.sync();
      return [r.rowHidden, r.columnHidden, s.autoFilter.enabled, range.isNullObject];
    });
    expect(got).toEqual([false, false, false, true]);
    const old = FakeExcel.fromSheets([{ name: "S", values: block(3, 3) }], { excelApi: 1.8 });
    await expect(old.run(async (ctx) => void ctx.workbook.worksheets.getItem("S").getRange("A1:C3").getRowProperties({ rowHidden: true }))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });
});

describe("a PK Perubahan with its murni column and a dropped program's row hidden (tangerang-dinkes-perubahan-hidden-2023)", () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let xlsx: Grid[];
  beforeAll(async () => {
    xlsx = await readXlsx(await tangerangDinkesPerubahan.build().write(dir));
  });
  const PK1 = "PK Perubahan Kadis";

  test("the .xlsx door's grids hide column D and the dropped program's row (the ground the door is compared on)", () => {
    expect(hiddenOf(xlsx)[PK1]).toEqual({ rows: [12], cols: [3] });
    expect(hiddenOf(xlsx)["PK Perubahan Sekretaris"]).toEqual({ rows: [], cols: [3] });
  });

  test.each(PATHS)("%s: the door's grids equal the .xlsx door's, hidden rows and columns included; validasi reads the visible targets", async (p) => {
    const fake = FakeExcel.fromGrids(xlsx, WEB);
    const grids = await door(fake, { web: webOf(p) }).readGrids();
    expect(cells(grids)).toEqual(cells(xlsx));
    expect(hiddenOf(grids)).toEqual(hiddenOf(xlsx));
    const { model, findings } = validasi(grids);
    const pk = model.pk.find((x) => x.sheet === PK1)!;
    expect(pk.indikator.map((i) => [i.target, i.targetCell[0]])).toEqual([[75, "E"], [4.1, "E"], [8.8, "E"], [84, "E"]]);
    expect(pk.anggaran.map((a) => a.kode)).toEqual(["1.02.01", "1.02.02", "1.02.03"]);
    expect(findings.filter((f) => f.rule === "isi-tersembunyi").map((f) => f.sheet)).toEqual([PK1, "PK Perubahan Sekretaris"]);
    expect(findings.map((f) => f.rule)).not.toContain("target-ganda");
    expect(validasi(grids).findings).toEqual(validasi(xlsx).findings);
  });

  test("near miss: a host before ExcelApi 1.9 gets no hidden rows or columns, and reads the hidden cells as today", async () => {
    const fake = FakeExcel.fromGrids(xlsx, { ...WEB, excelApi: 1.8 });
    const grids = await door(fake, { web: true, findHidden: false }).readGrids();
    expect(hiddenOf(grids)[PK1]).toEqual({ rows: [], cols: [] });
    const { model, findings } = validasi(grids);
    // The dropped program counts, and the two Target columns are reported as such.
    expect(model.pk.find((x) => x.sheet === PK1)!.anggaran.map((a) => a.kode)).toContain("1.02.05");
    expect(findings.map((f) => f.rule)).toContain("target-ganda");
    expect(fake.operations.filter((op) => /Properties|autoFilter/.test(op.path + op.member))).toEqual([]);
  });

  test("web: the questions ride on the first request of values (2 syncs, as with nothing hidden); the next read asks them in its first request (1 sync)", async () => {
    const fake = FakeExcel.fromGrids(xlsx, WEB);
    const d = door(fake, { web: true });
    const first = await d.readGrids();
    expect(fake.syncCount).toBe(2);
    const asked = fake.operations.filter((op) => op.member === "getRowProperties()" || op.member === "getColumnProperties()");
    expect(new Set(asked.map((op) => op.sync))).toEqual(new Set([2]));
    fake.resetCounters();
    const second = await d.readGrids();
    expect(fake.syncCount).toBe(1);
    expect(hiddenOf(second)).toEqual(hiddenOf(first));
    expect(cells(second)).toEqual(cells(first));
  });

  test("desktop: one request more, for every sheet at once; the door's next read asks them with the values (2 syncs)", async () => {
    const fake = FakeExcel.fromGrids(xlsx, { recordOperations: true });
    const d = door(fake);
    const first = await d.readGrids();
    expect(fake.syncCount).toBe(3);
    fake.resetCounters();
    const second = await d.readGrids();
    expect(fake.syncCount).toBe(2);
    expect(hiddenOf(second)).toEqual(hiddenOf(xlsx));
    expect(cells(second)).toEqual(cells(first));
  });

  test("the next read of a sheet hidden since: asked then, in at most one request more", async () => {
    const plain = xlsx.map(({ hiddenRows: _r, hiddenCols: _c, ...g }) => g);
    const fake = FakeExcel.fromGrids(plain, WEB);
    const d = door(fake, { web: true });
    expect(hiddenOf(await d.readGrids())[PK1]).toEqual({ rows: [], cols: [] });
    fake.book.find(PK1)!.hiddenCols.add(3);
    fake.resetCounters();
    const again = await d.readGrids();
    expect(hiddenOf(again)[PK1]).toEqual({ rows: [], cols: [3] });
    expect(fake.syncCount).toBe(2);
  });
});

test.each(PATHS)("%s: a sheet that hid something last time, shown or emptied since: the next read gives it as it is now", async (p) => {
  const fake = FakeExcel.fromSheets([{ name: "A", values: block(4, 3), hiddenCols: [1] }, { name: "B", values: block(3, 3), hiddenRows: [1] }], WEB);
  const d = door(fake, { web: webOf(p) });
  expect(hiddenOf(await d.readGrids())).toEqual({ A: { rows: [], cols: [1] }, B: { rows: [1], cols: [] } });
  fake.book.find("A")!.hiddenCols.clear();
  await fake.run(async (ctx) => void ctx.workbook.worksheets.getItem("B").getRange("A1:C3").clear("Contents"));
  fake.resetCounters();
  const again = await d.readGrids();
  expect(hiddenOf(again)).toEqual({ A: { rows: [], cols: [] }, B: { rows: [], cols: [] } });
  expect(again[1].values).toEqual([]);
  expect(fake.refusedCount).toBe(0);
  expect(fake.syncCount).toBe(webOf(p) ? 1 : 2);
  // The door forgets them: its third read asks nothing about hidden rows or columns.
  fake.resetCounters();
  await d.readGrids();
  expect(fake.operations.filter((op) => /Properties|autoFilter/.test(op.path + op.member))).toEqual([]);
});

test.each(PATHS)("%s: every column of the used range hidden (columnHidden true) is asked too", async (p) => {
  const fake = FakeExcel.fromSheets([{ name: "Lama", values: block(3, 2), left: 2, hiddenCols: [0, 1] }, { name: "Baru", values: block(3, 2) }], WEB);
  const grids = await door(fake, { web: webOf(p) }).readGrids();
  expect(hiddenOf(grids)).toEqual({ Lama: { rows: [], cols: [2, 3] }, Baru: { rows: [], cols: [] } });
  expect(grids[0].hiddenCols).toEqual([0, 1]);
});

describe("rows a filter hides are data", () => {
  const sheets = (filter: boolean): FakeSheetData[] => [
    {
      name: "Realisasi",
      values: block(8, 3, "baris"),
      top: 2,
      hiddenCols: [2],
      ...(filter ? { autoFilter: { range: "A3:C10", filtered: [3, 5] } } : { hiddenRows: [3, 5] }),
    },
  ];
  test.each(PATHS)("%s: filtered rows are not hidden; a hidden column beside them still is", async (p) => {
    const grids = await door(FakeExcel.fromSheets(sheets(true), WEB), { web: webOf(p) }).readGrids();
    expect(grids[0].hiddenRows).toBeUndefined();
    expect(grids[0].hiddenCols).toEqual([2]);
    expect(grids[0].values[3][0]).toBe("baris 3");
  });
  test.each(PATHS)("%s near miss: the same rows hidden by hand are hidden", async (p) => {
    const grids = await door(FakeExcel.fromSheets(sheets(false), WEB), { web: webOf(p) }).readGrids();
    expect(grids[0].hiddenRows).toEqual([3, 5]);
  });
  test("a filter that filters nothing leaves rows hidden by hand inside it hidden", async () => {
    const data: FakeSheetData = { name: "S", values: block(5, 2), hiddenRows: [2], autoFilter: { range: "A1:B5" } };
    const grids = await door(FakeExcel.fromSheets([data], WEB), { web: true }).readGrids();
    expect(grids[0].hiddenRows).toEqual([2]);
  });
});

describe("nothing hidden: the syncs and the properties of a read stay as they were", () => {
  test.each([
    [1, 2, 1],
    [100, 2, 1],
  ])("web, %i PKs: %i syncs, then %i; each used range loads its address and the two booleans, nothing more", async (pks, cold, warm) => {
    const fake = FakeExcel.fromGrids(generateWorkbook(pks), WEB);
    const d = door(fake, { web: true });
    await d.readGrids();
    expect(fake.syncCount).toBe(cold);
    const members = new Set(fake.operations.map((op) => op.member));
    expect([...members].filter((m) => /Properties|autoFilter/.test(m))).toEqual([]);
    expect(fake.operations.filter((op) => /autoFilter|Properties/.test(op.path))).toEqual([]);
    fake.resetCounters();
    await d.readGrids();
    expect(fake.syncCount).toBe(warm);
  });

  test.each([true, false])("web %s: a used range loads its address, rowHidden and columnHidden (the desktop its values and formats with them)", async (web) => {
    const fake = FakeExcel.fromGrids(generateWorkbook(3), WEB);
    const grids = await door(fake, { web }).readGrids();
    expect(fake.syncCount).toBe(2);
    const used = fake.operations.filter((op) => op.member === "load" && op.path.includes("getUsedRangeOrNullObject"));
    const withAddress = used.map((op) => op.args[0] as string[]).filter((props) => props.includes("address"));
    expect(withAddress.length).toBeGreaterThanOrEqual(9); // the web chain asks more links than there are sheets
    const values = web ? [] : ["values", "numberFormat"];
    for (const props of withAddress) expect(props).toEqual(["address", "rowHidden", "columnHidden", ...values]);
    // The web's later loads of the same used ranges: values (and formats), nothing else.
    for (const props of used.map((op) => op.args[0] as string[])) expect(props.every((p) => ["address", "rowHidden", "columnHidden", "values", "numberFormat"].includes(p))).toBe(true);
    expect(grids.every((g) => g.hiddenRows === undefined && g.hiddenCols === undefined)).toBe(true);
  });
});

describe("a large sheet's hidden rows under the web's limits", () => {
  const rows = 6000;
  const data = (): FakeSheetData[] => [
    { name: "PK Kadis", values: block(40, 5) },
    { name: "Besar", values: block(rows, 6), hiddenRows: Array.from({ length: rows / 100 }, (_, i) => i * 100 + 7), hiddenCols: [1, 4] },
  ];
  const expected = { rows: Array.from({ length: rows / 100 }, (_, i) => i * 100 + 7), cols: [1, 4] };

  test("asked in row blocks when the answer would not fit: every hidden row found, nothing refused", async () => {
    const fake = FakeExcel.fromSheets(data(), { ...WEB, responseLimitBytes: 120_000 });
    const grids = await door(fake, { web: true, responseBudgetBytes: 100_000 }).readGrids();
    expect(fake.refusedCount).toBe(0);
    expect(fake.maxResponseBytes).toBeLessThan(120_000);
    expect(hiddenOf(grids).Besar).toEqual(expected);
    const blocks = fake.operations.filter((op) => op.member === "getRowProperties()");
    expect(blocks.length).toBeGreaterThan(1);
    expect(cells(grids)).toEqual(cells(await door(FakeExcel.fromSheets(data())).readGrids()));
  });

  test("near miss: under the full budget one question for the sheet", async () => {
    const fake = FakeExcel.fromSheets(data(), WEB);
    const grids = await door(fake, { web: true }).readGrids();
    expect(hiddenOf(grids).Besar).toEqual(expected);
    expect(fake.operations.filter((op) => op.member === "getRowProperties()").length).toBe(1);
    expect(fake.syncCount).toBe(2);
  });
});

describe("300 PKs, a column hidden on every PK sheet", () => {
  const grids = () => generateWorkbook(300).map((g) => (g.name.startsWith("PK ") ? { ...g, hiddenCols: [4] } : g));

  test("web: 3 syncs then 2, as with nothing hidden; every PK sheet's column found; nothing refused", async () => {
    const fake = FakeExcel.fromGrids(grids(), { ...WEB, recordOperations: false });
    const d = door(fake, { web: true });
    const first = await d.readGrids();
    expect([fake.syncCount, fake.refusedCount]).toEqual([3, 0]);
    fake.resetCounters();
    const second = await d.readGrids();
    expect([fake.syncCount, fake.refusedCount]).toEqual([2, 0]);
    for (const read of [first, second]) expect(read.filter((g) => g.hiddenCols?.[0] === 4).length).toBe(300);
    expect(cells(second)).toEqual(cells(first));
  }, 60_000);

  test("desktop: 3 syncs, then 2 (2 and 2 with nothing hidden); Excel refusing the one-request read, the sized read finds them all the same", async () => {
    const fake = FakeExcel.fromGrids(grids());
    const d = door(fake);
    const whole = await d.readGrids();
    expect(fake.syncCount).toBe(3);
    fake.resetCounters();
    expect(hiddenOf(await d.readGrids())).toEqual(hiddenOf(whole));
    expect(fake.syncCount).toBe(2);
    const limited = FakeExcel.fromGrids(grids(), { responseLimitBytes: 5_000_000 });
    const again = await door(limited).readGrids();
    expect(limited.refusedCount).toBe(1);
    expect(hiddenOf(again)).toEqual(hiddenOf(whole));
    expect(whole.filter((g) => g.hiddenCols?.[0] === 4).length).toBe(300);
  }, 60_000);
});
