/** Everything Hitung Capaian writes, as plans: `Capaian`, `Kurva S` and, on request, `Validasi`. */
import type { Grid } from "../grid";
import type { HitungOutput } from "../run";
import type { SheetPlan } from "./sheet-plan";
import { chooseName } from "./names";
import { planCapaianSheet } from "./capaian-sheet";
import { planKurvaSSheet, type KurvaSOptions } from "./kurva-s-sheet";
import { planValidasiSheet } from "./validasi-sheet";

export function planSheets(out: HitungOutput, existing: Grid[], options: { validasiSheet: boolean } & KurvaSOptions): SheetPlan[] {
  const taken = new Set<string>();
  const name = (desired: string) => {
    const n = chooseName(desired, existing, taken);
    taken.add(n.name.toLowerCase());
    return n;
  };
  const c = name("Capaian");
  const k = name("Kurva S");
  const plans = [planCapaianSheet(c.name, c.replace, out.model, out.results, out.findings), planKurvaSSheet(k.name, k.replace, out.model, out.results, out.findings, options)];
  if (options.validasiSheet) {
    const v = name("Validasi");
    plans.push(planValidasiSheet(v.name, v.replace, out.findings));
  }
  return plans;
}
