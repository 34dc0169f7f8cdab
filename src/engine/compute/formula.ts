/** Capaian of one value against one target, with the computation in words (capaian.md). */
import type { NegativeRule, Polaritas, Target } from "../model";
import { formatNumber, formatPercent } from "../format";

export interface Capaian {
  value: number | null;
  /** e.g. `9.280 / 9.360 × 100 = 99,15`; `(2 × 98 − 105) / 98 × 100 = 92,86`. */
  text: string;
}

const n = (x: number) => formatNumber(x, 4);

function positif(r: number, t: number): Capaian {
  if (t === 0) return { value: null, text: `target 0: capaian tidak dapat dihitung` };
  const v = (r / t) * 100;
  return { value: v, text: `${n(r)} / ${n(t)} × 100 = ${formatPercent(v)}` };
}

function negatif(r: number, t: number, rule: NegativeRule): Capaian {
  if (rule === "T/R") {
    if (r === 0) return t === 0 ? { value: 100, text: `target 0 dan realisasi 0 → 100,00` } : { value: null, text: `realisasi 0: T/R tidak dapat dihitung` };
    const v = (t / r) * 100;
    return { value: v, text: `${n(t)} / ${n(r)} × 100 = ${formatPercent(v)}` };
  }
  if (t === 0) return r === 0 ? { value: 100, text: `target 0 dan realisasi 0 → 100,00` } : { value: 0, text: `target 0 dan realisasi ${n(r)} → 0,00` };
  const raw = ((2 * t - r) / t) * 100;
  const base = `(2 × ${n(t)} − ${n(r)}) / ${n(t)} × 100 = ${formatPercent(raw)}`;
  return raw < 0 ? { value: 0, text: `${base} → 0,00 (tidak kurang dari 0)` } : { value: raw, text: base };
}

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

export function capaianOf(r: number | string | null, t: Target | null, polaritas: Polaritas, rule: NegativeRule): Capaian {
  const c = rawCapaian(r, t, polaritas, rule);
  // A target near zero (1e-307) overflows the division: that is no capaian, not an infinite one.
  return c.value === null || Number.isFinite(c.value) ? c : { value: null, text: `${c.text}: hasil tak terhingga, capaian tidak dapat dihitung` };
}

function rawCapaian(r: number | string | null, t: Target | null, polaritas: Polaritas, rule: NegativeRule): Capaian {
  if (r === null) return { value: null, text: "belum ada realisasi" };
  if (t === null) return { value: null, text: "tanpa target" };
  if (typeof t === "string") {
    const ok = typeof r === "string" && same(r, t);
    return { value: ok ? 100 : 0, text: `"${r}" ${ok ? "sama dengan" : "tidak sama dengan"} target "${t}" → ${ok ? "100,00" : "0,00"}` };
  }
  if (typeof r === "string") return { value: null, text: `realisasi "${r}" bukan angka untuk target angka` };
  if (typeof t === "number") return polaritas === "positif" ? positif(r, t) : negatif(r, t, rule);
  const { min, max } = t;
  if (min !== null && max !== null) {
    const range = `${n(min)} – ${n(max)}`;
    if (r >= min && r <= max) return { value: 100, text: `${n(r)} di dalam rentang ${range} → 100,00` };
    if (polaritas === "positif") {
      if (r > max) return { value: 100, text: `${n(r)} di atas rentang ${range} → 100,00` };
      const c = positif(r, min);
      return { value: c.value, text: `${c.text} (di bawah rentang ${range})` };
    }
    if (r < min) return { value: 100, text: `${n(r)} di bawah rentang ${range} → 100,00` };
    const c = negatif(r, max, rule);
    return { value: c.value, text: `${c.text} (di atas rentang ${range})` };
  }
  if (min !== null) return positif(r, min);
  return negatif(r, max as number, rule);
}

/** Capped at `batas` before any average. */
export function capped(c: Capaian, batas: number | null): Capaian {
  if (batas === null || c.value === null || c.value <= batas) return c;
  return { value: batas, text: `${c.text} → dibatasi ${formatPercent(batas)}` };
}
