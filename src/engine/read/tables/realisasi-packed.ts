/**
 * `Realisasi Kinerja Triwulan` whose cell holds a line per quarter (`TW 1 = 22.5` / `TW 2 = 47.8`: an app's `<p>` per
 * quarter pasted into one cell), as a Rencana Aksi's target cell may (`T1 = 3 / T2 = 6`): each line is that quarter's
 * realisasi. The column is no one quarter's, whatever the sheet's title says.
 */
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { packedQuarters } from "./claims";

/** The plain realisasi column whose filled cells are all written a line per quarter; null when none. */
export function packedRealisasiColumn(rd: SheetReader, table: TableBlock, columns: Column[]): Column | null {
  for (const c of columns) {
    if (c.field !== "realisasi" || c.quarter !== undefined || c.month !== undefined || c.running) continue;
    const texts = table.rows.map((r) => rd.sheet.str(r, c.col)).filter((t) => t);
    if (texts.length && texts.every((t) => packedQuarters(t) !== null)) return c;
  }
  return null;
}
