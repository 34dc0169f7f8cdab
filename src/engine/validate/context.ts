/** What every rule needs: the model indexed once (by sheet, superior, kode), and a place for findings. */
import type { Finding, Severity } from "../finding";
import type { Model, PkSheet, RealisasiSheet, RenaksiIndikator, RenaksiSheet } from "../model";
import { linksByPk } from "../domain/sheets-of-pk";

export interface Context {
  model: Model;
  pkById: Map<string, PkSheet>;
  /** Direct subordinates of each PK (those whose atasan it is), by the superior's id. */
  subordinates: Map<string, PkSheet[]>;
  renaksiOf: Map<string, RenaksiSheet[]>;
  realisasiOf: Map<string, RealisasiSheet[]>;
  findings: Finding[];
  /** The Rencana Aksi row of a PK indikator, by indikatorKey; undefined when none. */
  renaksiRow(pk: string, key: string): RenaksiIndikator | undefined;
  report(rule: string, severity: Severity, sheet: string, cell: string, message: string): void;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function makeContext(model: Model): Context {
  const findings: Finding[] = [];
  const pkById = new Map(model.pk.map((pk) => [pk.id, pk]));
  const subordinates = new Map<string, PkSheet[]>();
  for (const pk of model.pk) if (pk.atasan && pkById.has(pk.atasan)) push(subordinates, pk.atasan, pk);
  const renaksiOf = new Map<string, RenaksiSheet[]>();
  for (const s of model.renaksi) if (s.pk) push(renaksiOf, s.pk, s);
  const realisasiOf = new Map<string, RealisasiSheet[]>();
  for (const s of model.realisasi) if (s.pk) push(realisasiOf, s.pk, s);
  const links = linksByPk(model);
  const renaksiRow = (pk: string, key: string) => links.get(pk)?.renaksi.get(key);
  return {
    model,
    pkById,
    subordinates,
    renaksiOf,
    realisasiOf,
    findings,
    renaksiRow,
    report: (rule, severity, sheet, cell, message) => findings.push({ rule, severity, sheet, cell, message }),
  };
}
