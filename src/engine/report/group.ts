/** Findings grouped by sheet for people: the sheet with errors first, then by severity and cell inside. */
import type { Finding } from "../finding";

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Assumes findings are sorted (sortFindings); keeps that order inside each sheet. */
export function groupBySheet(findings: Finding[]): SheetGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) (groups.get(f.sheet) ?? groups.set(f.sheet, []).get(f.sheet)!).push(f);
  const worst = (g: Finding[]) => Math.min(...g.map((f) => RANK[f.severity]));
  return [...groups].map(([sheet, fs]) => ({ sheet, findings: fs })).sort((a, b) => worst(a.findings) - worst(b.findings));
}
