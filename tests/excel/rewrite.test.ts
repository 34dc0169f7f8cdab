/**
 * Hitung Capaian run again: its sheets are rewritten in place (same sheet, same tab, references from the user's
 * sheets intact); layout the host refuses is a warning; a write that stops partway says which sheets are whole,
 * and the next run repairs the rest.
 */
import { hitung, planSheets } from "../../src/engine";
import { WriteIncompleteError, type WorkbookDoor } from "../../src/app/door";
import { errorMessage } from "../../src/app/error-message";
import { createExcelDoor } from "../../src/excel";
import { FakeExcel, type FakeExcelOptions } from "../fakes/fake-excel";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { samplePath } from "../support/samples";
import { capaianPlan, kurvaSPlan } from "./plans";

const NO_WAIT = { retryDelayMs: 0 };

/** The task pane's Hitung Capaian: read, compute, plan against what was read, write. */
async function runHitung(door: WorkbookDoor) {
  const grids = await door.readGrids();
  const plans = planSheets(hitung(grids), grids, { validasiSheet: true });
  return { plans, report: await door.writePlans(plans) };
}

async function sample(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return loadFakeExcel(samplePath("kabupaten-contoh-dinkes-2025"), { recordOperations: true, ...options });
}

describe("rewritten in place", () => {
  test("a rerun keeps the sheets, their tab positions and the user's formulas that point into them", async () => {
    const fake = await sample();
    const door = createExcelDoor(fake.run, NO_WAIT);
    await runHitung(door);
    // The planner adds a summary sheet after ours that reads from them, and moves nothing.
    fake.putSheet({ name: "Ringkasan", values: [[null, null]], formulas: [["='Kurva S'!B6", "=Capaian!F7"]] });
    const order = fake.sheetNames();

    const { plans, report } = await runHitung(door);
    expect(report.warnings).toEqual([]);
    expect(plans.every((p) => p.replace)).toBe(true);
    expect(fake.sheetNames()).toEqual(order);
    expect(fake.cell("Ringkasan", "A1").formula).toBe("='Kurva S'!B6");
    expect(fake.cell("Ringkasan", "B1").formula).toBe("=Capaian!F7");
    expect(fake.operations.some((op) => op.member === "delete()" && !op.path.includes("charts"))).toBe(false);
  });

  test("the rewritten sheet holds exactly what a first write holds: nothing of the old content survives", async () => {
    const first = await sample();
    await runHitung(createExcelDoor(first.run, NO_WAIT));
    const once = first.snapshot();

    const fake = await sample();
    const door = createExcelDoor(fake.run, NO_WAIT);
    await runHitung(door);
    // Leftovers a planner might add to our sheet: a stray note far out, a merge, a frozen pane, a fill.
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Capaian");
      ws.getRange("Z500").values = [["catatan lama"]];
      ws.getRange("X10:Y11").merge();
      ws.getRange("X20").format.fill.color = "#FF0000";
      ws.freezePanes.freezeRows(9);
    });
    await runHitung(door);
    expect(fake.snapshot()).toEqual(once);
  });

  test("old charts go, new ones come, bound to the same sheet", async () => {
    const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]] }]);
    const door = createExcelDoor(fake.run, NO_WAIT);
    await door.writePlans([kurvaSPlan()]);
    const again = kurvaSPlan("Kurva S", true);
    again.charts.push({ ...again.charts[0], title: "Kurva S kedua", from: "E22", to: "M38" });
    fake.resetCounters();
    await door.writePlans([again]);
    expect(fake.sheet("Kurva S")!.charts.map((c) => c.title)).toEqual(["Kurva S: PK Kadis", "Kurva S kedua"]);
    expect(fake.syncCount).toBe(2);
  });
});

describe("layout the host refuses is a warning", () => {
  test.each([
    ["frozen rows", (op: { member: string }) => op.member === "freezeRows()", /baris judul yang dibekukan/],
    ["a merge", (op: { member: string }) => op.member === "merge()", /penggabungan sel/],
    ["a fill", (op: { member: string }) => op.member === "fill.color", /format sel/],
    ["a column width", (op: { member: string }) => op.member === "columnWidth", /lebar kolom/],
    ["a fill by value", (op: { member: string }) => op.member === "rule", /warna menurut nilai/],
  ])("%s failing leaves the tables written and says what is missing", async (_what, failing, words) => {
    const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]] }], {
      failOperation: (op) => (failing(op) ? "GeneralException" : null),
    });
    const report = await createExcelDoor(fake.run, NO_WAIT).writePlans([capaianPlan(), kurvaSPlan()]);
    expect(report.written).toEqual(["Capaian", "Kurva S"]);
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(report.warnings.join(" ")).toMatch(words);
    expect(fake.cell("Capaian", "C5").value).toBe("Persentase ibu hamil mendapatkan pelayanan");
    expect(fake.sheet("Kurva S")!.charts).toHaveLength(1);
    // What did not fail is still there once, not doubled by the second attempt.
    expect(fake.sheet("Capaian")!.conditionalFormats.length).toBeLessThanOrEqual(2);
  });
});

describe("a write that stops partway", () => {
  test("says which sheets are complete; the next run repairs the rest in place", async () => {
    let failing = true;
    let kurvaValues = 0;
    const fake = await sample({
      // The host writes the first of the Kurva S values, then gives up on that sheet.
      failOperation: (op) =>
        failing && op.member === "values" && op.path.includes('"Kurva S"') && ++kurvaValues > 1 ? "GeneralException" : null,
    });
    const door = createExcelDoor(fake.run, { ...NO_WAIT, requestBudgetBytes: 3_000 });
    const err = await runHitung(door).catch((e) => e);
    expect(err).toBeInstanceOf(WriteIncompleteError);
    // Capaian went out in requests before the failing one; Kurva S and Validasi did not finish.
    expect(err.complete).toEqual(["Capaian"]);
    expect(err.incomplete).toEqual(["Kurva S", "Validasi"]);
    const message = errorMessage("Hitung Capaian", err);
    expect(message).toMatch(/sudah lengkap: Capaian\./);
    expect(message).toMatch(/belum lengkap: Kurva S, Validasi\./);
    expect(message).toMatch(/GeneralException/);
    expect(message).toMatch(/Jalankan Hitung Capaian sekali lagi/);

    failing = false;
    const { plans, report } = await runHitung(door);
    expect(report.warnings).toEqual([]);
    // The sheets begun are known as the add-in's own and rewritten in place; Validasi was never begun.
    expect(plans.map((p) => [p.name, p.replace])).toEqual([["Capaian", true], ["Kurva S", true], ["Validasi", false]]);
    const clean = await sample();
    await runHitung(createExcelDoor(clean.run, NO_WAIT));
    expect(fake.snapshot()).toEqual(clean.snapshot());
  });

  test("a sheet made under the same name in the meantime (ItemAlreadyExists) is named in the message", async () => {
    const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]] }]);
    const door = createExcelDoor(fake.run, NO_WAIT);
    fake.putSheet({ name: "Kurva S", values: [["milik pengguna"]] });
    const err = await door.writePlans([capaianPlan(), kurvaSPlan()]).catch((e) => e);
    expect(err).toBeInstanceOf(WriteIncompleteError);
    expect(errorMessage("Hitung Capaian", err)).toMatch(/sudah ada lembar dengan nama itu/);
    expect(fake.cell("Kurva S", "A1").value).toBe("milik pengguna");
  });
});
