// Neither Excel nor LibreOffice grows a row for wrapped text in a file written without row heights,
// so wrapped headers would be cut off: the writer estimates the height instead.

const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

/**
 * Lines that `text` takes when wrapped at word boundaries into `capacity` characters: paragraphs at line
 * breaks, words between runs of white space (as JavaScript's \s). One pass over the characters, no word strings.
 */
export function wrappedLines(text: string, capacity: number): number {
  const cap = Math.max(1, Math.floor(capacity));
  let lines = 1;
  let line = 0;
  let word = 0;
  const endWord = () => {
    if (word === 0) return;
    const need = line === 0 ? word : line + 1 + word;
    if (need <= cap) line = need;
    else {
      if (line > 0) lines++;
      // A word longer than the line breaks across lines.
      lines += Math.ceil(word / cap) - 1;
      line = word % cap || cap;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      endWord();
      lines++;
      line = 0;
    } else if (isSpace(c)) endWord();
    else word++;
  }
  endWord();
  return lines;
}

/** The white space of a regular expression's \s. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
