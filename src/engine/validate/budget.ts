/** One PK's budget table, and kodes in plan tables: kode form, kode depth, stated Jumlah (rules.md "Budget"). */
import type { BudgetPlanRow, BudgetTable, PkSheet } from "../model";
import type { Context } from "./context";
import { DEPTH_OF_WORD, kodeDepth } from "../parse/kode";
import { amountsDiffer, rupiah, selisih, sum } from "./money";

const SHAPES = "d.dd.dd (program), d.dd.dd.d.dd (kegiatan) atau d.dd.dd.d.dd.dddd (sub kegiatan)";

function kodeInvalidMessage(kode: string): string {
  return `Kode "${kode}" tidak berbentuk ${SHAPES}.`;
}

export function checkBudgetTable(ctx: Context, pk: PkSheet): void {
  for (const table of pk.budgetTables) {
    const word = table.word;
    for (const item of table.items) {
      if (!item.kode || !item.kodeCell) continue;
      const depth = kodeDepth(item.kode);
      if (depth === null) {
        ctx.report("kode-invalid", "error", item.sheet ?? pk.sheet, item.kodeCell, kodeInvalidMessage(item.kode));
      } else if (word && DEPTH_OF_WORD[word] !== depth) {
        ctx.report("kode-level-mismatch", "error", item.sheet ?? pk.sheet, item.kodeCell,
          `Kode ${item.kode} adalah kode ${wordOfDepth(depth)}, padahal tabel anggaran ini memuat ${word} (kode berbentuk ${example(DEPTH_OF_WORD[word])}).`);
      }
    }
    checkJumlah(ctx, pk, table);
  }
}

function wordOfDepth(depth: 3 | 5 | 6): string {
  return depth === 3 ? "program" : depth === 5 ? "kegiatan" : "sub kegiatan";
}

function example(depth: 3 | 5 | 6): string {
  return depth === 3 ? "d.dd.dd" : depth === 5 ? "d.dd.dd.d.dd" : "d.dd.dd.d.dd.dddd";
}

/**
 * Each stated total adds up the rows above it: those since the total before it (a subtotal per group), or all of
 * them (the grand total under subtotals).
 */
function checkJumlah(ctx: Context, pk: PkSheet, table: BudgetTable): void {
  for (const t of table.totals) {
    if (t.value === null || t.to === 0) continue;
    const group = table.items.slice(t.from, t.to);
    const all = table.items.slice(0, t.to);
    // A row whose anggaran could not be read leaves the sum unknown.
    if (all.some((a) => a.pagu === null)) continue;
    const groupSum = sum(group.map((a) => a.pagu!));
    const allSum = sum(all.map((a) => a.pagu!));
    if (!amountsDiffer(groupSum, t.value) || !amountsDiffer(allSum, t.value)) continue;
    ctx.report("jumlah-mismatch", "error", t.sheet ?? pk.sheet, t.cell,
      `Jumlah anggaran tertulis ${rupiah(t.value)} tidak sama dengan jumlah ${group.length} baris di atasnya ${rupiah(groupSum)} ${selisih(t.value, groupSum)}.`);
  }
}

/** Kodes of Rencana Keuangan and Realisasi rows must have a valid form too. */
export function checkPlanKodes(ctx: Context, sheet: string, rows: BudgetPlanRow[]): void {
  for (const row of rows) {
    if (row.kode && row.kodeCell && kodeDepth(row.kode) === null) ctx.report("kode-invalid", "error", sheet, row.kodeCell, kodeInvalidMessage(row.kode));
  }
}
