/**
 * The first request of a web read: names, visibility and used-range addresses together (a chain of the visible
 * sheets on a first read, the remembered sheets with their values on a door's next one), the fallback when
 * Excel refuses calls on null objects, and sheets that changed between two reads.
 */
import * as fs from "fs";
import * as path from "path";
import { generateWorkbook } from "../../bench/generate";
import { createExcelDoor, type ExcelDoorOptions } from "../../src/excel";
import { FakeExcel, type FakeExcelOptions, type FakeSheetData } from "../fakes/fake-excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { cells } from "./grid-cells";
import { SAMPLES, SAMPLE_NAMES, samplePath } from "../support/samples";

const WEB: FakeExcelOptions = { requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000, recordOperations: true };
const door = (fake: FakeExcel, options: ExcelDoorOptions = {}) => createExcelDoor(fake.run, { retryDelayMs: 0, web: true, ...options });

/** Two reads with one door (a Validasi, then the read of Hitung): their syncs, the first request's bytes. */
async function twoReads(fake: FakeExcel, options: ExcelDoorOptions = {}) {
  const d = door(fake, options);
  fake.resetCounters();
  const first = await d.readGrids();
  const cold = { syncs: fake.syncCount, refused: fake.refusedCount, firstRequest: fake.requestBytes[0], maxResponse: fake.maxResponseBytes };
  fake.resetCounters();
  const second = await d.readGrids();
  const warm = { syncs: fake.syncCount, refused: fake.refusedCount, maxResponse: fake.maxResponseBytes };
  return { first, second, cold, warm };
}

const sheet = (name: string, rows: number, extra: Partial<FakeSheetData> = {}): FakeSheetData => ({
  name,
  values: Array.from({ length: rows }, (_, r) => [`${name} ${r}`, r + 1, (r % 9) / 10]),
  formats: Array.from({ length: rows }, () => ["General", "#,##0", "0%"]),
  ...extra,
});

describe("syncs of a first read (Validasi) and the next (Hitung) under Excel on the web's limits", () => {
  test("3 sheets (1 PK): 2 syncs, then 1; the first request well under a megabyte", async () => {
    const grids = generateWorkbook(1);
    const { first, second, cold, warm } = await twoReads(FakeExcel.fromGrids(grids, WEB));
    expect(cold).toMatchObject({ syncs: 2, refused: 0 });
    expect(cold.firstRequest).toBeLessThan(320_000);
    expect(warm).toMatchObject({ syncs: 1, refused: 0 });
    expect(cells(first)).toEqual(cells(grids));
    expect(cells(second)).toEqual(cells(grids));
  });

  test("300 PKs: at most 3 syncs, then 2; nothing refused; grids as generated", async () => {
    const grids = generateWorkbook(300);
    const { first, second, cold, warm } = await twoReads(FakeExcel.fromGrids(grids, WEB));
    expect(cold).toMatchObject({ refused: 0 });
    expect(cold.syncs).toBeLessThanOrEqual(3);
    expect(warm).toMatchObject({ refused: 0 });
    expect(warm.syncs).toBeLessThanOrEqual(2);
    expect(Math.max(cold.maxResponse, warm.maxResponse)).toBeLessThan(4_500_000);
    expect(cells(first)).toEqual(cells(grids));
    expect(cells(second)).toEqual(cells(grids));
  }, 60_000);

  test("1,000 PKs: at most 5 syncs, then 4; nothing refused", async () => {
    const grids = generateWorkbook(1000);
    const { first, second, cold, warm } = await twoReads(FakeExcel.fromGrids(grids, { ...WEB, recordOperations: false }));
    expect(cold).toMatchObject({ refused: 0 });
    expect(cold.syncs).toBeLessThanOrEqual(5);
    expect(warm).toMatchObject({ refused: 0 });
    expect(warm.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(cold.maxResponse, warm.maxResponse)).toBeLessThan(4_500_000);
    expect(cells(second)).toEqual(cells(first));
    expect(first.length).toBe(3000);
  }, 120_000);

  test("a workbook with more visible sheets than the chain: the rest's addresses come with the first values", async () => {
    const sheets = Array.from({ length: 7 }, (_, i) => sheet(`PK ${i}`, 5 + i, i === 3 ? { hidden: true } : {}));
    const fake = FakeExcel.fromSheets(sheets, WEB);
    const first = await door(fake, { chainDepth: 2 }).readGrids();
    // names + 2 addresses; 4 addresses + values of the 2 known; the rest with their formats.
    expect(fake.syncCount).toBe(3);
    const desktop = await createExcelDoor(FakeExcel.fromSheets(sheets).run).readGrids();
    expect(cells(first)).toEqual(cells(desktop));
    expect(fake.operations.filter((op) => op.path.includes("PK 3"))).toEqual([]);
    const second = fake.operations.filter((op) => op.sync === 2 && op.member === "load").map((op) => op.path);
    // Values of the 2 sheets the chain reached (getFirst, then a link known by its id).
    expect(second.filter((p) => p.startsWith("#") || p.startsWith("workbook.worksheets.getFirst"))).toHaveLength(2);
    expect(second.filter((p) => p.startsWith("workbook.worksheets.items["))).toHaveLength(4); // the others' addresses
  });
});

describe("the sheet chain on a host that refuses calls on null objects", () => {
  test.each(["InvalidArgument", "ItemNotFound"] as const)("%s: the read goes on without it, one sync more, once per door", async (code) => {
    const grids = generateWorkbook(1);
    const fake = FakeExcel.fromGrids(grids, { ...WEB, callOnNullObject: code });
    const { first, second, cold, warm } = await twoReads(fake);
    // The refused chain, names, addresses, values with formats.
    expect(cold).toMatchObject({ syncs: 4, refused: 0 });
    expect(warm.syncs).toBe(1);
    expect(cells(first)).toEqual(cells(grids));
    expect(cells(second)).toEqual(cells(grids));
    // A later first read (the workbook changed under the door) does not try the chain again.
    const d = door(fake);
    await d.readGrids();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(grids[0].name).delete();
    });
    fake.resetCounters();
    const third = await d.readGrids();
    expect(third.map((g) => g.name)).toEqual(grids.slice(1).map((g) => g.name));
    expect(fake.operations.some((op) => op.path.includes("getFirst"))).toBe(false);
  });

  test("a chain that never reaches past the last sheet is not refused", async () => {
    const fake = FakeExcel.fromSheets([sheet("A", 3), sheet("B", 4), sheet("C", 5)], { ...WEB, callOnNullObject: "InvalidArgument" });
    const { cold } = await twoReads(fake, { chainDepth: 3 });
    expect(cold.syncs).toBe(2);
  });

  test("other failures of the first request are not taken for a refused chain", async () => {
    const fake = FakeExcel.fromSheets([sheet("A", 3)], { ...WEB, callOnNullObject: "InvalidArgument", refuseSync: (n) => (n <= 2 ? "ActivityLimitReached" : null) });
    await expect(door(fake).readGrids()).rejects.toMatchObject({ code: "ActivityLimitReached" });
  });
});

describe("the fake's sheet navigation", () => {
  test("getFirst and getNextOrNullObject follow the visible sheets in tab order, then give null objects", async () => {
    const fake = FakeExcel.fromSheets([sheet("A", 1, { hidden: true }), sheet("B", 2), sheet("C", 0), sheet("D", 1, { visibility: "VeryHidden" })]);
    await fake.run(async (ctx) => {
      const first = ctx.workbook.worksheets.getFirst(true);
      const next = first.getNextOrNullObject(true);
      const after = next.getNextOrNullObject(true);
      const used = [first, next, after].map((s) => s.getUsedRangeOrNullObject(true).load("address"));
      first.load("name");
      next.load("name");
      await ctx.sync();
      expect([first.name, next.name, after.isNullObject]).toEqual(["B", "C", true]);
      expect(used.map((u) => (u.isNullObject ? null : u.address))).toEqual(["B!A1:C2", null, null]);
      expect(ctx.workbook.worksheets.getFirst(false).getNextOrNullObject(false).load("name")).toBeDefined();
    });
  });

  test("callOnNullObject makes a method of a null object fail at sync", async () => {
    const fake = FakeExcel.fromSheets([sheet("A", 1)], { callOnNullObject: "ItemNotFound" });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getFirst(true).getNextOrNullObject(true).getUsedRangeOrNullObject(true).load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("a door's next read when the workbook changed in between", () => {
  const base = () => [sheet("PK Kadis", 8), sheet("Rencana Aksi", 12), sheet("Realisasi", 6)];
  async function afterChange(change: (ctx: Excel.RequestContext) => void) {
    const fake = FakeExcel.fromSheets(base(), WEB);
    const d = door(fake);
    await d.readGrids();
    await fake.run(async (ctx) => change(ctx));
    fake.resetCounters();
    const grids = await d.readGrids();
    const syncs = fake.syncCount;
    const fresh = await door(fake).readGrids();
    return { syncs, grids, fresh };
  }

  test("a sheet added: its address in the second request, its cells in the third", async () => {
    const { syncs, grids, fresh } = await afterChange((ctx) => {
      ctx.workbook.worksheets.add("Baru").getRange("A1:B2").values = [["baru", 1], [0.5, 2]];
    });
    expect(cells(grids)).toEqual(cells(fresh));
    expect(grids.map((g) => g.name)).toEqual(["PK Kadis", "Rencana Aksi", "Realisasi", "Baru"]);
    expect(syncs).toBe(3);
  });

  test("a sheet deleted: the remembered name fails the first request, the read goes again as a first read", async () => {
    const { syncs, grids, fresh } = await afterChange((ctx) => ctx.workbook.worksheets.getItem("Rencana Aksi").delete());
    expect(cells(grids)).toEqual(cells(fresh));
    expect(grids.map((g) => g.name)).toEqual(["PK Kadis", "Realisasi"]);
    // The refused first request, then a first read: chain, values with formats.
    expect(syncs).toBe(3);
  });

  test("a sheet that grew (a value far below): read again from its new address, nothing lost", async () => {
    const { grids, fresh } = await afterChange((ctx) => {
      ctx.workbook.worksheets.getItem("Rencana Aksi").getRange("E40").values = [["sisa"]];
    });
    expect(cells(grids)).toEqual(cells(fresh));
    expect(grids[1].values[39 - grids[1].top][4 - grids[1].left]).toBe("sisa");
  });

  test("a sheet hidden since: named, hidden, its cells not in the grids", async () => {
    const { grids } = await afterChange((ctx) => {
      ctx.workbook.worksheets.getItem("Realisasi").visibility = "Hidden";
    });
    expect(grids.map((g) => [g.name, g.hidden ?? false, g.values.length])).toEqual([
      ["PK Kadis", false, 8],
      ["Rencana Aksi", false, 12],
      ["Realisasi", true, 0],
    ]);
  });
});

describe("the grids of every path are the same, cell by cell", () => {
  const real = fs.readdirSync(path.join(SAMPLES, "real")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, "real", f));
  const files = [...SAMPLE_NAMES.map(samplePath), ...real];
  test.each(files.map((f) => [path.basename(f), f]))("%s: chain, names first, remembered, desktop", async (_name, file) => {
    const desktop = cells(await createExcelDoor((await loadFakeExcel(file)).run).readGrids());
    const fake = await loadFakeExcel(file, WEB);
    const { first, second, cold, warm } = await twoReads(fake);
    const plain = await door(await loadFakeExcel(file, WEB), { chainDepth: 0 }).readGrids();
    expect(cells(first)).toEqual(desktop);
    expect(cells(second)).toEqual(desktop);
    expect(cells(plain)).toEqual(desktop);
    expect(cold.syncs).toBe(2);
    expect(warm.syncs).toBe(1);
  });

  test("the generated 300-PK workbook: the chain's read and the names-first read", async () => {
    const grids = generateWorkbook(300);
    const chain = await door(FakeExcel.fromGrids(grids, WEB)).readGrids();
    const plain = await door(FakeExcel.fromGrids(grids, WEB), { chainDepth: 0 }).readGrids();
    expect(cells(chain)).toEqual(cells(plain));
  }, 60_000);
});

test("a next read whose remembered sheets weigh far more than they did: refused once, then read as a first read", async () => {
  const rows = (text: string) => Array.from({ length: 400 }, (_, r) => Array.from({ length: 16 }, (_, c) => (c === 1 ? r : `${text}${r}-${c}`)));
  const fake = FakeExcel.fromSheets([{ name: "Catatan", values: rows("x") }, sheet("PK Kadis", 5), { name: "Kosong", values: [] }], WEB);
  const d = door(fake);
  await d.readGrids();
  const heavy = rows("y".repeat(900));
  for (const [from, to] of [[0, 200], [200, 400]])
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Catatan").getRange(`A${from + 1}:P${to}`).values = heavy.slice(from, to);
    });
  fake.resetCounters();
  const grids = await d.readGrids();
  expect(fake.refusedCount).toBeGreaterThan(0);
  expect(cells(grids)).toEqual(cells(await createExcelDoor(fake.run).readGrids()));
  expect(grids[2]).toMatchObject({ name: "Kosong", values: [] });
});
