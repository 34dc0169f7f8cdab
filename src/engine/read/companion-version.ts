/**
 * A Rencana Aksi or Realisasi whose jabatan line names several PKs (the PK murni and the PK Perubahan of one official
 * in one workbook): it belongs to the one of its own version, as its title says (`RENCANA AKSI PERUBAHAN TAHUN 2025`,
 * or a PK Perubahan's own title words). Still several alike: none is picked.
 */
import type { PkSheet, Target } from "../model";
import { cachedIndikatorKey } from "../domain/indikator-key";
import { sameTarget } from "../domain/target-compare";
import type { TitleLine } from "./sheets/title";
import { isPerubahan } from "./sheets/version";

/** `RENCANA AKSI PERUBAHAN`, `RENAKSI (RA) PERUBAHAN`, `REALISASI … PERUBAHAN`, `PENGUKURAN KINERJA PERUBAHAN`. */
const COMPANION_TITLE = /\b(?:rencana\s+aksi|renaksi|realisasi|pengukuran\s+kinerja)\s*(?:\(\s*\w+\s*\)\s*)?perubahan\b/i;

export function isCompanionPerubahan(titleText: string, lines: TitleLine[], titleRow: number): boolean {
  return COMPANION_TITLE.test(titleText.split("\n")[0]) || isPerubahan(titleText, lines, titleRow);
}

/**
 * A title without the word (a TW III Realisasi measured after the perubahan often has none): the PK whose annual
 * targets the sheet repeats most, when one does more than the others; else the murni one.
 */
export function pkOfVersion(candidates: PkSheet[], perubahan: boolean, indikator: CompanionIndikator[] = []): PkSheet | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  if (!perubahan) {
    const byTargets = mostAgreeing(candidates, indikator);
    if (byTargets) return byTargets;
  }
  const same = candidates.filter((c) => !!c.perubahan === perubahan);
  return same.length === 1 ? same[0] : null;
}

export interface CompanionIndikator { nama: string; target?: Target | null }

function mostAgreeing(pks: PkSheet[], indikator: CompanionIndikator[]): PkSheet | null {
  if (!indikator.length) return null;
  const scored = pks.map((pk) => {
    const targets = new Map(pk.indikator.map((i) => [cachedIndikatorKey(i.nama), i.target]));
    return { pk, n: indikator.filter((i) => { const t = targets.get(cachedIndikatorKey(i.nama)); return t != null && i.target != null && sameTarget(t, i.target); }).length };
  }).sort((a, b) => b.n - a.n);
  return scored[0].n > scored[1].n ? scored[0].pk : null;
}
