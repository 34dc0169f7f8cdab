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
  return planRekapBook(rekap, existing).plans;
}

/** The plans, and where each workbook's findings start in `Rekap Temuan` (the pane opens it from an OPD row). */
export function planRekapBook(rekap: Rekap, existing: Grid[] = []): { plans: SheetPlan[]; temuan: { sheet: string; firstOf: Map<string, string> } } {
  const taken = new Set<string>();
  const name = (desired: string) => {
    const n = chooseName(desired, existing, taken);
    taken.add(n.name.toLowerCase());
    return n;
  };
  const [o, i, k, t] = ["Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"].map(name);
  const temuan = planRekapTemuanSheet(t.name, t.replace, rekap);
  const at = { sheet: t.name, firstOf: temuan.firstOf };
  return {
    plans: [planRekapOpdSheet(o.name, o.replace, rekap, at), planRekapIndikatorSheet(i.name, i.replace, rekap), planRekapKurvaSSheet(k.name, k.replace, rekap), temuan.plan],
    temuan: at,
  };
}
