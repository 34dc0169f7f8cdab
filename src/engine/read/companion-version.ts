/**
 * A Rencana Aksi or Realisasi whose jabatan line names several PKs (the PK murni and the PK Perubahan of one official
 * in one workbook): it belongs to the one of its own version, as its title says (`RENCANA AKSI PERUBAHAN TAHUN 2025`,
 * or a PK Perubahan's own title words); a title without them is the murni one's. Still several alike: none is picked.
 */
import type { PkSheet } from "../model";
import type { TitleLine } from "./sheets/title";
import { isPerubahan } from "./sheets/version";

/** `RENCANA AKSI PERUBAHAN`, `RENAKSI (RA) PERUBAHAN`, `REALISASI … PERUBAHAN`, `PENGUKURAN KINERJA PERUBAHAN`. */
const COMPANION_TITLE = /\b(?:rencana\s+aksi|renaksi|realisasi|pengukuran\s+kinerja)\s*(?:\(\s*\w+\s*\)\s*)?perubahan\b/i;

export function isCompanionPerubahan(titleText: string, lines: TitleLine[], titleRow: number): boolean {
  return COMPANION_TITLE.test(titleText.split("\n")[0]) || isPerubahan(titleText, lines, titleRow);
}

export function pkOfVersion(candidates: PkSheet[], perubahan: boolean): PkSheet | null {
  if (candidates.length === 1) return candidates[0];
  const same = candidates.filter((c) => !!c.perubahan === perubahan);
  return same.length === 1 ? same[0] : null;
}
