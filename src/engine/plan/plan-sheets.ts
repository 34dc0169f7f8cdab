import type { Grid } from "../grid";
import type { HitungOutput } from "../run";
import type { SheetPlan } from "./sheet-plan";

// Implementation lands with hitung (issue 4); the signature is the contract for the doors.
export function planSheets(_out: HitungOutput, _existing: Grid[], _options: { validasiSheet: boolean }): SheetPlan[] {
  throw new Error("planSheets: belum tersedia");
}
