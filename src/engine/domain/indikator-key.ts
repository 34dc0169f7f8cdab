/** indikatorKey, remembered: the same names are keyed again and again (PK, Rencana Aksi, Realisasi, cascade). */
import { indikatorKey } from "../parse/text";

const cache = new Map<string, string>();
const LIMIT = 200_000;

export function cachedIndikatorKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    key = indikatorKey(name);
    cache.set(name, key);
  }
  return key;
}
