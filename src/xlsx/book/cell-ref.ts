const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** "AB12" to zero-based { row, col } written into `out`; false when it is no cell of a sheet. */
export function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return false;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" (or one cell) to an area, zero-based and inclusive; null when it is none. */
export function parseArea(ref: string): Area | null {
  const colon = ref.indexOf(":");
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  if (!parseCellRef(colon < 0 ? ref : ref.slice(0, colon), a)) return null;
  if (colon < 0) Object.assign(b, a);
  else if (!parseCellRef(ref.slice(colon + 1), b)) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
