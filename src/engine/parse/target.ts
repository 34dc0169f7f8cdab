/** Targets and realisasi: a number, a range (`80 - 90`, `≥ 80`), or a qualitative value (`WTP`). */
import type { CellValue } from "../grid";
import type { Target } from "../model";
import { parseNumberText, readNumberCell } from "./number";

export type TargetRead =
  | { kind: "value"; value: Target; unit: string | null }
  | { kind: "none" }
  | { kind: "unreadable" };

const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\s*d\.?|sampai)\s*(.+)$/i;
const BOUND = /^(≥|>=|>|≤|<=|<)\s*(.+)$/;

export function readTargetCell(value: CellValue, format?: string): TargetRead {
  if (typeof value !== "string") {
    const n = readNumberCell(value, format);
    return n.kind === "number" ? { kind: "value", value: n.value, unit: n.unit } : n;
  }
  const text = value.replace(/\u00a0/g, " ").trim();
  const n = parseNumberText(text);
  if (n.kind !== "unreadable") return n.kind === "number" ? { kind: "value", value: n.value, unit: n.unit } : n;

  const bound = BOUND.exec(text);
  if (bound) {
    const b = parseNumberText(bound[2]);
    if (b.kind !== "number") return { kind: "unreadable" };
    const atLeast = bound[1].startsWith(">") || bound[1] === "≥";
    return { kind: "value", value: atLeast ? { min: b.value, max: null } : { min: null, max: b.value }, unit: b.unit };
  }
  const range = RANGE.exec(text);
  if (range) {
    const a = parseNumberText(range[1]);
    const b = parseNumberText(range[2]);
    if (a.kind === "number" && b.kind === "number" && a.value <= b.value) {
      return { kind: "value", value: { min: a.value, max: b.value }, unit: b.unit ?? a.unit };
    }
    return { kind: "unreadable" };
  }
  // Qualitative: letters only, short (WTP, A, BB, Tersedia, Wajar Tanpa Pengecualian).
  if (/^[\p{L}][\p{L}\s'’/&().-]{0,59}$/u.test(text) && !/\d/.test(text)) return { kind: "value", value: text, unit: null };
  return { kind: "unreadable" };
}

export function isRange(t: Target | null): t is { min: number | null; max: number | null } {
  return t !== null && typeof t === "object";
}
