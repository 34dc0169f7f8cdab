/**
 * A Kegiatan table closing each program's group with `Jumlah Program <nama program>` (no kode, the group's sum): the
 * row names a budget level above the table's own, so it is no object of the table but a stated subtotal. (The same
 * words in a Program table, or in a kinerja table's indikator, are left alone.)
 */
import type { Sheet } from "../../grid";
import type { Band } from "./header-band";
import { squash } from "../../parse/text";
import { BUDGET_WORDS, isBudgetWord } from "../vocab";
import type { BudgetWord } from "../../model";
import { PARENT_TOTAL_LABEL } from "../words/layout";

/** The column of such a label on row r within the band; -1 when none. */
export function parentTotalCol(sheet: Sheet, r: number, band: Band): number {
  const word = deepestWord(band);
  if (!word) return -1;
  for (const c of sheet.cols(r)) {
    if (c < band.left || c > band.right) continue;
    const t = sheet.str(r, c);
    if (!t) continue;
    const m = PARENT_TOTAL_LABEL.exec(squash(t));
    return m && BUDGET_WORDS.indexOf(m[3] as BudgetWord) < BUDGET_WORDS.indexOf(word) ? c : -1;
  }
  return -1;
}

function deepestWord(band: Band): BudgetWord | null {
  let deepest = -1;
  for (const c of band.columns) if (isBudgetWord(c.field) && c.quarter === undefined && c.month === undefined) deepest = Math.max(deepest, BUDGET_WORDS.indexOf(c.field));
  return deepest >= 0 ? BUDGET_WORDS[deepest] : null;
}
