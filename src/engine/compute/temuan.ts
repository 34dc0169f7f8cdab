/** The error and warning findings on the rows a figure rests on: indexed once per run, looked up per figure. */
import type { Finding } from "../finding";

/**
 * Findings that say nothing about the figure's own inputs: a superior's program that no subordinate breaks down
 * is a gap in the cascade, while the program's pagu and realisasi stand as written.
 */
const NOT_ABOUT_THE_FIGURE = new Set(["kode-uncovered"]);

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
// Most figures rest on no finding: they share one empty list instead of 10,000 of their own.
const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];

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

/** Adds a cell a figure rests on; cells of sheets without findings cost nothing. */
export type AddCell = (sheet: string | undefined, cell: string | null | undefined) => void;

export class TemuanIndex {
  private byRow = new Map<string, Finding[]>();
  private sheets = new Set<string>();

  constructor(findings: Finding[] = []) {
    for (const f of findings) this.add(f);
  }

  get empty(): boolean {
    return this.byRow.size === 0;
  }

  add(f: Finding): void {
    if (f.severity === "info" || NOT_ABOUT_THE_FIGURE.has(f.rule)) return;
    const key = keyOf(f.sheet, f.cell);
    const list = this.byRow.get(key);
    if (list) list.push(f);
    else this.byRow.set(key, [f]);
    this.sheets.add(f.sheet);
  }

  /**
   * Every such finding on any row of the cells `visit` adds, errors first, each once. Nothing is visited when
   * the run has no finding to match (a clean workbook pays nothing for this).
   */
  on(visit: (add: AddCell) => void): Finding[] {
    if (this.byRow.size === 0) return NONE;
    let seen: Set<string> | null = null;
    let out: Finding[] | null = null;
    visit((sheet, cell) => {
      if (!sheet || !cell || !this.sheets.has(sheet)) return;
      const key = keyOf(sheet, cell);
      if (seen?.has(key)) return;
      (seen ??= new Set()).add(key);
      const hit = this.byRow.get(key);
      if (hit) (out ??= []).push(...hit);
    });
    if (!out) return NONE;
    const found: Finding[] = out;
    return found.length > 1 ? found.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : found;
  }
}
