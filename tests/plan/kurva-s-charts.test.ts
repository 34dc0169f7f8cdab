/**
 * Charts on the Kurva S sheet: every PK has one in a workbook of up to 50 PKs; above that only kepala daerah and
 * eselon II PKs do, and every other PK says in its chart's place why not. The .xlsx door follows the same plan.
 */
import JSZip from "jszip";
import { generateWorkbook } from "../../bench/generate";
import { hitung, planSheets } from "../../src/engine";
import { CHART_EVERY_PK_UP_TO, CHART_FROM_COL } from "../../src/engine/plan/kurva-s-sheet";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { writeWorkbook } from "../../src/xlsx/write";

const NOTE = /^Grafik hanya dibuat untuk PK kepala daerah dan eselon II bila buku kerja memuat lebih dari 50 PK; tabel bulanannya ada di sini\.$/;

function kurvaS(pkCount: number, options: { chartEveryPkUpTo?: number } = {}): { plan: SheetPlan; levels: Map<string, string | null>; titles: string[] } {
  const out = hitung(generateWorkbook(pkCount), { triwulan: 3 });
  const plan = planSheets(out, [], { validasiSheet: false, ...options }).find((p) => p.role === "kurva-s")!;
  const levels = new Map(out.results.pk.map((p) => [`Kurva S — ${p.jabatan ?? p.sheet}`, p.level]));
  return { plan, levels, titles: out.results.kurvaS.map((k) => `Kurva S — ${k.jabatan ?? k.sheet}`) };
}

const notes = (plan: SheetPlan) => plan.values.map((row) => row[CHART_FROM_COL]).filter((v): v is string => typeof v === "string");

async function chartParts(plans: SheetPlan[]): Promise<number> {
  const zip = await JSZip.loadAsync(writeWorkbook(plans));
  return Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
}

describe("Kurva S charts by the size of the workbook", () => {
  test(`${CHART_EVERY_PK_UP_TO} PKs: every PK with a money plan has its chart, no note`, async () => {
    const { plan, titles } = kurvaS(CHART_EVERY_PK_UP_TO);
    expect(plan.charts.map((c) => c.title)).toEqual(titles);
    expect(titles).toHaveLength(50);
    expect(notes(plan)).toEqual([]);
    expect(await chartParts([plan])).toBe(50);
  });

  test("51 PKs: charts for kepala daerah and eselon II only; each other PK's title row says why, where its chart would be", async () => {
    const { plan, levels, titles } = kurvaS(CHART_EVERY_PK_UP_TO + 1);
    const charted = plan.charts.map((c) => c.title);
    expect(charted.length).toBeGreaterThan(0);
    expect(charted.every((t) => ["kepala-daerah", "eselon2"].includes(levels.get(t) ?? ""))).toBe(true);
    expect(charted).toEqual(titles.filter((t) => ["kepala-daerah", "eselon2"].includes(levels.get(t) ?? "")));
    const written = notes(plan);
    expect(written).toHaveLength(titles.length - charted.length);
    expect(written.every((n) => NOTE.test(n))).toBe(true);
    // The note stands on the PK's title row, beside the table: the row whose first cell names the PK.
    const row = plan.values.find((r) => typeof r[CHART_FROM_COL] === "string")!;
    expect(String(row[0])).toMatch(/\(lembar PK /);
    expect(await chartParts([plan])).toBe(charted.length);
  });

  test("the threshold is an option: 51 PKs under a threshold of 60 keep every chart", () => {
    const { plan, titles } = kurvaS(51, { chartEveryPkUpTo: 60 });
    expect(plan.charts).toHaveLength(titles.length);
    expect(notes(plan)).toEqual([]);
  });

  test("a workbook without kepala daerah or eselon II PKs charts those with no atasan among its PKs", () => {
    const out = hitung(generateWorkbook(60), { triwulan: 3 });
    for (const p of out.results.pk) if (p.level === "kepala-daerah" || p.level === "eselon2") p.level = "eselon3";
    const plan = planSheets(out, [], { validasiSheet: false }).find((p) => p.role === "kurva-s")!;
    const tops = out.model.pk.filter((p) => p.atasan === null);
    expect(tops.length).toBeGreaterThan(0);
    expect(plan.charts).toHaveLength(tops.length);
    expect(notes(plan)[0]).toMatch(/^Grafik hanya dibuat untuk PK tanpa atasan di buku kerja ini bila /);
  });
});
