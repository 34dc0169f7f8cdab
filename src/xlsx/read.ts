/** The .xlsx door, reading: a workbook file to grids. Unreadable files become a WorkbookFileError in Bahasa Indonesia. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../engine/grid";

export class WorkbookFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export async function readXlsx(file: string): Promise<Grid[]> {
  if (!fs.existsSync(file)) throw new WorkbookFileError(file, "berkas tidak ditemukan");
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new WorkbookFileError(file, "ini folder, bukan berkas .xlsx");
  // A pipe would block reading forever, a device or socket is no workbook either.
  if (!stat.isFile()) throw new WorkbookFileError(file, "bukan berkas biasa (pipa, soket atau perangkat), bukan buku kerja .xlsx");
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookFileError(file, `berkas tidak dapat dibaca (${code === "EACCES" || code === "EPERM" ? "izin ditolak" : code === "EBUSY" ? "sedang dikunci program lain" : (code ?? "galat tak dikenal")})`);
  }
  return readXlsxBuffer(buf, file);
}

export async function readXlsxBuffer(buf: Buffer, file = "workbook.xlsx"): Promise<Grid[]> {
  const head = buf.subarray(0, 8);
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0) {
    throw new WorkbookFileError(file, "berkas terenkripsi dengan kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx");
  }
  if (head.length < 4 || head.readUInt32BE(0) !== 0x504b0304) {
    const ext = path.extname(file).toLowerCase();
    throw new WorkbookFileError(file, ext === ".csv" ? "berkas CSV, bukan buku kerja .xlsx" : "bukan buku kerja .xlsx (isinya bukan format Excel)");
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookFileError(file, "berkas .xlsx rusak atau terpotong dan tidak dapat dibuka");
  }
  // A ZIP that is no workbook (a .docx, an archive renamed) loads with no worksheet at all.
  if (wb.worksheets.length === 0) throw new WorkbookFileError(file, "bukan buku kerja .xlsx (arsip ZIP tanpa lembar kerja)");
  return wb.worksheets.map(toGrid);
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
      // Merged cells: Excel gives the value only at the top-left; so do we.
      const v = cell.isMerged && cell.master !== cell ? null : cellValue(cell);
      vr.push(v);
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
