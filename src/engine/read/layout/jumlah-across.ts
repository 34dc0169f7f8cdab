/**
 * workbook.md §1: the `Jumlah` row closes the budget table. A footnote (`*) Termasuk DAK …`) or a blank row between
 * the last object and the total does not part them: the total still belongs to the table above.
 */
import type { SheetReader } from "../sheet-reader";
import type { Band } from "./header-band";
import { isNoteStart, jumlahCol } from "./signals";

/** How many footnote rows may stand between a table's last row and its Jumlah. */
const FOOTNOTES = 2;

/**
 * The Jumlah row a table ends on past the row `r` that stopped it (`last` its last row): `r` itself after a blank
 * row, or the row after one or two footnote rows, no row further than one blank from the one before; null otherwise.
 */
export function jumlahAcross(rd: SheetReader, band: Band, r: number, last: number): number | null {
  const { sheet } = rd;
  let prev = last;
  let notes = 0;
  for (const x of sheet.rows) {
    if (x < r) continue;
    if (x - prev - 1 > 1) return null;
    if (jumlahCol(sheet, x, band.left, band.right) >= 0) return x;
    if (!isNoteStart(sheet, x) || ++notes > FOOTNOTES) return null;
    prev = x;
  }
  return null;
}
