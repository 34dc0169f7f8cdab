/**
 * The rekap sheets as plans, then through both doors: the file door (table parts, bar charts) and the Office.js
 * door against the in-memory Excel (Excel tables, bar charts, round trips counted, a rewrite in place).
 */
import { unzipSync, strFromU8 } from "fflate";
import { combineRekap, unreadablePart } from "../../src/engine/rekap";
import { planRekapSheets } from "../../src/engine/plan/rekap-sheets";
import { OWN_SHEET_MARK, type SheetPlan } from "../../src/engine/plan/sheet-plan";
import { parseRange } from "../../src/xlsx/charts/range";
import { writeWorkbook } from "../../src/xlsx/write";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { createExcelDoor } from "../../src/excel";
import type { Grid } from "../../src/engine/grid";
import { FakeExcel } from "../fakes/fake-excel";
import { partsOf, pemdaFiles } from "../rekap/pemda";

const rekap = () => combineRekap([...partsOf(pemdaFiles(3, ["orphan"])), unreadablePart("rusak.xlsx", "bukan buku kerja .xlsx")]);
const byName = (plans: SheetPlan[], name: string) => plans.find((p) => p.name === name)!;
const at = (plan: SheetPlan, ref: string) => {
  const r = parseRange(ref);
  return plan.values[r.top][r.left];
};
const headerRow = (plan: SheetPlan) => plan.values.findIndex((row) => row[0] === "No");

describe("rekap plans", () => {
  const r = rekap();
  const plans = planRekapSheets(r);
  const opd = byName(plans, "Rekap OPD");

  test("four sheets, each marked as the add-in's own; a user's sheet of the same name is never taken", () => {
    expect(plans.map((p) => [p.name, p.role])).toEqual([
      ["Rekap OPD", "rekap-opd"], ["Rekap Indikator", "rekap-indikator"], ["Kurva S Pemda", "rekap-kurva-s"], ["Rekap Temuan", "rekap-temuan"],
    ]);
    for (const p of plans) expect(String(p.values[1][0])).toMatch(new RegExp(`^${OWN_SHEET_MARK}`));
    const user: Grid[] = [{ name: "Rekap OPD", values: [["catatan saya"]], formats: [], top: 0, left: 0 }];
    expect(planRekapSheets(r, user)[0].name).toBe("Rekap OPD (2)");
  });

  test("Rekap OPD: one row per workbook worst first, the unreadable one first with its reason; findings link into Rekap Temuan", () => {
    const h = headerRow(opd);
    const rows = opd.values.slice(h + 1, h + 1 + r.opd.length);
    expect(rows.map((row) => row[21])).toEqual(r.opd.map((o) => o.file));
    expect(rows[0][21]).toBe("rusak.xlsx");
    expect(rows[0][22]).toBe("bukan buku kerja .xlsx");
    const temuan = byName(plans, "Rekap Temuan");
    const withFindings = r.opd.filter((o) => r.temuan.some((f) => f.file === o.file));
    expect(opd.links!.length).toBe(withFindings.length);
    for (const l of opd.links!) {
      expect(l.sheet).toBe("Rekap Temuan");
      // The link lands on the workbook's first finding: the file named in that row.
      const file = at(opd, l.at.replace(/^[A-Z]+/, "V"));
      expect(at(temuan, l.cell)).toBe(file);
    }
  });

  test("Rekap OPD: two bar charts, one bar per row, bound to the unit names and the capaian and serapan columns", () => {
    expect(opd.charts.map((c) => c.type)).toEqual(["bar", "bar"]);
    const h = headerRow(opd);
    const [capaian, serapan] = opd.charts;
    expect(capaian.categories).toBe(`B${h + 2}:B${h + 1 + r.opd.length}`);
    expect(capaian.series[0].values).toBe(`F${h + 2}:F${h + 1 + r.opd.length}`);
    expect(serapan.series[0].values).toBe(`P${h + 2}:P${h + 1 + r.opd.length}`);
    expect(opd.values[h][5]).toBe("Rata-rata Capaian (%)");
    expect(opd.values[h][15]).toBe("Serapan (%)");
    // The second chart starts below the first.
    expect(parseRange(serapan.from).top).toBeGreaterThan(parseRange(capaian.to).top);
  });

  test("Rekap Indikator and Rekap Temuan: one Excel table each from the header row to the last row, no merged cell inside", () => {
    for (const name of ["Rekap Indikator", "Rekap Temuan"]) {
      const p = byName(plans, name);
      expect(p.tables).toHaveLength(1);
      const t = parseRange(p.tables![0].range);
      expect(t.top).toBe(headerRow(p));
      expect(t.bottom).toBe(p.values.length - 1);
      for (const m of p.merges) expect(parseRange(m).bottom < t.top || parseRange(m).top > t.bottom).toBe(true);
      // Column names are the header texts, all different.
      const names = p.values[t.top].slice(t.left, t.right + 1);
      expect(new Set(names).size).toBe(names.length);
    }
    const ind = byName(plans, "Rekap Indikator");
    expect(ind.values.length - 1 - headerRow(ind)).toBe(r.indikator.length);
  });

  test("Kurva S Pemda: 12 months with the pemda's plan and realisasi, and a line chart bound to them", () => {
    const k = byName(plans, "Kurva S Pemda");
    expect(k.charts).toHaveLength(1);
    expect(k.charts[0].type ?? "line").toBe("line");
    const h = headerRow(k) >= 0 ? headerRow(k) : k.values.findIndex((row) => row[0] === "Bulan");
    const months = k.values.slice(h + 1, h + 13);
    expect(months.map((m) => m[1])).toEqual(r.kurvaS.rencanaKeuangan);
    expect(months.map((m) => m[2])).toEqual(r.kurvaS.realisasiKeuangan);
  });
});

describe("rekap plans through the file door", () => {
  const plans = planRekapSheets(rekap());
  const bytes = writeWorkbook(plans, { created: new Date(0) });
  const parts = unzipSync(bytes);
  const text = (p: string) => strFromU8(parts[p]);

  test("table parts: content type, sheet relationship, tableParts element, columns named from the header row", () => {
    expect(Object.keys(parts).filter((p) => p.startsWith("xl/tables/")).sort()).toEqual(["xl/tables/table1.xml", "xl/tables/table2.xml"]);
    expect(text("[Content_Types].xml")).toContain('PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"');
    expect(text("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../tables/table1.xml"');
    expect(text("xl/worksheets/sheet2.xml")).toMatch(/<tableParts count="1"><tablePart r:id="rId3"\/><\/tableParts><\/worksheet>$/);
    const t = text("xl/tables/table1.xml");
    expect(t).toContain(`ref="${plans[1].tables![0].range}"`);
    expect(t).toContain('<autoFilter ref="');
    expect(t).toContain('<tableColumn id="5" name="Indikator"/>');
  });

  test("bar charts: horizontal bars, first category on top, the value axis at the bottom", () => {
    const chart = text("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toContain('<c:crosses val="max"/>');
    expect(chart).not.toContain("<c:lineChart>");
    // The pemda Kurva S stays a line chart.
    expect(text("xl/charts/chart3.xml")).toContain("<c:lineChart>");
  });

  test("read back, the values are the plans' values", async () => {
    const grids = await readXlsxBuffer(bytes);
    const opd = grids.find((g) => g.name === "Rekap OPD")!;
    const h = headerRow(plans[0]);
    for (const row of [h, h + 1, h + 2]) for (const col of [1, 5, 21]) expect(opd.values[row - opd.top]?.[col - opd.left] ?? null).toBe(plans[0].values[row][col]);
  });
});

describe("rekap plans through the Office.js door", () => {
  test("tables and bar charts land in the in-memory Excel in one round trip; a second run rewrites in place in two, with no table doubled", async () => {
    const fake = FakeExcel.fromSheets([{ name: "PK Kadis", values: [["PERJANJIAN KINERJA"]] }]);
    const door = createExcelDoor(fake.run);
    const first = planRekapSheets(rekap(), await door.readGrids());
    const s0 = fake.syncCount;
    const report = await door.writePlans(first);
    // New sheets: values, layout, tables and charts in one request.
    expect(fake.syncCount - s0).toBe(1);
    expect(report.warnings).toEqual([]);
    const ind = fake.sheet("Rekap Indikator")!;
    expect(ind.tables).toEqual([{ name: expect.any(String), range: first[1].tables![0].range, style: "TableStyleLight9", headers: first[1].values[parseRange(first[1].tables![0].range).top].map(String) }]);
    const opd = fake.sheet("Rekap OPD")!;
    expect(opd.charts.map((c) => c.type)).toEqual(["BarClustered", "BarClustered"]);
    expect(opd.charts[0]).toMatchObject({ legend: { visible: false }, categoryAxis: { reversePlotOrder: true } });
    expect(opd.charts[0].series[0]).toMatchObject({ values: `'Rekap OPD'!${first[0].charts[0].series[0].values}`, xValues: `'Rekap OPD'!${first[0].charts[0].categories}`, fill: "#2E75B6" });
    expect(fake.sheet("Kurva S Pemda")!.charts[0].type).toBe("Line");

    const again = planRekapSheets(rekap(), await door.readGrids());
    expect(again.every((p) => p.replace)).toBe(true);
    const before = fake.syncCount;
    expect((await door.writePlans(again)).warnings).toEqual([]);
    // Rewritten sheets: their old tables and charts are loaded with the values, and replaced in the next request.
    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheet("Rekap Indikator")!.tables).toHaveLength(1);
    expect(fake.sheet("Rekap Temuan")!.tables).toHaveLength(1);
    expect(fake.sheet("Rekap OPD")!.charts).toHaveLength(2);
    expect(fake.sheetNames()).toEqual(["PK Kadis", "Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"]);
  });
});
