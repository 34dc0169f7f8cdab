/** Matching header cells against the vocabulary of words/headers.ts, and the planner's own `Judul kolom` rows. */
import type { BudgetWord, Level } from "../model";
import { squash } from "../parse/text";
import { HEADER_PHRASES, MEASURE_WORDS, SERIES_WORDS, type Field } from "./words/headers";
import { withoutRunningWords } from "./words/running";

/** A header as compared: lower case, words only (`Anggaran (Rp)` → `anggaran rp`, `TW.I` → `tw i`, years dropped). */
export function headerWords(text: string): string {
  let s = text.length <= 120 ? text.toLowerCase() : text.slice(0, 120).toLowerCase();
  if (!/^[a-z ]*$/.test(s)) {
    s = s.replace(/&/g, " dan ").replace(/\b(19|20)\d{2}\b/g, " ").replace(/[^\p{L}\p{N}%]+/gu, " ");
  }
  s = squash(s);
  return s.startsWith("% ") ? s.slice(2) : s;
}

/** Phrase lookup by longest word-prefix: `target triwulan i` finds `target triwulan`. */
class PhraseTable<T> {
  private map = new Map<string, T>();
  private longest = 1;
  constructor(entries: [string, T][]) {
    for (const [phrase, value] of entries) this.set(phrase, value);
  }
  set(phrase: string, value: T): void {
    const key = headerWords(phrase);
    this.map.set(key, value);
    this.longest = Math.max(this.longest, key.split(" ").length);
  }
  exact(words: string): T | undefined {
    return this.map.get(words);
  }
  find(words: string): T | undefined {
    const exact = this.map.get(words);
    if (exact !== undefined) return exact;
    // Word boundaries from the left; the longest prefix that is a phrase wins.
    const ends: number[] = [];
    for (let i = words.indexOf(" "); i > 0 && ends.length < this.longest; i = words.indexOf(" ", i + 1)) ends.push(i);
    for (let k = ends.length - 1; k >= 0; k--) {
      const hit = this.map.get(words.slice(0, ends[k]));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

/** A column meaning the planner gave, beyond the vocabulary: `tw3` names a quarter column. */
export type PlannerField = Field | "tw1" | "tw2" | "tw3" | "tw4";

export class Vocabulary {
  private fields = new PhraseTable<Field>(HEADER_PHRASES);
  private planner = new Map<string, PlannerField>();
  private series = new PhraseTable(SERIES_WORDS);
  private measures = new PhraseTable(MEASURE_WORDS);
  private cache = new Map<string, HeaderMeaning | null>();

  /** A header text the planner named in PENGATURAN: it wins over the vocabulary. */
  teach(header: string, meaning: PlannerField): void {
    this.planner.set(headerWords(header), meaning);
    this.cache.clear();
  }

  /** What a header cell says; null when the vocabulary does not know it. */
  meaning(text: string): HeaderMeaning | null {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const m = this.compute(text);
    if (this.cache.size < 50_000) this.cache.set(text, m);
    return m;
  }

  private compute(text: string): HeaderMeaning | null {
    if (text.length > 120) return null;
    const words = headerWords(text);
    if (!words) return null;
    const taught = this.planner.get(words);
    if (taught) {
      const q = /^tw([1-4])$/.exec(taught);
      return q ? { field: "target-tw", quarter: Number(q[1]) - 1, words } : { field: taught as Field, words };
    }
    const running = this.running(words);
    if (running) return running;
    const month = monthOfWords(words);
    if (month !== null) return { field: "bulan", month, words };
    const quarter = quarterOfWords(words);
    if (quarter !== null) return { field: "target-tw", quarter, words, bare: true };
    const field = this.fields.find(words);
    if (!field) return null;
    // `Target TW1`, `Realisasi Triwulan III` in one cell: the field of that quarter.
    const tail = QUARTER_TAIL.exec(words);
    const inCell = tail ? quarterOfWords(`${tail[1]} ${tail[2]}`) : null;
    if (inCell !== null && QUARTER_FIELD_OF[field]) return { field: QUARTER_FIELD_OF[field]!, quarter: inCell, words };
    return { field, words };
  }

  /** `Realisasi s.d. Triwulan II`, `s.d. TW I` over a realisasi group: the period's column, as a running total. */
  private running(words: string): HeaderMeaning | null {
    const rest = withoutRunningWords(words);
    const m = rest === null ? null : this.compute(rest);
    if (!m || (m.quarter === undefined && m.month === undefined && !RUNNING_FIELDS.has(m.field))) return null;
    return { ...m, words, running: true };
  }

  private subCache = new Map<string, { series: "rencana" | "realisasi" | null; measure: "keuangan" | "fisik" | null }>();

  private sub(text: string) {
    let hit = this.subCache.get(text);
    if (!hit) {
      const words = headerWords(text);
      hit = { series: this.series.find(words) ?? null, measure: this.measures.find(words) ?? null };
      if (this.subCache.size < 50_000) this.subCache.set(text, hit);
    }
    return hit;
  }

  /** `DKKB` / `Realisasi` under a month: which series; null when the words say none. */
  seriesOf(text: string): "rencana" | "realisasi" | null {
    return this.sub(text).series;
  }

  measureOf(text: string): "keuangan" | "fisik" | null {
    return this.sub(text).measure;
  }
}

export interface HeaderMeaning {
  field: Field;
  /** 0..3 for a quarter label (`TW I`, `Triwulan 2`, `IV`). */
  quarter?: number;
  /** 0..11 for a month label. */
  month?: number;
  /** A quarter label on its own, whose series its group decides. */
  bare?: boolean;
  /** `s.d. TW II`: a running total from January up to the period, not the period's own figure. */
  running?: boolean;
  words: string;
}

/** Fields whose group header (`Realisasi s.d.` over `TW I .. TW IV`) may say that its periods are running totals. */
const RUNNING_FIELDS = new Set<Field>(["realisasi", "realisasi-keuangan", "realisasi-fisik", "rencana-keuangan"]);

const TW = /^(tw|triwulan|trw|tri wulan|q)?\s*(i{1,3}|iv|[1-4])$/;
const QUARTER_TAIL = /\s(tw|triwulan|trw|tri wulan)\s*(i{1,3}|iv|[1-4])$/;
/**
 * The field of a quarter's column, by the field it stands under or after: targets under `Target` (or in `Target TW1`),
 * money under `Pagu` or `Target Keuangan`. Only these fields have quarter columns.
 */
export const QUARTER_FIELD_OF: Partial<Record<Field, Field>> = {
  target: "target-tw", "target-tw": "target-tw", realisasi: "realisasi", pagu: "rencana-keuangan",
  "rencana-keuangan": "rencana-keuangan", "realisasi-keuangan": "realisasi-keuangan",
};
const ROMAN_Q: Record<string, number> = { i: 0, ii: 1, iii: 2, iv: 3, "1": 0, "2": 1, "3": 2, "4": 3 };

/** 0..3 for `TW I`, `Triwulan II`, `TW 3`, `TW.IV`, `IV`; null otherwise. */
export function quarterOfWords(words: string): number | null {
  if (words.length > 14) return null;
  const m = TW.exec(words);
  return m ? ROMAN_Q[m[2]] : null;
}

export function quarterOf(text: string): number | null {
  return text.length > 20 ? null : quarterOfWords(headerWords(text));
}

const MONTHS: [string, number][] = [
  ["januari", 0], ["jan", 0], ["februari", 1], ["feb", 1], ["pebruari", 1], ["peb", 1], ["maret", 2], ["mar", 2],
  ["april", 3], ["apr", 3], ["mei", 4], ["may", 4], ["juni", 5], ["jun", 5], ["juli", 6], ["jul", 6],
  ["agustus", 7], ["agu", 7], ["agt", 7], ["ags", 7], ["agts", 7], ["agst", 7], ["aug", 7], ["august", 7],
  ["september", 8], ["sep", 8], ["sept", 8], ["okt", 9], ["oktober", 9], ["oct", 9], ["october", 9],
  ["nov", 10], ["november", 10], ["nop", 10], ["nopember", 10], ["des", 11], ["desember", 11], ["dec", 11], ["december", 11],
];
const MONTH_MAP = new Map(MONTHS);

/** 0..11 for `Jan`, `JANUARI`, `AGTS`, `Sept`, `Nop`, also with a year or `Bulan` beside it; null otherwise. */
export function monthOfWords(words: string): number | null {
  if (words.length > 20) return null;
  const w = words.replace(/^bulan /, "").replace(/ \d+$/, "");
  return MONTH_MAP.get(w) ?? null;
}

export function monthOf(text: string): number | null {
  return text.length > 24 ? null : monthOfWords(headerWords(text));
}

export const BUDGET_WORDS: readonly BudgetWord[] = ["program", "kegiatan", "sub kegiatan"];

export function isBudgetWord(f: Field): f is BudgetWord {
  return f === "program" || f === "kegiatan" || f === "sub kegiatan";
}

export const BUDGET_WORD_LEVEL: Record<BudgetWord, Level[]> = {
  program: ["kepala-daerah", "eselon2"],
  kegiatan: ["eselon3"],
  "sub kegiatan": ["eselon4"],
};

/** The budget word a level's PK lists. */
export const WORD_OF_LEVEL: Record<Level, BudgetWord> = {
  "kepala-daerah": "program",
  eselon2: "program",
  eselon3: "kegiatan",
  eselon4: "sub kegiatan",
};

/** The level(s) a sasaran header's words imply: `Sasaran Strategis` is kepala daerah or eselon II. */
export function sasaranLevels(words: string): Level[] {
  if (/\bstrategis\b/.test(words)) return ["kepala-daerah", "eselon2"];
  if (/\bsub kegiatan\b/.test(words)) return ["eselon4"];
  if (/\bprogram\b/.test(words) || /\bes(elon)? iii\b/.test(words)) return ["eselon3"];
  if (/\bkegiatan\b/.test(words) || /\bes(elon)? iv\b/.test(words)) return ["eselon4"];
  return [];
}
