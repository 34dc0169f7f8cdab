/**
 * What each figure rests on: the model rows compute reads for it, and the cells of those rows (the model keeps
 * every value's cell). Compute and the matching of findings to figures both go through here, so they cannot drift.
 */
import type { BudgetItem, BudgetPlanRow, Indikator, Model, PengaturanKey, PkSheet, RealisasiIndikator, RenaksiIndikator } from "../model";
import type { PkLinks } from "../domain/sheets-of-pk";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { indikatorIndex, matchIndikator } from "../domain/indikator-match";
import { squash } from "../parse/text";
import type { AddCell } from "./temuan";

export interface IndikatorRows {
  renaksi: RenaksiIndikator | undefined;
  realisasi: RealisasiIndikator | undefined;
}

export interface BudgetRows {
  plan: BudgetPlanRow | undefined;
  real: BudgetPlanRow | undefined;
}

/** The Rencana Aksi and Realisasi rows of a PK indikator: same key, never a near name. */
export function indikatorRows(ind: Indikator, links: PkLinks | undefined): IndikatorRows {
  const key = indikatorKey(ind.nama);
  return { renaksi: links?.renaksi.get(key), realisasi: links?.realisasi.get(key) };
}

/** The Rencana Aksi / Realisasi row of a PK budget object: by kode, else by name. */
function rowOf(item: BudgetItem, rows: BudgetPlanRow[]): BudgetPlanRow | undefined {
  if (item.kode) {
    const byKode = rows.find((r) => r.kode === item.kode);
    if (byKode) return byKode;
  }
  const name = squash(item.nama);
  return rows.find((r) => squash(r.nama) === name);
}

/** The plan and realisasi rows of a PK budget object. */
export function budgetRows(item: BudgetItem, links: PkLinks | undefined): BudgetRows {
  return { plan: links ? rowOf(item, links.plan) : undefined, real: links ? rowOf(item, links.budget) : undefined };
}

type Row = RenaksiIndikator | RealisasiIndikator | BudgetPlanRow;

/**
 * Where every Rencana Aksi and Realisasi row of a model lives, and which unmatched row reads as a typo of which
 * PK indikator. Built on first use: a run without findings never needs it.
 */
export class Basis {
  private built = false;
  private sheetOf = new Map<Row, string>();
  private typos = new Map<Indikator, { sheet: string; row: RenaksiIndikator | RealisasiIndikator }[]>();

  constructor(private model: Model) {}

  private build(): void {
    if (this.built) return;
    this.built = true;
    const pkById = new Map(this.model.pk.map((pk) => [pk.id, pk]));
    for (const s of [...this.model.renaksi, ...this.model.realisasi]) {
      const pk = s.pk ? pkById.get(s.pk) : undefined;
      for (const i of s.indikator) {
        this.sheetOf.set(i, s.sheet);
        if (pk) this.noteTypo(pk, s.sheet, i);
      }
      for (const r of "plan" in s ? s.plan : s.budget) this.sheetOf.set(r, s.sheet);
    }
  }

  /**
   * A row that matches no PK indikator (indikator-unknown) but whose name is a near miss of exactly one:
   * its figure is that indikator's, so its finding belongs there too.
   */
  private noteTypo(pk: PkSheet, sheet: string, row: RenaksiIndikator | RealisasiIndikator): void {
    if (indikatorIndex(pk).has(indikatorKey(row.nama))) return;
    const near = matchIndikator(pk, row.nama).suggestion;
    if (!near) return;
    const list = this.typos.get(near) ?? [];
    list.push({ sheet, row });
    this.typos.set(near, list);
  }

  capaian(add: AddCell, pk: PkSheet, ind: Indikator, rows: IndikatorRows, isNegatif: boolean): void {
    this.build();
    add(ind.sheet ?? pk.sheet, ind.cell);
    add(ind.sheet ?? pk.sheet, ind.targetCell);
    add(ind.sheet ?? pk.sheet, ind.satuanCell);
    if (rows.renaksi) this.indikatorRow(add, this.sheetOf.get(rows.renaksi), rows.renaksi);
    if (rows.realisasi) this.indikatorRow(add, this.sheetOf.get(rows.realisasi), rows.realisasi);
    for (const t of this.typos.get(ind) ?? []) this.indikatorRow(add, t.sheet, t.row);
    this.settings(add, "triwulan", "batas", "skala", "statusIndikator");
    if (isNegatif) this.settings(add, "polaritasNegatif");
  }

  anggaran(add: AddCell, pk: PkSheet, item: BudgetItem, rows: BudgetRows): void {
    this.build();
    this.item(add, pk, item);
    this.planRow(add, rows.real);
    this.jumlah(add, pk);
  }

  kurvaS(add: AddCell, pk: PkSheet, objects: { item: BudgetItem; rows: BudgetRows }[]): void {
    this.build();
    this.jumlah(add, pk);
    for (const o of objects) {
      this.item(add, pk, o.item);
      this.planRow(add, o.rows.plan);
      this.planRow(add, o.rows.real);
    }
    this.settings(add, "triwulan", "statusKurvaS");
  }

  private indikatorRow(add: AddCell, sheet: string | undefined, row: RenaksiIndikator | RealisasiIndikator): void {
    add(sheet, row.cell);
    add(sheet, row.satuanCell);
    add(sheet, row.targetCell);
    if ("sifatCell" in row) {
      add(sheet, row.sifatCell);
      add(sheet, row.polaritasCell);
    }
    for (const c of row.twCells) add(sheet, c);
  }

  private item(add: AddCell, pk: PkSheet, item: BudgetItem): void {
    const sheet = item.sheet ?? pk.sheet;
    add(sheet, item.kodeCell);
    add(sheet, item.namaCell);
    add(sheet, item.paguCell);
  }

  /** The stated Jumlah: a PK's pagu is the sum it should equal. */
  private jumlah(add: AddCell, pk: PkSheet): void {
    add(pk.jumlah?.sheet ?? pk.sheet, pk.jumlah?.cell);
  }

  private planRow(add: AddCell, row: BudgetPlanRow | undefined): void {
    if (!row) return;
    const sheet = this.sheetOf.get(row);
    add(sheet, row.kodeCell);
    add(sheet, row.namaCell);
    add(sheet, row.paguCell);
    for (const c of row.keuangan?.cells ?? []) add(sheet, c);
    for (const c of row.fisik?.cells ?? []) add(sheet, c);
  }

  private settings(add: AddCell, ...keys: PengaturanKey[]): void {
    const p = this.model.pengaturan;
    if (p.sheet) for (const k of keys) add(p.sheet, p.cells[k]);
  }
}
