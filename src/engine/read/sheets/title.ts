/** Title rows: which kind of sheet, its year, and the lines under the title (unit, jabatan, pemda). */
import type { Sheet } from "../../grid";
import type { SheetKind } from "../../model";
import { OWN_SHEET_MARK } from "../../plan/sheet-plan";
import { levelOfJabatan } from "../../domain/jabatan";
import { linesOf } from "../layout/rows";
import { titleCol, titleKindOf } from "../layout/signals";

export interface TitleInfo {
  /** "other": the title of a report that is none of the add-in's kinds. */
  kind: SheetKind | "other";
  row: number;
  col: number;
  text: string;
  /** Null when neither the title nor the heading rows under it state a year. */
  tahun: number | null;
}

/** The year a text states; a period (`PERIODE 2021-2026`, `2021 s.d. 2026`) is a plan's span, not the year. */
function yearIn(text: string): number | null {
  const m = /\b(19\d{2}|20\d{2})\b/.exec(text.replace(PERIOD, " "));
  return m ? Number(m[1]) : null;
}

const PERIOD = /\b(19|20)\d{2}\s*(?:-|–|—|\/|s\.?\s*d\.?|sampai(?: dengan)?)\s*(19|20)\d{2}\b/gi;

export function isOwnSheet(sheet: Sheet): boolean {
  for (const r of sheet.rows.slice(0, 4)) {
    for (const c of sheet.cols(r)) if (c < 3 && sheet.text(r, c).startsWith(OWN_SHEET_MARK)) return true;
  }
  return false;
}

/** The first title cell from the top; null when the sheet has none. */
const TOP_ROWS = 6;

export function findTitle(sheet: Sheet): TitleInfo | null {
  const top = new Set<number>();
  if (isOwnSheet(sheet)) return { kind: "own", row: 0, col: 0, text: "", tahun: null };
  // The sheet's first rows may name their kind anywhere in the title (above any table: no data row is there).
  sheet.rows.forEach((r, i) => void (i < TOP_ROWS && top.add(r)));
  for (const r of sheet.rows) {
    const loose = top.has(r);
    const c = titleCol(sheet, r, loose);
    if (c < 0) continue;
    const text = sheet.text(r, c);
    const kind = titleKindOf(text, loose)!;
    return { kind, row: r, col: c, text, tahun: kind === "pengaturan" ? null : (yearIn(text) ?? yearBelow(sheet, r)) };
  }
  return null;
}

/** The year in the heading rows right under the title (`TAHUN ANGGARAN 2025`, `TAHUN ANGGARAN : 2025`). */
function yearBelow(sheet: Sheet, row: number): number | null {
  const after = sheet.rows.filter((r) => r > row).slice(0, 8);
  for (const r of after) {
    const texts = sheet.cols(r).map((c) => sheet.text(r, c)).join(" ");
    const y = yearIn(texts);
    if (y !== null) return y;
  }
  return null;
}

export interface TitleLine {
  text: string;
  row: number;
  col: number;
}

/** The lines of title rows: a multi-line title cell gives its lines after the first, other rows their text cells. */
export function titleLines(sheet: Sheet, rows: number[], title: { row: number; col: number } | null): TitleLine[] {
  const out: TitleLine[] = [];
  for (const r of rows) {
    for (const c of sheet.cols(r)) {
      const lines = linesOf(sheet.text(r, c));
      const isTitle = title && r === title.row && c === title.col;
      // `PERJANJIAN KINERJA KEPALA BKPSDM`: the title names the jabatan after its own words.
      const named = isTitle ? JABATAN_IN_TITLE.exec(lines[0] ?? "") : null;
      if (named && levelOfJabatan(named[1]) !== null) out.push({ text: named[1].trim(), row: r, col: c });
      for (const text of lines.slice(isTitle ? 1 : 0)) out.push({ text: text.replace(/^:\s*/, ""), row: r, col: c });
    }
  }
  return out;
}

const JABATAN_IN_TITLE = /^\s*(?:lampiran\s+)?(?:perjanjian|penetapan)\s+kinerja\s+(?:(?:perubahan\s+)?(?:tahun\s+\d{4}\s+)?)(.+?)\s*$/i;

export function jabatanLine(lines: TitleLine[]): TitleLine | null {
  for (const l of lines) {
    if (levelOfJabatan(l.text) !== null) return l;
    // `SEKRETARIAT DAERAH KABUPATEN SLEMAN - KEPALA BAGIAN ORGANISASI`: the unit, then the jabatan.
    const after = / [-–—] (.+)$/.exec(l.text);
    if (after && UNIT.test(l.text.trim()) && levelOfJabatan(after[1]) !== null) return { ...l, text: after[1].trim() };
  }
  return null;
}

const UNIT = /^(dinas|badan|inspektorat|sekretariat|satuan|kecamatan|kelurahan|rsud|rumah sakit|kantor|upt|puskesmas|bagian|bidang|seksi|sub ?bagian|biro|unit)\b/i;

export function unitLine(lines: TitleLine[]): TitleLine | null {
  return lines.find((l) => UNIT.test(l.text.trim())) ?? null;
}
