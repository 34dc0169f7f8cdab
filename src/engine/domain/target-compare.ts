/** Comparing targets as values: numbers to a relative tolerance, texts loosely, ranges by bounds. */
import type { Target } from "../model";
import { squash } from "../parse/text";

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameTarget(a: Target, b: Target): boolean {
  if (typeof a === "number" && typeof b === "number") return sameNumber(a, b);
  if (typeof a === "string" && typeof b === "string") return squash(a) === squash(b);
  if (typeof a === "object" && typeof b === "object") return sameBound(a.min, b.min) && sameBound(a.max, b.max);
  return false;
}

function sameBound(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : sameNumber(a, b);
}
