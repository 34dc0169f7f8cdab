/** Places values in a rectangular grid, the way a door hands a used range to the engine. */
import { a1, type CellValue, type Grid } from "../../../src/engine/grid";

export const RUPIAH = "#,##0";

export interface BuiltSheet {
  grid: Grid;
  /** Merged areas (`A1:E1`): only their top-left cell holds a value, as Excel gives it. */
  merges: string[];
}

export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly merges: string[] = [];
  /** Next free row, zero-based. */
  row = 0;

  constructor(private readonly name: string, private readonly width: number) {}

  set(row: number, col: number, value: CellValue, format = "General"): void {
    while (this.rows.length <= row) {
      this.rows.push(new Array<CellValue>(this.width).fill(null));
      this.formats.push(new Array<string>(this.width).fill("General"));
    }
    this.rows[row][col] = value;
    this.formats[row][col] = format;
    this.row = Math.max(this.row, row + 1);
  }

  /** Writes values left to right from a column on the current row, then moves to the next row. */
  line(values: CellValue[], from = 0, format?: (col: number) => string | undefined): number {
    const row = this.row;
    values.forEach((v, i) => this.set(row, from + i, v, format?.(from + i) ?? "General"));
    this.row = row + 1;
    return row;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push(`${a1(top, left)}:${a1(bottom, right)}`);
  }

  build(): BuiltSheet {
    return { grid: { name: this.name, values: this.rows, formats: this.formats, top: 0, left: 0 }, merges: this.merges };
  }
}
