/** Editing a copy of a workbook's grids the way a planner edits the sheets: cells, rows, sheets. */
import type { CellValue, Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";

export function clone(grids: Grid[]): Grid[] {
  return grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)), formats: g.formats.map((r) => (r ? [...r] : r)), merges: g.merges && [...g.merges] }));
}

export class Book {
  readonly grids: Grid[];
  constructor(grids: Grid[]) {
    this.grids = clone(grids);
  }

  sheet(name: string): Grid {
    const g = this.grids.find((x) => x.name === name);
    if (!g) throw new Error(`no sheet ${name}`);
    return g;
  }

  get(sheet: string, cell: string): CellValue {
    const g = this.sheet(sheet);
    const p = parseA1(cell)!;
    return g.values[p.row - g.top]?.[p.col - g.left] ?? null;
  }

  set(sheet: string, cell: string, value: CellValue): this {
    const g = this.sheet(sheet);
    const p = parseA1(cell)!;
    const r = p.row - g.top;
    const c = p.col - g.left;
    if (r < 0 || c < 0) throw new Error(`${cell} lies above or left of ${sheet}'s used range`);
    while (g.values.length <= r) g.values.push([]);
    g.values[r] ??= [];
    g.values[r][c] = value;
    return this;
  }

  /** Removes sheet row `row` (1-based), moving the rows below up, as Excel's Delete row does. */
  deleteRow(sheet: string, row: number): this {
    const g = this.sheet(sheet);
    g.values.splice(row - 1 - g.top, 1);
    g.formats.splice(row - 1 - g.top, 1);
    return this;
  }

  /** Inserts a row before sheet row `row` (1-based), moving the rows below down. */
  insertRow(sheet: string, row: number, values: CellValue[]): this {
    const g = this.sheet(sheet);
    g.values.splice(row - 1 - g.top, 0, values.slice(g.left));
    g.formats.splice(row - 1 - g.top, 0, values.slice(g.left).map(() => "General"));
    return this;
  }

  /** A copy of a sheet under another name, placed after the last sheet. */
  copySheet(from: string, name: string): this {
    const [copy] = clone([this.sheet(from)]);
    this.grids.push({ ...copy, name });
    return this;
  }

  renameSheet(name: string, to: string): this {
    this.sheet(name).name = to;
    return this;
  }

  removeSheet(name: string): this {
    this.grids.splice(this.grids.indexOf(this.sheet(name)), 1);
    return this;
  }

  /** Find and replace in the text cells of one sheet (a name that stands in several cells). */
  replaceText(sheet: string, from: string, to: string): this {
    for (const row of this.sheet(sheet).values) {
      if (!row) continue;
      row.forEach((v, c) => {
        if (typeof v === "string" && v.includes(from)) row[c] = v.split(from).join(to);
      });
    }
    return this;
  }
}
