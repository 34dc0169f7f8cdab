/** Runs the whole engine on a workbook the way both doors do, and lists what went wrong (a throw propagates). */
import type { Grid } from "../../src/engine/grid";
import { validasi, hitung } from "../../src/engine/run";
import { planSheets } from "../../src/engine/plan/plan-sheets";
import { findingProblems, nonFiniteNumbers } from "./findings-check";

export function exerciseEngine(grids: Grid[], triwulan?: number): string[] {
  const v = validasi(grids);
  const h = hitung(grids, triwulan ? { triwulan } : {});
  const plans = planSheets(h, grids, { validasiSheet: true });
  const problems = [...findingProblems(v.findings, grids), ...findingProblems(h.findings, grids)];
  problems.push(...nonFiniteNumbers(h.results, "results").map((p) => `non-finite number: ${p}`));
  if (h.results.triwulan < 1 || h.results.triwulan > 4) problems.push(`triwulan ${h.results.triwulan}`);
  if (triwulan && h.results.triwulan !== triwulan) problems.push(`asked triwulan ${triwulan}, got ${h.results.triwulan}`);
  // The plans: three sheets, never a user's sheet name unless it is the add-in's own to replace, and finite numbers only.
  if (plans.length !== 3) problems.push(`${plans.length} plans`);
  const names = new Set(grids.map((g) => g.name.toLowerCase()));
  for (const p of plans) {
    if (names.has(p.name.toLowerCase()) && !p.replace) problems.push(`plan ${p.name} would overwrite a user sheet`);
    problems.push(...nonFiniteNumbers(p.values, `plan ${p.name}`).map((x) => `non-finite number: ${x}`));
  }
  if (new Set(plans.map((p) => p.name.toLowerCase())).size !== plans.length) problems.push("two plans share a name");
  return problems;
}
