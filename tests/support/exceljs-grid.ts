/**
 * The reader the project used before its own: exceljs, kept here only as the reference the new reader is
 * compared with (tests/xlsx/read-equivalence.test.ts). Dense rectangle, as exceljs gave it.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/engine/grid";

export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ({ ...toGrid(ws), hidden: ws.state === "hidden" || ws.state === "veryHidden" }));
}

function toGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let minCol = Infinity;
  let maxCol = -1;
  let minRow = Infinity;
  let maxRow = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellValue(cell) === null) return;
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
      minCol = Math.min(minCol, c);
      maxCol = Math.max(maxCol, c);
    });
  });
  if (maxRow < 0) return { name: ws.name, values: [], formats: [], top: 0, left: 0 };
  for (let r = minRow; r <= maxRow; r++) {
    const row = ws.getRow(r);
    const vr: CellValue[] = [];
    const fr: string[] = [];
    for (let c = minCol; c <= maxCol; c++) {
      const cell = row.getCell(c);
      vr.push(cell.isMerged && cell.master !== cell ? null : cellValue(cell));
      fr.push(cell.numFmt || "General");
    }
    values.push(vr);
    formats.push(fr);
  }
  return { name: ws.name, values, formats, top: minRow - 1, left: minCol - 1 };
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v === "" ? null : v;
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("formula" in o || "sharedFormula" in o) {
      const res = o.result as unknown;
      if (res === undefined || res === null) return null;
      if (typeof res === "object" && res && "error" in (res as object)) return String((res as { error: string }).error);
      if (res instanceof Date) return excelSerial(res);
      return res as CellValue;
    }
    if ("text" in o) return String(o.text);
  }
  return String(v);
}

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
