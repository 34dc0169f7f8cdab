/**
 * One Rencana Aksi or Realisasi sheet for several OPD (a kabupaten admin's print without an OPD filter): an `OPD`
 * column, merged down over each OPD's rows, says whose rows they are. A sheet's rows belong to one PK, so each OPD's
 * rows become a part of their own, tied to the PK of that unit (link.ts), never all to one PK.
 */
import type { BudgetPlanRow, PkSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { colOf } from "../tables/columns";
import { squash } from "../../parse/text";

interface UnitGroup {
  unit: string;
  cell: string;
  /** Addresses of the group's cells under the table's header. */
  cells: Set<string>;
}

/** The units of a sheet's OPD columns, and which cells are whose. */
export class UnitRows {
  private groups: UnitGroup[] = [];
  /** The OPD cells, claimed only when they are used: when they name several units. */
  private cells: [part: number, r: number, c: number][] = [];

  /**
   * Reads a table's OPD column (for `part`): a unit written on a row holds for the rows under it (merged
   * down) until the next. Nothing when the table has no OPD column.
   */
  add(rd: SheetReader, table: TableBlock, columns: Column[], part: number): void {
    const c = colOf(columns, "opd");
    if (!c) return;
    this.cells.push([part, c.hr, c.hc]);
    let current: UnitGroup | null = null;
    for (const r of table.rows) {
      const text = rd.text(r, c.col);
      if (text) {
        this.cells.push([part, r, c.col]);
        const key = words(text);
        current = this.groups.find((g) => words(g.unit) === key) ?? null;
        if (!current) this.groups.push((current = { unit: text.replace(/\s+/g, " ").trim(), cell: rd.addr(r, c.col), cells: new Set() }));
      }
      if (current) for (const x of rd.sheet.cols(r)) if (x >= table.band.left && x <= table.band.right) current.cells.add(rd.addr(r, x));
    }
  }

  /**
   * The sheet cut in one part per unit, when its OPD columns name several; null when they name one or none (the
   * sheet is read whole, as any other). Rows no unit covers stay together in a part without unit.
   */
  split<S extends { indikator: { cell: string }[]; unit?: string; unitCell?: string }>(rd: SheetReader, sheet: S, money: (s: S) => BudgetPlanRow[], withMoney: (s: S, rows: BudgetPlanRow[]) => S): S[] | null {
    // One unit only: the sheet is read whole, its OPD column left to the account as before.
    if (this.groups.length < 2) return null;
    for (const [part, r, c] of this.cells) rd.account.claim(part, r, c);
    const of = (cell: string) => this.groups.find((g) => g.cells.has(cell)) ?? null;
    const parts: S[] = this.groups.map((g) => withMoney({ ...sheet, unit: g.unit, unitCell: g.cell, indikator: sheet.indikator.filter((i) => of(i.cell) === g) }, money(sheet).filter((m) => of(m.namaCell) === g)));
    const rest = withMoney({ ...sheet, indikator: sheet.indikator.filter((i) => !of(i.cell)) }, money(sheet).filter((m) => !of(m.namaCell)));
    if (rest.indikator.length || money(rest).length) parts.push(rest);
    return parts;
  }
}

const RANK = { "kepala-daerah": 0, eselon2: 1, eselon3: 2, eselon4: 3 } as const;

/**
 * The PK of a unit: among the PKs whose unit line is that unit or whose jabatan names it (`KEPALA DINAS KESEHATAN`
 * for `DINAS KESEHATAN`), the one of the highest level, the unit's head. Null when none, or when two tie.
 */
export function pkOfUnit(pks: PkSheet[], unit: string): PkSheet | null {
  const key = ` ${words(unit)} `;
  const named = pks.filter((pk) => [pk.unit, pk.jabatan, pk.pihakPertama?.jabatan].some((t) => t && ` ${words(t)} `.includes(key)));
  if (named.length <= 1) return named[0] ?? null;
  const rank = (pk: PkSheet) => (pk.level ? RANK[pk.level] : 9);
  const top = Math.min(...named.map(rank));
  const heads = named.filter((pk) => rank(pk) === top);
  return heads.length === 1 ? heads[0] : null;
}

/** Words only: case, spacing and punctuation aside. */
const words = (text: string) => squash(text.replace(/[^\p{L}\p{N}\s]/gu, " "));
