/** Finding PKs by jabatan in constant time, so linking 1,000 PKs is not a million comparisons. */
import type { PkSheet } from "../model";
import { jabatanKey } from "../parse/text";

export class JabatanIndex {
  private exact = new Map<string, Set<PkSheet>>();
  /** Proper word-prefixes of each jabatan: a query naming less (no unit or pemda) still finds it. Built on first need. */
  private prefixMap: Map<string, Set<PkSheet>> | null = null;

  constructor(pks: PkSheet[], jabatanOf: (pk: PkSheet) => (string | null | undefined)[]) {
    for (const pk of pks) for (const j of jabatanOf(pk)) if (j) add(this.exact, jabatanKey(j), pk);
  }

  private get prefixes(): Map<string, Set<PkSheet>> {
    if (!this.prefixMap) {
      this.prefixMap = new Map();
      for (const [key, pks] of this.exact) {
        const words = key.split(" ");
        for (let n = 1; n < words.length; n++) for (const pk of pks) add(this.prefixMap, words.slice(0, n).join(" "), pk);
      }
    }
    return this.prefixMap;
  }

  /** The one PK with this jabatan; failing that, the one whose jabatan extends it or that it extends; else null. */
  find(jabatan: string, except?: PkSheet): PkSheet | null {
    const found = this.candidates(jabatan, except);
    return found.length === 1 ? found[0] : null;
  }

  /** The PKs with this jabatan; failing those, the PKs whose jabatan extends it or that it extends. */
  candidates(jabatan: string, except?: PkSheet): PkSheet[] {
    const key = jabatanKey(jabatan);
    const exact = without(this.exact.get(key), except);
    if (exact.length) return exact;
    const loose = new Set(without(this.prefixes.get(key), except));
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++) for (const pk of without(this.exact.get(words.slice(0, n).join(" ")), except)) loose.add(pk);
    return [...loose];
  }
}

function add(map: Map<string, Set<PkSheet>>, key: string, pk: PkSheet): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(pk);
}

function without(set: Set<PkSheet> | undefined, except?: PkSheet): PkSheet[] {
  return set ? [...set].filter((pk) => pk !== except) : [];
}
