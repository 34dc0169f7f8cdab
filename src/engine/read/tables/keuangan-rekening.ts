/**
 * A money table by rekening belanja, as finance apps export the RAK: `Kode Program | Program | Kode Kegiatan |
 * Kegiatan | Kode Sub Kegiatan | Sub Kegiatan | Kode Rekening | Rekening | Januari..Desember`, one row per budget
 * object and rekening. The budget object is the deepest budget word's (its kode the kode column just left of its
 * name); its series is the month-by-month sum of its rekening rows. The shallower kode and name columns are read
 * where each row's kode lies under them; the rekening columns hold nothing the model keeps, so they are reported.
 */
import type { BudgetPlanRow, BudgetWord, MonthlyRow } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { BUDGET_WORDS } from "../vocab";
import { kodeUnder, normaliseKode } from "../../parse/kode";
import { readKeuangan, type KeuanganRead, type Series } from "./keuangan";
import { withUnknown } from "./columns";

interface ByRekening {
  /** The budget object's kode and name columns. */
  kode: Column;
  name: Column;
  /** Shallower budget objects' kode and name columns, the object's parents. */
  parents: { kode: Column; name: Column }[];
  /** The rekening columns, and those of budget objects deeper than the one read: unread. */
  rekening: Column[];
}

const plain = (c: Column) => c.quarter === undefined && c.month === undefined;
const isRekening = (c: Column) => c.field === "kode" && /\brekening\b/.test(c.words);

/** The kode column of a name column: the nearest kode column left of it that is no rekening. */
function kodeOf(columns: Column[], name: Column): Column | null {
  let best: Column | null = null;
  for (const c of columns) if (plain(c) && c.field === "kode" && !isRekening(c) && c.col < name.col && (!best || c.col > best.col)) best = c;
  return best;
}

/**
 * The columns of a table by rekening; null unless it has a rekening column beside a budget word with its own kode
 * column. The budget object is the word of the sheet's PK level (`word`, from its jabatan line) when the table has
 * it, else the deepest; deeper columns than the object's stay unread with the rekening.
 */
export function byRekening(columns: Column[], word: BudgetWord | null = null): ByRekening | null {
  const rekening = columns.filter((c) => plain(c) && isRekening(c));
  if (!rekening.length) return null;
  const all = BUDGET_WORDS.map((w) => columns.find((c) => plain(c) && c.field === w)).filter((c): c is Column => !!c);
  const at = all.findIndex((c) => c.field === word);
  const names = at >= 0 ? all.slice(0, at + 1) : all;
  const name = names[names.length - 1];
  const kode = name ? kodeOf(columns, name) : null;
  if (!name || !kode || rekening.some((c) => c.col < name.col)) return null;
  const parents = names.slice(0, -1).flatMap((n) => {
    const k = kodeOf(columns, n);
    return k && k !== kode ? [{ kode: k, name: n }] : [];
  });
  const deeper = all.slice(names.length).flatMap((n) => [n, kodeOf(columns, n)!].filter((c) => c && c !== kode));
  return { kode, name, parents, rekening: [...deeper, ...rekening] };
}

/** Reads a table by rekening: one row per budget object, its months summed over its rekening rows. */
export function readKeuanganByRekening(rd: SheetReader, table: TableBlock, all: Column[], part: number, want: Series, cols: ByRekening): KeuanganRead {
  const skipped = new Set([...cols.parents.flatMap((p) => [p.kode.col, p.name.col]), ...cols.rekening.map((c) => c.col)]);
  const own = all.filter((c) => !skipped.has(c.col));
  const read = readKeuangan(rd, withUnknown(table, cols.rekening), own, part, want);
  for (const r of table.rows) claimParents(rd, r, cols, part);
  return { ...read, rows: sumByKode(read.rows) };
}

/** A row's program and kegiatan cells, when the row's own kode lies under the parent's. */
function claimParents(rd: SheetReader, r: number, cols: ByRekening, part: number): void {
  const kode = rd.text(r, cols.kode.col);
  if (!kode) return;
  for (const p of cols.parents) {
    const parent = rd.text(r, p.kode.col);
    if (!parent || !kodeUnder(normaliseKode(kode), normaliseKode(parent))) continue;
    rd.account.claim(part, r, p.kode.col);
    rd.account.claim(part, r, p.name.col);
  }
}

/** Rows of one kode made one: each series summed month by month, the later rows' cells kept as its parts. */
function sumByKode(rows: BudgetPlanRow[]): BudgetPlanRow[] {
  const out: BudgetPlanRow[] = [];
  const byKode = new Map<string, BudgetPlanRow>();
  for (const row of rows) {
    const first = row.kode ? byKode.get(row.kode) : undefined;
    if (!first) {
      if (row.kode) byKode.set(row.kode, row);
      out.push(row);
      continue;
    }
    first.keuangan = addSeries(first.keuangan, row.keuangan);
    if (row.rencana) first.rencana = addSeries(first.rencana ?? null, row.rencana) ?? undefined;
  }
  return out;
}

function addSeries(a: MonthlyRow | null, b: MonthlyRow | null): MonthlyRow | null {
  if (!a || !b) return a ?? b;
  const values = a.values.map((v, m) => (v === null && b.values[m] === null ? null : (v ?? 0) + (b.values[m] ?? 0)));
  const cells = a.cells;
  const parts = [...(a.parts ?? []), ...b.cells.filter((c, m) => c && b.values[m] !== null), ...(b.parts ?? [])];
  return { ...(a.quarterly ? { quarterly: true } : {}), values, cells, parts };
}
