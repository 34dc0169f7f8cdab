/** The engine's front: grids in, model, findings, results and sheet plans out. Knows nothing of Excel. */
export type { Grid, CellValue } from "./grid";
export type { Finding, Severity } from "./finding";
export type { Model } from "./model";
export type { Results } from "./compute/results";
export type { SheetPlan } from "./plan/sheet-plan";
export { validasi, hitung, type ValidasiOutput, type HitungOutput } from "./run";
export { planSheets } from "./plan/plan-sheets";
