/** Everything a rekap writes, as plans: `Rekap OPD`, `Rekap Indikator`, `Kurva S Pemda`, `Rekap Temuan`. */
import type { Grid } from "../grid";
import type { Rekap } from "../rekap/types";
import type { SheetPlan } from "./sheet-plan";
import { chooseName } from "./names";
import { planRekapOpdSheet } from "./rekap-opd-sheet";
import { planRekapIndikatorSheet } from "./rekap-indikator-sheet";
import { planRekapKurvaSSheet } from "./rekap-kurva-s-sheet";
import { planRekapTemuanSheet } from "./rekap-temuan-sheet";

export function planRekapSheets(rekap: Rekap, existing: Grid[] = []): SheetPlan[] {
  const taken = new Set<string>();
  const name = (desired: string) => {
    const n = chooseName(desired, existing, taken);
    taken.add(n.name.toLowerCase());
    return n;
  };
  const [o, i, k, t] = ["Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"].map(name);
  const temuan = planRekapTemuanSheet(t.name, t.replace, rekap);
  return [
    planRekapOpdSheet(o.name, o.replace, rekap, { sheet: t.name, firstOf: temuan.firstOf }),
    planRekapIndikatorSheet(i.name, i.replace, rekap),
    planRekapKurvaSSheet(k.name, k.replace, rekap),
    temuan.plan,
  ];
}
