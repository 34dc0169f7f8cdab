import type { Target } from "./model";

/** Numbers in id-ID form for messages and sheets: `1.250.000.000`, `99,15`. Hand-written: Intl is slow on hot paths. */

function group(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  const head = intPart.length % 3 || 3;
  let out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += "." + intPart.slice(i, i + 3);
  return out;
}

function render(n: number, decimals: number, keepZeros: boolean): string {
  if (!Number.isFinite(n)) return String(n);
  // Whole numbers (most targets and realisasi) need no rounding work.
  if (Number.isInteger(n) && Math.abs(n) < 1e15 && (!keepZeros || decimals === 0)) return (n < 0 ? "-" : "") + group(String(Math.abs(n)));
  const s = Math.abs(n).toFixed(decimals);
  if (s.includes("e")) return String(n);
  const dot = s.indexOf(".");
  const intPart = dot < 0 ? s : s.slice(0, dot);
  let end = s.length;
  if (dot >= 0 && !keepZeros) while (end > dot + 1 && s.charCodeAt(end - 1) === 48) end--;
  const frac = dot < 0 || end === dot + 1 ? "" : "," + s.slice(dot + 1, end);
  const out = group(intPart) + frac;
  return n < 0 && out !== "0" && !/^0(,0+)?$/.test(out) ? "-" + out : out;
}

/** Up to `maxDecimals` decimals, no trailing zeros: `12.480`, `7,2`. */
export function formatNumber(n: number, maxDecimals = 2): string {
  return render(n, maxDecimals, false);
}

/** Always two decimals: `99,15`, `100,00`. */
export function formatPercent(n: number): string {
  return render(n, 2, true);
}

export function formatRupiah(n: number): string {
  return "Rp " + formatNumber(n, 2);
}

/** A target as written: `98`, `WTP`, `80 – 90`, `≥ 80` (a range with up to `decimals` decimals). */
export function targetText(t: Target | null, decimals = 2): string | number | null {
  if (t === null || typeof t === "number" || typeof t === "string") return t;
  const n = (x: number) => formatNumber(x, decimals);
  if (t.min !== null && t.max !== null) return `${n(t.min)} – ${n(t.max)}`;
  return t.min !== null ? `≥ ${n(t.min)}` : t.max !== null ? `≤ ${n(t.max)}` : null;
}
