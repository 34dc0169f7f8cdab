/**
 * `KEPALA DINAS … | Mengetahui, | KEPALA BIDANG …` without PIHAK words (workbook.md §6: left the superior, right the
 * official): a middle column that starts `Mengetahui` is a witness who signs too (`a.n. BUPATI … / SEKRETARIS
 * DAERAH`), its own block, no party of the PK. Only between two other columns: `Mengetahui,` over the left column of
 * two is the superior's own wording.
 */
import type { SheetReader } from "../sheet-reader";

const MENGETAHUI = /^mengetahui\b/i;

export function middleWitnessCols(rd: SheetReader, r: number, lo: number, hi: number): number[] {
  const cols = rd.sheet.cols(r).filter((c) => c >= lo && c <= hi);
  if (cols.length < 3) return [];
  return cols.slice(1, -1).filter((c) => MENGETAHUI.test(rd.text(r, c).trim()));
}
