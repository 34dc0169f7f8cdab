/** Numbers as people type them in id-ID workbooks (workbook.md §5). */
import type { CellValue } from "../grid";

export type NumberRead =
  | { kind: "number"; value: number; unit: string | null }
  | { kind: "none" }
  | { kind: "unreadable" };

/** Excel keeps 15 significant digits: anything this large is a typing accident, not an amount or a target. */
export const MAX_MAGNITUDE = 1e15;

const NONE: NumberRead = { kind: "none" };
const UNREADABLE: NumberRead = { kind: "unreadable" };

/** A percent number format: the cell holds 0.855 for 85,5 %. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || format === "General" || !format.includes("%")) return false;
  return /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/** A cell's value as a number, with any unit written in the cell. */
export function readNumberCell(value: CellValue, format?: string): NumberRead {
  if (value === null || value === undefined) return NONE;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) >= MAX_MAGNITUDE) return UNREADABLE;
    return isPercentFormat(format) ? { kind: "number", value: value * 100, unit: "%" } : { kind: "number", value, unit: null };
  }
  if (typeof value === "boolean") return UNREADABLE;
  return parseNumberText(value);
}

const NUMBER_HEAD = /^([+-]?)\s*(\d[\d.,\s]*\d|\d)(.*)$/;
const RATE_UNIT = /^(per|\/)\s*\d{1,3}(\.\d{3})*\s+\p{L}[\p{L} .]*$/iu;

/** `Rp 1.250.000.000,-`, `85,5 %`, `12.480 orang`, `-` ... */
export function parseNumberText(raw: string): NumberRead {
  let s = raw.replace(/\u00a0/g, " ").trim();
  if (s === "" || /^[-–—]+$/.test(s)) return NONE;
  s = s.replace(/^rp\.?\s*/i, "").replace(/,\s*-\s*$/, "").replace(/\.-$/, "").trim();
  const m = NUMBER_HEAD.exec(s);
  if (!m) return UNREADABLE;
  const digits = m[2].replace(/\s+(?=\d{3}(?!\d))/g, ".");
  const value = /\s/.test(digits) ? null : parseDigits(digits);
  if (value === null) return UNREADABLE;
  const rest = m[3].trim();
  // `per 100.000 KH`, `/1.000 penduduk`: a rate's unit holds its own number.
  if (/\d/.test(rest) && !RATE_UNIT.test(rest)) return UNREADABLE;
  const unit = rest === "" ? null : rest.replace(/^[.,]+\s*/, "");
  if (unit !== null && !/^[%\p{L}/().²³\s-]+$/u.test(unit) && !RATE_UNIT.test(unit)) return UNREADABLE;
  return { kind: "number", value: m[1] === "-" ? -value : value, unit: unit || null };
}

/** Digits with `.` and `,`: id-ID first (dot groups, comma decimal), en-US grouping when it cannot be id-ID. */
function parseDigits(s: string): number | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const idStyle = s.lastIndexOf(",") > s.lastIndexOf(".");
    const [group, dec] = idStyle ? [".", ","] : [",", "."];
    const [intPart, fracPart, extra] = s.split(dec);
    if (extra !== undefined || !validGroups(intPart, group)) return null;
    normal = intPart.split(group).join("") + "." + fracPart;
  } else if (dots > 1 || commas > 1) {
    const sep = dots > 1 ? "." : ",";
    if (!validGroups(s, sep)) return null;
    normal = s.split(sep).join("");
  } else if (dots === 1) {
    // `12.480` is twelve thousand (id-ID grouping); `85.5`, `412.6`, `0.855` can only be decimals.
    const [i, f] = s.split(".");
    normal = f.length === 3 && i !== "0" && !/^0\d/.test(i) ? i + f : i + "." + f;
  } else if (commas === 1) {
    normal = s.replace(",", ".");
  } else normal = s;
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const n = Number(normal);
  return n < MAX_MAGNITUDE ? n : null;
}

function validGroups(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
