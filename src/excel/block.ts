/**
 * A plan's cells as one rectangle of values from A1, the plan's number-format runs, and the text cells Excel
 * would not keep as typed (a formula from "=..", "+..", "-..", "@..", a number or date from "1.02.02", "85%"):
 * those get the Text format "@" before their value lands. Formatting only those keeps requests small.
 */
import type { PlanValue, SheetPlan } from "../engine/plan/sheet-plan";
import { boxOf, type Box } from "./address";

export interface Block {
  values: (string | number)[][];
  formatRuns: { box: Box; format: string }[];
  /** [row, column] of every text cell that needs the Text format. */
  textCells: [number, number][];
  rows: number;
  cols: number;
}

export const TEXT_FORMAT = "@";

/** Text Excel would turn into a formula, number, date or boolean when typed into a General cell. */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@]/.test(text) || /^\s*[\d.,:/%\s]+\s*$/.test(text) || /^(true|false|benar|salah)$/i.test(text.trim());
}

export function buildBlock(plan: SheetPlan): Block {
  let rows = plan.values.length;
  let cols = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
  const formatRuns = plan.numberFormats.map((nf) => {
    const box = boxOf(nf.range);
    if (!box) throw new Error(`Rentang format angka tidak sah di sheet "${plan.name}": ${nf.range}`);
    return { box, format: nf.format };
  });
  for (const { box } of formatRuns) {
    rows = Math.max(rows, box.bottom + 1);
    cols = Math.max(cols, box.right + 1);
  }
  const textCells: [number, number][] = [];
  const values = Array.from({ length: rows }, (_, r) => {
    const src = plan.values[r] ?? [];
    return Array.from({ length: cols }, (_, c) => {
      const v = cellOut(src[c]);
      if (typeof v === "string" && v !== "" && needsTextFormat(v)) textCells.push([r, c]);
      return v;
    });
  });
  return { values, formatRuns, textCells, rows, cols };
}

/** "" clears a cell; a number Excel cannot hold (NaN, Infinity) is left empty rather than failing the batch. */
export function cellOut(v: PlanValue | undefined): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v;
}
