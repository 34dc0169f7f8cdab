/**
 * A web page's list chrome pasted with its table (DataTables' defaults: `Show 10 entries`, `Search:`,
 * `Showing 1 to 3 of 3 entries`, the pager `Previous | 1 | Next`): layout, never a row of the table.
 */
import type { Sheet } from "../../grid";
import { squash } from "../../parse/text";

const INFO = /^(showing|menampilkan) \d+ (to|sampai|s\/?d|-) \d+ (of|dari) \d+ (entries|data|entri)\b/;
const LENGTH = /^(show|tampilkan) \d* ?(entries|data|entri)$/;
const SEARCH = /^(search|cari|pencarian) ?:$/;
const PAGER = /^(previous|next|first|last|sebelumnya|selanjutnya|berikutnya)$/;

/** A row whose texts are all chrome (a pager's page numbers beside `Previous`/`Next` too), at least one of them words. */
export function isWebChrome(sheet: Sheet, r: number): boolean {
  const cols = sheet.cols(r);
  if (!cols.length) return false;
  let words = 0;
  let pager = false;
  for (const c of cols) {
    const v = sheet.value(r, c);
    if (typeof v === "number") {
      if (!Number.isInteger(v) || v < 1 || v > 999) return false;
      continue;
    }
    const t = squash(sheet.str(r, c));
    if (!t) continue;
    if (PAGER.test(t)) pager = true;
    else if (!INFO.test(t) && !LENGTH.test(t) && !SEARCH.test(t) && !(pager && /^\d{1,3}$/.test(t))) return false;
    words++;
  }
  // Page numbers stand only beside a pager word.
  return words > 0 && (pager || cols.every((c) => typeof sheet.value(r, c) !== "number"));
}
