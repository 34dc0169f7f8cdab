/** Excel's cell values as the engine's, with the size they took on the wire (to size the next request). */
import type { CellValue } from "../engine/grid";
import { utf8Length } from "./chunks";

/** Excel gives "" for an empty cell; the engine wants null. */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Rows of values, and about how many bytes of JSON they were (quotes and commas included). */
export function readCells(raw: unknown[][]): { rows: CellValue[][]; bytes: number } {
  let bytes = 2;
  const rows = raw.map((row) => {
    bytes += 3;
    return row.map((v) => {
      const cell = toCellValue(v);
      bytes += cell === null ? 3 : typeof cell === "string" ? utf8Length(cell) + 3 : String(cell).length + 1;
      return cell;
    });
  });
  return { rows, bytes };
}
