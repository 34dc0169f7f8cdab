/**
 * What each figure rests on: the model rows compute reads for it, and the cells of those rows (the model keeps
 * every value's cell). Compute and the matching of findings to figures both go through here, so they cannot drift.
 */
import type { BudgetItem, BudgetPlanRow, Indikator, Model, PengaturanKey, PkSheet, RealisasiIndikator, RenaksiIndikator } from "../model";
import type { PkLinks } from "../domain/sheets-of-pk";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { indikatorIndex, matchIndikator } from "../domain/indikator-match";
import { squash } from "../parse/text";

export interface CellRef {
  sheet: string;
  cell: string;
}

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

/** Where every Rencana Aksi and Realisasi row of a model lives, and which unmatched row reads as a typo of which PK indikator. */
export class Basis {
  private sheetOf = new Map<Row, string>();
  private typos = new Map<Indikator, CellRef[]>();

  constructor(private model: Model) {
    const pkBySheet = new Map(model.pk.map((pk) => [pk.sheet, pk]));
    for (const s of [...model.renaksi, ...model.realisasi]) {
      const pk = s.pk ? pkBySheet.get(s.pk) : undefined;
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
    list.push(...cellsOf(sheet, [row.cell, row.satuanCell, row.targetCell, ...row.twCells]));
    this.typos.set(near, list);
  }

  capaian(pk: PkSheet, ind: Indikator, rows: IndikatorRows, isNegatif: boolean): CellRef[] {
    const out = cellsOf(pk.sheet, [ind.cell, ind.targetCell, ind.satuanCell]);
    const ra = rows.renaksi;
    if (ra) out.push(...cellsOf(this.sheetOf.get(ra), [ra.cell, ra.satuanCell, ra.targetCell, ra.sifatCell, ra.polaritasCell, ...ra.twCells]));
    const real = rows.realisasi;
    if (real) out.push(...cellsOf(this.sheetOf.get(real), [real.cell, real.satuanCell, real.targetCell, ...real.twCells]));
    out.push(...(this.typos.get(ind) ?? []));
    return [...out, ...this.settings(["triwulan", "batas", "skala", "statusIndikator", ...(isNegatif ? (["polaritasNegatif"] as const) : [])])];
  }

  anggaran(pk: PkSheet, item: BudgetItem, rows: BudgetRows): CellRef[] {
    return [...this.item(pk, item), ...this.planRow(rows.real), ...this.jumlah(pk)];
  }

  kurvaS(pk: PkSheet, rows: { item: BudgetItem; rows: BudgetRows }[]): CellRef[] {
    const out = this.jumlah(pk);
    for (const r of rows) out.push(...this.item(pk, r.item), ...this.planRow(r.rows.plan), ...this.planRow(r.rows.real));
    return [...out, ...this.settings(["triwulan", "statusKurvaS"])];
  }

  private item(pk: PkSheet, item: BudgetItem): CellRef[] {
    return cellsOf(pk.sheet, [item.kodeCell, item.namaCell, item.paguCell]);
  }

  /** The stated Jumlah: a PK's pagu is the sum it should equal. */
  private jumlah(pk: PkSheet): CellRef[] {
    return pk.jumlah ? [{ sheet: pk.sheet, cell: pk.jumlah.cell }] : [];
  }

  private planRow(row: BudgetPlanRow | undefined): CellRef[] {
    if (!row) return [];
    return cellsOf(this.sheetOf.get(row), [row.kodeCell, row.namaCell, row.paguCell, ...(row.keuangan?.cells ?? []), ...(row.fisik?.cells ?? [])]);
  }

  private settings(keys: readonly PengaturanKey[]): CellRef[] {
    const p = this.model.pengaturan;
    if (!p.sheet) return [];
    return cellsOf(p.sheet, keys.map((k) => p.cells[k] ?? null));
  }
}

function cellsOf(sheet: string | undefined, cells: (string | null | undefined)[]): CellRef[] {
  if (sheet === undefined) return [];
  const out: CellRef[] = [];
  for (const cell of cells) if (cell) out.push({ sheet, cell });
  return out;
}
