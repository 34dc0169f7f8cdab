/** What a row or a cell looks like, before anyone reads it. */
import type { Sheet } from "../../grid";
import { squash } from "../../parse/text";

/** The lines of a cell: multi-line cells (a signature side pasted as one cell) are several. */
export function linesOf(text: string): string[] {
  if (!text.includes("\n")) return text.trim() ? [text.trim()] : [];
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

/** `(1)`, `1`, `[1]`, or a formula label `7 = 6/4 x 100`, `(7)=(6):(4)x100%`: a column number under a header. */
function columnNumber(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100 ? v : null;
  if (typeof v !== "string") return null;
  const m = /^\s*[([]?\s*(\d{1,2})\s*[)\]]?\.?\s*$/.exec(v) ?? FORMULA_LABEL.exec(v);
  return m ? Number(m[1]) : null;
}

/** A column's number and how the app computes it from other columns' numbers: `7 = 6/4 x 100`. */
const FORMULA_LABEL = /^\s*[([]?\s*(\d{1,2})\s*[)\]]?\s*=\s*[([]?\s*\d{1,2}[\d\s()[\]/:x×*+\-.,%]*$/i;

/**
 * A column-numbering row: `(1) (2) (3)` or `1 2 3 4`, increasing from left to right, at least two, starting at 1
 * (or at its column's number); or at least three numbers each one more than the one before, whatever the first (a
 * second table that goes on from the first's numbering: `(9) (10) … (15)`).
 */
export function isNumberingRow(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  if (cols.length < 2) return false;
  let prev = -1;
  let consecutive = true;
  for (const c of cols) {
    const n = columnNumber(sheet.value(r, c));
    if (n === null || n <= prev) return false;
    if (prev >= 0 && n !== prev + 1) consecutive = false;
    prev = n;
  }
  const first = columnNumber(sheet.value(r, cols[0]))!;
  return first <= 1 || first === cols[0] + 1 || (consecutive && cols.length >= 3);
}

/** The row's text cells, trimmed, in column order. */
export function rowTexts(sheet: Sheet, r: number): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  for (const c of sheet.cols(r)) {
    const t = sheet.text(r, c);
    if (t) out.push({ c, text: t });
  }
  return out;
}

/** Squashed first line of a cell: what titles and labels are matched against. */
export function firstLine(text: string): string {
  const i = text.indexOf("\n");
  return squash(i < 0 ? text : text.slice(0, i));
}
