/**
 * Pairing the items of two versions: equal keys first (in order, so duplicates pair one to one), then the
 * left-overs whose keys are within the engine's typo distance (nearLimit), when the pair is unique both ways.
 */
import { editDistance } from "../parse/text";
import { nearLimit } from "../domain/indikator-match";

export interface Pairing<T> {
  /** Old and new item of the same thing, in the new version's order. */
  pairs: [T, T][];
  added: T[];
  removed: T[];
}

/** Below this many candidate pairs comparing all is cheaper than indexing. */
const ALL_PAIRS_BELOW = 2500;

export function pairByKey<T>(lama: T[], baru: T[], keyOf: (item: T) => string, options: { near?: boolean } = {}): Pairing<T> {
  const queues = new Map<string, T[]>();
  for (const item of lama) {
    const key = keyOf(item);
    const q = queues.get(key);
    if (q) q.push(item);
    else queues.set(key, [item]);
  }
  const partner = new Map<T, T>();
  const unmatched: T[] = [];
  for (const item of baru) {
    const old = queues.get(keyOf(item))?.shift();
    if (old) partner.set(item, old);
    else unmatched.push(item);
  }
  const matched = new Set(partner.values());
  let leftOld = lama.filter((item) => !matched.has(item));
  if (options.near && unmatched.length && leftOld.length) {
    for (const [old, item] of pairNear(leftOld, unmatched, keyOf)) partner.set(item, old);
    const taken = new Set(partner.values());
    leftOld = leftOld.filter((item) => !taken.has(item));
  }
  return pairingOf(baru, partner, leftOld);
}

/** The pairing in the new version's order, from each new item's old partner. */
export function pairingOf<T>(baru: T[], partner: Map<T, T>, removed: T[]): Pairing<T> {
  const pairs: [T, T][] = [];
  const added: T[] = [];
  for (const item of baru) {
    const old = partner.get(item);
    if (old) pairs.push([old, item]);
    else added.push(item);
  }
  return { pairs, added, removed };
}

/** Near keys, unique both ways. Large lists are indexed by their rarest words: never all pairs. */
function pairNear<T>(lama: T[], baru: T[], keyOf: (item: T) => string): [T, T][] {
  const oldKeys = lama.map(keyOf);
  const candidatesOf = lama.length * baru.length < ALL_PAIRS_BELOW ? () => lama.map((_, i) => i) : wordIndex(oldKeys);
  const proposals: [number, T][] = [];
  const claims = new Map<number, number>();
  for (const item of baru) {
    const key = keyOf(item);
    const limit = nearLimit(key);
    let found = -1;
    let count = 0;
    for (const i of candidatesOf(key, limit)) {
      if (editDistance(key, oldKeys[i], limit) > limit) continue;
      found = i;
      if (++count > 1) break;
    }
    if (count !== 1) continue;
    proposals.push([found, item]);
    claims.set(found, (claims.get(found) ?? 0) + 1);
  }
  return proposals.filter(([i]) => claims.get(i) === 1).map(([i, item]) => [lama[i], item]);
}

/**
 * An edit spoils at most two words (a removed space joins two), so a key within `limit` edits of another with
 * more words than that shares one of its `2 × limit + 1` rarest words with it: those words' lists hold the
 * candidates. (A short key whose every word has a typo is missed; only large lists are indexed.)
 */
function wordIndex(keys: string[]): (key: string, limit: number) => Iterable<number> {
  const byWord = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const w of new Set(key.split(" "))) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  return (key, limit) => {
    const words = [...new Set(key.split(" "))].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0));
    const out = new Set<number>();
    for (const w of words.slice(0, 2 * limit + 1)) for (const i of byWord.get(w) ?? []) out.add(i);
    return out;
  };
}
