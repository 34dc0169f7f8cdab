import { a1, parseA1 } from "../../engine/grid";

/** A rectangle of cells, zero-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "C6:C17", "$C$6:$C$17" or a single "C6" to a range; throws on anything else (a plan bug, not user input). */
export function parseRange(ref: string): CellRange {
  const parts = ref.split(":");
  const start = parseA1(parts[0] ?? "");
  const end = parts.length === 2 ? parseA1(parts[1]) : parts.length === 1 ? start : null;
  if (!start || !end) throw new Error(`Rentang sel tidak valid: "${ref}"`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Cells of a range, row by row. */
export function* rangeCells(range: CellRange): Generator<{ row: number; col: number }> {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) yield { row, col };
  }
}

export function rangeSize(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

function absolute(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** Sheet name as it must appear in a formula: quoted unless it is a plain word that cannot be read as a cell. */
export function sheetPrefix(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]\d*[Cc]\d*$/.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** `'Kurva S'!$A$6:$A$17`: the formula a chart series uses to point at a range of a sheet. */
export function absoluteRef(sheet: string, range: CellRange): string {
  const start = absolute(range.top, range.left);
  const end = absolute(range.bottom, range.right);
  return sheetPrefix(sheet) + (start === end ? start : `${start}:${end}`);
}
