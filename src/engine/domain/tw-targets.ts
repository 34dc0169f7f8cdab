/** The form of quarterly targets (workbook.md §2): cumulative unless they sum to the annual target and TW IV does not. */
import type { Target } from "../model";
import { sameNumber } from "./target-compare";

export type TwForm = "kumulatif" | "per-triwulan" | "tidak-sesuai";

/** Null when not all four quarters and the annual target are numbers (nothing to judge). */
export function twForm(tw: (Target | null)[], annual: Target | null): TwForm | null {
  if (typeof annual !== "number" || tw.length !== 4 || !tw.every((t): t is number => typeof t === "number")) return null;
  const nums = tw as number[];
  if (sameNumber(nums[3], annual)) return "kumulatif";
  if (sameNumber(nums[0] + nums[1] + nums[2] + nums[3], annual)) return "per-triwulan";
  return "tidak-sesuai";
}
