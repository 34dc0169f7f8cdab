import { sortFindings, type Finding } from "../../engine/finding";
import { groupBySheet, type SheetGroup } from "../../engine/report/group";

export type { SheetGroup };

/** Findings grouped by sheet, sheets with errors first; inside a sheet, errors first, then by row. */
export function groupFindings(findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  return groupBySheet(sortFindings(findings, sheetOrder));
}
