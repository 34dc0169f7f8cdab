import { sortFindings, type Finding } from "../../engine/finding";

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

/**
 * Findings grouped by sheet. Sheets with errors come first (sortFindings puts errors first, and a group
 * takes the place of its first finding); inside a sheet, errors first, then by row.
 */
export function groupFindings(findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings, sheetOrder)) {
    const list = groups.get(f.sheet) ?? [];
    list.push(f);
    groups.set(f.sheet, list);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}
