/**
 * Money tables of Rencana Aksi and Realisasi sheets: Kode · name · Pagu · (Jenis) · a column per month (or per
 * quarter), one row per budget object, its physical row under it; or plan and realisasi as a pair under each month.
 */
import type { BudgetPlanRow, MonthlyRow } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { isBudgetWord } from "../vocab";
import { kodeFromCells } from "../kode-cell";
import { jumlahCol } from "../layout/signals";
import { ANGGARAN_FIELDS, colOf, paguColumns, pick } from "./columns";
import { claimBand, claimKnown, headerCell, stripListPrefix } from "./claims";
import { fromRunningTotals } from "./running-totals";
import { jenisColumn } from "./jenis-column";

export type Series = "rencana" | "realisasi";

interface Periods {
  /** Column of each month (quarter columns sit at months 3, 6, 9, 12); null where the table has none. */
  cols: (Column | null)[];
  quarterly: boolean;
  measure: "keuangan" | "fisik";
}

export interface KeuanganRead {
  rows: BudgetPlanRow[];
  /** Several pagu columns: the one read, the others (said in a finding). */
  paguChoice: { cell: string; text: string; others: string[] } | null;
}

const FISIK = /fisik/i;

export function readKeuangan(rd: SheetReader, table: TableBlock, all: Column[], part: number, want: Series): KeuanganRead {
  const columns = [...pick(all, [...ANGGARAN_FIELDS, "jenis"]), ...all.filter((c) => c.month !== undefined || (c.quarter !== undefined && moneyQuarter(c)))];
  const cWord = columns.find((c) => isBudgetWord(c.field)) ?? colOf(columns, "uraian");
  const cKode = colOf(columns, "kode");
  const cJenis = jenisColumn(rd, table, columns);
  const { pagu: cPagu, others } = paguColumns(columns);
  const other: Series = want === "rencana" ? "realisasi" : "rencana";
  const keuangan = periods(columns, want, "keuangan");
  const lain = periods(columns, other, "keuangan", true);
  const fisik = periods(columns, want, "fisik");
  const what = want === "rencana" ? "rencana" : "realisasi";
  claimBand(rd, table, columns, part);

  const rows: BudgetPlanRow[] = [];
  let current: BudgetPlanRow | null = null;
  for (const r of table.rows) {
    if (table.jumlahRows.includes(r)) {
      // The total row is layout: its figures are the sums of the rows above.
      rd.account.claim(part, r, jumlahCol(rd.sheet, r, table.band.left, table.band.right));
      claimKnown(rd, r, columns, part);
      continue;
    }
    const jenis = cJenis ? rd.text(r, cJenis.col) : "";
    const name = cWord ? rd.text(r, cWord.col) : "";
    const kodeText = cKode ? rd.text(r, cKode.col) : "";
    const isFisik = FISIK.test(jenis) || (!jenis && FISIK.test(name) && !kodeText);
    if (isFisik) {
      if (current && !current.fisik) {
        current.fisik = readPeriods(rd, r, fisik.cols.some(Boolean) ? fisik : { ...keuangan, measure: "fisik" }, `${what} fisik`);
        claimKnown(rd, r, columns, part);
      }
      continue;
    }
    if (!name && !kodeText) {
      if (current && !current.keuangan && hasValues(rd, r, keuangan)) {
        current.keuangan = readPeriods(rd, r, keuangan, `${what} keuangan`);
        claimKnown(rd, r, columns, part);
      } else if (isGroupLabel(rd, r, keuangan)) rd.account.claimRow(part, r, table.band.left, table.band.right);
      continue;
    }
    // A name with no kode, no pagu and no figure heads the rows under it (`Sasaran 1 | Meningkatnya ...`).
    if (!kodeText && !(cPagu && rd.sheet.value(r, cPagu.col) !== null) && !hasValues(rd, r, keuangan) && !hasValues(rd, r, lain)) {
      rd.account.claimRow(part, r, table.band.left, table.band.right);
      continue;
    }
    const nameCol = cWord ?? cKode!;
    const k = kodeFromCells(rd, r, cKode?.col ?? -1, nameCol.col);
    claimKnown(rd, r, columns, part);
    current = {
      kode: k.kode,
      kodeCell: k.cell,
      nama: k.kode ? k.nama : stripListPrefix(k.nama),
      namaCell: rd.addr(r, nameCol.col),
      pagu: cPagu ? rd.number(r, cPagu.col, "pagu", cPagu.factor) : null,
      paguCell: cPagu ? rd.addr(r, cPagu.col) : null,
      keuangan: keuangan.cols.some(Boolean) ? readPeriods(rd, r, keuangan, `${what} keuangan`) : null,
      fisik: fisik.cols.some(Boolean) ? readPeriods(rd, r, fisik, `${what} fisik`) : null,
      ...(lain.cols.some(Boolean) ? { rencana: readPeriods(rd, r, lain, `${other} keuangan`) } : {}),
    };
    rows.push(current);
  }
  return { rows, paguChoice: cPagu && others.length ? { cell: headerCell(rd, cPagu), text: cPagu.words, others: others.map((o) => headerCell(rd, o)) } : null };
}

/**
 * The column of each month for one series and measure. Columns that name no series belong to the sheet's own
 * (`wanted`); `strict` asks for columns that name this one.
 */
function periods(columns: Column[], series: Series, measure: "keuangan" | "fisik", strict = false): Periods {
  const cols: (Column | null)[] = new Array(12).fill(null);
  let quarterly = false;
  for (const c of columns) {
    const m = c.month ?? (c.quarter !== undefined && moneyQuarter(c) ? c.quarter * 3 + 2 : undefined);
    // A period's own figure beside its running total (`TW II | s.d. TW II`): the period's own is read.
    if (m === undefined || (cols[m] && (!cols[m]!.running || c.running))) continue;
    const s = c.series ?? (c.field.startsWith("realisasi") ? "realisasi" : c.field.startsWith("rencana") || c.field === "target-tw" ? "rencana" : undefined);
    const meas = c.measure ?? (c.field.endsWith("fisik") ? "fisik" : "keuangan");
    if (meas !== measure) continue;
    if (s ? s !== series : strict) continue;
    cols[m] = c;
    if (c.month === undefined) quarterly = true;
  }
  return { cols, quarterly, measure };
}

/** A quarter column of a money table (which has no indikator: any quarter column there is money). */
function moneyQuarter(c: Column): boolean {
  return ["rencana-keuangan", "realisasi-keuangan", "rencana-fisik", "realisasi-fisik", "realisasi", "target-tw"].includes(c.field);
}

function readPeriods(rd: SheetReader, r: number, p: Periods, what: string): MonthlyRow {
  const values: (number | null)[] = new Array(12);
  for (let m = 0; m < 12; m++) values[m] = p.cols[m] ? rd.number(r, p.cols[m]!.col, what, p.cols[m]!.factor) : null;
  // Fisik is cumulative anyway; money is kept per period.
  if (p.measure === "keuangan" && p.cols.some((c) => c?.running)) return periodRow(rd, r, p, fromRunningTotals(values, p.cols.map((c) => !!c?.running)));
  return periodRow(rd, r, p, values);
}

/** A row's values; its cell addresses are wanted only for findings, so they are made on first use (the reader stays out of the model's own properties). */
function periodRow(rd: SheetReader, r: number, p: Periods, values: (number | null)[]): MonthlyRow {
  let addresses: string[] | null = null;
  const row: MonthlyRow = {
    values,
    get cells() {
      return (addresses ??= p.cols.map((c) => (c ? rd.addr(r, c.col) : "")));
    },
  };
  if (p.quarterly) row.quarterly = true;
  return row;
}

function hasValues(rd: SheetReader, r: number, p: Periods): boolean {
  return p.cols.some((c) => c && rd.sheet.value(r, c.col) !== null);
}

/** `SUMBER ANGGARAN : PAD MURNI`, `Urusan Kesehatan`: a row of one or two texts and no figures groups the rows below. */
function isGroupLabel(rd: SheetReader, r: number, p: Periods): boolean {
  const cols = rd.sheet.cols(r);
  return cols.length <= 2 && cols.every((c) => typeof rd.sheet.value(r, c) === "string") && !hasValues(rd, r, p);
}
