import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { writeWorkbook } from "../../src/xlsx/write";
import { capaianPlan, FORMULA_LIKE, firstMonthRow, kurvaSPlan, LAST_REPORTED_MONTH, MONTHS, PREDIKAT_FILLS, samplePk } from "./plans";
import { child, find, findAll, parseXml, type XmlNode } from "./xml-tree";

const pks = [samplePk(0), samplePk(1)];
const kurva = kurvaSPlan(pks);
const plans: SheetPlan[] = [capaianPlan(), kurva];
let zip: JSZip;
let buffer: Uint8Array;

beforeAll(async () => {
  buffer = await writeWorkbook(plans);
  zip = await JSZip.loadAsync(buffer);
});

async function part(path: string): Promise<XmlNode> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return parseXml(await file.async("string"));
}

function relTargets(rels: XmlNode): Map<string, { target: string; type: string }> {
  return new Map(findAll(rels, "Relationship").map((r) => [r.attrs.Id, { target: r.attrs.Target, type: r.attrs.Type }]));
}

/** "../charts/chart1.xml" seen from "xl/drawings/drawing1.xml" -> "xl/charts/chart1.xml" */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

async function sheetPartOf(name: string): Promise<string> {
  const wb = await part("xl/workbook.xml");
  const sheet = findAll(wb, "sheet").find((s) => s.attrs.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rel = relTargets(await part("xl/_rels/workbook.xml.rels")).get(sheet.attrs["r:id"]);
  return resolve("xl/workbook.xml", rel!.target);
}

/** The chart parts of a sheet, in the order of its drawing's anchors. */
async function chartsOfSheet(name: string): Promise<{ drawing: string; anchors: XmlNode[]; charts: string[] }> {
  const sheetPart = await sheetPartOf(name);
  const drawingEl = find(await part(sheetPart), "drawing");
  const sheetRels = relTargets(await part(sheetPart.replace(/([^/]+)$/, "_rels/$1.rels")));
  const drawingRel = sheetRels.get(drawingEl.attrs["r:id"])!;
  expect(drawingRel.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
  const drawing = resolve(sheetPart, drawingRel.target);
  const anchors = findAll(await part(drawing), "xdr:twoCellAnchor");
  const drawingRels = relTargets(await part(drawing.replace(/([^/]+)$/, "_rels/$1.rels")));
  const charts = anchors.map((a) => {
    const rel = drawingRels.get(find(a, "c:chart").attrs["r:id"])!;
    expect(rel.type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    return resolve(drawing, rel.target);
  });
  return { drawing, anchors, charts };
}

const numbers = (cache: XmlNode) =>
  new Map(findAll(cache, "c:pt").map((p) => [Number(p.attrs.idx), Number(find(p, "c:v").text)]));

describe("writeWorkbook: chart parts", () => {
  test("one chart part per chart, one drawing for the Kurva S sheet, every XML part well-formed", async () => {
    const names = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    expect(names.filter((f) => f.startsWith("xl/charts/")).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(names.filter((f) => f.startsWith("xl/drawings/")).sort()).toEqual([
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    for (const name of names.filter((f) => /\.(xml|rels)$/.test(f))) {
      await expect(part(name)).resolves.toBeDefined();
    }
  });

  test("each series points at its own ranges of 'Kurva S' and caches the plan's numbers", async () => {
    const { charts } = await chartsOfSheet("Kurva S");
    expect(charts).toHaveLength(2);
    for (const [k, chartPath] of charts.entries()) {
      const chart = await part(chartPath);
      expect(chart.name).toBe("c:chartSpace");
      expect(findAll(find(chart, "c:title"), "a:t").map((t) => t.text)).toEqual([pks[k].title]);
      const first = firstMonthRow(k) + 1;
      const last = first + 11;
      const series = findAll(find(chart, "c:lineChart"), "c:ser");
      const spec = kurva.charts[k].series;
      const columns = ["B", "C", "D", "E"];
      const expected = [pks[k].rencanaKeuangan, pks[k].realisasiKeuangan, pks[k].rencanaFisik, pks[k].realisasiFisik];
      expect(series.map((s) => find(s, "c:tx").children[0].text)).toEqual(spec.map((s) => s.name));
      series.forEach((ser, i) => {
        const cat = find(ser, "c:cat");
        expect(find(cat, "c:f").text).toBe(`'Kurva S'!$A$${first}:$A$${last}`);
        expect(findAll(find(cat, "c:strCache"), "c:v").map((v) => v.text)).toEqual(MONTHS);
        const val = find(ser, "c:val");
        expect(find(val, "c:f").text).toBe(`'Kurva S'!$${columns[i]}$${first}:$${columns[i]}$${last}`);
        const cache = find(val, "c:numCache");
        expect(find(cache, "c:ptCount").attrs.val).toBe("12");
        expect(find(cache, "c:formatCode").text).toBe("0.00");
        const want = new Map(expected[i].flatMap((v, m) => (v === null ? [] : [[m, v] as [number, number]])));
        expect(numbers(cache)).toEqual(want);
        const ln = find(child(ser, "c:spPr")!, "a:ln");
        expect(find(ln, "a:srgbClr").attrs.val).toBe(spec[i].color.slice(1).toUpperCase());
        expect(find(ln, "a:prstDash").attrs.val).toBe(spec[i].dashed ? "dash" : "solid");
      });
      // Realisasi stops after the last reported month: no points there, and blanks are gaps, not zeros.
      expect([...numbers(find(series[1], "c:numCache")).keys()]).toEqual([...Array(LAST_REPORTED_MONTH).keys()]);
      expect(find(chart, "c:dispBlanksAs").attrs.val).toBe("gap");
    }
  });

  test("series children follow the schema order, axes carry the spec's min, max and title, legend at the bottom", async () => {
    const chart = await part("xl/charts/chart1.xml");
    for (const ser of findAll(chart, "c:ser")) {
      expect(ser.children.map((c) => c.name)).toEqual(["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:cat", "c:val", "c:smooth"]);
    }
    const chartEl = find(chart, "c:chart");
    expect(chartEl.children.map((c) => c.name)).toEqual([
      "c:title", "c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs",
    ]);
    const valAx = find(chart, "c:valAx");
    expect(find(valAx, "c:max").attrs.val).toBe("100");
    expect(find(valAx, "c:min").attrs.val).toBe("0");
    expect(find(find(valAx, "c:title"), "a:t").text).toBe("Persen kumulatif");
    const axIds = findAll(find(chart, "c:lineChart"), "c:axId").map((a) => a.attrs.val);
    expect(axIds).toEqual([find(find(chart, "c:catAx"), "c:axId").attrs.val, find(valAx, "c:axId").attrs.val]);
    expect(find(find(chart, "c:legend"), "c:legendPos").attrs.val).toBe("b");
  });

  test("drawing anchors cover the spec's from and to cells", async () => {
    const { anchors } = await chartsOfSheet("Kurva S");
    const pos = (a: XmlNode, tag: string) => {
      const m = find(a, tag);
      return { col: Number(find(m, "xdr:col").text), row: Number(find(m, "xdr:row").text) };
    };
    kurva.charts.forEach((spec, k) => {
      const fromRow = Number(spec.from.slice(1)) - 1;
      const toRow = Number(spec.to.slice(1));
      expect(pos(anchors[k], "xdr:from")).toEqual({ col: 8, row: fromRow }); // I
      expect(pos(anchors[k], "xdr:to")).toEqual({ col: 17, row: toRow }); // just past Q
    });
    const ids = anchors.map((a) => find(a, "xdr:cNvPr").attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("content types, rels and the sheet's <drawing> element are consistent", async () => {
    const types = await part("[Content_Types].xml");
    const overrides = new Map(findAll(types, "Override").map((o) => [o.attrs.PartName, o.attrs.ContentType]));
    expect(overrides.get("/xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(overrides.get("/xl/charts/chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(overrides.get("/xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const name of overrides.keys()) expect(zip.file(name.slice(1))).not.toBeNull();

    const sheetPart = await sheetPartOf("Kurva S");
    const sheet = await part(sheetPart);
    const order = sheet.children.map((c) => c.name);
    const at = order.indexOf("drawing");
    expect(at).toBeGreaterThan(order.indexOf("sheetData"));
    expect(at).toBeGreaterThan(order.indexOf("pageSetup"));
    for (const later of ["legacyDrawing", "tableParts", "extLst"]) {
      if (order.includes(later)) expect(at).toBeLessThan(order.indexOf(later));
    }
    // The Capaian sheet has no chart, so no drawing.
    expect(findAll(await part(await sheetPartOf("Capaian")), "drawing")).toHaveLength(0);
  });
});

describe("writeWorkbook: cells", () => {
  test("exceljs reads values, formats, merges and frozen rows back; formula-like text stays text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Capaian", "Kurva S"]);
    const ws = wb.getWorksheet("Capaian")!;
    FORMULA_LIKE.forEach((text, i) => {
      const cell = ws.getCell(`C${5 + i}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    });
    expect(ws.getCell("D5").value).toBe(9360);
    expect(ws.getCell("F5").numFmt).toBe("#,##0.00");
    expect(ws.getCell("A4").font.bold).toBe(true);
    expect(ws.getCell("A4").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("C6").border.top?.style).toBe("thin");
    expect(ws.getCell("H5").alignment.wrapText).toBe(true);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getColumn(3).width).toBe(34);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?4$/);

    const kurvaWs = wb.getWorksheet("Kurva S")!;
    const row = firstMonthRow(0) + 1;
    expect(kurvaWs.getCell(`A${row}`).value).toBe("Jan");
    expect(kurvaWs.getCell(`B${row}`).value).toBe(pks[0].rencanaKeuangan[0]);
    expect(kurvaWs.getCell(`C${row + LAST_REPORTED_MONTH}`).value).toBeNull();
  });

  test("no charts: no drawing or chart parts", async () => {
    const plain = await JSZip.loadAsync(await writeWorkbook([capaianPlan()]));
    expect(Object.keys(plain.files).filter((f) => /drawing|chart/.test(f))).toEqual([]);
  });

  test("sheet names with quotes are quoted in references; control characters are dropped, not written", async () => {
    const pk = { ...samplePk(0), title: "Grafik <PK> & \u0007uji" };
    const odd = { ...kurvaSPlan([pk], "PK O'Brien"), freezeRows: 4 };
    odd.values[5][0] = "Jan\u0001";
    const z = await JSZip.loadAsync(await writeWorkbook([odd]));
    const xml = await z.file("xl/charts/chart1.xml")!.async("string");
    const chart = parseXml(xml);
    expect(find(find(chart, "c:cat"), "c:f").text).toBe("'PK O''Brien'!$A$6:$A$17");
    expect(find(find(chart, "c:title"), "a:t").text).toBe("Grafik <PK> & uji");
    expect(find(find(chart, "c:strCache"), "c:v").text).toBe("Jan");
    // The print titles name the sheet as a formula must: quoted, the apostrophe doubled.
    const names = findAll(parseXml(await z.file("xl/workbook.xml")!.async("string")), "definedName");
    expect(names.map((n) => [n.attrs.name, n.attrs.localSheetId, n.text])).toEqual([["_xlnm.Print_Titles", "0", "'PK O''Brien'!$1:$4"]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await z.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("PK O'Brien")!.getCell("A6").value).toBe("Jan");
  });
});

describe("writeWorkbook: conditional fills", () => {
  const capaian = capaianPlan();
  const last = capaian.values.length;

  test("one <conditionalFormatting> on the range, a cellIs-equal rule per value, each with a dxf of its solid fill", async () => {
    const sheet = await part(await sheetPartOf("Capaian"));
    const cfs = findAll(sheet, "conditionalFormatting");
    expect(cfs.map((c) => c.attrs.sqref)).toEqual([`G5:G${last}`]);
    const rules = findAll(cfs[0], "cfRule");
    expect(rules.map((r) => [r.attrs.type, r.attrs.operator, find(r, "formula").text])).toEqual([
      ["cellIs", "equal", '"Sangat Tinggi"'],
      ["cellIs", "equal", '"Sedang"'],
      ["cellIs", "equal", '"Sangat Rendah"'],
      ["cellIs", "equal", '"Kata ""kutip"""'],
    ]);
    expect(rules.map((r) => r.attrs.priority)).toEqual(["1", "2", "3", "4"]);

    // Excel paints a dxf's solid fill in bgColor.
    const dxfs = findAll(find(await part("xl/styles.xml"), "dxfs"), "dxf");
    const colours = rules.map((r) => {
      const fill = find(dxfs[Number(r.attrs.dxfId)], "patternFill");
      expect(fill.attrs.patternType).toBe("solid");
      return find(fill, "bgColor").attrs.rgb;
    });
    expect(colours).toEqual(Object.values(PREDIKAT_FILLS).map((c) => `FF${c.slice(1)}`));

    // Schema order: after the cells and merges, before the page setup (and any drawing).
    const order = sheet.children.map((c) => c.name);
    expect(order.indexOf("conditionalFormatting")).toBeGreaterThan(order.indexOf("mergeCells"));
    expect(order.indexOf("conditionalFormatting")).toBeLessThan(order.indexOf("pageMargins"));
    expect(findAll(await part(await sheetPartOf("Kurva S")), "conditionalFormatting")).toEqual([]);
  });

  test("exceljs reads the rules back with their text and colour", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Capaian")! as ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
    expect(ws.conditionalFormattings).toHaveLength(1);
    expect(ws.conditionalFormattings[0].ref).toBe(`G5:G${last}`);
    const rules = ws.conditionalFormattings[0].rules as (ExcelJS.CellIsRuleType & { style: { fill: ExcelJS.FillPattern } })[];
    expect(rules.map((r) => [r.type, r.operator, r.formulae, r.style.fill.bgColor?.argb])).toEqual(
      Object.entries(PREDIKAT_FILLS).map(([text, fill]) => ["cellIs", "equal", [`"${text.replace(/"/g, '""')}"`], `FF${fill.slice(1)}`]),
    );
    expect(ws.getCell("G5").value).toBe("Sangat Tinggi");
    expect((ws.getCell("G5").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none").toBe("none"); // no fill of its own
  });
});
