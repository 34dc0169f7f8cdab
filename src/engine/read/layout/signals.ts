/** Signs a row gives of what it is: a title, a signature, a statement, a note. Each reads one row only. */
import type { Sheet } from "../../grid";
import type { SheetKind } from "../../model";
import { squash } from "../../parse/text";
import { isNipLine } from "../../parse/nip";
import { levelOfJabatan } from "../../domain/jabatan";
import {
  CAPAIAN_TITLE, GROUP_TOTAL_LABEL, JUMLAH_LABEL, NOTE_START, OFFICE_WORDS, OTHER_REPORT_TITLES, PANGKAT, PIHAK_LABEL, SIGN_LINE, STATEMENT_LABELS,
  STATEMENT_PHRASES, TITLE_KINDS, TITLE_KINDS_LOOSE, isPlaceDate, statementLabelSide, type PihakSide,
} from "../words/layout";
import { firstLine, linesOf } from "./rows";

/** The kind a title line opens; "other" for a report's title that is none of ours; null when no title. */
export function titleKindOf(text: string, loose = false): SheetKind | "other" | null {
  if (text.length > 400) return null;
  const line = firstLine(text);
  if (line.length > 160) return null;
  // A monitoring of the PK's capaian is its Realisasi, though `Monitoring ...` titles other reports too.
  if (CAPAIAN_TITLE.test(line)) return "realisasi";
  if (OTHER_REPORT_TITLES.test(line)) return "other";
  for (const [re, kind] of TITLE_KINDS) if (re.test(line)) return kind;
  if (loose || /\b(19|20)\d{2}\b/.test(text)) for (const [re, kind] of TITLE_KINDS_LOOSE) if (re.test(line)) return kind;
  return null;
}

/** A title cell in row r (titles stand nearly alone in their row); its column, or -1. */
export function titleCol(sheet: Sheet, r: number, loose = false): number {
  const cols = sheet.cols(r);
  // Cells beside it make a row data (`Realisasi PAD | 250`), unless the text is plainly a title: its year, or the sheet's top.
  let figures = cols.length > 3;
  for (const c of cols) if (typeof sheet.value(r, c) === "number") figures = true;
  for (const c of cols) {
    const t = sheet.str(r, c);
    const kind = t ? titleKindOf(t, loose) : null;
    if (kind === null) continue;
    // Another report's title words (`Evaluasi ...`, `Monitoring ...`) also begin names in a table's rows: such a
    // title stands alone, first in its row.
    if (kind === "other" && (c !== cols[0] || cols.length > 2)) continue;
    // At the sheet's top a title may stand beside a figure or two, but not in a row of many cells (an export's
    // heading row, `TAHUN | ... | REALISASI TW1 | ...`).
    if (!figures || /\b(19|20)\d{2}\b/.test(t) || (r === sheet.rows[0] && cols.length <= 3)) return c;
  }
  return -1;
}

function anyLine(sheet: Sheet, r: number, test: (line: string) => boolean): boolean {
  for (const c of sheet.cols(r)) {
    const v = sheet.value(r, c);
    if (typeof v !== "string" || v.length > 600) continue;
    if (v.includes("\n")) {
      for (const l of linesOf(v)) if (test(l)) return true;
    } else if (test(v.trim())) return true;
  }
  return false;
}

export const isPihakLabel = (line: string) => line.length < 200 && /^\s*(pihak|pejabat|pegawai|pns)/i.test(line) && PIHAK_LABEL.test(squash(line));

export function hasPihakLabel(sheet: Sheet, r: number): boolean {
  return anyLine(sheet, r, isPihakLabel);
}

export function hasPlaceDate(sheet: Sheet, r: number): boolean {
  return anyLine(sheet, r, isPlaceDate);
}

/** NIP, pangkat or a line to sign on. */
export function hasSignatureLine(sheet: Sheet, r: number): boolean {
  return anyLine(sheet, r, (l) => isNipLine(l) || SIGN_LINE.test(l) || (l.length <= 60 && PANGKAT.test(l)));
}

/** A jabatan: a line whose level is known, or that starts with an office word. */
export function isJabatanLine(line: string): boolean {
  if (line.length > 160) return false;
  return levelOfJabatan(line) !== null || OFFICE_WORDS.test(line.trim());
}

export function hasJabatan(sheet: Sheet, r: number): boolean {
  return sheet.cols(r).length <= 4 && anyLine(sheet, r, isJabatanLine);
}

/** `Keterangan:`, `Catatan`, `*) ...` in the row's first cell. */
export function isNoteStart(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  if (!cols.length) return false;
  const t = sheet.str(r, cols[0]);
  return !!t && NOTE_START.test(squash(t)) && !JUMLAH_LABEL.test(squash(t));
}

// `NIP.`, `Pangkat/Gol. Ruang`: the label without its dots.
const labelKey = (text: string) => squash(text).replace(/\s*:.*$/, "").replace(/\.(?=\s|$)/g, "").replace(/\s+/g, " ").trim();

/** The label of a `Nama : ...` row, or null. */
export function statementLabel(text: string): (typeof STATEMENT_LABELS)[number][1] | null {
  const k = labelKey(text);
  for (const [re, label] of STATEMENT_LABELS) if (re.test(k)) return label;
  return null;
}

/** The party a `Nama Pimpinan : ...` row names by its label; null for a plain `Nama :`. */
export function statementSide(text: string): PihakSide | null {
  return statementLabelSide(labelKey(text));
}

/** Statement text: the pledge's sentences, or a `Nama :` / `Jabatan :` row. */
export function isStatementRow(sheet: Sheet, r: number): boolean {
  const cols = nearCols(sheet, r);
  if (!cols.length) return false;
  const first = sheet.str(r, cols[0]);
  if (first && statementLabel(first) && cols.length <= 3) {
    const rest = cols.slice(1).map((c) => sheet.text(r, c)).join(" ");
    if (/:/.test(first) || /^\s*:/.test(rest)) return true;
  }
  for (const c of cols) {
    const t = sheet.str(r, c);
    if (!t) continue;
    // `PIHAK KESATU,` / jabatan / name / NIP in one cell: one side of a signature, however long.
    if (t.includes("\n") && isPihakLabel(firstLine(t))) continue;
    const s = squash(t);
    if (s.length > 120) return true;
    if (s.length > 25 && STATEMENT_PHRASES.test(s)) return true;
  }
  return false;
}

/** A row's cells that stand together from its first: what lies far to the side is something else. */
export function nearCols(sheet: Sheet, r: number): number[] {
  const cols = sheet.cols(r);
  let n = 1;
  while (n < cols.length && cols[n] - cols[n - 1] <= 5) n++;
  return n >= cols.length ? cols : cols.slice(0, n);
}

/** A row that is one short text: a caption over a table (`PROGRAM DAN ANGGARAN:`), a group label. */
export function isCaption(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  return cols.length === 1 && sheet.str(r, cols[0]).length > 0 && sheet.str(r, cols[0]).length <= 100;
}

/** `UNIT : UPT ...`, `TAHUN ANGGARAN | : 2025`: a report heading's label and value. */
export function isInfoRow(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  if (!cols.length || cols.length > 3) return false;
  const texts = cols.map((c) => sheet.text(r, c));
  // `Nama : ...` and `Jabatan : ...` name the parties: statement text, not a heading.
  const label = statementLabel(texts[0]);
  if (label && label !== "lain") return false;
  if (texts.some((t) => t.length > 160)) return false;
  if (cols.length === 1) return /^[^:]{2,40}\s:\s*\S/.test(texts[0]);
  return texts[0].length <= 40 && !texts[0].includes(":") && /^\s*:/.test(texts.slice(1).join(" "));
}

/** The first text of the row is a total's label: `Jumlah`, `TOTAL`, `Jumlah Anggaran`. */
export function jumlahCol(sheet: Sheet, r: number, from = 0, to = Infinity): number {
  for (const c of sheet.cols(r)) {
    if (c < from || c > to) continue;
    const t = sheet.str(r, c);
    if (!t) continue;
    const label = squash(t);
    return JUMLAH_LABEL.test(label) || GROUP_TOTAL_LABEL.test(label) ? c : -1;
  }
  return -1;
}
