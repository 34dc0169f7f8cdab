/**
 * Several PKs whose Pihak Pertama holds this PK's Pihak Kedua jabatan (a PK murni and a PK Perubahan of the same
 * Direktur in one workbook): the superior is the one of the same version (a PK Perubahan answers to the PK
 * Perubahan above it, a murni PK to the murni one), then the one its Pihak Kedua names (NIP, else name). What still
 * matches alike is returned whole: the caller must say that several match, never pick one.
 */
import type { Pihak, PkSheet } from "../model";
import { nameKey } from "../parse/text";

export function narrowAtasan(pk: PkSheet, candidates: PkSheet[]): PkSheet[] {
  let left = candidates;
  if (left.length > 1) left = keepSome(left, (c) => !!c.perubahan === !!pk.perubahan);
  if (left.length > 1) left = keepSome(left, (c) => sameSigner(pk.pihakKedua, c.pihakPertama));
  return left;
}

/** The candidates that pass; all of them when none does (a clue that fits none decides nothing). */
function keepSome(pks: PkSheet[], test: (pk: PkSheet) => boolean): PkSheet[] {
  const kept = pks.filter(test);
  return kept.length ? kept : pks;
}

function sameSigner(kedua: Pihak | null, pertama: Pihak | null): boolean {
  if (kedua?.nip && pertama?.nip) return kedua.nip === pertama.nip;
  return !!kedua?.nama && !!pertama?.nama && nameKey(kedua.nama) === nameKey(pertama.nama);
}
