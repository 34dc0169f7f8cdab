/** The same PK in two versions: by jabatan without Plt./Pj. prefixes, then as the reader links sheets, then typos. */
import type { PkSheet } from "../model";
import { jabatanKey } from "../parse/text";
import { JabatanIndex } from "../domain/jabatan-index";
import { pairByKey, pairingOf, type Pairing } from "./pair";

/** The jabatan a PK is known by: its official's, else its title line; the sheet name when it names none. */
export function jabatanOf(pk: PkSheet): string {
  return pk.pihakPertama?.jabatan ?? pk.jabatan ?? pk.sheet;
}

/** How the PK is named in a change: the jabatan line, without the signature's trailing comma. */
export function pkLabel(pk: PkSheet): string {
  return (pk.jabatan ?? pk.pihakPertama?.jabatan ?? pk.sheet).replace(/[,\s]+$/, "");
}

export function pairPks(lama: PkSheet[], baru: PkSheet[]): Pairing<PkSheet> {
  const key = (pk: PkSheet) => jabatanKey(jabatanOf(pk));
  const exact = pairByKey(lama, baru, key);
  if (!exact.added.length || !exact.removed.length) return exact;
  // A jabatan line that names less or more (without the unit or the pemda): the reader's own index decides.
  const index = new JabatanIndex(exact.removed, (pk) => [pk.pihakPertama?.jabatan, pk.jabatan]);
  const partner = new Map<PkSheet, PkSheet>(exact.pairs.map(([o, n]) => [n, o]));
  const taken = new Set<PkSheet>();
  for (const pk of exact.added) {
    const old = [pk.pihakPertama?.jabatan, pk.jabatan].map((j) => (j ? index.find(j) : null)).find((o) => o && !taken.has(o));
    if (old) {
      partner.set(pk, old);
      taken.add(old);
    }
  }
  const near = pairByKey(exact.removed.filter((o) => !taken.has(o)), exact.added.filter((n) => !partner.has(n)), key, { near: true });
  for (const [o, n] of near.pairs) partner.set(n, o);
  return pairingOf(baru, partner, near.removed);
}
