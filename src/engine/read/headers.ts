/** Recognising header cells by their words, wherever a table starts. */
import { squash } from "../parse/text";
import type { BudgetWord, Level } from "../model";

/** Header text as compared: lower case, single spaces, no trailing colon. */
export function headerKey(text: string): string {
  const k = squash(text);
  const last = k.charCodeAt(k.length - 1);
  return last === 58 /* : */ || last === 46 /* . */ ? k.replace(/[:.]+$/, "") : k;
}

export const isNoHeader = (t: string) => /^(no|nomor|no urut)$/.test(headerKey(t));
export const isIndikatorHeader = (t: string) => /^(indikator( kinerja| sasaran| program| kegiatan)?( utama)?|iku)\b/.test(headerKey(t));
export const isSatuanHeader = (t: string) => /^satuan\b/.test(headerKey(t));
export const isKodeHeader = (t: string) => /^(kode|kode rekening|no rekening)\b/.test(headerKey(t));
export const isAnggaranHeader = (t: string) => /^(anggaran|pagu)\b/.test(headerKey(t));
export const isJenisHeader = (t: string) => /^(jenis|uraian rencana|uraian realisasi|rencana|keterangan rencana)$/.test(headerKey(t));
export const isSifatHeader = (t: string) => /^sifat\b/.test(headerKey(t));
export const isPolaritasHeader = (t: string) => /^polaritas\b/.test(headerKey(t));
export const isRealisasiHeader = (t: string) => /^realisasi\b/.test(headerKey(t));
export const isTwGroupHeader = (t: string) => /^target (triwulan|tw)\b/.test(headerKey(t));

/** `Target`, `Target 2025`, `Target Kinerja`, `Target Tahunan`; not `Target Triwulan`. */
export const isTargetHeader = (t: string) => /^target( kinerja| tahunan| akhir)?( tahun( anggaran)?)?( \(?\d{4}\)?)?$/.test(headerKey(t));

/** The sasaran header and the level(s) its word implies. */
export function sasaranHeader(t: string): { levels: Level[] } | null {
  const k = headerKey(t);
  if (!/^(sasaran|tujuan ?\/ ?sasaran)\b/.test(k)) return null;
  if (/strategis/.test(k)) return { levels: ["kepala-daerah", "eselon2"] };
  if (/program/.test(k)) return { levels: ["eselon3"] };
  if (/kegiatan/.test(k)) return { levels: ["eselon4"] };
  return { levels: [] };
}

/** `Program`, `Kegiatan`, `Sub Kegiatan` (the word says the level); `Uraian` says nothing. */
export function budgetWordHeader(t: string): BudgetWord | "uraian" | null {
  const k = headerKey(t).replace(/^(nama|kode dan nama|kode\/nama|kode \/ nama)\s+/, "");
  if (/^sub ?kegiatan\b/.test(k)) return "sub kegiatan";
  if (/^kegiatan\b/.test(k)) return "kegiatan";
  if (/^program\b/.test(k)) return "program";
  if (/^uraian$/.test(k)) return "uraian";
  return null;
}

export const BUDGET_WORD_LEVEL: Record<BudgetWord, Level[]> = {
  program: ["kepala-daerah", "eselon2"],
  kegiatan: ["eselon3"],
  "sub kegiatan": ["eselon4"],
};

const TW_LABELS: [RegExp, number][] = [
  [/^(tw|triwulan|trw)[ -]?(i|1)$|^i$/, 0],
  [/^(tw|triwulan|trw)[ -]?(ii|2)$|^ii$/, 1],
  [/^(tw|triwulan|trw)[ -]?(iii|3)$|^iii$/, 2],
  [/^(tw|triwulan|trw)[ -]?(iv|4)$|^iv$/, 3],
];

/** 0..3 for `TW I`, `Triwulan II`, `TW 3`, `IV`; null otherwise. */
export function quarterOf(t: string): number | null {
  return t.length > 14 ? null : quarterOfKey(headerKey(t));
}

/** quarterOf for a text already made a header key. */
export function quarterOfKey(k: string): number | null {
  if (k.length > 14) return null;
  for (const [re, q] of TW_LABELS) if (re.test(k)) return q;
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"];
const MONTH_ALIASES: Record<string, number> = { may: 4, agt: 7, ags: 7, aug: 7, oct: 9, nop: 10, dec: 11 };

/** 0..11 for `Jan`, `Januari`, `AGU`, `Agustus`, `Nop`; null otherwise. */
export function monthOf(t: string): number | null {
  return t.length > 12 ? null : monthOfKey(headerKey(t));
}

/** monthOf for a text already made a header key. */
export function monthOfKey(k: string): number | null {
  if (!/^[a-z]{3,9}$/.test(k)) return null;
  const head = k.slice(0, 3);
  const full = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
  const i = MONTHS.indexOf(head);
  if (i >= 0 && (k.length === 3 || full[i] === k || (i === 10 && k === "nopember"))) return i;
  if (k in MONTH_ALIASES) return MONTH_ALIASES[k];
  return null;
}

export const isNumberingRow = (texts: string[]) => texts.length > 0 && texts.every((t) => /^\(?\d{1,2}\)?$/.test(t.trim()) && /\(/.test(t));

export const isJumlahLabel = (t: string) => /^(jumlah|total|jumlah anggaran|jumlah seluruh(nya)?|jumlah total|total anggaran)$/.test(headerKey(t));
