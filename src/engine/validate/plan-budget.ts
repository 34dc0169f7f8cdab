/** Rencana Keuangan / Fisik and Realisasi Keuangan / Fisik against the PK's pagu (rules.md "Budget"). */
import type { BudgetPlanRow, MonthlyRow, PkSheet } from "../model";
import type { Context } from "./context";
import { amountsDiffer, budgetWordOfKode, rupiah, selisih } from "./money";
import { formatNumber } from "../format";
import { MONTH_NAMES } from "../domain/calendar";

const MONTH = MONTH_NAMES;

/** The PK's pagu of each kode; null when a row of that kode has no readable pagu. */
function paguByKode(pk: PkSheet | undefined): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const a of pk?.anggaran ?? []) {
    if (!a.kode) continue;
    const before = out.get(a.kode);
    out.set(a.kode, before === null || a.pagu === null ? null : (before ?? 0) + a.pagu);
  }
  return out;
}

function label(row: BudgetPlanRow): string {
  return row.kode ? `${budgetWordOfKode(row.kode)} ${row.kode}` : `"${row.nama}"`;
}

/** The pagu a row is measured against: its own, else the PK's for its kode. */
function paguOf(row: BudgetPlanRow, pkPagu: Map<string, number | null>): number | null {
  return row.pagu ?? (row.kode ? pkPagu.get(row.kode) ?? null : null);
}

export function checkPlanTable(ctx: Context, sheet: string, pkSheet: string | null, rows: BudgetPlanRow[], kind: "renaksi" | "realisasi"): void {
  const pk = pkSheet ? ctx.pkById.get(pkSheet) : undefined;
  const pkPagu = paguByKode(pk);
  for (const row of rows) {
    if (pk && row.kode && row.pagu !== null && row.paguCell) {
      const own = pkPagu.get(row.kode);
      if (own !== undefined && own !== null && amountsDiffer(row.pagu, own)) {
        ctx.report("pagu-mismatch", "error", sheet, row.paguCell,
          `Pagu ${label(row)} di lembar ini ${rupiah(row.pagu)} tidak sama dengan anggarannya di PK "${pk.sheet}" ${rupiah(own)} ${selisih(row.pagu, own)}.`);
      }
    }
    const pagu = paguOf(row, pkPagu);
    if (kind === "renaksi") checkRak(ctx, sheet, row, pagu);
    else checkOverPagu(ctx, sheet, row, pagu);
    if (row.fisik) checkFisik(ctx, sheet, row, row.fisik, kind === "renaksi" ? "Rencana Fisik" : "Realisasi Fisik");
  }
}

function hasValues(m: MonthlyRow | null): m is MonthlyRow {
  return !!m && m.values.some((v) => v !== null);
}

// Blank months count as 0: a RAK often leaves months without spending empty.
function checkRak(ctx: Context, sheet: string, row: BudgetPlanRow, pagu: number | null): void {
  if (pagu === null || !hasValues(row.keuangan)) return;
  const total = row.keuangan.values.reduce<number>((a, v) => a + (v ?? 0), 0);
  if (!amountsDiffer(total, pagu)) return;
  ctx.report("rak-sum", "error", sheet, row.paguCell ?? row.kodeCell ?? row.namaCell,
    `Rencana Keuangan ${label(row)} Januari–Desember berjumlah ${rupiah(total)}, tidak sama dengan pagu ${rupiah(pagu)} ${selisih(total, pagu)}.`);
}

function checkOverPagu(ctx: Context, sheet: string, row: BudgetPlanRow, pagu: number | null): void {
  if (pagu === null || !hasValues(row.keuangan)) return;
  let running = 0;
  for (let m = 0; m < row.keuangan.values.length; m++) {
    running += row.keuangan.values[m] ?? 0;
    if (running - pagu > 0.5) {
      ctx.report("realisasi-over-pagu", "error", sheet, row.keuangan.cells[m],
        `Realisasi keuangan ${label(row)} sampai ${MONTH[m]} berjumlah ${rupiah(running)}, melebihi pagu ${rupiah(pagu)} ${selisih(running, pagu)}.`);
      return;
    }
  }
}

/** Cumulative %: never falls, never passes 100. */
function checkFisik(ctx: Context, sheet: string, row: BudgetPlanRow, fisik: MonthlyRow, what: string): void {
  let prev: { value: number; month: number } | null = null;
  for (let m = 0; m < fisik.values.length; m++) {
    const v = fisik.values[m];
    if (v === null) continue;
    if (v > 100 + 1e-9) {
      ctx.report("fisik-invalid", "error", sheet, fisik.cells[m],
        `${what} ${label(row)} bulan ${MONTH[m]} ${formatNumber(v)}% melebihi 100%; fisik ditulis kumulatif, paling tinggi 100%.`);
    } else if (prev && v < prev.value - 1e-9) {
      ctx.report("fisik-invalid", "error", sheet, fisik.cells[m],
        `${what} ${label(row)} turun dari ${formatNumber(prev.value)}% (${MONTH[prev.month]}) menjadi ${formatNumber(v)}% (${MONTH[m]}); fisik ditulis kumulatif sehingga tidak boleh turun.`);
    }
    prev = { value: v, month: m };
  }
}
