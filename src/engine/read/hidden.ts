/**
 * Hidden rows and columns that hold something: planners hide old values there (a PK Perubahan's murni column, a
 * program dropped in the revision), so they are not read; what was left out is said once per sheet.
 */
import { columnLetters } from "../grid";
import type { Finding } from "../finding";
import type { SheetReader } from "./sheet-reader";

export function hiddenCells(rd: SheetReader): { ranges: string[]; finding: Finding } | null {
  const h = rd.sheet.hidden;
  if (!h) return null;
  const { top, left } = rd.sheet.grid;
  const rows = h.rows.map((r) => `${top + r + 1}:${top + r + 1}`);
  const cols = h.cols.map((c) => `${columnLetters(left + c)}:${columnLetters(left + c)}`);
  const named = [
    h.rows.length ? `baris ${list(h.rows.map((r) => String(top + r + 1)))}` : "",
    h.cols.length ? `kolom ${list(h.cols.map((c) => columnLetters(left + c)))}` : "",
  ].filter(Boolean).join(" dan ");
  return {
    ranges: [...rows, ...cols],
    finding: {
      rule: "isi-tersembunyi",
      severity: "info",
      sheet: rd.name,
      cell: rd.addr(h.first.r, h.first.c),
      message: `${capital(named)} disembunyikan dan berisi ${h.cells} sel yang tidak dibaca (nilai lama yang disembunyikan tidak ikut diperiksa maupun dihitung). Bila isinya masih berlaku, tampilkan kembali lalu jalankan Validasi lagi.`,
    },
  };
}

const MAX_NAMED = 6;

function list(items: string[]): string {
  const shown = items.slice(0, MAX_NAMED);
  const more = items.length - shown.length;
  const head = shown.length > 1 ? `${shown.slice(0, -1).join(", ")} dan ${shown[shown.length - 1]}` : shown[0];
  return more > 0 ? `${shown.join(", ")} dan ${more} lainnya` : head;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
