/**
 * What Excel makes of a string written through Range.values into a cell that is not Text ("@"): the same as a
 * planner typing it. Excel parses in the user's locale; the fake accepts both id-ID and en-US forms, so a door
 * that protects text only against one of them still fails here.
 */
export type Coerced =
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; format?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "text"; value: string };

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];
const BOOLEANS: Record<string, boolean> = { TRUE: true, FALSE: false, BENAR: true, SALAH: false };
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mar: 3, maret: 3, march: 3, apr: 4, april: 4,
  mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, agu: 8, agt: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};
/** The year Excel assumes for a date typed without one. */
const THIS_YEAR = 2025;

/** Excel's serial number of a date (1900 system, with its 29 Feb 1900). */
export function dateSerial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A number as typed: id-ID (1.234,5) or en-US (1,234.5) grouping, exponents, (123) for negatives, Rp or $. */
function numberOf(text: string): { value: number; format?: string } | null {
  let s = text.replace(/\u00a0/g, " ").trim();
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1].trim();
  }
  let format: string | undefined;
  const currency = /^(Rp\.?|\$)\s*(.*)$/i.exec(s);
  if (currency) {
    format = currency[1].startsWith("$") ? "$#,##0" : "\"Rp\"#,##0";
    s = currency[2];
  }
  const percent = /^(.*?)\s*%$/.exec(s);
  if (percent) {
    format = "0%";
    s = percent[1];
  }
  const m = /^([+-]?)(\d[\d.,]*|[.,]\d+)(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m) return null;
  const digits = plainDigits(m[2]);
  if (digits === null) return null;
  let value = Number(digits) * (m[1] === "-" ? -1 : 1) * sign;
  if (m[3] !== undefined) {
    value *= 10 ** Number(m[3]);
    format ??= "0.00E+00";
  }
  if (format === "0%") value /= 100;
  return Number.isFinite(value) ? { value, ...(format ? { format } : {}) } : null;
}

function plainDigits(s: string): string | null {
  if (/^\d+$/.test(s)) return s;
  // One separator followed by other than three digits is a decimal point, in either locale.
  const single = /^(\d*)[.,](\d+)$/.exec(s);
  if (single && single[2].length !== 3) return `${single[1] || "0"}.${single[2]}`;
  for (const [group, dec] of [[".", ","], [",", "."]]) {
    const [int, frac, extra] = s.split(dec);
    if (extra !== undefined) continue;
    const parts = int.split(group);
    if (!/^\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) continue;
    if (frac !== undefined && !/^\d+$/.test(frac)) continue;
    return parts.join("") + (frac !== undefined ? "." + frac : "");
  }
  return null;
}

function dateOf(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return dateSerial(+m[1], +m[2], +m[3]);
  // d/m/y (id-ID) or m/d/y (en-US), with / or -; the year may be missing.
  m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const y = m[3] === undefined ? THIS_YEAR : m[3].length === 2 ? 2000 + +m[3] : +m[3];
    return dateSerial(y, +m[2], +m[1]) ?? dateSerial(y, +m[1], +m[2]);
  }
  // 1 Mei 2025, 1-May-2025, 1 Mei
  m = /^(\d{1,2})[ -]([a-z]+)\.?(?:[ ,-]+(\d{4}))?$/.exec(s);
  if (m && MONTHS[m[2]]) return dateSerial(m[3] ? +m[3] : THIS_YEAR, MONTHS[m[2]], +m[1]);
  // May 1, 2025
  m = /^([a-z]+)\.? (\d{1,2}),? ?(\d{4})?$/.exec(s);
  if (m && MONTHS[m[1]]) return dateSerial(m[3] ? +m[3] : THIS_YEAR, MONTHS[m[1]], +m[2]);
  // Mei 2025
  m = /^([a-z]+)[ -](\d{4})$/.exec(s);
  if (m && MONTHS[m[1]]) return dateSerial(+m[2], MONTHS[m[1]], 1);
  return null;
}

/** 13:45, 1:02:02, and id-ID's 13.45.10 (a dot separates hours, minutes and seconds). */
function timeOf(text: string): number | null {
  const m = /^(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?$/.exec(text.trim());
  if (!m || (m[2] === "." && m[4] === undefined)) return null;
  const [h, min, sec] = [+m[1], +m[3], +(m[4] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86_400;
}

export function coerce(input: string): Coerced {
  // A leading apostrophe is Excel's "this is text" prefix: it is not part of the value.
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  const t = input.trim();
  const upper = t.toUpperCase();
  if (ERRORS.includes(upper)) return { kind: "error", value: upper };
  if (upper in BOOLEANS) return { kind: "boolean", value: BOOLEANS[upper] };
  const n = numberOf(t);
  if (n) return { kind: "number", ...n };
  const date = dateOf(t);
  if (date !== null) return { kind: "number", value: date, format: "d/m/yyyy" };
  const time = timeOf(t);
  if (time !== null) return { kind: "number", value: time, format: "h:mm:ss" };
  if (/^[=+\-@]/.test(input) && input.length > 1) return { kind: "formula", formula: input.startsWith("=") ? input : "=" + input };
  return { kind: "text", value: input };
}
