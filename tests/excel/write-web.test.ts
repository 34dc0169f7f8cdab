/**
 * The write of Hitung Capaian as Excel on the web takes it: number formats as one 1×1 value per run (which Excel
 * applies to every cell of the range), fewer charts above 50 PKs, the requests packed under the limit. Measured
 * through the door on generated workbooks, against the in-memory Excel enforcing the web's 5 MB limits.
 */
import { generateWorkbook } from "../../bench/generate";
import { hitung, planSheets } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { createExcelDoor } from "../../src/excel";
import { buildBlock, formatRuns } from "../../src/excel/block";
import { REQUEST_BUDGET } from "../../src/excel/chunks";
import { FakeExcel } from "../fakes/fake-excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { measureDoor, WEB_LIMITS } from "../fakes/measure-door";
import { WriteIncompleteError } from "../../src/app/door";
import { capaianPlan, kurvaSPlan } from "./plans";
import { samplePath, SAMPLE_NAMES } from "../support/samples";

const MB = 1_000_000;

describe("the in-memory Excel takes numberFormat as Excel does", () => {
  const sheet = () => FakeExcel.fromSheets([{ name: "S", values: [[1]] }]);
  const run = (fake: FakeExcel, queue: (s: Excel.Worksheet) => void) =>
    fake.run(async (context) => {
      queue(context.workbook.worksheets.getItem("S"));
      await context.sync();
    });

  test("a 1×1 array applies to every cell of a bounded range (office-js-docs-pr#5400: B10:C14 = [[\"$#,##0.00\"]])", async () => {
    const fake = sheet();
    await run(fake, (s) => (s.getRange("B10:C14").numberFormat = [["$#,##0.00"]]));
    const formats = fake.sheet("S")!.formats;
    for (let r = 9; r <= 13; r++) expect(formats[r].slice(1, 3)).toEqual(["$#,##0.00", "$#,##0.00"]);
    expect(formats[8][1]).toBe("General");
    expect(formats[9][3] ?? "General").toBe("General");
  });

  test("any other shape that does not match the range is refused with InvalidArgument; values still need the full shape", async () => {
    await expect(run(sheet(), (s) => (s.getRange("B10:B12").numberFormat = [["0.00"], ["0.00"]]))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(sheet(), (s) => (s.getRange("B10:C10").numberFormat = [["0.00", "0.00", "0.00"]]))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(sheet(), (s) => (s.getRange("B10:C11").values = [[5]]))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

/** The write as it was before: every format run as a full 2-D array, then the values, one request per sheet. */
async function writeTheOldWay(fake: FakeExcel, plans: SheetPlan[]): Promise<void> {
  await fake.run(async (context) => {
    for (const plan of plans) {
      const sheet = plan.replace ? context.workbook.worksheets.getItem(plan.name) : context.workbook.worksheets.add(plan.name);
      if (plan.replace) sheet.getRange().clear("All");
      const block = buildBlock(plan);
      for (const { box, format } of formatRuns(block)) {
        const rows = box.bottom - box.top + 1, cols = box.right - box.left + 1;
        sheet.getRangeByIndexes(box.top, box.left, rows, cols).numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(format));
      }
      sheet.getRangeByIndexes(0, 0, block.rows, block.cols).values = block.values;
      await context.sync();
    }
  });
}

async function compareWithOldWay(load: () => Promise<FakeExcel>): Promise<number> {
  const now = await load();
  const door = createExcelDoor(now.run, { retryDelayMs: 0 });
  const grids = await door.readGrids();
  const plans = planSheets(hitung(grids), grids, { validasiSheet: true });
  await door.writePlans(plans);
  const old = await load();
  await writeTheOldWay(old, plans);
  let cells = 0;
  for (const plan of plans) {
    const a = now.sheet(plan.name)!, b = old.sheet(plan.name)!;
    expect(a.formats).toEqual(b.formats);
    expect(a.values).toEqual(b.values);
    cells += a.formats.reduce((n, row) => n + row.length, 0);
  }
  return cells;
}

describe("every written cell has the format and value it had before", () => {
  test.each(SAMPLE_NAMES)("%s", async (name) => {
    expect(await compareWithOldWay(() => loadFakeExcel(samplePath(name)))).toBeGreaterThan(1000);
  });

  test("a generated workbook of 100 PKs", async () => {
    const grids = generateWorkbook(100);
    expect(await compareWithOldWay(async () => FakeExcel.fromGrids(grids, { requestLimitBytes: null }))).toBeGreaterThan(20_000);
  }, 60_000);
});

describe("Hitung Capaian's write on Excel on the web", () => {
  const measure = (grids: Grid[]) => measureDoor(grids, { triwulan: 4, fake: WEB_LIMITS, door: { web: true } });

  test.each([
    [100, 1.2], // it was 0.93 + 0.55 MB
    [300, 3.2], // it was 2.76 + 1.60 MB
  ])("%i PKs: one request, under %f MB, none refused", async (pk, totalMB) => {
    const m = await measure(generateWorkbook(pk));
    console.log(`${pk} PKs, write requests (MB):`, m.write.requestBytes.map((b) => (b / MB).toFixed(2)).join(" "));
    expect(m.write.refused).toBe(0);
    expect(m.write.requestBytes.length).toBe(1);
    expect(m.write.requestBytes.reduce((a, b) => a + b, 0)).toBeLessThan(totalMB * MB);
    expect(Math.max(...m.write.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(m.warnings).toEqual([]);
  }, 120_000);

  test("1,000 PKs: at most 3 requests, about 9 MB in all (it was 6 requests, 14.5 MB), none refused", async () => {
    const m = await measure(generateWorkbook(1000));
    console.log("1000 PKs, write requests (MB):", m.write.requestBytes.map((b) => (b / MB).toFixed(2)).join(" "));
    expect(m.write.refused).toBe(0);
    expect(m.write.requestBytes.length).toBeLessThanOrEqual(3);
    expect(m.write.requestBytes.reduce((a, b) => a + b, 0)).toBeLessThan(9.5 * MB);
    expect(Math.max(...m.write.requestBytes)).toBeLessThan(REQUEST_BUDGET);
    expect(m.warnings).toEqual([]);
  }, 180_000);
});

describe("layout in the request the tables share", () => {
  const user = () => FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]] }], { recordOperations: true, failOperation: failing });
  let failing: (op: { path: string; member: string }) => "GeneralException" | null = () => null;

  test("new sheets: tables, layout and charts go in one request", async () => {
    failing = () => null;
    const fake = user();
    const report = await createExcelDoor(fake.run, { retryDelayMs: 0 }).writePlans([capaianPlan(), kurvaSPlan()]);
    expect(report.warnings).toEqual([]);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheet("Kurva S")!.charts).toHaveLength(1);
    expect(fake.sheet("Capaian")!.merges).toEqual(["A1:G1"]);
  });

  test("a merge refused there: the tables go again alone into the sheets that request made (none added twice), the merge a warning", async () => {
    failing = (op) => (op.member === "merge()" ? "GeneralException" : null);
    const fake = user();
    const report = await createExcelDoor(fake.run, { retryDelayMs: 0 }).writePlans([capaianPlan(), kurvaSPlan()]);
    expect(report.written).toEqual(["Capaian", "Kurva S"]);
    expect(report.warnings.join(" ")).toMatch(/penggabungan sel/);
    expect(fake.sheetNames()).toEqual(["PK Kadis", "Capaian", "Kurva S"]);
    expect(fake.cell("Capaian", "C5").value).toBe("Persentase ibu hamil mendapatkan pelayanan");
    expect(fake.sheet("Capaian")!.freezeRows).toBe(4);
    expect(fake.sheet("Kurva S")!.charts).toHaveLength(1);
    // The second time round the sheets were emptied in place: one add per sheet in all.
    const adds = fake.operations.filter((op) => /^worksheets$|\.worksheets$/.test(op.path) && op.member.startsWith("add"));
    expect(adds.map((op) => op.sync)).toEqual([1, 1]);
  });

  test("a table part refused there, and again alone: the write ends naming no sheet complete", async () => {
    failing = (op) => (op.member === "values" && op.path.includes('"Kurva S"') ? "GeneralException" : null);
    const fake = user();
    const err = await createExcelDoor(fake.run, { retryDelayMs: 0 }).writePlans([capaianPlan(), kurvaSPlan()]).catch((e) => e);
    expect(err).toBeInstanceOf(WriteIncompleteError);
    expect(err.complete).toEqual([]);
    expect(err.incomplete).toEqual(["Capaian", "Kurva S"]);
    expect(fake.sheetNames()).toEqual(["PK Kadis", "Capaian", "Kurva S"]);
  });
});
