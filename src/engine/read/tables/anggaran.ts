/** A PK sheet's budget table: kode (own column, leading the name, or none), name, pagu, and its Jumlah. */
import type { BudgetItem, BudgetTable, BudgetWord } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { BUDGET_WORDS, isBudgetWord } from "../vocab";
import { readNumberCell } from "../../parse/number";
import { kodeFromCells } from "../kode-cell";
import { jumlahCol } from "../layout/signals";
import { parentTotalCol } from "../layout/parent-total";
import { ANGGARAN_FIELDS, colOf, paguColumns, pick } from "./columns";
import { claimBand, claimKnown, headerCell, nextHeaderCol, stripListPrefix } from "./claims";

export function readAnggaran(rd: SheetReader, table: TableBlock, all: Column[], part: number): BudgetTable {
  const columns = pick(all, ANGGARAN_FIELDS);
  // One column per level (`PROGRAM | KEGIATAN | SUB KEGIATAN`, parents merged down): the deepest level is the budget object.
  const levels = BUDGET_WORDS.flatMap((w) => columns.filter((c) => c.field === w));
  const leaf = levels.length > 1 ? deepestFilled(rd, table, levels) : null;
  const cWord = leaf ?? columns.find((c) => isBudgetWord(c.field)) ?? colOf(columns, "uraian");
  const cKode = colOf(columns, "kode");
  const nameCol = cWord ?? cKode!;
  const { pagu: paguHeader, others } = paguColumns(columns);
  // `Rp | 177.792.500` under one merged `Anggaran`: the amount is the cell after the currency mark.
  const mark = paguHeader ? currencyBeside(rd, table, paguHeader) : null;
  const cPagu = paguHeader && mark !== null ? { ...paguHeader, col: mark + 1 } : paguHeader;
  // `Kegiatan dan Sub Kegiatan` in one column: numbered rows (`1.`) are kegiatan stating the sum of the lettered
  // sub kegiatan rows (`a.`, `b.`) under them, which are the budget objects.
  const marked = !leaf && cWord !== null && markedGroups(rd, table, cWord.col);
  // A `Kode` header with room to its right (merged over the parts' columns), up to the next header or the name.
  const kodeLast = cKode ? Math.min(nextHeaderCol(rd, table, cKode.col), nameCol.col > cKode.col ? nameCol.col : Infinity) - 1 : -1;
  // Without a pagu column, one amount column per funding source: the pagu is what they hold together.
  const sources = cPagu ? [] : columns.filter((c) => c.field === "pagu-sumber");
  const paguOf = (r: number, what: "anggaran" | "Jumlah"): number | null =>
    cPagu ? rd.number(r, cPagu.col, what, cPagu.factor) : sources.length ? sumOfSources(rd, r, sources, what) : null;
  const paguCol = cPagu ?? sources[sources.length - 1] ?? null;
  claimBand(rd, table, columns, part);

  const items: BudgetItem[] = [];
  const totals: BudgetTable["totals"] = [];
  // Parent rows of a levelled table that state an amount: each adds up the objects under it.
  const open: { depth: number; total: BudgetTable["totals"][number] }[] = [];
  let jumlah: BudgetTable["totals"][number] | null = null;
  const closeGroups = (depth: number) => {
    while (open.length && open[open.length - 1].depth >= depth) open.pop()!.total.to = items.length;
  };
  for (const r of table.rows) {
    if (table.jumlahRows.includes(r)) {
      closeGroups(0);
      const label = Math.max(jumlahCol(rd.sheet, r, table.band.left, table.band.right), parentTotalCol(rd.sheet, r, table.band));
      rd.account.claim(part, r, label);
      claimKnown(rd, r, columns, part, ["pagu", "pagu-sumber", "keterangan", "abaikan", "no"]);
      const from: number = jumlah ? jumlah.to : 0;
      if (paguCol) totals.push((jumlah = { value: paguOf(r, "Jumlah"), cell: rd.addr(r, paguCol.col), from, to: items.length }));
      continue;
    }
    if (leaf) {
      const depth = deepestOnRow(rd, r, levels);
      // A parent named on this row (merged down from it) starts anew: the groups at its level or deeper end.
      const starts = levels.findIndex((c) => rd.text(r, c.col) !== "");
      if (starts >= 0) closeGroups(starts);
      if (depth >= 0 && levels[depth] !== leaf) {
        // A parent's own row (program or kegiatan without its sub kegiatan on it): its name is layout, its amount a subtotal.
        claimKnown(rd, r, columns, part);
        const value = paguOf(r, "anggaran");
        if (value !== null) {
          const total = { value, cell: rd.addr(r, paguCol!.col), from: items.length, to: items.length };
          totals.push(total);
          open.push({ depth, total });
        }
        continue;
      }
    }
    const nameText = cWord ? rd.text(r, cWord.col) : "";
    const kodeText = cKode ? rd.text(r, cKode.col) : "";
    if (!nameText && !kodeText) continue;
    if (mark !== null) rd.account.claim(part, r, mark);
    if (marked && markerDepth(nameText) === 0) {
      closeGroups(0);
      claimKnown(rd, r, columns, part);
      if (cPagu) rd.account.claim(part, r, cPagu.col);
      const value = paguOf(r, "anggaran");
      if (value !== null) {
        const total = { value, cell: rd.addr(r, paguCol!.col), from: items.length, to: items.length };
        totals.push(total);
        open.push({ depth: 0, total });
      }
      continue;
    }
    const k = kodeFromCells(rd, r, cKode?.col ?? -1, nameCol.col, kodeLast);
    claimKnown(rd, r, columns, part);
    for (const c of k.parts ?? []) rd.account.claim(part, r, c);
    if (mark !== null && cPagu) rd.account.claim(part, r, cPagu.col);
    items.push({
      kode: k.kode,
      kodeCell: k.cell,
      nama: k.kode ? k.nama : stripListPrefix(k.nama),
      namaCell: rd.addr(r, nameCol.col),
      pagu: paguOf(r, "anggaran"),
      paguCell: rd.addr(r, paguCol?.col ?? nameCol.col),
      ...(sources.length ? { paguParts: sources.filter((c) => rd.sheet.value(r, c.col) !== null).map((c) => rd.addr(r, c.col)) } : {}),
    });
  }
  closeGroups(0);
  if (!jumlah && paguCol) {
    const footer = unlabelledTotal(rd, table, paguCol.col, items);
    if (footer) {
      rd.account.claim(part, footer.r, paguCol.col);
      totals.push((jumlah = { value: footer.value, cell: rd.addr(footer.r, paguCol.col), from: 0, to: items.length }));
    }
  }
  // Subtotals stand above their objects; the Jumlah check wants each total after the rows it adds up.
  totals.sort((a, b) => a.to - b.to || a.from - b.from);
  return {
    word: marked && /\bsub kegiatan\b/.test(cWord!.words) ? "sub kegiatan" : cWord && isBudgetWord(cWord.field) ? (cWord.field as BudgetWord) : null,
    headerCell: headerCell(rd, nameCol),
    items,
    jumlah: jumlah ? { value: jumlah.value, cell: jumlah.cell } : null,
    totals,
    paguChoice: cPagu && others.length ? { cell: headerCell(rd, cPagu), text: cPagu.words, others: others.map((o) => headerCell(rd, o)) } : null,
  };
}

/** The sum of a row's funding-source amounts; null when none is filled or one cannot be read (reported). */
function sumOfSources(rd: SheetReader, r: number, sources: Column[], what: "anggaran" | "Jumlah"): number | null {
  let total = 0;
  let any = false;
  for (const c of sources) {
    if (rd.sheet.value(r, c.col) === null) continue;
    const v = rd.number(r, c.col, what, c.factor);
    // `-` in a source's column: that source gives nothing to this row.
    if (v === null && readNumberCell(rd.sheet.value(r, c.col), rd.sheet.format(r, c.col)).kind === "none") continue;
    if (v === null) return null;
    total += v;
    any = true;
  }
  return any ? total : null;
}

/** The deepest level column with a name in any row: the table's budget object. */
function deepestFilled(rd: SheetReader, table: TableBlock, levels: Column[]): Column | null {
  let deepest = -1;
  for (const r of table.rows) if (!table.jumlahRows.includes(r)) deepest = Math.max(deepest, deepestOnRow(rd, r, levels));
  return deepest > 0 ? levels[deepest] : null;
}

function deepestOnRow(rd: SheetReader, r: number, levels: Column[]): number {
  for (let i = levels.length - 1; i >= 0; i--) if (rd.text(r, levels[i].col)) return i;
  return -1;
}

/** `1.` opens a group, `a.` is an object under it; null for a name without either mark. */
function markerDepth(text: string): 0 | 1 | null {
  return /^\s*\d{1,2}[.)]/.test(text) ? 0 : /^\s*[a-z][.)]/.test(text) ? 1 : null;
}

/** Both marks among the names, every lettered row under a numbered one. */
function markedGroups(rd: SheetReader, table: TableBlock, col: number): boolean {
  let groups = 0;
  let objects = 0;
  for (const r of table.rows) {
    const d = markerDepth(rd.text(r, col));
    if (d === 0) groups++;
    else if (d === 1) {
      if (groups === 0) return false;
      objects++;
    }
  }
  return groups > 0 && objects > 0;
}

const CURRENCY_MARK = /^rp\.?$/i;

/**
 * The column of a bare `Rp` written before each amount, under a money header with room to its right; null when the
 * amounts stand in the header's own column.
 */
function currencyBeside(rd: SheetReader, table: TableBlock, col: Column): number | null {
  if (nextHeaderCol(rd, table, col.col) - col.col < 2) return null;
  let marks = 0;
  let amounts = 0;
  for (const r of table.rows) {
    const left = rd.text(r, col.col);
    if (!left) continue;
    if (CURRENCY_MARK.test(left) && rd.sheet.value(r, col.col + 1) !== null) marks++;
    else amounts++;
  }
  return marks > amounts ? col.col : null;
}
/**
 * A print's footer that states the sum without a `Jumlah` word: the next row holds one amount, under the pagu, equal
 * to the objects' sum. Anything else there stays as it is (reported unread), never a total it may not be.
 */
function unlabelledTotal(rd: SheetReader, table: TableBlock, col: number, items: BudgetItem[]): { r: number; value: number } | null {
  // The table's own last row (its rows run on to it), or the row after.
  const last = table.rows[table.rows.length - 1];
  const lone = (x: number) => rd.sheet.cols(x).length === 1;
  const r = lone(last) ? last : rd.sheet.rows.find((x) => x > last);
  if (r === undefined || r - last > 2) return null;
  const cols = rd.sheet.cols(r);
  if (cols.length !== 1 || cols[0] !== col) return null;
  const value = readNumberCell(rd.sheet.value(r, col), rd.sheet.format(r, col));
  if (value.kind !== "number") return null;
  const sum = items.reduce((a, it) => a + (typeof it.pagu === "number" ? it.pagu : 0), 0);
  return items.length > 1 && Math.abs(value.value - sum) < 0.5 ? { r, value: value.value } : null;
}
