/**
 * A pagu written as a sentence (a PK typed in Word: `1. Kegiatan …, dengan anggaran sebesar Rp …`, `Jumlah Anggaran
 * … : Rp …`). No block claims it as a note or statement: its money would vanish; the account reports it unread.
 */
import type { Sheet } from "../../grid";
import { squash } from "../../parse/text";
import { BUDGET_SENTENCE } from "../words/layout";

export function isBudgetSentence(sheet: Sheet, r: number): boolean {
  for (const c of sheet.cols(r)) {
    const t = sheet.str(r, c);
    if (t && BUDGET_SENTENCE.test(squash(t))) return true;
  }
  return false;
}
