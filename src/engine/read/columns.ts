/** Finding a header row and the column of each header word in it. */
import type { SheetReader } from "./context";

export type Matcher = (text: string) => boolean;

/** Column of the first cell in row r whose text matches; -1 when none. */
export function findCol(rd: SheetReader, r: number, match: Matcher, from = 0): number {
  const { cols, keys } = rd.rowKeys(r);
  for (let i = 0; i < cols.length; i++) if (cols[i] >= from && match(keys[i])) return cols[i];
  return -1;
}

/** The first row in [from, to) for which `test` holds; -1 when none. */
export function findRow(rd: SheetReader, from: number, to: number, test: (r: number) => boolean): number {
  for (let r = from; r < to; r++) if (test(r)) return r;
  return -1;
}

export function rowTextsOf(rd: SheetReader, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < rd.sheet.colCount; c++) {
    const t = rd.text(r, c);
    if (t) out.push(t);
  }
  return out;
}

/** The first non-empty text cell of a row. */
export function firstText(rd: SheetReader, r: number): { text: string; col: number } | null {
  for (let c = 0; c < rd.sheet.colCount; c++) {
    const t = rd.text(r, c);
    if (t) return { text: t, col: c };
  }
  return null;
}
