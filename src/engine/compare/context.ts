/** What every comparison step needs: both versions, the new one indexed for its findings. */
import type { Model, RenaksiIndikator } from "../model";
import { cachedIndikatorKey } from "../domain/indikator-key";
import type { NewVersion } from "./related";

export interface RenaksiRow {
  sheet: string;
  row: RenaksiIndikator;
}

export interface CompareContext {
  now: NewVersion;
  /** The first Rencana Aksi row of each PK indikator, by PK sheet then indikatorKey, in each version. */
  renaksiLama: Map<string, Map<string, RenaksiRow>>;
  renaksiBaru: Map<string, Map<string, RenaksiRow>>;
}

export function renaksiRows(model: Model): Map<string, Map<string, RenaksiRow>> {
  const out = new Map<string, Map<string, RenaksiRow>>();
  for (const s of model.renaksi) {
    if (!s.pk) continue;
    let rows = out.get(s.pk);
    if (!rows) out.set(s.pk, (rows = new Map()));
    for (const row of s.indikator) {
      const key = cachedIndikatorKey(row.nama);
      if (!rows.has(key)) rows.set(key, { sheet: s.sheet, row });
    }
  }
  return out;
}
