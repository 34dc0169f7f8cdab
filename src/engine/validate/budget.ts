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
        ctx.report("kode-invalid", "error", pk.sheet, item.kodeCell, kodeInvalidMessage(item.kode));
      } else if (word && DEPTH_OF_WORD[word] !== depth) {
        ctx.report("kode-level-mismatch", "error", pk.sheet, item.kodeCell,
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

function checkJumlah(ctx: Context, pk: PkSheet, table: BudgetTable): void {
  const { jumlah, items } = table;
  if (!jumlah || jumlah.value === null || !items.length) return;
  // A row whose anggaran could not be read leaves the sum unknown.
  if (items.some((a) => a.pagu === null)) return;
  const total = sum(items.map((a) => a.pagu!));
  if (amountsDiffer(total, jumlah.value)) {
    ctx.report("jumlah-mismatch", "error", pk.sheet, jumlah.cell,
      `Jumlah anggaran tertulis ${rupiah(jumlah.value)} tidak sama dengan jumlah ${items.length} baris di atasnya ${rupiah(total)} ${selisih(jumlah.value, total)}.`);
  }
}

/** Kodes of Rencana Keuangan and Realisasi rows must have a valid form too. */
export function checkPlanKodes(ctx: Context, sheet: string, rows: BudgetPlanRow[]): void {
  for (const row of rows) {
    if (row.kode && row.kodeCell && kodeDepth(row.kode) === null) ctx.report("kode-invalid", "error", sheet, row.kodeCell, kodeInvalidMessage(row.kode));
  }
}
