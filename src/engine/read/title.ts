/** Title rows: which kind of sheet, its year, and the lines under the title. */
import type { Sheet } from "../grid";
import type { SheetKind } from "../model";
import { OWN_SHEET_MARK } from "../plan/sheet-plan";
import { squash } from "../parse/text";
import { levelOfJabatan } from "../domain/jabatan";

export interface TitleInfo {
  kind: SheetKind;
  row: number;
  col: number;
  /** Null when neither the title cell nor the next non-empty row states a year. */
  tahun: number | null;
}

const TITLE_ROWS = 12;

function kindOfTitle(text: string): SheetKind | null {
  const s = squash(text);
  if (s === "pengaturan") return "pengaturan";
  // "Realisasi Rencana Aksi" is a Realisasi sheet: the realisasi words decide before "rencana aksi" does.
  if (/^(laporan )?(realisasi|pengukuran)\b|pengukuran kinerja|\brealisasi (kinerja|capaian|rencana aksi)\b/.test(s)) return "realisasi";
  if (/rencana aksi/.test(s)) return "renaksi";
  if (/perjanjian kinerja/.test(s)) return "pk";
  return null;
}

function yearIn(text: string): number | null {
  const m = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return m ? Number(m[1]) : null;
}

export function isOwnSheet(sheet: Sheet): boolean {
  for (let r = 0; r < Math.min(4, sheet.rowCount); r++) {
    for (let c = 0; c < Math.min(3, sheet.colCount); c++) if (sheet.text(r, c).startsWith(OWN_SHEET_MARK)) return true;
  }
  return false;
}

/** The first title cell from the top; null when the sheet has none. */
export function findTitle(sheet: Sheet): TitleInfo | null {
  if (isOwnSheet(sheet)) return { kind: "own", row: 0, col: 0, tahun: null };
  let seen = 0;
  for (let r = 0; r < sheet.rowCount && seen < TITLE_ROWS; r++) {
    let any = false;
    for (let c = 0; c < sheet.colCount; c++) {
      const t = sheet.text(r, c);
      if (!t) continue;
      any = true;
      const kind = kindOfTitle(t);
      if (!kind) continue;
      return { kind, row: r, col: c, tahun: kind === "pengaturan" ? null : (yearIn(t) ?? yearInNextRow(sheet, r)) };
    }
    if (any) seen++;
  }
  return null;
}

function yearInNextRow(sheet: Sheet, row: number): number | null {
  for (let r = row + 1; r < sheet.rowCount; r++) {
    const texts = rowTexts(sheet, r);
    if (texts.length) return yearIn(texts.join(" "));
  }
  return null;
}

export function rowTexts(sheet: Sheet, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < sheet.colCount; c++) {
    const t = sheet.text(r, c);
    if (t) out.push(t);
  }
  return out;
}

export interface TitleLine {
  text: string;
  row: number;
  col: number;
}

/** The non-empty lines between the title row and `endRow` (exclusive), one per row (its first text cell). */
export function titleLines(sheet: Sheet, titleRow: number, endRow: number): TitleLine[] {
  const lines: TitleLine[] = [];
  for (let r = titleRow + 1; r < endRow; r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const t = sheet.text(r, c);
      if (t) {
        lines.push({ text: t, row: r, col: c });
        break;
      }
    }
  }
  return lines;
}

export function jabatanLine(lines: TitleLine[]): TitleLine | null {
  return lines.find((l) => levelOfJabatan(l.text) !== null) ?? null;
}

const UNIT = /^(dinas|badan|inspektorat|sekretariat|satuan|kecamatan|kelurahan|rsud|rumah sakit|kantor|upt|puskesmas|bagian)\b/i;

export function unitLine(lines: TitleLine[]): TitleLine | null {
  return lines.find((l) => UNIT.test(l.text.trim())) ?? null;
}
