/** The in-memory Excel behaves like Excel where the door depends on it. */
import { FakeExcel } from "../fakes/fake-excel";

const book = () =>
  FakeExcel.fromSheets([
    { name: "Data", values: [["a", 1], ["b", 2]], formats: [["General", "0.00"], ["General", "0.00"]], top: 1, left: 1 },
    { name: "Kosong", values: [] },
  ]);

async function rejection(p: Promise<unknown>): Promise<{ code?: string; name?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error("expected a rejection");
}

describe("load and sync", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("B2:C3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("loaded values appear only after sync", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("B2:C3");
      range.load("values,address,numberFormat");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["a", 1], ["b", 2]]);
      expect(range.address).toBe("Data!B2:C3");
      expect(range.numberFormat).toEqual([["General", "0.00"], ["General", "0.00"]]);
    });
  });

  test("writes apply at sync, not before", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("D5").values = [["baru"]];
      expect(fake.cell("Data", "D5").value).toBeNull();
      await ctx.sync();
      expect(fake.cell("Data", "D5").value).toBe("baru");
    });
  });

  test("Excel.run flushes work left pending when the batch ends, and counts it", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    });
    expect(fake.cell("Data", "A1").value).toBe("x");
    expect(fake.syncCount).toBe(1);
  });

  test("syncs are counted with the bytes of each request; an empty sync is no round trip", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A2").values = [["x"], ["y".repeat(1000)]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["z"]];
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.requestBytes[0]).toBeGreaterThan(1000);
    expect(fake.requestBytes[1]).toBeLessThan(200);
    expect(fake.maxRequestBytes).toBe(fake.requestBytes[0]);
  });

  test("a request above 5 MB is refused like Excel on the web", async () => {
    const fake = book();
    const err = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:A600").values = Array.from({ length: 600 }, () => ["x".repeat(10_000)]);
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.cell("Data", "A1").value).toBeNull();
  });
});

describe("Office-like errors", () => {
  test("a bad address fails the sync with InvalidArgument", async () => {
    const fake = book();
    const err = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B2:ZZZZ1").load("values");
        await ctx.sync();
      }),
    );
    expect(err).toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
  });

  test("a missing sheet fails with ItemNotFound; the OrNullObject variant says isNullObject", async () => {
    const fake = book();
    const err = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Tidak Ada").load("name");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      expect(() => ws.isNullObject).toThrow();
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  test("values of the wrong shape, a duplicate sheet, deleting the last sheet", async () => {
    const fake = FakeExcel.fromSheets([{ name: "Satu", values: [[1]] }]);
    const shape = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Satu").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(shape.code).toBe("InvalidArgument");
    const dup = await rejection(fake.run(async (ctx) => void ctx.workbook.worksheets.add("satu")));
    expect(dup.code).toBe("ItemAlreadyExists");
    const last = await rejection(fake.run(async (ctx) => ctx.workbook.worksheets.getItem("Satu").delete()));
    expect(last.code).toBe("InvalidOperation");
  });

  test("a failing operation stops the batch there; what came before stays applied", async () => {
    const fake = book();
    await rejection(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [["sebelum"]];
        ws.getRange("nope").values = [["x"]];
        ws.getRange("A2").values = [["sesudah"]];
        await ctx.sync();
      }),
    );
    expect(fake.cell("Data", "A1").value).toBe("sebelum");
    expect(fake.cell("Data", "A2").value).toBeNull();
  });
});

describe("cells like Excel", () => {
  test("text starting with = + - @ becomes a formula unless the cell is Text (@); number-like text becomes a number", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A10:E10").values = [["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "-x", "@SUM(A1)", "007"]];
      const text = ws.getRange("A11:E11");
      text.numberFormat = [["@", "@", "@", "@", "@"]];
      text.values = [["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "-x", "@SUM(A1)", "007"]];
      await ctx.sync();
    });
    const row10 = fake.sheet("Data")!.formulas[9];
    expect(row10.slice(0, 4)).toEqual(["=HYPERLINK(\"x\")", "=+cmd|' /C calc'!A0", "=-x", "=@SUM(A1)"]);
    expect(fake.cell("Data", "E10").value).toBe(7);
    const snap = fake.sheet("Data")!;
    expect(snap.formulas[10]).toEqual([null, null, null, null, null]);
    expect(snap.values[10]).toEqual(["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "-x", "@SUM(A1)", "007"]);
  });

  test("used range: values only or with formats; an empty sheet gives a null object", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("F20").format.fill.color = "#FFFF00";
      await ctx.sync();
      const valuesOnly = ws.getUsedRange(true).load("address");
      const all = ws.getUsedRange().load("address");
      const empty = ctx.workbook.worksheets.getItem("Kosong").getUsedRangeOrNullObject(true);
      empty.load("address");
      await ctx.sync();
      expect(valuesOnly.address).toBe("Data!B2:C3");
      expect(all.address).toBe("Data!B2:F20");
      expect(empty.isNullObject).toBe(true);
    });
  });

  test("sheet names with spaces come back quoted in addresses", async () => {
    const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [[1]], top: 3, left: 2 }, { name: "O'Brien", values: [[1]] }]);
    await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("PK Kadis").getUsedRange().load("address");
      const b = ctx.workbook.worksheets.getItem("O'Brien").getUsedRange().load("address");
      await ctx.sync();
      expect(a.address).toBe("'PK Kadis'!C4");
      expect(b.address).toBe("'O''Brien'!A1");
    });
  });

  test("worksheets load items/name in tab order; add, delete, activate", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.add("Baru").activate();
      sheets.getItem("Kosong").delete();
      sheets.load("items/name");
      expect(() => sheets.items).toThrow();
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Baru"]);
    });
    expect(fake.activeSheet).toBe("Baru");
  });
});

describe("charts as metadata", () => {
  test("a line chart with series bound to ranges, title, legend, axis and position", async () => {
    const fake = FakeExcel.fromSheets([{ name: "Kurva S", values: [["Bulan", "Rencana"], ["Jan", 10], ["Feb", 20]] }]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Kurva S");
      const chart = ws.charts.add("Line", ws.getRange("B2:B3"), "Columns");
      chart.title.text = "Kurva S";
      chart.legend.position = "Bottom";
      chart.setPosition("D2", "K15");
      const s = chart.series.getItemAt(0);
      s.name = "Rencana";
      s.setValues(ws.getRange("B2:B3"));
      s.setXAxisValues(ws.getRange("A2:A3"));
      s.format.line.color = "#1F77B4";
      chart.axes.valueAxis.maximum = 100;
      await ctx.sync();
    });
    const [chart] = fake.sheet("Kurva S")!.charts;
    expect(chart).toMatchObject({
      type: "Line",
      title: "Kurva S",
      from: "D2",
      to: "K15",
      legend: { position: "Bottom" },
      valueAxis: { maximum: 100 },
      series: [{ name: "Rencana", values: "'Kurva S'!B2:B3", xValues: "'Kurva S'!A2:A3", color: "#1F77B4" }],
    });
  });

  test("failChartCall makes the chosen chart call fail at sync", async () => {
    const fake = FakeExcel.fromSheets([{ name: "K", values: [[1], [2]] }], { failChartCall: (m) => m === "setXAxisValues" });
    const err = await rejection(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("K");
        ws.charts.add("Line", ws.getRange("A1:A2")).series.getItemAt(0).setXAxisValues(ws.getRange("A1:A2"));
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
  });
});

describe("conditional formats", () => {
  test("CellValue: rule and fill kept as metadata, newest on top, request bytes counted", async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("B2:B3");
      const a = range.conditionalFormats.add("CellValue").cellValue;
      a.format.fill.color = "#C6EFCE";
      a.rule = { formula1: '="a"', operator: "EqualTo" };
      const b = range.conditionalFormats.add("CellValue").cellValue;
      b.format.fill.color = "#FFC7CE";
      b.rule = { formula1: "1", formula2: "2", operator: "Between" };
      await ctx.sync();
    });
    expect(fake.sheet("Data")!.conditionalFormats).toEqual([
      { type: "CellValue", range: "B2:B3", rule: { formula1: "1", formula2: "2", operator: "Between" }, fill: "#FFC7CE" },
      { type: "CellValue", range: "B2:B3", rule: { formula1: '="a"', operator: "EqualTo" }, fill: "#C6EFCE" },
    ]);
    expect(fake.syncCount).toBe(1);
    expect(fake.requestBytes[0]).toBeGreaterThan(JSON.stringify('="a"').length + 6 * 40);
    // Formats alone do not extend the used range, nor change a cell's own format.
    expect(fake.cell("Data", "B2").style).toEqual({});
  });

  test("an unknown type is InvalidArgument at sync; so are a bad operator and a bad colour", async () => {
    const fake = book();
    const unknown = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B2").conditionalFormats.add("Sparkle" as Excel.ConditionalFormatType);
        await ctx.sync();
      }),
    );
    expect(unknown).toMatchObject({ name: "RichApi.Error", code: "InvalidArgument" });
    const operator = await rejection(
      fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem("Data").getRange("B2").conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: "1", operator: "Equals" as "EqualTo" };
        await ctx.sync();
      }),
    );
    expect(operator).toMatchObject({ code: "InvalidArgument" });
    const colour = await rejection(
      fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem("Data").getRange("B2").conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = "#12";
        await ctx.sync();
      }),
    );
    expect(colour).toMatchObject({ code: "InvalidArgument" });
  });

  test("cellValue of a format of another type is InvalidOperation", async () => {
    const fake = book();
    const err = await rejection(
      fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem("Data").getRange("B2").conditionalFormats.add("DataBar");
        cf.cellValue.format.fill.color = "#C6EFCE";
        await ctx.sync();
      }),
    );
    expect(err).toMatchObject({ code: "InvalidOperation" });
  });
});

describe("what the door must survive", () => {
  test("strings are taken the way Excel takes typing: numbers, dates, errors, booleans; the apostrophe is a prefix", async () => {
    const typed = ["(123)", "1E5", "#N/A", "10-12", "1 Mei 2025", "May 1, 2025", "85%", "1.234.567", "1,5", "Rp 1.000", "BENAR", "1.02.02", "'=A1", "'007"];
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A20:N20").values = [typed];
      const text = ws.getRange("A21:N21");
      text.numberFormat = [typed.map(() => "@")];
      text.values = [typed];
      await ctx.sync();
    });
    const general = typed.map((_, i) => fake.cell("Data", `${String.fromCharCode(65 + i)}20`));
    expect(general.map((c) => c.value)).toEqual([-123, 100000, "#N/A", 46001, 45778, 45778, 0.85, 1234567, 1.5, 1000, true, 3722 / 86400, "=A1", "007"]);
    expect(general[2].type).toBe("Error");
    expect(general[6].format).toBe("0%");
    expect(general[3].format).toBe("d/m/yyyy");
    expect(general.slice(12).map((c) => c.type)).toEqual(["String", "String"]);
    const asText = typed.map((_, i) => fake.cell("Data", `${String.fromCharCode(65 + i)}21`));
    expect(asText.map((c) => c.value)).toEqual([...typed.slice(0, 12), "=A1", "007"]);
    expect(asText.every((c) => c.type === "String" && c.formula === null)).toBe(true);
  });

  test("deleting a sheet turns formulas that point into it into #REF!; clearing it keeps them", async () => {
    const fake = FakeExcel.fromSheets([
      { name: "Catatan", values: [[null, null]], formulas: [["='Kurva S'!B2", "=Capaian!I7+1"]] },
      { name: "Capaian", values: [[1]] },
      { name: "Kurva S", values: [[1]] },
    ]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Kurva S").getRange().clear();
      await ctx.sync();
      expect(fake.cell("Catatan", "A1").formula).toBe("='Kurva S'!B2");
      ctx.workbook.worksheets.getItem("Capaian").delete();
      await ctx.sync();
    });
    expect(fake.cell("Catatan", "A1").formula).toBe("='Kurva S'!B2");
    expect(fake.cell("Catatan", "B1")).toMatchObject({ formula: "=#REF!I7+1", value: "#REF!", type: "Error" });
  });

  test("clear, unmerge, conditional formats clearAll, unfreeze, chart items: a sheet emptied in place", async () => {
    const fake = FakeExcel.fromSheets([{ name: "K", values: [["a", 1], ["b", 2]], formats: [["General", "0.00"]], merges: ["A1:B1"] }]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("K");
      ws.getRange("A1:B2").format.fill.color = "#FF0000";
      ws.getRange("B1:B2").conditionalFormats.add("CellValue").cellValue.rule = { formula1: "1", operator: "EqualTo" };
      ws.freezePanes.freezeRows(1);
      ws.charts.add("Line", ws.getRange("B1:B2"));
      await ctx.sync();
      const charts = ws.charts.load("items/name");
      const whole = ws.getRange();
      whole.unmerge();
      whole.clear("All");
      whole.conditionalFormats.clearAll();
      ws.freezePanes.unfreeze();
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
      charts.items.forEach((c) => c.delete());
      await ctx.sync();
    });
    const s = fake.sheet("K")!;
    expect([s.values, s.merges, s.styles, s.conditionalFormats, s.freezeRows, s.charts]).toEqual([[], [], {}, [], 0, []]);
    expect(fake.sheetNames()).toEqual(["K"]);
  });

  test("visibility loads with the sheet list; a hidden sheet cannot be activated or selected", async () => {
    const fake = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }, { name: "Lama", values: [[2]], hidden: true }]);
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Data", "Visible"], ["Lama", "Hidden"]]);
    });
    const err = await rejection(fake.run(async (ctx) => ctx.workbook.worksheets.getItem("Lama").getRange("A1").select()));
    expect(err.code).toBe("InvalidOperation");
    expect(fake.selection).toBeNull();
  });

  test("a response above the limit is refused after the work is done, and counted as refused", async () => {
    const fake = FakeExcel.fromSheets([{ name: "Besar", values: Array.from({ length: 200 }, () => ["x".repeat(100)]) }], { responseLimitBytes: 10_000 });
    const err = await rejection(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Besar").getRange("A1:A200").load("values");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.refusedCount).toBe(1);
    expect(fake.maxResponseBytes).toBeGreaterThan(10_000);
  });

  test("cell-edit mode refuses the whole request unless Excel.run asked to wait and the host honours it", async () => {
    const write = (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      return ctx.sync();
    };
    const plain = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }], { cellEditDuring: (n) => n === 1 });
    expect((await rejection(plain.run(write))).code).toBe("InvalidOperationInCellEditMode");
    expect(plain.cell("Data", "A1").value).toBe(1);
    const waits = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }], { cellEditDuring: (n) => n === 1 });
    await waits.run({ delayForCellEdit: true }, write);
    expect([waits.cell("Data", "A1").value, waits.delayedCount]).toEqual(["x", 1]);
    const old = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }], { cellEditDuring: (n) => n === 1, delayForCellEditHonoured: false });
    expect((await rejection(old.run({ delayForCellEdit: true }, write))).code).toBe("InvalidOperationInCellEditMode");
  });

  test("a transient refusal on demand, and one operation failing midway with its location", async () => {
    const busy = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }], { refuseSync: (n) => (n === 1 ? "ActivityLimitReached" : null) });
    const write = (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1").values = [["a"]];
      ws.freezePanes.freezeRows(1);
      ws.getRange("A2").values = [["b"]];
      return ctx.sync();
    };
    expect((await rejection(busy.run(write))).code).toBe("ActivityLimitReached");
    await busy.run(write);
    expect(busy.cell("Data", "A2").value).toBe("b");
    const broken = FakeExcel.fromSheets([{ name: "Data", values: [[1]] }], { failOperation: (op) => (op.member === "freezeRows()" ? "GeneralException" : null) });
    const err = (await rejection(broken.run(write))) as { code?: string; debugInfo?: { errorLocation?: string } };
    expect(err.code).toBe("GeneralException");
    expect(err.debugInfo?.errorLocation).toContain("freezePanes.freezeRows()");
    expect([broken.cell("Data", "A1").value, broken.cell("Data", "A2").value]).toEqual(["a", null]);
  });
});
