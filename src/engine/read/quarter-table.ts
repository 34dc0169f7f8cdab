/** Kinerja tables of Rencana Aksi and Realisasi sheets: a header row, then a row of TW I..IV under a merged cell. */
import type { SheetReader } from "./context";
import { findCol } from "./columns";
import { quarterOfKey } from "./headers";

/** The four TW columns in row r at or right of `from`; null unless all four are there. */
export function quarterColumns(rd: SheetReader, r: number, from = 0): number[] | null {
  const cols = [-1, -1, -1, -1];
  const { cols: at, keys } = rd.rowKeys(r);
  for (let i = 0; i < keys.length; i++) {
    const c = at[i];
    if (c < from) continue;
    const q = quarterOfKey(keys[i]);
    if (q !== null && cols[q] < 0) cols[q] = c;
  }
  return cols.every((c) => c >= 0) ? cols : null;
}

/** TW columns in the header row itself or the row under it; and the first data row. */
export function locateQuarters(rd: SheetReader, header: number, from = 0): { cols: number[]; dataRow: number } | null {
  const below = quarterColumns(rd, header + 1, from);
  if (below) return { cols: below, dataRow: header + 2 };
  const same = quarterColumns(rd, header, from);
  return same ? { cols: same, dataRow: header + 1 } : null;
}

export { findCol };
