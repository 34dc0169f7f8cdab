/**
 * Is the new version still consistent after a change? The cells a change touches in the new version: its own
 * row, the Rencana Aksi and Realisasi rows of the same item, and the neighbours in the cascade where a rule
 * would land (a subordinate's target, a superior's pagu), each for the rules that can land there.
 */
import { parseA1 } from "../grid";
import type { Finding } from "../finding";
import type { Indikator, Model, PkSheet, RealisasiSheet, RenaksiSheet } from "../model";
import { indikatorIndex } from "../domain/indikator-match";
import { cachedIndikatorKey } from "../domain/indikator-key";
import { kodeUnder } from "../parse/kode";
import { jabatanKey } from "../parse/text";
import type { Anchor } from "./draft";
import type { TemuanTerkait } from "./types";

const CASCADE_TARGET = new Set(["target-cascade"]);
const ROLLUP = new Set(["anggaran-rollup", "kode-uncovered"]);
const ORPHAN = new Set(["kode-orphan"]);
const JUMLAH = new Set(["jumlah-mismatch"]);
const ATASAN = new Set(["atasan-mismatch", "atasan-missing"]);

/** Zero-based row of an A1 address the engine wrote (`E10`); null for none. */
export function rowOf(cell: string | null): number | null {
  if (!cell) return null;
  let i = 0;
  while (i < cell.length && (cell.charCodeAt(i) < 48 || cell.charCodeAt(i) > 57)) i++;
  const row = Number(cell.slice(i));
  return i > 0 && i < cell.length && Number.isInteger(row) ? row - 1 : (parseA1(cell)?.row ?? null);
}

export function at(sheet: string, cell: string | null, rules?: ReadonlySet<string>): Anchor[] {
  const row = rowOf(cell);
  return row === null ? [] : [{ sheet, row, rules }];
}

/** That cell only, not its row. */
export function exactly(sheet: string, cell: string | null): Anchor[] {
  return at(sheet, cell).map((a) => ({ ...a, cell: cell! }));
}

/** The new version, indexed once for the anchors and the findings every change looks up. */
export class NewVersion {
  /** Each PK's Rencana Aksi and Realisasi sheets; their rows by indikator key and by kode, indexed when first asked. */
  private readonly companionsOf = new Map<string, (RenaksiSheet | RealisasiSheet)[]>();
  private readonly companionRows = new Map<string, { indikator: Map<string, Anchor[]>; budget: Map<string, Anchor[]> }>();
  private readonly pkBySheet: Map<string, PkSheet>;
  private readonly subordinates = new Map<string, PkSheet[]>();
  private byPihakKedua: Map<string, PkSheet[]> | null = null;
  /** Error and warning findings by sheet, then by row. */
  private readonly findings = new Map<string, Map<number, Finding[]>>();

  constructor(readonly model: Model, findings: Finding[]) {
    for (const s of [...model.renaksi, ...model.realisasi]) if (s.pk) push(this.companionsOf, s.pk, s);
    this.pkBySheet = new Map(model.pk.map((pk) => [pk.sheet, pk]));
    for (const pk of model.pk) if (pk.atasan && this.pkBySheet.has(pk.atasan)) push(this.subordinates, pk.atasan, pk);
    for (const f of findings) {
      if (f.severity === "info") continue;
      let rows = this.findings.get(f.sheet);
      if (!rows) this.findings.set(f.sheet, (rows = new Map()));
      push(rows, rowOf(f.cell) ?? -1, f);
    }
  }

  private rowsOf(pkSheet: string) {
    let rows = this.companionRows.get(pkSheet);
    if (!rows) {
      rows = { indikator: new Map(), budget: new Map() };
      for (const s of this.companionsOf.get(pkSheet) ?? []) {
        for (const r of s.indikator) push(rows.indikator, cachedIndikatorKey(r.nama), ...at(s.sheet, r.cell));
        for (const r of "plan" in s ? s.plan : s.budget) if (r.kode) push(rows.budget, r.kode, ...at(s.sheet, r.namaCell));
      }
      this.companionRows.set(pkSheet, rows);
    }
    return rows;
  }

  /** The findings on these anchors, once each, in the order the anchors name them. */
  temuan(anchors: Anchor[]): TemuanTerkait[] {
    let seen: Set<Finding> | null = null;
    const out: TemuanTerkait[] = [];
    for (const a of anchors) {
      const rows = this.findings.get(a.sheet);
      if (!rows) continue;
      const lists = a.row === null ? [...rows.values()] : [rows.get(a.row) ?? []];
      for (const list of lists) {
        for (const f of list) {
          if (seen?.has(f) || (a.rules && !a.rules.has(f.rule)) || (a.cell && a.cell !== f.cell)) continue;
          (seen ??= new Set()).add(f);
          out.push({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message });
        }
      }
    }
    return out;
  }

  /** An indikator of a PK: its row, its Rencana Aksi and Realisasi rows, the same indikator up and down the cascade. */
  indikator(pk: PkSheet, key: string, own: Indikator | null): Anchor[] {
    const anchors: Anchor[] = own ? at(pk.sheet, own.cell) : [];
    anchors.push(...this.companions(pk, key));
    const sup = pk.atasan ? this.pkBySheet.get(pk.atasan) : undefined;
    // Siblings too: a kumulatif target that no longer adds up is reported on the first subordinate's cell.
    for (const other of [...(sup ? [sup, ...(this.subordinates.get(sup.sheet) ?? [])] : []), ...(this.subordinates.get(pk.sheet) ?? [])]) {
      const ind = other === pk ? undefined : indikatorIndex(other).get(key);
      if (ind) anchors.push(...at(other.sheet, ind.targetCell, CASCADE_TARGET));
    }
    return anchors;
  }

  /** The Rencana Aksi and Realisasi rows of a PK indikator (indikator-unknown lands there once it is gone). */
  companions(pk: PkSheet, key: string): Anchor[] {
    return [...(this.rowsOf(pk.sheet).indikator.get(key) ?? [])];
  }

  /** A budget object by kode: its row, the Jumlah, its plan and realisasi rows, the superior's kode over it, the subordinates' under it. */
  anggaran(pk: PkSheet, kode: string | null, ownCell: string | null): Anchor[] {
    const anchors: Anchor[] = at(pk.sheet, ownCell);
    if (pk.jumlah) anchors.push(...at(pk.sheet, pk.jumlah.cell, JUMLAH));
    if (!kode) return anchors;
    anchors.push(...(this.rowsOf(pk.sheet).budget.get(kode) ?? []));
    const sup = pk.atasan ? this.pkBySheet.get(pk.atasan) : undefined;
    for (const item of sup?.anggaran ?? []) if (item.kode && kodeUnder(kode, item.kode)) anchors.push(...at(sup!.sheet, item.paguCell, ROLLUP));
    for (const sub of this.subordinates.get(pk.sheet) ?? []) {
      for (const item of sub.anggaran) if (item.kode && kodeUnder(item.kode, kode)) anchors.push(...at(sub.sheet, item.kodeCell ?? item.namaCell, ORPHAN));
    }
    return anchors;
  }

  /** Pihak Pertama changed: the subordinates' Pihak Kedua must follow (atasan-mismatch). */
  pihakKeduaOfSubordinates(pk: PkSheet): Anchor[] {
    return (this.subordinates.get(pk.sheet) ?? []).flatMap((sub) => pihakRows(sub, ATASAN));
  }

  /** A PK gone: the PKs that still name it as Pihak Kedua (atasan-missing). */
  signedWith(jabatan: string): Anchor[] {
    if (!this.byPihakKedua) {
      this.byPihakKedua = new Map();
      for (const pk of this.model.pk) if (pk.pihakKedua?.jabatan) push(this.byPihakKedua, jabatanKey(pk.pihakKedua.jabatan), pk);
    }
    return (this.byPihakKedua.get(jabatanKey(jabatan)) ?? []).flatMap((pk) => pihakRows(pk, ATASAN));
  }

  /** A new PK: everything on its sheet and its Rencana Aksi and Realisasi sheets, and where its items meet the cascade. */
  wholePk(pk: PkSheet): Anchor[] {
    const anchors: Anchor[] = [pk.sheet, ...(this.companionsOf.get(pk.sheet) ?? []).map((s) => s.sheet)].map((sheet) => ({ sheet, row: null }));
    for (const ind of pk.indikator) anchors.push(...this.indikator(pk, cachedIndikatorKey(ind.nama), null));
    for (const item of pk.anggaran) anchors.push(...this.anggaran(pk, item.kode, null));
    return anchors;
  }
}

/** Pihak Kedua's own cells (Pihak Pertama signs on the same rows). */
function pihakRows(pk: PkSheet, rules: ReadonlySet<string>): Anchor[] {
  const p = pk.pihakKedua;
  return p ? [p.jabatanCell, p.namaCell, p.nipCell].flatMap((c) => exactly(pk.sheet, c).map((a) => ({ ...a, rules }))) : [];
}

function push<K, T>(map: Map<K, T[]>, key: K, ...values: T[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}
