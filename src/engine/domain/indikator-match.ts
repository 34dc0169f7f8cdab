/**
 * Matching a Rencana Aksi or Realisasi indikator name to its PK's indikator (rules.md "Matching"):
 * equal indikatorKey only; a near name is a suggestion, never a silent match.
 */
import type { Indikator, PkSheet } from "../model";
import { editDistance } from "../parse/text";
import { cachedIndikatorKey as indikatorKey } from "./indikator-key";

export interface IndikatorMatch {
  /** The PK indikator with the same key; null when none. */
  indikator: Indikator | null;
  /** When no key matches: the only PK indikator within a small edit distance, if exactly one is. */
  suggestion: Indikator | null;
  /** When no key matches: the PK indikator nearest by edit distance (for the message). */
  closest: Indikator | null;
}

// Built once per PK: a 1,000-PK workbook matches ~20,000 names.
const indexes = new WeakMap<PkSheet, Map<string, Indikator>>();

export function indikatorIndex(pk: PkSheet): Map<string, Indikator> {
  let index = indexes.get(pk);
  if (!index) {
    index = new Map();
    for (const ind of pk.indikator) {
      const key = indikatorKey(ind.nama);
      if (!index.has(key)) index.set(key, ind);
    }
    indexes.set(pk, index);
  }
  return index;
}

/** How far a name may be from a PK indikator to count as a typo of it. */
export function nearLimit(key: string): number {
  return Math.max(2, Math.floor(key.length / 10));
}

export function matchIndikator(pk: PkSheet, name: string): IndikatorMatch {
  const key = indikatorKey(name);
  const exact = indikatorIndex(pk).get(key);
  if (exact) return { indikator: exact, suggestion: null, closest: null };
  const limit = nearLimit(key);
  let closest: Indikator | null = null;
  let best = Infinity;
  const near: Indikator[] = [];
  for (const [otherKey, ind] of indikatorIndex(pk)) {
    const d = editDistance(key, otherKey);
    if (d < best) {
      best = d;
      closest = ind;
    }
    if (d <= limit) near.push(ind);
  }
  return { indikator: null, suggestion: near.length === 1 ? near[0] : null, closest };
}
