/**
 * A workbook written cell by cell, the way a real print view lands in Excel when pasted or exported:
 * every layout file under ./layouts describes its sheets with this, and the test writes them to .xlsx
 * and reads them back through the file door (src/xlsx), as a planner's file would be.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseA1, columnLetters } from "../../src/engine/grid";

/** A cell: text, a number, a number with its format, or a formula with its computed result. */
export type V = string | number | null | undefined | { v: number; fmt: string } | { f: string; v: number | string };

export const rp = (v: number): V => ({ v, fmt: "#,##0" });
export const pct = (v: number): V => ({ v, fmt: "0.00%" });

export class Sheet {
  readonly cells = new Map<string, V>();
  readonly merges: string[] = [];
  hidden = false;
  /** Columns (`D`) and rows (12) hidden in the sheet, as planners hide old values: the file keeps them. */
  readonly hiddenCols: string[] = [];
  readonly hiddenRows: number[] = [];
  constructor(readonly name: string) {}

  put(addr: string, v: V): this {
    if (v !== null && v !== undefined && v !== "") this.cells.set(addr, v);
    return this;
  }

  /** Values to the right of `addr`, one per column; null leaves a cell empty. */
  row(addr: string, values: V[]): this {
    const p = parseA1(addr)!;
    values.forEach((v, i) => this.put(columnLetters(p.col + i) + (p.row + 1), v));
    return this;
  }

  /** Rows from `addr` down. */
  rows(addr: string, values: V[][]): this {
    const p = parseA1(addr)!;
    values.forEach((r, i) => this.row(columnLetters(p.col) + (p.row + 1 + i), r));
    return this;
  }

  /** A merged area, its value in the top-left cell (as Excel keeps it). */
  merge(range: string, v?: V): this {
    this.merges.push(range);
    if (v !== undefined) this.put(range.split(":")[0], v);
    return this;
  }

  /** Cell addresses, for expectations that name a cell by what it holds. */
  find(text: string): string {
    for (const [addr, v] of this.cells) if (v === text) return addr;
    throw new Error(`${this.name}: no cell holds ${JSON.stringify(text)}`);
  }
}

export class Book {
  readonly sheets: Sheet[] = [];
  constructor(readonly file: string) {}

  sheet(name: string): Sheet {
    const s = new Sheet(name);
    this.sheets.push(s);
    return s;
  }

  async write(dir: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const s of this.sheets) {
      const ws = wb.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
      for (const m of s.merges) ws.mergeCells(m);
      for (const c of s.hiddenCols) ws.getColumn(c).hidden = true;
      for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
      for (const [addr, v] of s.cells) {
        const c = ws.getCell(addr);
        if (typeof v === "object" && v !== null && "f" in v) c.value = { formula: v.f, result: v.v } as ExcelJS.CellFormulaValue;
        else if (typeof v === "object" && v !== null) {
          c.value = v.v;
          c.numFmt = v.fmt;
        } else c.value = v as string | number;
        if (typeof c.value === "string" && c.value.includes("\n")) c.alignment = { wrapText: true };
      }
    }
    const file = path.join(dir, this.file);
    await wb.xlsx.writeFile(file);
    return file;
  }
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "pk-wild-"));
}
