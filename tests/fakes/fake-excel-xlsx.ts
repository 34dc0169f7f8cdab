/**
 * The fake Excel to and from .xlsx files (node only; exceljs), so the sample workbooks drive the door tests.
 * Charts are not saved: exceljs writes none (the fake keeps them as metadata for assertions).
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../src/engine/grid";
import { FakeExcel, type FakeExcelOptions, type FakeSheetData, type FakeValue } from "./fake-excel";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell as Excel's Range.values would give it: dates as serial numbers, errors as their text. */
function plain(v: ExcelJS.CellValue): FakeValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  const o = v as unknown as Record<string, unknown>;
  if ("error" in o) return String(o.error);
  if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
  if ("formula" in o || "sharedFormula" in o) return plain((o.result ?? null) as ExcelJS.CellValue);
  if ("text" in o) return String(o.text);
  return null;
}

function formulaOf(v: ExcelJS.CellValue): string | null {
  const o = v as unknown as Record<string, unknown> | null;
  if (!o || typeof o !== "object" || v instanceof Date) return null;
  if (typeof o.formula === "string") return "=" + o.formula;
  return null;
}

export async function sheetsFromXlsx(path: string): Promise<FakeSheetData[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const values: FakeValue[][] = [], formats: string[][] = [], formulas: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        while (values.length < r) {
          values.push([]);
          formats.push([]);
          formulas.push([]);
        }
        // Inside a merge Excel holds the value only at the top-left; exceljs repeats it everywhere.
        const slave = cell.isMerged && cell.master !== cell;
        const v = slave ? null : plain(cell.value), f = slave ? null : formulaOf(cell.value), nf = cell.numFmt || "General";
        if (v === null && f === null && nf === "General") return;
        values[r - 1][c - 1] = v;
        formats[r - 1][c - 1] = nf;
        formulas[r - 1][c - 1] = f;
      });
    });
    const width = values.reduce((m, row) => Math.max(m, row.length), 0);
    const pad = <T>(rows: T[][], fill: T) => rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? fill));
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
    return { name: ws.name, values: pad(values, null), formats: pad(formats, "General"), formulas: pad(formulas, null), merges };
  });
}

export async function loadFakeExcel(path: string, options: FakeExcelOptions = {}): Promise<FakeExcel> {
  return FakeExcel.fromSheets(await sheetsFromXlsx(path), options);
}

/** Grids straight from the file (values from A1), for running the engine without the door. */
export async function gridsFromXlsx(path: string): Promise<Grid[]> {
  return (await sheetsFromXlsx(path)).map((s) => ({ name: s.name, values: s.values, formats: s.formats ?? [], top: 0, left: 0 }));
}

/** Save cells, formulas, number formats, merges, column widths, frozen rows and basic styles. */
export async function saveFakeExcel(fake: FakeExcel, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const snap of fake.snapshot()) {
    const ws = wb.addWorksheet(snap.name, snap.freezeRows ? { views: [{ state: "frozen", ySplit: snap.freezeRows }] } : {});
    snap.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const formula = snap.formulas[r][c];
        const format = snap.formats[r][c];
        if (v === null && formula === null && format === "General") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = formula ? { formula: formula.slice(1), result: v ?? undefined } as ExcelJS.CellFormulaValue : v;
        if (format !== "General") cell.numFmt = format;
      }),
    );
    for (const [address, style] of Object.entries(snap.styles)) {
      const cell = ws.getCell(address);
      if (style["font.bold"] || style["font.italic"] || style["font.color"])
        cell.font = { bold: !!style["font.bold"], italic: !!style["font.italic"], ...(style["font.color"] ? { color: { argb: argb(style["font.color"]) } } : {}) };
      if (style["fill.color"]) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style["fill.color"]) } };
      if (style.wrapText) cell.alignment = { wrapText: true };
    }
    for (const m of snap.merges) ws.mergeCells(m);
    for (const [col, points] of Object.entries(snap.columnWidths)) ws.getColumn(col).width = points / 0.75 / 7;
  }
  await wb.xlsx.writeFile(path);
}

function argb(color: unknown): string {
  return "FF" + String(color).replace("#", "").toUpperCase();
}
