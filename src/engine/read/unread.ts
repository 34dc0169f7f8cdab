/** The unread ranges of a sheet's account, said as a planner would look at them: rows, and what they hold. */
import type { Sheet } from "../grid";
import type { UnreadRange } from "./account";
import { columnLetters } from "../grid";

/** `Baris 10–18 (No | Kode | Sub Kegiatan | Pagu | ...)`, `Sel G20 (angka 125)`, `Kolom F, baris 7–11 (BOBOT ...)`. */
export function describeUnread(sheet: Sheet, range: UnreadRange): string {
  const { top, left } = sheet.grid;
  const rows = range.top === range.bottom ? `Baris ${top + range.top + 1}` : `Baris ${top + range.top + 1}–${top + range.bottom + 1}`;
  const where = range.cells.length === 1 ? `Sel ${sheet.address(range.top, range.left)}` : range.left === range.right ? `Kolom ${columnLetters(left + range.left)}, ${rows.toLowerCase()}` : rows;
  return `${where} (${what(sheet, range)})`;
}

function what(sheet: Sheet, range: UnreadRange): string {
  const firstRow = range.cells.filter(([r]) => r === range.top).map(([r, c]) => sheet.text(r, c));
  const texts = range.cells.map(([r, c]) => sheet.value(r, c)).filter((v): v is string => typeof v === "string");
  const numbers = range.cells.length - texts.length;
  // A row of several texts on top reads like a table's header: its words say what the table is.
  if (firstRow.length >= 2 && firstRow.every((t) => t && isNaN(Number(t)))) return joinShort(firstRow) + (range.bottom > range.top ? ` dan ${range.bottom - range.top} baris di bawahnya` : "");
  if (!texts.length) return numbers === 1 ? `angka ${sheet.text(range.top, range.left)}` : `${numbers} angka`;
  const sample = short(texts[0], 50);
  if (range.cells.length === 1) return `teks "${sample}"`;
  return `"${sample}"${range.cells.length > 1 ? `, ${range.cells.length} sel berisi` : ""}${numbers ? `, ${numbers} di antaranya angka` : ""}`;
}

function joinShort(texts: string[]): string {
  const parts = texts.slice(0, 6).map((t) => short(t, 28));
  return parts.join(" | ") + (texts.length > 6 ? " | …" : "");
}

function short(t: string, n: number): string {
  const s = t.replace(/\s+/g, " ").trim();
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
