// Neither Excel nor LibreOffice grows a row for wrapped text in a file written without row heights,
// so wrapped headers would be cut off: the writer estimates the height instead.

const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

/** Lines that `text` takes when wrapped at word boundaries into `capacity` characters. */
export function wrappedLines(text: string, capacity: number): number {
  const cap = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= cap) {
        line = need;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the line breaks across lines.
      lines += Math.ceil(word.length / cap) - 1;
      line = word.length % cap || cap;
    }
  }
  return lines;
}

export interface WrappedCell {
  row: number;
  text: string;
  /** Width of the cell (or of its merge) in characters. */
  width: number;
  fontSize: number;
  bold: boolean;
}

/** Zero-based row to height in points, for rows whose wrapped text needs more than the default. */
export function rowHeights(cells: Iterable<WrappedCell>): Map<number, number> {
  const heights = new Map<number, number>();
  for (const c of cells) {
    // Bold text and larger fonts fit fewer characters into a column measured in default digits.
    const scale = (c.fontSize / 11) * (c.bold ? 1.1 : 1);
    const lines = wrappedLines(c.text, (c.width - 1) / scale);
    const height = Math.ceil(lines * DEFAULT_HEIGHT * (c.fontSize / 11));
    if (height > Math.max(DEFAULT_HEIGHT, heights.get(c.row) ?? 0)) heights.set(c.row, height);
  }
  return heights;
}

/** Width of column `col` (zero-based) from a plan's widths. */
export function columnWidth(widths: number[], col: number): number {
  const w = widths[col];
  return typeof w === "number" && Number.isFinite(w) && w > 0 ? w : DEFAULT_WIDTH;
}
