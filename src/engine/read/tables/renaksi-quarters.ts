/**
 * What the quarter columns of a Rencana Aksi kinerja table hold, by what their header and their cells say
 * (workbook.md §2, §6). Mostly the quarterly targets as written; but real Rencana Aksi also write, under TW I..IV:
 * - the action planned for the quarter (`Rencana Aksi` over TW I..IV, each cell a sentence): no target at all;
 * - the share of the annual target reached by the quarter (`Target Triwulan (%)` = 25, 50, 75, 100 for 48 LHP).
 * A quarter column that holds no target stays unread, so the account reports it; it is never a target.
 */
import type { Target } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { readTargetCell } from "../../parse/target";
import { sameNumber } from "../../domain/target-compare";

export type QuarterMeaning = "target" | "action" | "share" | "unclear";

/** How a table's quarter target columns are meant; `target` when nothing says otherwise. */
export function quarterMeaning(rd: SheetReader, table: TableBlock, quarters: Column[], annual: Column | null): QuarterMeaning {
  if (!quarters.length) return "target";
  if (holdsActions(rd, table, quarters)) return "action";
  if (quarters.some((c) => groupWords(rd, c).includes("%"))) return sharesOrTargets(rd, table, quarters, annual);
  return "target";
}

/** The words of the header a quarter column stands under (its own, for a column headed `Target TW I`). */
function groupWords(rd: SheetReader, c: Column): string {
  return rd.meaning(c.hr, c.hc)?.words ?? c.words;
}

/** A sentence: four words or more, or words around a figure that no target reading takes (`Penetapan 8 Perda`). */
function isSentence(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length >= 4) return true;
  return /\p{L}{3,}/u.test(t) && readTargetCell(t).kind === "unreadable";
}

/**
 * `Rencana Aksi` over TW I..IV holding what will be done each quarter: under a header that does not say `target`,
 * no cell a number, and most filled cells sentences.
 */
function holdsActions(rd: SheetReader, table: TableBlock, quarters: Column[]): boolean {
  if (quarters.some((c) => /^target\b/.test(groupWords(rd, c)))) return false;
  let filled = 0;
  let sentences = 0;
  for (const r of table.rows) {
    for (const c of quarters) {
      const v = rd.sheet.value(r, c.col);
      if (v === null) continue;
      if (typeof v !== "string") return false;
      filled++;
      if (isSentence(v)) sentences++;
    }
  }
  return filled > 0 && sentences * 2 >= filled;
}

/**
 * Quarter targets under a header in percent, beside an annual target: literal when every row fits the annual target
 * (TW IV or the sum equals it, as §2 reads quarters); a share of it when every row fits 100 instead (so TW k is
 * annual × p / 100); unclear (reported, never guessed) when neither reading fits every row.
 */
function sharesOrTargets(rd: SheetReader, table: TableBlock, quarters: Column[], annual: Column | null): QuarterMeaning {
  let rows = 0;
  let literal = 0;
  let share = 0;
  for (const r of table.rows) {
    const tw = quarters.map((c) => numberAt(rd, r, c.col)).filter((v): v is number => v !== null);
    if (!tw.length) continue;
    rows++;
    const target = annual ? valueAt(rd, r, annual.col) : null;
    if (typeof target !== "number") continue;
    if (fits(tw, target)) literal++;
    if (fits(tw, 100)) share++;
  }
  if (!rows || literal === rows) return "target";
  return share === rows ? "share" : "unclear";
}

const fits = (tw: number[], total: number) => sameNumber(tw[tw.length - 1], total) || sameNumber(tw.reduce((a, b) => a + b, 0), total);

function valueAt(rd: SheetReader, r: number, c: number): Target | null {
  const read = readTargetCell(rd.sheet.value(r, c), rd.sheet.format(r, c));
  return read.kind === "value" ? read.value : null;
}

function numberAt(rd: SheetReader, r: number, c: number): number | null {
  const v = valueAt(rd, r, c);
  return typeof v === "number" ? v : null;
}

/** A quarter's target written as a share of the annual target: the target itself, or null when it cannot be. */
export function shareOfAnnual(share: Target | null, annual: Target | null): Target | null {
  return typeof share === "number" && typeof annual === "number" ? (annual * share) / 100 : null;
}
