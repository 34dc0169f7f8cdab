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
const NOTE_AFTER = /^(.*?\S)\s*\((?=[^()]*[\d\s])[^()]*\)$/;
const OUT_OF = /^(\d[\d.,]*)\s+dari\s+\d[\d.,]*\s*(?<unit>.*)$/i;
const GRADE_UNITS = "predikat|opini|nilai|kategori|peringkat|level";
const GRADE_AFTER = new RegExp(`^(?<grade>[A-Z]{1,3}[+-]?)\\s+(?<unit>${GRADE_UNITS})$`, "i");
const GRADE_BEFORE = new RegExp(`^(?<unit>${GRADE_UNITS})\\s*:?\\s*(?<grade>[A-Z]{1,3}[+-]?)$`, "i");

export function readTargetCell(value: CellValue, format?: string): TargetRead {
  if (typeof value !== "string") {
    const n = readNumberCell(value, format);
    return n.kind === "number" ? { kind: "value", value: n.value, unit: n.unit } : n;
  }
  // A cell wrapped over lines (a PDF converted, a long unit) reads as one line.
  const text = value.replace(/\u00a0/g, " ").replace(/\s*\n\s*/g, " ").trim();
  const n = parseNumberText(text);
  if (n.kind !== "unreadable") return n.kind === "number" ? { kind: "value", value: n.value, unit: n.unit } : n;
  // `140 Kelompok (1.400 orang)`: a note in brackets behind the number and its unit; `100 dari 110 Organisasi`: the
  // target is the first number, out of the second.
  const noted = NOTE_AFTER.exec(text) ?? OUT_OF.exec(text);
  if (noted) {
    const first = parseNumberText(noted[1]);
    if (first.kind === "number") {
      const unit = noted.groups?.unit?.trim() || first.unit;
      return { kind: "value", value: first.value, unit: unit || null };
    }
  }

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
  // A grade with its unit word glued before or after it (`BB Predikat`, `Predikat: A`, `Opini WTP`): the grade is
  // the value, so it compares with a realisasi written `BB`.
  const graded = GRADE_AFTER.exec(text) ?? GRADE_BEFORE.exec(text);
  if (graded && graded.groups!.grade === graded.groups!.grade.toUpperCase()) return { kind: "value", value: graded.groups!.grade, unit: graded.groups!.unit };
  // Qualitative: letters only, short (WTP, A, BB, Tersedia, Wajar Tanpa Pengecualian).
  if (/^[\p{L}][\p{L}\s'’/&().-]{0,59}$/u.test(text) && !/\d/.test(text)) return { kind: "value", value: text, unit: null };
  return { kind: "unreadable" };
}

export function isRange(t: Target | null): t is { min: number | null; max: number | null } {
  return t !== null && typeof t === "object";
}
