/**
 * The engine through the Office.js door on both sample workbooks: the same findings and results as the
 * engine run directly on the file's grids, in 2 syncs for Validasi and at most 4 for Hitung Capaian.
 */
import * as path from "path";
import { hitung, planSheets, validasi } from "../../src/engine";
import { createExcelDoor } from "../../src/excel";
import { PREDIKAT_FILL, STATUS_FILL } from "../../src/engine/plan/colors";
import { readXlsx } from "../../src/xlsx/read";
import { loadFakeExcel } from "../fakes/fake-excel-xlsx";
import { measureDoor } from "../fakes/measure-door";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const FILES = ["kabupaten-contoh-dinkes-2025.xlsx", "kabupaten-contoh-pupr-2025.xlsx"];

describe.each(FILES)("%s through the door", (file) => {
  const full = path.join(SAMPLES, file);

  test("Validasi: 2 syncs, the findings of the engine run on the file", async () => {
    const fake = await loadFakeExcel(full);
    const viaDoor = validasi(await createExcelDoor(fake.run).readGrids());
    expect(fake.syncCount).toBe(2);
    const direct = validasi(await readXlsx(full));
    expect(viaDoor.findings).toEqual(direct.findings);
    expect(viaDoor.model).toEqual(direct.model);
  });

  test("Hitung Capaian: at most 4 syncs, the same results, only its own sheets written, charts bound", async () => {
    const fake = await loadFakeExcel(full);
    const userSheets = fake.snapshot();
    const door = createExcelDoor(fake.run);

    const grids = await door.readGrids();
    const out = hitung(grids);
    const plans = planSheets(out, grids, { validasiSheet: true });
    const report = await door.writePlans(plans);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(report.warnings).toEqual([]);

    const direct = hitung(await readXlsx(full));
    expect(out.results).toEqual(direct.results);
    expect(out.findings).toEqual(direct.findings);

    // Every user sheet exactly as before; every planned sheet present with its charts on its own ranges.
    expect(fake.snapshot().filter((s) => userSheets.some((u) => u.name === s.name))).toEqual(userSheets);
    for (const plan of plans) {
      const sheet = fake.sheet(plan.name)!;
      expect(sheet).toBeDefined();
      expect(sheet.charts).toHaveLength(plan.charts.length);
      sheet.charts.forEach((chart, i) => {
        const spec = plan.charts[i];
        expect(chart.series.map((s) => s.values)).toEqual(spec.series.map((s) => `${quote(plan.name)}!${s.values}`));
        expect(chart.series.every((s) => s.xValues === `${quote(plan.name)}!${spec.categories}`)).toBe(true);
        expect([chart.from, chart.to, chart.title]).toEqual([spec.from, spec.to, spec.title]);
      });
      expect(sheet.formulas.flat().filter((f) => f !== null)).toEqual([]);
      // Every fill by value became one "cell value equal to" format, first fill on top.
      expect(sheet.conditionalFormats).toEqual(
        plan.conditionalFills.map((f) => ({ type: "CellValue", range: f.range, rule: { formula1: `="${f.equals}"`, operator: "EqualTo" }, fill: f.fill })),
      );
    }

    // A rerun replaces the add-in's sheets, adds nothing else, touches no user sheet.
    const names = fake.sheetNames();
    fake.resetCounters();
    const grids2 = await door.readGrids();
    const plans2 = planSheets(hitung(grids2), grids2, { validasiSheet: true });
    expect(plans2.map((p) => p.name)).toEqual(plans.map((p) => p.name));
    expect(plans2.every((p) => p.replace)).toBe(true);
    await door.writePlans(plans2);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect([...fake.sheetNames()].sort()).toEqual([...names].sort());
    expect(fake.snapshot().filter((s) => userSheets.some((u) => u.name === s.name))).toEqual(userSheets);
  });

  test("the Capaian plan colours every predikat and status by value over the whole table, not cell by cell", async () => {
    const grids = await readXlsx(full);
    const capaian = planSheets(hitung(grids), grids, { validasiSheet: false }).find((p) => p.role === "capaian")!;
    const header = capaian.values.findIndex((r) => r[10] === "Predikat" && r[11] === "Status");
    expect(header).toBeGreaterThan(0);
    // The table runs from below the header to the last row with a status (every PK and indikator row has one).
    let last = header + 1;
    while (typeof capaian.values[last + 1]?.[11] === "string") last++;
    const onColumn = (letter: string) => capaian.conditionalFills.filter((f) => f.range.startsWith(letter));
    const predikat = onColumn("K");
    expect(predikat.map((f) => [f.range, f.equals, f.fill])).toEqual(
      Object.entries(PREDIKAT_FILL).map(([equals, fill]) => [`K${header + 2}:K${last + 1}`, equals, fill]),
    );
    expect(onColumn("L").map((f) => [f.range, f.equals, f.fill])).toEqual(
      Object.entries(STATUS_FILL).map(([equals, fill]) => [`L${header + 2}:L${last + 1}`, equals, fill]),
    );
    // Every predikat written in the table has its rule (N/A stays plain); no cell carries a predikat fill itself.
    const written = new Set(capaian.values.slice(header + 1, last + 1).map((r) => r[10]).filter((v) => v !== null && v !== "N/A"));
    expect(written.size).toBeGreaterThan(0);
    for (const v of written) expect(predikat.map((f) => f.equals)).toContain(v);
    const predikatFills = new Set(Object.values(PREDIKAT_FILL));
    expect(capaian.styles.filter((s) => s.style.fill && predikatFills.has(s.style.fill) && /^K/.test(s.range))).toEqual([]);
  });

  test("measureDoor reports the round trips for the benchmark", async () => {
    const m = await measureDoor(await readXlsx(full));
    expect(m.validasiSyncs).toBe(2);
    expect(m.hitungSyncs).toBeLessThanOrEqual(4);
    expect(m.maxRequestBytes).toBeLessThan(5_000_000);
    console.log(file, JSON.stringify(m));
  });
});

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
