/**
 * A pagu written as a sentence (a PK typed in Word: `1. Kegiatan …, dengan anggaran sebesar Rp …`, `Jumlah Anggaran
 * … : Rp …`). No block claims it as a note or statement: its money would vanish; the account reports it unread.
 */
import type { Sheet } from "../../grid";
import { squash } from "../../parse/text";
import { BUDGET_SENTENCE } from "../words/layout";

const RP = /rp/i;

export function isBudgetSentence(sheet: Sheet, r: number): boolean {
  for (const c of sheet.cols(r)) {
    const t = sheet.str(r, c);
    // Most cells hold no `Rp`: they skip the squash (the sentence needs one, in any case).
    if (t && t.length > 8 && RP.test(t) && BUDGET_SENTENCE.test(squash(t))) return true;
  }
  return false;
}
