/**
 * Rencana Aksi and Realisasi sheets (workbook.md §2, §3, §6): the jabatan line under the title (or, without
 * one, the signer's jabatan), a kinerja table by quarter, and money tables by month or quarter. A sheet with
 * neither table is no PK companion, whatever its title says (an RFK per unit kerja): null.
 */
import type { BudgetPlanRow, BudgetWord, RealisasiIndikator, RealisasiSheet, RenaksiIndikator, RenaksiSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";
import { jabatanLine } from "./title";
import { readLayout, type SheetLayout } from "./layout-parts";
import { readLongRealisasi, readRealisasiKinerja, readRenaksiKinerja } from "../tables/kinerja-tw";
import { readKeuangan, type KeuanganRead } from "../tables/keuangan";
import { packedQuarters } from "../tables/claims";
import { colOf, isMonthlyKinerja, withUnknown } from "../tables/columns";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { WORD_OF_LEVEL, quarterOf } from "../vocab";
import { levelOfJabatan } from "../../domain/jabatan";
import { targetMonths } from "../tables/renaksi-months";
import { ikuOfActions, indikatorOverActions } from "../tables/renaksi-actions";
import { byRekening, readKeuanganByRekening } from "../tables/keuangan-rekening";
import { UnitRows } from "./unit-blocks";
import { quarterOfMonthEnd } from "../tables/month-end-quarter";
import { packedRealisasiColumn } from "../tables/realisasi-packed";
import { isCompanionPerubahan } from "../companion-version";

export interface CompanionRead<T> {
  sheet: T;
  /** Money tables that hold several pagu columns, for the finding that says which one was read. */
  paguChoices: NonNullable<KeuanganRead["paguChoice"]>[];
  /** One sheet for several OPD: its part of each unit (unit-blocks.ts), to be tied to that unit's PK each. */
  perUnit?: T[];
}

export function readRenaksiSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): CompanionRead<RenaksiSheet> | null {
  const read = readCompanion<RenaksiSheet, RenaksiIndikator>(rd, blocks, title, "rencana", (indikator, plan, head) => ({ ...head, indikator, plan }));
  return read && withUnits(rd, read, (s) => s.plan, (s, plan) => ({ ...s, plan }));
}

export function readRealisasiSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): CompanionRead<RealisasiSheet> | null {
  const read = readCompanion<RealisasiSheet, RealisasiIndikator>(rd, blocks, title, "realisasi", (indikator, budget, head) => ({ ...head, indikator, budget }));
  return read && withUnits(rd, read, (s) => s.budget, (s, budget) => ({ ...s, budget }));
}

type Head = Omit<RenaksiSheet, "indikator" | "plan">;

function withUnits<S extends RenaksiSheet | RealisasiSheet>(rd: SheetReader, read: CompanionRead<S> & { units: UnitRows }, money: (s: S) => BudgetPlanRow[], withMoney: (s: S, rows: BudgetPlanRow[]) => S): CompanionRead<S> {
  const { units, ...rest } = read;
  const perUnit = units.split(rd, read.sheet, money, withMoney);
  return perUnit ? { ...rest, perUnit } : rest;
}

function readCompanion<T, I extends RenaksiIndikator | RealisasiIndikator>(
  rd: SheetReader,
  blocks: Block[],
  title: TitleInfo,
  series: "rencana" | "realisasi",
  make: (indikator: I[], money: BudgetPlanRow[], head: Head) => T,
): (CompanionRead<T> & { units: UnitRows }) | null {
  const layout = readLayout(rd, blocks, title);
  const units = new UnitRows();
  const indikator: I[] = [];
  const money: BudgetPlanRow[] = [];
  const paguChoices: CompanionRead<T>["paguChoices"] = [];
  let readAny = false;
  for (const table of layout.tables) {
    const t = series === "realisasi" && (table.kind === "kinerja" || table.kind === "kinerja-tw") ? withStatedQuarter(rd, table, [rd.name, title.text, ...layout.lines.map((l) => l.text)]) : table;
    const actions = series === "rencana" && !indikator.length ? (ikuOfActions(t.block.band.columns) ?? indikatorOverActions(rd, t.block, t.block.band.columns)) : null;
    if (actions) {
      // One row per action under its IKU: the IKU is the PK's indikator; the actions' targets are not its own.
      indikator.push(...(readRenaksiLeaving(rd, t.block, actions.iku, actions.actions) as I[]));
      readAny = true;
    } else if ((t.kind === "kinerja-tw" || t.kind === "kinerja") && severalOfficials(rd, t.block, t.columns)) {
      // One table for several officials: a sheet's indikator belong to one PK, so none is read; all is reported.
      readAny = true;
    } else if ((t.kind === "kinerja-tw" || t.kind === "kinerja") && !indikator.length) {
      const hasQuarters = t.columns.some((c) => c.quarter !== undefined && c.field === (series === "rencana" ? "target-tw" : "realisasi")) ||
        (series === "realisasi" && (t.columns.some(isMonthlyKinerja) || packedRealisasiColumn(rd, t.block, t.columns) !== null));
      if (!hasQuarters && !(series === "rencana" && (packsQuarters(rd, t.block, t.columns) || targetMonths(rd, t.columns)))) continue;
      const part = rd.account.open(series === "rencana" ? "rencana-kinerja" : "realisasi-kinerja");
      const rows = series === "rencana" ? readRenaksiKinerja(rd, t.block, t.columns, part) : readRealisasiKinerja(rd, t.block, t.columns, part);
      indikator.push(...(rows as I[]));
      units.add(rd, t.block, t.columns, part);
      readAny = true;
    } else if (series === "realisasi" && !indikator.length && quarterColumn(rd, t.block, t.columns) !== null) {
      // One row per indikator and quarter (`Triwulan` = `TW 1`, `TW 2`): each realisasi into its row's quarter.
      const q = quarterColumn(rd, t.block, t.columns)!;
      indikator.push(...(readLongRealisasi(rd, t.block, t.columns, rd.account.open("realisasi-kinerja"), q, (r) => statedQuarter([rd.text(r, q)])) as I[]));
      readAny = true;
    } else if (t.kind === "keuangan") {
      const part = rd.account.open(series === "rencana" ? "rencana-keuangan" : "realisasi-keuangan");
      const rekening = byRekening(t.columns, wordOfLines(layout.lines));
      const read = rekening ? readKeuanganByRekening(rd, t.block, t.columns, part, series, rekening) : readKeuangan(rd, t.block, t.columns, part, series);
      money.push(...read.rows);
      units.add(rd, t.block, t.columns, part);
      if (read.paguChoice) paguChoices.push(read.paguChoice);
      readAny = true;
    }
  }
  if (!readAny && series === "rencana") readAny = readAnnualOnly(rd, layout.tables, indikator as RenaksiIndikator[]);
  if (!readAny) return null;
  // The jabatan under the title names the PK; without one, whoever signs the sheet does.
  const line = jabatanLine(layout.lines);
  const signer = layout.signatures.find((s) => s.signed && s.pertama?.jabatan)?.pertama;
  const head: Head = {
    sheet: rd.name,
    titleCell: rd.addr(title.row, title.col),
    tahun: title.tahun,
    jabatan: line?.text ?? signer?.jabatan ?? null,
    jabatanCell: line ? rd.addr(line.row, line.col) : (signer?.jabatanCell ?? null),
    pk: null,
  };
  if (isCompanionPerubahan(title.text, layout.lines, title.row)) head.perubahan = true;
  return { sheet: make(indikator, money, head), paguChoices, units };
}

/**
 * A Rencana Aksi with no quarterly target anywhere (an app's action schedule of `√` per month beside the indikator's
 * annual target): the indikator and its annual target are read, so the PK's target is checked against it; the
 * other target columns (each action's output, the schedule) stay unread and are reported. False when no table has an
 * indikator and a target.
 */
function readAnnualOnly(rd: SheetReader, tables: { kind: string | null; columns: Column[]; block: TableBlock }[], into: RenaksiIndikator[]): boolean {
  const table = tables.find((t) => t.kind === "kinerja" && colOf(t.columns, "indikator") && colOf(t.columns, "target"));
  if (!table) return false;
  const annual = colOf(table.columns, "target")!;
  const others = table.columns.filter((c) => c.field === "target" && c !== annual);
  into.push(...readRenaksiLeaving(rd, table.block, table.columns.filter((c) => !others.includes(c)), others));
  return true;
}

/** A Rencana Aksi table read by `columns`, the `unread` ones left to the account (reported with their header). */
function readRenaksiLeaving(rd: SheetReader, block: TableBlock, columns: Column[], unread: Column[]): RenaksiIndikator[] {
  return readRenaksiKinerja(rd, withUnknown(block, unread), columns, rd.account.open("rencana-kinerja"));
}

/** The budget word of the PK level the sheet's jabatan line names; null without one. */
function wordOfLines(lines: SheetLayout["lines"]): BudgetWord | null {
  const line = jabatanLine(lines);
  const level = line ? levelOfJabatan(line.text) : null;
  return level ? WORD_OF_LEVEL[level] : null;
}

/**
 * `PENGUKURAN KINERJA` with one `Realisasi` column: the quarter it reports is written beside it, in the sheet's name
 * or title (`Pengukuran TW4`, `s.d. Triwulan III`) or, the same on every row, in its Keterangan (`Triwulan 4`).
 * Without a quarter said, the column stays unread: it is never taken for a quarter it may not be.
 */
function withStatedQuarter<T extends { columns: Column[]; block: TableBlock }>(rd: SheetReader, table: T, heading: string[]): T {
  const plain = table.columns.filter((c) => c.field === "realisasi" && c.quarter === undefined && c.month === undefined);
  // A line per quarter in each cell (`TW 1 = … / TW 2 = …`): no one quarter's column (tables/realisasi-packed.ts).
  if (plain.length !== 1 || packedRealisasiColumn(rd, table.block, plain)) return table;
  // `Realisasi s.d Bulan ini` under a title `… S/D BULAN JUNI`: the running total at the end of TW II.
  const quarter = statedQuarter(heading) ?? keteranganQuarter(rd, table) ?? (plain[0].running ? quarterOfMonthEnd(heading) : null);
  if (quarter === null) return table;
  return { ...table, columns: table.columns.map((c) => (c === plain[0] ? { ...c, quarter } : c)) };
}

const QUARTER_WORDS = /\b(?:tw|triwulan|trw|tri wulan)\s*[-.]?\s*(iv|i{1,3}|[1-4])\b/gi;

/** The one quarter a set of texts names; null for none or several. */
function statedQuarter(texts: string[]): number | null {
  const found = new Set<number>();
  for (const t of texts) for (const m of t.matchAll(QUARTER_WORDS)) found.add(quarterOf(`tw ${m[1].toLowerCase()}`) ?? -1);
  found.delete(-1);
  return found.size === 1 ? [...found][0] : null;
}

/** A Keterangan column (not Capaian, also a note) whose every filled cell names the same quarter. */
function keteranganQuarter(rd: SheetReader, table: { columns: Column[]; block: TableBlock }): number | null {
  for (const c of table.columns) {
    if (c.field !== "keterangan") continue;
    const each = table.block.rows.map((r) => rd.text(r, c.col)).filter((t) => t).map((t) => statedQuarter([t]));
    if (each.length && each.every((q) => q !== null && q === each[0])) return each[0];
  }
  return null;
}

/**
 * The long form's quarter column: headed `Triwulan` (or `TW`, `Periode`) with no number, beside an indikator and one
 * plain realisasi column, every filled cell naming one quarter. Null when the table is not of that form.
 */
function quarterColumn(rd: SheetReader, table: TableBlock, columns: Column[]): number | null {
  if (!colOf(columns, "indikator")) return null;
  if (columns.filter((c) => c.field === "realisasi" && c.quarter === undefined && c.month === undefined).length !== 1) return null;
  for (const c of table.band.unknown) {
    if (!/^\s*(triwulan|tw|trw|periode( triwulan)?)\s*$/i.test(rd.text(table.band.top, c))) continue;
    const quarters = table.rows.map((r) => rd.text(r, c)).filter((t) => t).map((t) => statedQuarter([t]));
    if (quarters.length && quarters.every((q) => q !== null)) return c;
  }
  return null;
}

function severalOfficials(rd: SheetReader, table: TableBlock, columns: Column[]): boolean {
  const c = colOf(columns, "pejabat");
  if (!c) return false;
  const names = new Set(table.rows.map((r) => rd.text(r, c.col)).filter((t) => t));
  return names.size > 1;
}

/** A Rencana Aksi whose target column holds `T1 = .. / T4 = ..` in each cell. */
function packsQuarters(rd: SheetReader, table: TableBlock, columns: Column[]): boolean {
  const t = colOf(columns, "target");
  return !!t && table.rows.some((r) => packedQuarters(rd.sheet.str(r, t.col)) !== null);
}
