/**
 * One PK laid out landscape: its kinerja table on the left and its budget table on the right of it, both headers on
 * one row, a blank column between (`No | Sasaran | Indikator | Target` · `No | Kode | Program | Anggaran`). workbook.md
 * §6: every header row starts a table; here one row starts two, each over its own columns and the same rows.
 * (Two whole PKs side by side, each with its title, are split earlier: read/side-by-side.ts.)
 */
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "./segment";
import type { Band } from "./header-band";
import { tableKind } from "../tables/columns";
import { jumlahCol } from "./signals";

/** The table as two tables side by side when its header is a kinerja and a budget header with a gutter between. */
export function splitBeside(rd: SheetReader, table: TableBlock): TableBlock[] {
  const { band } = table;
  const { sheet } = rd;
  for (let g = band.left + 1; g < band.right; g++) {
    const left = band.columns.filter((c) => c.col < g);
    const right = band.columns.filter((c) => c.col > g);
    if (!left.length || !right.length) continue;
    const k = tableKind(left);
    if ((k !== "kinerja" && k !== "kinerja-tw") || tableKind(right) !== "anggaran") continue;
    // A gutter: the column is blank on the header and on every row of the table.
    if (sheet.value(band.top, g) !== null || table.rows.some((r) => sheet.value(r, g) !== null)) continue;
    const part = (from: number, to: number, cols: Band["columns"]): TableBlock => {
      const rows = table.rows.filter((r) => sheet.cols(r).some((c) => c >= from && c <= to));
      return {
        kind: "table",
        band: { ...band, left: from, right: to, columns: cols, unknown: band.unknown.filter((c) => c >= from && c <= to) },
        rows,
        jumlahRows: rows.filter((r) => jumlahCol(sheet, r, from, to) >= 0),
        ...(table.repeated && from === band.left ? { repeated: table.repeated } : {}),
      };
    };
    return [part(band.left, g - 1, left), part(g + 1, band.right, right)];
  }
  return [table];
}
