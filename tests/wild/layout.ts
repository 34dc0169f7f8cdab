import type { Book } from "./book";
import type { WildTruth } from "./truth";
import type { HitungOutput } from "../../src/engine/run";

/** One real layout: where it came from, the workbook, what a correct engine reads, and checks of its own. */
export interface Layout {
  name: string;
  /** Repository, file and commit of the layout, and what in the workbook is made up. */
  source: string;
  build(): Book;
  truth: WildTruth;
  checks?: { name: string; run(out: HitungOutput): void }[];
}

/** Money as apps print it: id-ID grouping (`1.234.567`, `1.234.567,00` with decimals), or PHP's default number_format (`1,234,567`). */
export function idr(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? "," + frac : "");
}
export function en(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
}
export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
