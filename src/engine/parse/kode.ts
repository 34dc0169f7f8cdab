/** Kode program / kegiatan / sub kegiatan (Permendagri 90/2019 nomenclature). */
import type { BudgetWord } from "../model";

export type KodeDepth = 3 | 5 | 6;

const SHAPES: Record<KodeDepth, RegExp> = {
  3: /^\d\.\d{2}\.\d{2}$/,
  5: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/,
  6: /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/,
};

const TIDY_KODE = /^\d\.\d{2}\.\d{2}(\.[1-9]\.\d{2}(\.\d{4})?)?$/;

/** Spaces and a trailing dot removed; a two-digit middle part (`1.02.02.02.02.0001`) made one digit. */
export function normaliseKode(raw: string): string {
  if (TIDY_KODE.test(raw)) return raw;
  let s = raw.replace(/\s+/g, "").replace(/\.+$/, "");
  const parts = s.split(".");
  if (parts.length >= 5 && /^0\d$/.test(parts[3])) parts[3] = parts[3].slice(1);
  s = parts.join(".");
  return s;
}

export function kodeDepth(kode: string): KodeDepth | null {
  for (const d of [3, 5, 6] as KodeDepth[]) if (SHAPES[d].test(kode)) return d;
  return null;
}

export const DEPTH_OF_WORD: Record<BudgetWord, KodeDepth> = { program: 3, kegiatan: 5, "sub kegiatan": 6 };

/** True when `kode` equals `parent` or lies under it (`1.02.02.2.02` under `1.02.02`). */
export function kodeUnder(kode: string, parent: string): boolean {
  return kode === parent || kode.startsWith(parent + ".");
}

/** `1.02.02 Program ...` → the kode and the rest; null when the text does not start with a kode. */
export function splitLeadingKode(text: string): { kode: string; rest: string } | null {
  const m = /^\s*(\d+(?:\s*\.\s*\d+)+)\.?\s+(\S.*)$/s.exec(text);
  if (!m) return null;
  return { kode: normaliseKode(m[1]), rest: m[2].trim() };
}

/** Something that looks like a kode at all (digits and dots), before validity is judged. */
export function looksLikeKode(text: string): boolean {
  return /^\s*\d+(\s*\.\s*\d+)+\.?\s*$/.test(text);
}
