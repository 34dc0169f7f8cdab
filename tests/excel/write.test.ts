/** writePlans, writeCells and select through the door, against the in-memory Excel. */
import { createExcelDoor } from "../../src/excel";
import { OWN_SHEET_MARK } from "../../src/engine/plan/sheet-plan";
import { FakeExcel, type FakeSheetData } from "../fakes/fake-excel";
import { bigPlan, capaianPlan, kurvaSPlan } from "./plans";

const userSheets = (): FakeSheetData[] => [
  { name: "PK Kadis", values: [["PERJANJIAN KINERJA"], [null, "Sasaran", 98.5], ["=x", null, "#DIV/0!"]], formats: [["General"], ["General", "General", "0.00"]], merges: ["A1:C1"] },
  // A user's sheet that happens to be called "Capaian": the engine names ours "Capaian (2)".
  { name: "Capaian", values: [["Catatan pribadi"], [123]], formulas: [[null], ["=100+23"]] },
];

describe("writePlans", () => {
  test("new sheets in one sync: tables, layout and charts in one request; charts bound to the written ranges", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    const report = await createExcelDoor(fake.run).writePlans([capaianPlan("Capaian (2)"), kurvaSPlan()]);
    expect(fake.syncCount).toBe(1);
    expect(report).toEqual({ written: ["Capaian (2)", "Kurva S"], warnings: [] });
    expect(fake.sheetNames()).toEqual(["PK Kadis", "Capaian", "Capaian (2)", "Kurva S"]);

    const kurva = fake.sheet("Kurva S")!;
    expect(kurva.charts).toHaveLength(1);
    expect(kurva.charts[0]).toMatchObject({
      type: "Line",
      title: "Kurva S: PK Kadis",
      from: "E4",
      to: "M20",
      legend: { visible: true, position: "Bottom" },
      valueAxis: { minimum: 0, maximum: 100, title: "Persen" },
      series: [
        { name: "Rencana", values: "'Kurva S'!B5:B16", xValues: "'Kurva S'!A5:A16", color: "#1F77B4" },
        { name: "Realisasi", values: "'Kurva S'!C5:C16", xValues: "'Kurva S'!A5:A16", color: "#D62728", lineStyle: "Dash" },
      ],
    });
    expect(kurva.values[4]).toEqual(["Jan", 8.33, 7.5]);
    expect(kurva.values[15]).toEqual(["Des", 100, null]);
  });

  test("values, number formats, styles, merges, widths and frozen rows land as planned", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(fake.run).writePlans([capaianPlan("Capaian (2)")]);
    const s = fake.sheet("Capaian (2)")!;
    expect(s.values[1][0]).toBe(OWN_SHEET_MARK);
    expect(s.values[4].slice(0, 6)).toEqual([1, "PK Kadis", "Persentase ibu hamil mendapatkan pelayanan", 98, 97.5, 99.49]);
    expect(s.formats[4].slice(3, 6)).toEqual(["#,##0.00", "#,##0.00", "0.00"]);
    expect(s.merges).toEqual(["A1:G1"]);
    expect(s.freezeRows).toBe(4);
    expect(s.columnWidths.C).toBeCloseTo((48 * 7 + 5) * 0.75, 1);
    expect(s.styles.A1).toMatchObject({ "font.bold": true, "font.size": 14 });
    expect(s.styles.D4).toMatchObject({
      "fill.color": "#DDEBF7",
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
      "border.EdgeTop.style": "Continuous",
    });
  });

  test("text that looks like a formula (or a number) lands as text, never a formula", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(fake.run).writePlans([capaianPlan("Capaian (2)")]);
    const s = fake.sheet("Capaian (2)")!;
    expect(s.formulas.flat().filter((f) => f !== null)).toEqual([]);
    expect(fake.cell("Capaian (2)", "G5").value).toBe("=HYPERLINK(\"http://x\")");
    expect(fake.cell("Capaian (2)", "C7").value).toBe("+cmd|' /C calc'!A0");
    expect(fake.cell("Capaian (2)", "G7").value).toBe("@SUM(A1:A3)");
    expect(fake.cell("Capaian (2)", "G8").value).toBe("-x");
    expect(fake.cell("Capaian (2)", "G6").value).toBe("-");
    expect(fake.cell("Capaian (2)", "C8").value).toBe("1.02.02");
  });

  test("the add-in's own sheet is replaced; every other sheet is left exactly as it was", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    const door = createExcelDoor(fake.run);
    const before = fake.snapshot();
    await door.writePlans([capaianPlan("Capaian (2)"), kurvaSPlan()]);

    const again = capaianPlan("Capaian (2)", true);
    again.values[4][4] = 99;
    fake.resetCounters();
    const report = await door.writePlans([again, kurvaSPlan("Kurva S", true)]);

    expect(fake.syncCount).toBe(2);
    expect(report.warnings).toEqual([]);
    expect(fake.cell("Capaian (2)", "E5").value).toBe(99);
    expect(fake.sheet("Kurva S")!.charts).toHaveLength(1); // replaced, not doubled
    const after = fake.snapshot().filter((s) => s.name === "PK Kadis" || s.name === "Capaian");
    expect(after).toEqual(before);
    expect(fake.sheetNames()).toEqual(["PK Kadis", "Capaian", "Capaian (2)", "Kurva S"]);
    expect(fake.cell("Capaian", "A2").formula).toBe("=100+23");
  });

  test("a chart the host refuses becomes a warning in Bahasa Indonesia; the tables stay", async () => {
    const fake = FakeExcel.fromSheets(userSheets(), { failChartCall: (m) => m === "setXAxisValues" });
    const report = await createExcelDoor(fake.run).writePlans([capaianPlan("Capaian (2)"), kurvaSPlan()]);
    expect(report.written).toEqual(["Capaian (2)", "Kurva S"]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/Grafik di lembar "Kurva S" tidak dapat dibuat/);
    expect(fake.cell("Kurva S", "B16").value).toBe(100);
    expect(fake.cell("Capaian (2)", "C5").value).toBe("Persentase ibu hamil mendapatkan pelayanan");
  });

  test("a chart type the host lacks altogether also leaves the tables", async () => {
    const fake = FakeExcel.fromSheets(userSheets(), { failChartCall: (m) => m === "add" });
    const report = await createExcelDoor(fake.run).writePlans([kurvaSPlan()]);
    expect(report.warnings[0]).toContain("GeneralException");
    expect(fake.sheet("Kurva S")!.charts).toEqual([]);
    expect(fake.sheet("Kurva S")!.values[3]).toEqual(["Bulan", "Rencana (%)", "Realisasi (%)"]);
  });

  test("a small plan goes out in one request, tables and layout", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(fake.run).writePlans([bigPlan(2000)]);
    expect(fake.syncCount).toBe(1);
    expect(fake.maxRequestBytes).toBeLessThan(1_000_000);
  });

  test("a plan above the 5 MB request limit is split into row chunks, each under the limit, same cells", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    const plan = bigPlan(60_000);
    await createExcelDoor(fake.run).writePlans([plan]);
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(fake.maxRequestBytes).toBeLessThan(5_000_000);
    console.log("60k-row plan:", fake.syncCount, "syncs, requests", fake.requestBytes);
    const s = fake.sheet("Validasi")!;
    expect(s.values).toHaveLength(plan.values.length);
    expect(s.values[60_002]).toEqual(plan.values[60_002]);
    expect(s.values[30_000][4]).toBe(plan.values[30_000][4]);
    expect(s.freezeRows).toBe(3);
  }, 60_000);

  test("chunked and unchunked writes give the same sheet", async () => {
    const plans = [capaianPlan("Capaian (2)"), kurvaSPlan(), bigPlan(300)];
    const one = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(one.run).writePlans(plans);
    const many = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(many.run, { requestBudgetBytes: 12_000 }).writePlans(plans);
    expect(one.syncCount).toBe(1);
    expect(many.syncCount).toBeGreaterThan(6);
    expect(many.snapshot()).toEqual(one.snapshot());
  });

  test("a layout of many style runs and merges is also packed under the limit", async () => {
    const plan = bigPlan(40_000);
    for (let r = 4; r < 40_000; r += 1) plan.styles.push({ range: `A${r}:E${r}`, style: { border: true, fill: "#F2F2F2" } });
    for (let r = 4; r < 40_000; r += 4) plan.merges.push(`B${r}:C${r}`);
    const fake = FakeExcel.fromSheets(userSheets()); // enforces 5 MB per request, like Excel on the web
    await createExcelDoor(fake.run).writePlans([plan]);
    expect(fake.maxRequestBytes).toBeLessThan(5_000_000);
    expect(fake.sheet("Validasi")!.merges).toHaveLength(plan.merges.length);
    expect(fake.cell("Validasi", "E39999").style).toMatchObject({ "fill.color": "#F2F2F2", "border.EdgeTop.style": "Continuous" });
    console.log("layout-heavy plan:", fake.syncCount, "syncs, max request", fake.maxRequestBytes);
  }, 120_000);

  test("many charts go out in as few requests as fit, every one bound", async () => {
    const plan = kurvaSPlan();
    plan.charts = Array.from({ length: 300 }, (_, i) => ({ ...plan.charts[0], title: `Kurva S ${i}` }));
    const fake = FakeExcel.fromSheets(userSheets());
    const report = await createExcelDoor(fake.run, { requestBudgetBytes: 200_000 }).writePlans([plan]);
    expect(report.warnings).toEqual([]);
    expect(fake.syncCount).toBeGreaterThan(2);
    const charts = fake.sheet("Kurva S")!.charts;
    expect(charts.map((c) => c.title)).toEqual(plan.charts.map((c) => c.title));
    expect(charts.every((c) => c.series.length === 2 && c.series[1].values === "'Kurva S'!C5:C16")).toBe(true);
  });

  test("conditional fills: one CellValue format per fill on its range, text and colour, in the table request", async () => {
    const fake = FakeExcel.fromSheets(userSheets(), { failChartCall: (m) => m === "add" });
    const report = await createExcelDoor(fake.run).writePlans([capaianPlan("Capaian (2)"), kurvaSPlan()]);
    expect(report.warnings).toHaveLength(1); // the charts' request failed; the formats went with the tables
    expect(fake.sheet("Capaian (2)")!.conditionalFormats).toEqual([
      { type: "CellValue", range: "G5:G8", rule: { formula1: '="-"', operator: "EqualTo" }, fill: "#EDEDED" },
      { type: "CellValue", range: "G5:G8", rule: { formula1: '="Kata ""kutip"""', operator: "EqualTo" }, fill: "#FFC7CE" },
    ]);
    expect(fake.sheet("Kurva S")!.conditionalFormats).toEqual([]);
    // The formats colour by value: the cells themselves carry no fill.
    expect(fake.cell("Capaian (2)", "G6").style["fill.color"]).toBeUndefined();
  });

  test("a replaced sheet gets its conditional fills once, not doubled", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    const door = createExcelDoor(fake.run);
    await door.writePlans([capaianPlan("Capaian (2)")]);
    await door.writePlans([capaianPlan("Capaian (2)", true)]);
    expect(fake.sheet("Capaian (2)")!.conditionalFormats).toHaveLength(2);
  });

  test("conditional fills are counted in the packing: many of them stay under a small budget", async () => {
    const plan = bigPlan(50);
    plan.conditionalFills = Array.from({ length: 400 }, (_, i) => ({ range: "B4:B53", equals: `Nilai "${i}" ${"x".repeat(i % 40)}`, fill: "#C6EFCE" }));
    const fake = FakeExcel.fromSheets(userSheets(), { requestLimitBytes: 20_000 });
    await createExcelDoor(fake.run, { requestBudgetBytes: 20_000 }).writePlans([plan]);
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(20_000);
    const formats = fake.sheet("Validasi")!.conditionalFormats;
    expect(formats.map((f) => f.rule!.formula1)).toEqual(plan.conditionalFills.map((f) => `="${f.equals.replace(/"/g, '""')}"`));
  });

  test("no plans, no round trip", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    expect(await createExcelDoor(fake.run).writePlans([])).toEqual({ written: [], warnings: [] });
    expect(fake.syncCount).toBe(0);
  });
});

describe("writeCells and select", () => {
  test("writeCells creates the sheet when asked and writes in one sync; text stays text", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(fake.run).writeCells({
      sheet: "PENGATURAN",
      create: true,
      writes: [
        { cell: "A1", value: "PENGATURAN PK KINERJA" },
        { cell: "B3", value: "2T-R" },
        { cell: "B4", value: 120 },
        { cell: "B5", value: "=1+1" },
        { cell: "B6", value: null },
      ],
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.cell("PENGATURAN", "B3").value).toBe("2T-R");
    expect(fake.cell("PENGATURAN", "B4").value).toBe(120);
    expect(fake.cell("PENGATURAN", "B5")).toMatchObject({ value: "=1+1", formula: null });
  });

  test("writeCells into an existing sheet touches only the named cells", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    const before = fake.sheet("PK Kadis")!;
    await createExcelDoor(fake.run).writeCells({ sheet: "PK Kadis", create: false, writes: [{ cell: "E9", value: 5 }] });
    const after = fake.sheet("PK Kadis")!;
    expect(after.values[8][4]).toBe(5);
    after.values[8][4] = null;
    expect(after.values.slice(0, 3).map((r) => r.slice(0, 3))).toEqual(before.values);
  });

  test("select activates the sheet and selects the cell in one sync", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await createExcelDoor(fake.run).select("Capaian", "B2");
    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheet).toBe("Capaian");
    expect(fake.selection).toEqual({ sheet: "Capaian", address: "B2" });
  });

  test("select on a sheet that is gone rejects with ItemNotFound", async () => {
    const fake = FakeExcel.fromSheets(userSheets());
    await expect(createExcelDoor(fake.run).select("Hilang", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
