/**
 * The bounded reader against exceljs, the reader it replaced: every sample, the unseen workbooks, a generated
 * workbook and one workbook holding every kind of value, compared cell by cell (values, and the formats the
 * engine reads: percent and date).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/engine/grid";
import { isPercentFormat } from "../../src/engine/parse/number";
import { isDateFormat } from "../../src/xlsx/book/number-formats";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { generateWorkbook, generatedToXlsx } from "../../bench/generate";
import { buildAll } from "../unseen/build";
import { exceljsGrids } from "../support/exceljs-grid";
import { SAMPLES } from "../support/samples";
import { tempDir } from "../cli/harness";

jest.setTimeout(120_000);

const dir = tempDir("pk-equivalence-");

/** Every kind of value exceljs writes: shared and rich text, numbers, booleans, errors, dates, formulas, merges. */
async function everyKind(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Semua");
  ws.getCell("B2").value = "teks biasa";
  ws.getCell("C2").value = { richText: [{ text: "teks " }, { font: { bold: true }, text: "kaya" }] };
  ws.getCell("D2").value = 12.5;
  ws.getCell("E2").value = 0.875;
  ws.getCell("E2").numFmt = "0.0%";
  ws.getCell("F2").value = true;
  ws.getCell("G2").value = false;
  ws.getCell("H2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("B3").value = new Date(Date.UTC(2025, 2, 31));
  ws.getCell("B3").numFmt = "dd/mm/yyyy";
  ws.getCell("C3").value = { formula: "D2*2", result: 25 };
  ws.getCell("D3").value = { formula: "B2", result: "teks biasa" };
  ws.getCell("E3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("F3").value = { formula: "D2" } as ExcelJS.CellFormulaValue;
  ws.getCell("G3").value = 1250000000;
  ws.getCell("G3").numFmt = "#,##0";
  ws.getCell("H3").value = "  spasi di tepi  ";
  ws.getCell("B4").value = "gabungan";
  ws.mergeCells("B4:D5");
  ws.getCell("B6").value = { text: "tautan", hyperlink: "https://example.org" };
  ws.getCell("C6").value = "baris\nbaru";
  ws.getCell("Z40").value = "jauh";
  const hidden = wb.addWorksheet("Tersembunyi", { state: "hidden" });
  hidden.getCell("A1").value = "lama";
  wb.addWorksheet("Kosong");
  const file = path.join(dir, "semua-jenis.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

async function files(): Promise<string[]> {
  const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, f));
  const real = fs.readdirSync(path.join(SAMPLES, "real")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, "real", f));
  fs.mkdirSync(path.join(dir, "unseen"));
  const unseen = await buildAll(path.join(dir, "unseen"));
  const generated = path.join(dir, "generated-20.xlsx");
  await generatedToXlsx(generateWorkbook(20), generated);
  return [...samples, ...real, unseen.jambi, unseen.kecamatan, unseen.bapenda, unseen.inspektorat, generated, await everyKind()];
}

const at = (g: Grid, r: number, c: number): CellValue => g.values[r - g.top]?.[c - g.left] ?? null;
const formatAt = (g: Grid, r: number, c: number): string => g.formats[r - g.top]?.[c - g.left] ?? "General";

/** Differences between two readings of one workbook, as lines; [] when they agree. */
function differences(ours: Grid[], theirs: Grid[]): string[] {
  const out: string[] = [];
  if (ours.map((g) => g.name).join("|") !== theirs.map((g) => g.name).join("|")) return [`sheets ${ours.map((g) => g.name)} vs ${theirs.map((g) => g.name)}`];
  ours.forEach((g, i) => {
    const t = theirs[i];
    if (!!g.hidden !== !!t.hidden) out.push(`${g.name}: hidden ${g.hidden} vs ${t.hidden}`);
    if (g.hidden) return;
    if (g.top !== t.top || g.left !== t.left) out.push(`${g.name}: origin ${g.top},${g.left} vs ${t.top},${t.left}`);
    const bottom = Math.max(g.top + g.values.length, t.top + t.values.length);
    const right = Math.max(...[g, t].map((x) => x.left + x.values.reduce((m, row) => Math.max(m, row?.length ?? 0), 0)));
    for (let r = Math.min(g.top, t.top); r < bottom; r++) {
      for (let c = Math.min(g.left, t.left); c < right; c++) {
        const [a, b] = [at(g, r, c), at(t, r, c)];
        const same = typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)) : a === b;
        if (!same) out.push(`${g.name}!R${r + 1}C${c + 1}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        if (a === null) continue;
        const [fa, fb] = [formatAt(g, r, c), formatAt(t, r, c)];
        if (isPercentFormat(fa) !== isPercentFormat(fb) || isDateFormat(fa) !== isDateFormat(fb)) out.push(`${g.name}!R${r + 1}C${c + 1}: format ${fa} vs ${fb}`);
      }
    }
  });
  return out;
}

let all: string[] = [];
beforeAll(async () => {
  all = await files();
});

test("every workbook reads the same as with exceljs, cell by cell", async () => {
  expect(all.length).toBeGreaterThanOrEqual(14);
  for (const file of all) {
    const bytes = fs.readFileSync(file);
    const ours = await readXlsxBuffer(bytes, file);
    const theirs = await exceljsGrids(bytes);
    expect({ file: path.basename(file), differences: differences(ours, theirs).slice(0, 20) }).toEqual({ file: path.basename(file), differences: [] });
    expect(ours.some((g) => g.values.length > 0)).toBe(true);
  }
});

test("the workbook of every kind: the values the engine is promised", async () => {
  const [semua, hidden, kosong] = await readXlsxBuffer(fs.readFileSync(all[all.length - 1]));
  const v = (ref: string) => at(semua, Number(ref.slice(1)) - 1, ref.charCodeAt(0) - 65);
  expect([v("B2"), v("C2"), v("D2"), v("E2"), v("F2"), v("G2"), v("H2")]).toEqual(["teks biasa", "teks kaya", 12.5, 0.875, true, false, "#DIV/0!"]);
  expect(v("B3")).toBeCloseTo(45747, 9); // 31 March 2025
  expect([v("C3"), v("D3"), v("E3"), v("F3"), v("G3"), v("H3")]).toEqual([25, "teks biasa", "#DIV/0!", null, 1250000000, "  spasi di tepi  "]);
  expect([v("B4"), v("C4"), v("B5")]).toEqual(["gabungan", null, null]);
  expect([v("B6"), v("C6")]).toEqual(["tautan", "baris\nbaru"]);
  expect(formatAt(semua, 1, 4)).toBe("0.0%");
  expect(formatAt(semua, 2, 6)).toBe("#,##0");
  expect(semua.merges).toEqual(["B4:D5"]);
  expect(hidden).toEqual({ name: "Tersembunyi", values: [], formats: [], top: 0, left: 0, hidden: true });
  expect(kosong).toEqual({ name: "Kosong", values: [], formats: [], top: 0, left: 0 });
});
