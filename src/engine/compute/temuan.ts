/** The error and warning findings on the rows a figure rests on: indexed once per run, looked up per figure. */
import type { Finding } from "../finding";
import type { CellRef } from "./basis";

/**
 * Findings that say nothing about the figure's own inputs: a superior's program that no subordinate breaks down
 * is a gap in the cascade, while the program's pagu and realisasi stand as written.
 */
const NOT_ABOUT_THE_FIGURE = new Set(["kode-uncovered"]);

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Row number of an A1 address (or of a range's first cell); -1 when there is none. */
function rowOf(cell: string): number {
  let i = 0;
  while (i < cell.length && (cell.charCodeAt(i) < 48 || cell.charCodeAt(i) > 57)) i++;
  let n = 0;
  let digits = 0;
  for (; i < cell.length; i++, digits++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return digits ? n : -1;
}

const keyOf = (sheet: string, cell: string) => `${sheet}\u0000${rowOf(cell)}`;

export class TemuanIndex {
  private byRow = new Map<string, Finding[]>();

  constructor(findings: Finding[] = []) {
    for (const f of findings) this.add(f);
  }

  add(f: Finding): void {
    if (f.severity === "info" || NOT_ABOUT_THE_FIGURE.has(f.rule)) return;
    const key = keyOf(f.sheet, f.cell);
    const list = this.byRow.get(key);
    if (list) list.push(f);
    else this.byRow.set(key, [f]);
  }

  /** Every such finding on any row of these cells, errors first, each once. */
  on(cells: CellRef[]): Finding[] {
    if (this.byRow.size === 0) return [];
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const c of cells) {
      const key = keyOf(c.sheet, c.cell);
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = this.byRow.get(key);
      if (hit) out.push(...hit);
    }
    return out.length > 1 ? out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : out;
  }
}
