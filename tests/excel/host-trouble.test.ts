/**
 * What a real host does to a running add-in: the user clicks into a cell (cell-edit mode), Excel is busy or the
 * workbook loses focus (transient refusals), the finding sits on a hidden sheet, text that Excel would turn into
 * numbers, dates or errors.
 */
import { SheetHiddenError } from "../../src/app/door";
import { errorMessage } from "../../src/app/error-message";
import { createExcelDoor } from "../../src/excel";
import { hostRun } from "../../src/excel/run";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { FakeExcel, type FakeExcelOptions } from "../fakes/fake-excel";
import { capaianPlan, kurvaSPlan } from "./plans";

const NO_WAIT = { retryDelayMs: 0 };
const book = (options: FakeExcelOptions = {}) =>
  FakeExcel.fromSheets([{ name: "PK Kadis", values: [["PERJANJIAN KINERJA"], [null, "Sasaran", 98.5]] }, { name: "Lama", values: [[1]], hidden: true }], options);

describe("cell-edit mode and transient refusals", () => {
  test("every Excel.run asks Excel to wait for cell edit to end (delayForCellEdit)", async () => {
    const fake = book({ cellEditDuring: (n) => n === 2 });
    const door = createExcelDoor(fake.run, NO_WAIT);
    await door.readGrids();
    await door.writePlans([capaianPlan()]);
    await door.select("PK Kadis", "B2");
    await door.writeCells({ sheet: "PK Kadis", create: false, writes: [{ cell: "D9", value: 1 }] });
    expect(fake.runs.length).toBeGreaterThanOrEqual(4);
    expect(fake.runs.every((r) => r.delayForCellEdit === true)).toBe(true);
    expect(fake.delayedCount).toBe(1);
  });

  test("the host's own Excel.run gets the option too", async () => {
    const run = jest.fn(async (_options: unknown, batch: (ctx: unknown) => Promise<unknown>) => batch({}));
    (globalThis as unknown as { Excel: unknown }).Excel = { run };
    await hostRun({ delayForCellEdit: true }, async () => 1);
    expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  });

  test.each(["InvalidOperationInCellEditMode", "ActivityLimitReached", "InactiveWorkbook"] as const)(
    "%s once, on a host that does not wait: retried once, and the work is done once",
    async (code) => {
      const options: FakeExcelOptions =
        code === "InvalidOperationInCellEditMode"
          ? { cellEditDuring: (n) => n === 3, delayForCellEditHonoured: false }
          : { refuseSync: (n) => (n === 3 ? code : null) };
      const fake = book(options);
      const door = createExcelDoor(fake.run, NO_WAIT);
      await door.readGrids();
      const report = await door.writePlans([capaianPlan(), kurvaSPlan()]);
      expect(report.warnings).toEqual([]);
      expect(fake.sheetNames()).toEqual(["PK Kadis", "Lama", "Capaian", "Kurva S"]);
      expect(fake.sheet("Kurva S")!.charts).toHaveLength(1);
      expect(fake.sheet("Capaian")!.conditionalFormats).toHaveLength(2);
    },
  );

  test("a refusal that lasts is reported as what it is, with what to do", async () => {
    const fake = book({ cellEditDuring: () => true, delayForCellEditHonoured: false });
    const err = await createExcelDoor(fake.run, NO_WAIT).readGrids().catch((e) => e);
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(fake.syncCount).toBe(2);
    expect(errorMessage("Validasi", err)).toMatch(/mode edit sel.*Enter atau Esc/);
    const busy = book({ refuseSync: () => "ActivityLimitReached" });
    const err2 = await createExcelDoor(busy.run, NO_WAIT).readGrids().catch((e) => e);
    expect(errorMessage("Validasi", err2)).toMatch(/sibuk/);
  });
});

describe("going to a cell", () => {
  test("on a hidden sheet: the door says the sheet is hidden", async () => {
    const fake = book();
    const err = await createExcelDoor(fake.run, NO_WAIT).select("Lama", "A1").catch((e) => e);
    expect(err).toBeInstanceOf(SheetHiddenError);
    expect(errorMessage("Membuka Lama!A1", err)).toMatch(/disembunyikan.*Tampilkan/);
    expect(fake.selection).toBeNull();
  });

  test("on a visible sheet: one sync", async () => {
    const fake = book();
    await createExcelDoor(fake.run, NO_WAIT).select("PK Kadis", "C2");
    expect([fake.syncCount, fake.selection]).toEqual([1, { sheet: "PK Kadis", address: "C2" }]);
  });
});

describe("text stays text", () => {
  const TRICKY = ["(123)", "1E5", "#N/A", "10-12", "1 Mei 2025", "'awal", "007", "85%", "=1+1", "-", "1.02.02", "BENAR", "2025-01-31"];

  function textPlan(): SheetPlan {
    const plan = capaianPlan();
    plan.values = [["Judul"], ["Dibuat oleh PK Kinerja"], [], ["Teks", "Angka"], ...TRICKY.map((t, i) => [t, i])];
    plan.numberFormats = [{ range: `B5:B${4 + TRICKY.length}`, format: "0" }];
    plan.conditionalFills = [];
    return plan;
  }

  test("strings Excel would turn into numbers, dates, errors or formulas land as typed", async () => {
    const fake = book({ recordOperations: true });
    await createExcelDoor(fake.run, NO_WAIT).writePlans([textPlan()]);
    TRICKY.forEach((t, i) => expect(fake.cell("Capaian", `A${5 + i}`)).toMatchObject({ value: t, type: "String", formula: null }));
    TRICKY.forEach((_, i) => expect(fake.cell("Capaian", `B${5 + i}`)).toMatchObject({ value: i, type: "Double" }));
  });

  test("the Text format goes once per run of a text column, before the values", async () => {
    const fake = book({ recordOperations: true });
    await createExcelDoor(fake.run, NO_WAIT).writePlans([textPlan()]);
    const ops = fake.operations;
    const box = (path: string) => /getRangeByIndexes\((\d+),(\d+),(\d+),(\d+)\)/.exec(path)?.slice(1).map(Number);
    const covers = (path: string, col: number) => {
      const b = box(path);
      return !!b && b[1] <= col && col < b[1] + b[3] && b[0] <= 4 && b[0] + b[2] >= 4 + TRICKY.length;
    };
    const textRuns = ops.filter((op) => op.member === "numberFormat" && covers(op.path, 0));
    expect(textRuns).toHaveLength(1);
    expect(box(textRuns[0].path)![3]).toBe(1);
    const values = ops.findIndex((op) => op.member === "values" && covers(op.path, 0));
    expect(ops.indexOf(textRuns[0])).toBeLessThan(values);
  });

  test("PENGATURAN cells: text as typed there too", async () => {
    const fake = book();
    await createExcelDoor(fake.run, NO_WAIT).writeCells({
      sheet: "PENGATURAN",
      create: true,
      writes: TRICKY.map((t, i) => ({ cell: `B${i + 1}`, value: t })),
    });
    TRICKY.forEach((t, i) => expect(fake.cell("PENGATURAN", `B${i + 1}`)).toMatchObject({ value: t, type: "String" }));
  });
});
