/**
 * A plan's cells as one rectangle of values from A1, the plan's number-format runs, and the runs of text in each
 * column. Excel takes a string written into a General cell the way it takes typing: "(123)" becomes -123, "1E5"
 * a number, "10-12" or "1 Mei 2025" a date, "#N/A" an error, "=..." a formula. So every run of text (blanks
 * inside it included, a number ends it) gets the Text format "@" once, before its values land; and a leading
 * apostrophe, which Excel takes as "this is text" and drops, is doubled so it stays.
 */
import type { PlanValue, SheetPlan } from "../engine/plan/sheet-plan";
import { boxOf, type Box } from "./address";

export interface Block {
  values: (string | number)[][];
  formatRuns: { box: Box; format: string }[];
  /** One column each (left === right): rows from the first to the last text of the run. */
  textRuns: Box[];
  rows: number;
  cols: number;
}

export const TEXT_FORMAT = "@";

/** Number-format runs, then the Text runs ("@"): applied in this order, a later run wins. */
export function formatRuns(block: Block): { box: Box; format: string }[] {
  return [...block.formatRuns, ...block.textRuns.map((box) => ({ box, format: TEXT_FORMAT }))];
}

export function buildBlock(plan: SheetPlan): Block {
  let rows = plan.values.length;
  let cols = plan.values.reduce((m, r) => Math.max(m, r.length), 0);
  const formatRuns = plan.numberFormats.map((nf) => {
    const box = boxOf(nf.range);
    if (!box) throw new Error(`Rentang format angka tidak sah di lembar "${plan.name}": ${nf.range}`);
    return { box, format: nf.format };
  });
  for (const { box } of formatRuns) {
    rows = Math.max(rows, box.bottom + 1);
    cols = Math.max(cols, box.right + 1);
  }
  const values = Array.from({ length: rows }, (_, r) => {
    const src = plan.values[r] ?? [];
    return Array.from({ length: cols }, (_, c) => cellOut(src[c]));
  });
  return { values, formatRuns, textRuns: textRuns(values, cols), rows, cols };
}

function textRuns(values: (string | number)[][], cols: number): Box[] {
  const runs: Box[] = [];
  for (let c = 0; c < cols; c++) {
    let top = -1;
    let last = -1;
    const close = () => {
      if (top >= 0) runs.push({ top, bottom: last, left: c, right: c });
      top = -1;
    };
    values.forEach((row, r) => {
      const v = row[c];
      if (typeof v === "number") close();
      else if (v !== "") {
        if (top < 0) top = r;
        last = r;
      }
    });
    close();
  }
  return runs;
}

/**
 * "" clears a cell; a number Excel cannot hold (NaN, Infinity) is left empty rather than failing the batch;
 * a leading apostrophe is doubled (Excel keeps the second).
 */
export function cellOut(v: PlanValue | undefined): string | number {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v.startsWith("'") ? "'" + v : v;
}
