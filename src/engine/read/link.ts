/** The cascade (each PK's superior) and which PK each Rencana Aksi and Realisasi sheet belongs to. */
import type { Model, PkSheet } from "../model";
import { JabatanIndex } from "../domain/jabatan-index";
import { cachedIndikatorKey } from "../domain/indikator-key";
import { pkOfUnit } from "./sheets/unit-blocks";
import { narrowAtasan } from "./atasan-choice";
import { pkOfVersion } from "./companion-version";

/** The superior of a PK is the PK whose Pihak Pertama jabatan is this PK's Pihak Kedua jabatan. */
export function linkCascade(pks: PkSheet[]): void {
  const index = new JabatanIndex(pks, (pk) => [pk.pihakPertama?.jabatan]);
  for (const pk of pks) {
    const kedua = pk.pihakKedua?.jabatan;
    if (!kedua) continue;
    const found = narrowAtasan(pk, index.candidates(kedua, pk));
    pk.atasan = found.length === 1 ? found[0].id : null;
    if (found.length > 1) pk.atasanCandidates = found.map((c) => c.id);
  }
}

/**
 * The PK a Rencana Aksi or Realisasi sheet belongs to: by its jabatan line (or its signer); without one, or when
 * it names no PK, the only PK, or else the PK that shares the most indikator names and kode with it.
 */
export function linkSheets(model: Model): void {
  const index = new JabatanIndex(model.pk, (pk) => [pk.pihakPertama?.jabatan, pk.jabatan]);
  let byContent: ContentIndex | null = null;
  for (const s of [...model.renaksi, ...model.realisasi]) {
    // A sheet part written under its PK already knows it.
    if (s.pk) continue;
    // One OPD's part of a sheet for several: the PK of that unit, before any jabatan line the sheet shares.
    if (s.unit && (s.pk = pkOfUnit(model.pk, s.unit)?.id ?? null)) continue;
    const named = s.jabatan ? index.candidates(s.jabatan) : [];
    s.pk = pkOfVersion(named, !!s.perubahan, s.indikator)?.id ?? null;
    if (s.pk) continue;
    if (!s.jabatan && model.pk.length === 1) s.pk = model.pk[0].id;
    else {
      byContent ??= new ContentIndex(model.pk);
      const names = s.indikator.map((i) => i.nama);
      const kodes = ("plan" in s ? s.plan : s.budget).map((b) => b.kode);
      // A template that prints each name with its database id behind it (`... sapi potong 112`): matched without
      // the ids, the names themselves still reported where they differ from the PK's.
      s.pk = byContent.best(names, kodes) ?? (names.length > 1 && names.every((n) => TRAILING_ID.test(n)) ? byContent.best(names.map((n) => n.replace(TRAILING_ID, "")), kodes) : null);
    }
    if (!s.pk && named.length > 1) s.pkCandidates = named.map((pk) => pk.id);
  }
}

const TRAILING_ID = /\s+\d{2,}\s*$/;

/** Which PK lists these indikator names and kode: the one sharing the most, when it is the only one. */
class ContentIndex {
  private owners = new Map<string, Set<string>>();

  constructor(pks: PkSheet[]) {
    for (const pk of pks) {
      for (const i of pk.indikator) this.add("i:" + cachedIndikatorKey(i.nama), pk.id);
      for (const a of pk.anggaran) if (a.kode) this.add("k:" + a.kode, pk.id);
    }
  }

  private add(key: string, sheet: string): void {
    let set = this.owners.get(key);
    if (!set) this.owners.set(key, (set = new Set()));
    set.add(sheet);
  }

  best(names: string[], kodes: (string | null)[]): string | null {
    const score = new Map<string, number>();
    const keys = [...names.map((n) => "i:" + cachedIndikatorKey(n)), ...kodes.filter((k): k is string => !!k).map((k) => "k:" + k)];
    for (const key of keys) for (const sheet of this.owners.get(key) ?? []) score.set(sheet, (score.get(sheet) ?? 0) + 1);
    const ranked = [...score].sort((a, b) => b[1] - a[1]);
    return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  }
}
