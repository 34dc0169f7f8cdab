/**
 * A PK printed over several pages and saved one page per sheet: the next sheet has no title, and opens with the
 * budget table's header printed again (the same header row), its further objects, the Jumlah, the signature.
 * It is read as the rest of the PK on the sheet before it: one PK, one budget table, its Jumlah checked against all.
 */
import type { PkSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Sheet } from "../../grid";
import { parseA1 } from "../../grid";
import { squash } from "../../parse/text";
import { segment, type Block } from "../layout/segment";
import { readLayout } from "./layout-parts";
import { readAnggaran } from "../tables/anggaran";
import { mergeParties, fill, onSheet } from "../parties/merge";
import { settlePk } from "./pk-sheet";

/** The texts of the header row of a PK's last budget table, to know it when printed again on the next sheet. */
export function lastBudgetHeader(sheet: Sheet, pk: PkSheet): string | null {
  const table = pk.budgetTables[pk.budgetTables.length - 1];
  const at = table ? parseA1(table.headerCell) : null;
  return at ? rowKey(sheet, at.row) : null;
}

/**
 * Reads `rd` as the continuation of `pk` when the sheet opens with a budget table whose header row is `header`
 * (the PK's last budget table's); false, and nothing read, otherwise.
 */
export function readContinuation(rd: SheetReader, pk: PkSheet, header: string, blocks: Block[] = segment(rd)): boolean {
  const first = blocks[0];
  if (!first || first.kind !== "table") return false;
  let same = false;
  for (let r = first.band.top; r <= first.band.bottom; r++) if (rowKey(rd.sheet, r) === header) same = true;
  if (!same) return false;
  const layout = readLayout(rd, blocks, { kind: "pk", row: -1, col: -1, text: "", tahun: null });
  const target = pk.budgetTables[pk.budgetTables.length - 1];
  const budget = layout.tables.filter((t) => t.kind === "anggaran");
  if (budget[0]?.block !== first) return false;
  for (const t of budget) {
    const read = readAnggaran(rd, t.block, t.columns, rd.account.open("anggaran"));
    const offset = target.items.length;
    const carried = target.totals.length > 0;
    target.items.push(...read.items.map((it) => ({ ...it, sheet: rd.name })));
    // A total of the whole page adds up the whole table unless the first page closed with a subtotal of its own.
    for (const tot of read.totals) target.totals.push({ ...tot, sheet: rd.name, from: tot.from === 0 && !carried ? 0 : tot.from + offset, to: tot.to + offset });
    if (read.jumlah) target.jumlah = { ...read.jumlah, sheet: rd.name };
  }
  const parties = mergeParties(layout.signatures.filter((s) => s.signed), layout.statements);
  pk.pihakPertama = fill(pk.pihakPertama, onSheet(parties.pertama, rd.name));
  pk.pihakKedua = fill(pk.pihakKedua, onSheet(parties.kedua, rd.name));
  settlePk(pk);
  return true;
}

/** A row's texts, to know a header row when it is printed again. */
export function rowKey(sheet: Sheet, r: number): string {
  return sheet.cols(r).map((c) => squash(sheet.text(r, c))).join(" | ");
}
