/**
 * A plan's cells as two rectangles (values and number formats) from A1, covering its values and its
 * numberFormats ranges. Every text cell gets the Text format "@", written before the values, so Excel keeps
 * it as typed: no formula from "=..", "+..", "-..", "@..", no number or date from "1.02.02".
 */
import type { PlanValue, SheetPlan } from "../engine/plan/sheet-plan";
import { boxOf } from "./address";

export interface Block {
  values: (string | number)[][];
  formats: string[][];
  rows: number;
  cols: number;
}

export const TEXT_FORMAT = "@";

export function buildBlock(plan: SheetPlan): Block {
  let rows = plan.values.length;
  let cols = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
  const runs = plan.numberFormats.map((nf) => {
    const box = boxOf(nf.range);
    if (!box) throw new Error(`Rentang format angka tidak sah di sheet "${plan.name}": ${nf.range}`);
    return { box, format: nf.format };
  });
  for (const { box } of runs) {
    rows = Math.max(rows, box.bottom + 1);
    cols = Math.max(cols, box.right + 1);
  }
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const { box, format } of runs)
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) formats[r][c] = format;
  const values = Array.from({ length: rows }, (_, r) => {
    const src = plan.values[r] ?? [];
    return Array.from({ length: cols }, (_, c) => {
      const v = cellOut(src[c]);
      if (typeof v === "string" && v !== "") formats[r][c] = TEXT_FORMAT;
      return v;
    });
  });
  return { values, formats, rows, cols };
}

/** "" clears a cell; a number Excel cannot hold (NaN, Infinity) is left empty rather than failing the batch. */
export function cellOut(v: PlanValue | undefined): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v;
}
