/** What every finding must satisfy, whatever the input: rules.md "A cell that no rule can read is a finding, never an exception". */
import { parseA1, type Grid } from "../../src/engine/grid";
import type { Finding } from "../../src/engine/finding";

const SEVERITIES = new Set(["error", "warning", "info"]);

/** Problems with the findings (empty when all is well), so a failing property prints the offending finding. */
export function findingProblems(findings: Finding[], grids: Grid[]): string[] {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const problems: string[] = [];
  // A message may quote what the user typed, but never a JS value the user did not type.
  const typed = grids.flatMap((g) => [g.name, ...g.values.flat().map((v) => String(v))]).join("\n");
  const leaks = ["undefined", "NaN", "Infinity", "[object Object]"].filter((w) => !typed.includes(w));
  for (const f of findings) {
    const where = JSON.stringify(f);
    if (typeof f.rule !== "string" || !/^[a-z]+(-[a-z0-9]+)*$/.test(f.rule)) problems.push(`rule id: ${where}`);
    if (!SEVERITIES.has(f.severity)) problems.push(`severity: ${where}`);
    if (typeof f.message !== "string" || f.message.trim() === "") problems.push(`empty message: ${where}`);
    else if (leaks.some((w) => f.message.includes(w))) problems.push(`message leaks a JS value: ${where}`);
    const grid = byName.get(f.sheet);
    if (!grid) {
      problems.push(`unknown sheet: ${where}`);
      continue;
    }
    const at = parseA1(f.cell ?? "");
    if (!at) {
      problems.push(`not an A1 cell: ${where}`);
      continue;
    }
    if (f.cell === "A1") continue;
    // Inside the sheet's bounds: from A1 to the bottom-right corner of its used range.
    const rows = grid.top + grid.values.length;
    const cols = grid.left + grid.values.reduce((m, r) => Math.max(m, r.length), 0);
    if (at.row >= rows || at.col >= cols) problems.push(`cell outside ${f.sheet} (${rows} rows x ${cols} cols): ${where}`);
  }
  return problems;
}

/** Every number in a result is finite: NaN or Infinity would reach the JSON as null and the sheet as garbage. */
export function nonFiniteNumbers(value: unknown, at = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${at} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${at}.${k}`));
  return [];
}
