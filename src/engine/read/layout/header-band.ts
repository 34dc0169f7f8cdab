/**
 * A table's header: the header row, the rows of sub-headers under its group cells (`TW I..IV` under `Target
 * Triwulan`, months under `Kebutuhan Kas Bulanan`, `DKKB | REALISASI` under each month) and an optional
 * numbering row, resolved into one meaning per column.
 */
import type { SheetReader } from "../sheet-reader";
import type { Field } from "../words/headers";
import { QUARTER_FIELD_OF, headerWords, type HeaderMeaning } from "../vocab";
import { isNumberingRow } from "./rows";

export interface Column {
  col: number;
  field: Field;
  /** The header words, the group's first: `target triwulan / tw i`. */
  words: string;
  /** The header cell (the group cell for a sub-header), as sheet row and column: its address when a finding needs it. */
  hr: number;
  hc: number;
  quarter?: number;
  month?: number;
  series?: "rencana" | "realisasi";
  measure?: "keuangan" | "fisik";
  /** Money written in thousands or millions (`Pagu (Rp.000)`, `Anggaran (juta rupiah)`): what a cell's number is worth. */
  factor?: number;
  /** `Realisasi s.d. TW II`: the figure from January up to the period (a running total), not the period's own. */
  running?: true;
}

export interface Band {
  /** Header row, and the last row of the header (sub-headers, numbering). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: Column[];
  /** Columns whose header the vocabulary does not know: their cells stay unread. */
  unknown: number[];
}

/** Fields that make a header row a table's: a row of them is a header even among other words. */
const ANCHORS = new Set<Field>([
  "indikator", "target", "target-tw", "realisasi", "rencana-keuangan", "realisasi-keuangan", "program", "kegiatan",
  "sub kegiatan", "uraian", "kode", "pagu", "pagu-sumber",
]);

/** A header row: at least two known header words of two meanings, one an anchor, most of its texts known, no numbers. */
export function isHeaderRow(rd: SheetReader, r: number): boolean {
  const cols = rd.sheet.cols(r);
  if (cols.length < 2) return false;
  let texts = 0;
  let known = 0;
  let anchored = false;
  let months = 0;
  // Two meanings at least: the first seen, and whether another differs from it.
  let firstField: Field | null = null;
  let twoFields = false;
  let figures = 0;
  for (const c of cols) {
    const v = rd.sheet.value(r, c);
    if (typeof v !== "string") {
      // A header holds words; a stray figure beside it is tolerated, a row of figures is data.
      if (++figures > 1) return false;
      continue;
    }
    if (v.length > 120) return false;
    // An amount typed as text (`177.792.500`) is a figure all the same.
    if (AMOUNT_TEXT.test(v)) {
      if (++figures > 1) return false;
      continue;
    }
    texts++;
    const m = rd.meaning(r, c);
    if (!m) continue;
    known++;
    // A quarter label (`Triwulan 1`) is a header's word, but says nothing of the table on its own.
    if (m.bare) continue;
    if (firstField === null) firstField = m.field;
    else if (m.field !== firstField) twoFields = true;
    if (m.field === "bulan") months++;
    if (ANCHORS.has(m.field)) anchored = true;
  }
  return known >= 2 && known * 2 >= texts && figures * 4 <= texts && ((anchored && twoFields) || months >= 3);
}

const AMOUNT_TEXT = /^\s*(rp\.?\s*)?\d{1,3}([.,]\d{3})+([.,]\d{1,2})?\s*$/i;

interface HeaderCell {
  col: number;
  /** Last column of its group: up to the next header cell. */
  end: number;
  meaning: HeaderMeaning | null;
  row: number;
}

const GROUPS = new Set<Field>(["target", "target-tw", "realisasi", "rencana-keuangan", "realisasi-keuangan", "rencana-fisik", "realisasi-fisik", "pagu", "bulan"]);

/** Fields that name a table's rows: a row holding one is a table's own header, never another's sub-header. */
const NAMING = new Set<Field>(["no", "sasaran", "indikator", "program", "kegiatan", "sub kegiatan", "uraian", "kode"]);

/** Reads the header that starts at row r. */
export function readBand(rd: SheetReader, r: number): Band {
  const { sheet } = rd;
  const cols = sheet.cols(r);
  const cells: HeaderCell[] = cols.map((c, i) => ({ col: c, end: i + 1 < cols.length ? cols[i + 1] - 1 : Infinity, meaning: rd.meaning(r, c), row: r }));
  const subRows: number[] = [];
  let bottom = r;
  for (let next = r + 1; subRows.length < 2; next++) {
    if (!sheet.cols(next).length || isNumberingRow(sheet, next) || !isSubHeaderRow(rd, next, cells)) break;
    subRows.push(next);
    bottom = next;
  }
  if (isNumberingRow(sheet, bottom + 1)) bottom++;

  const columns: Column[] = [];
  const unknown: number[] = [];
  let right = cols[cols.length - 1];
  // Each sub-header cell, lowest row per column, in column order: the header cells' groups take them in turn.
  const under = subCells(rd, subRows);
  let k = 0;
  for (const h of cells) {
    while (k < under.c.length && under.c[k] < h.col) k++;
    const start = k;
    while (k < under.c.length && under.c[k] <= h.end) k++;
    if (start === k) {
      if (h.meaning) columns.push(leaf(h, h.meaning));
      else unknown.push(h.col);
      continue;
    }
    for (let i = start; i < k; i++) {
      const ur = under.r[i];
      const uc = under.c[i];
      if (uc > right) right = uc;
      const sub = rd.meaning(ur, uc);
      const mid = ur > subRows[0] ? subHeaderAbove(rd, subRows[0], uc, h) : null;
      // `Capaian Kinerja` / `Total 2025` / `Real.`: the year's total beside its quarters, no figure the model keeps.
      const col = ur > subRows[0] && isPeriodTotal(textAbove(rd, subRows[0], uc, h)) ? null : combine(rd, h, mid, sub, ur, uc);
      if (col) columns.push(col);
      else unknown.push(uc);
    }
  }
  // Header cells and the sub-headers under each come in column order: sorting is for what does not.
  if (!ascending(columns)) columns.sort((a, b) => a.col - b.col);
  kinerjaBesideTarget(columns);
  const kept = rupiahOverPercent(columns, unknown);
  return { top: r, bottom, left: cols[0], right, columns: kept, unknown };
}

function ascending(columns: Column[]): boolean {
  for (let i = 1; i < columns.length; i++) if (columns[i].col < columns[i - 1].col) return false;
  return true;
}

/** The sub-header cells of one or two rows, by column; where both rows hold a cell, the lower one. */
function subCells(rd: SheetReader, subRows: number[]): { r: number[]; c: number[] } {
  if (!subRows.length) return { r: [], c: [] };
  const upper = rd.sheet.cols(subRows[0]);
  if (subRows.length === 1) return { r: upper.map(() => subRows[0]), c: upper };
  const lower = rd.sheet.cols(subRows[1]);
  const r: number[] = [];
  const c: number[] = [];
  let i = 0;
  let j = 0;
  while (i < upper.length || j < lower.length) {
    if (j >= lower.length || (i < upper.length && upper[i] < lower[j])) {
      r.push(subRows[0]);
      c.push(upper[i++]);
    } else {
      if (i < upper.length && upper[i] === lower[j]) i++;
      r.push(subRows[1]);
      c.push(lower[j++]);
    }
  }
  return { r, c };
}

/** A middle header row (months) above a leaf (DKKB | REALISASI): the nearest cell at or left of the column. */
function subHeaderAbove(rd: SheetReader, row: number, c: number, h: HeaderCell): HeaderMeaning | null {
  const cols = rd.sheet.cols(row).filter((x) => x <= c && x >= h.col);
  return cols.length ? rd.meaning(row, cols[cols.length - 1]) : null;
}

/** The text of the middle header cell over column c (the nearest at or left of it within its group). */
function textAbove(rd: SheetReader, row: number, c: number, h: HeaderCell): string {
  const cols = rd.sheet.cols(row).filter((x) => x <= c && x >= h.col);
  return cols.length ? rd.sheet.str(row, cols[cols.length - 1]) : "";
}

const isPeriodTotal = (text: string) => /^\s*(total|jumlah)(\s+(tahun\s+)?(19|20)\d{2})?\s*$/i.test(text);

function leaf(h: HeaderCell, m: HeaderMeaning): Column {
  const c: Column = { col: h.col, field: m.field, words: m.words, hr: h.row, hc: h.col, quarter: m.quarter, month: m.month, factor: factorOf(m.words) };
  return m.running ? { ...c, running: true } : c;
}

const FACTORS = new Map<string, number | undefined>();

/** `rp 000`, `ribuan`, `dalam ribu rupiah`: thousands; `juta`: millions; `miliar`: billions. */
export function factorOf(words: string): number | undefined {
  if (FACTORS.has(words)) return FACTORS.get(words);
  const f = factorOfWords(words);
  if (FACTORS.size < 10_000) FACTORS.set(words, f);
  return f;
}

function factorOfWords(words: string): number | undefined {
  if (/\b(rp )?000\b|\bribu(an)?\b/.test(words)) return 1e3;
  if (/\bjuta(an)?\b/.test(words)) return 1e6;
  if (/\bmil[iy]ar\b/.test(words)) return 1e9;
  return undefined;
}

/** What a sub-header column holds, from its group above and its own words. */
function combine(rd: SheetReader, h: HeaderCell, mid: HeaderMeaning | null, sub: HeaderMeaning | null, ur: number, uc: number): Column | null {
  const group = h.meaning;
  const text = rd.sheet.text(ur, uc);
  const words = sub?.words ?? group?.words ?? "";
  const factor = (group && factorOf(group.words)) ?? (sub ? factorOf(sub.words) : undefined);
  // `s.d. TW I` under `Realisasi Keuangan`, or `TW I` under `Realisasi s.d.`: a running total.
  const running = sub?.running || mid?.running || group?.running ? { running: true as const } : {};
  const column = (field: Field, quarter?: number, month?: number, series?: Column["series"], measure?: Column["measure"]): Column =>
    ({ col: uc, field, words, hr: h.row, hc: h.col, quarter, month, series, measure, factor, ...running });
  const month = sub?.month ?? mid?.month ?? group?.month;
  const value = rd.sheet.value(ur, uc);
  const quarter = sub?.quarter ?? (typeof value === "number" ? numberQuarter(value) : undefined);
  const series = rd.vocab.seriesOf(text) ?? undefined;
  const measure = rd.vocab.measureOf(text) ?? undefined;
  // A percentage beside an amount (`Realisasi (%)` under each quarter) is worked out from it: layout, not read.
  if (text.includes("%") && !/fisik/i.test(text) && (group?.bare || group?.month !== undefined || mid)) return column("keterangan");
  // `Triwulan 1` over `Penyerapan | Realisasi` or `Target | Realisasi`: the quarter is the group's, or the middle
  // row's under a group that names both (`Target dan Realisasi` / `Triwulan I` / `Target | Realisasi`).
  const byQuarter = group?.bare && group.quarter !== undefined ? group : mid?.bare && mid.quarter !== undefined ? mid : null;
  // `Realisasi per Triwulan` / `TW I` / `Kinerja | Keuangan | Rp.`: the kinerja achieved, and the money.
  if (byQuarter === mid && byQuarter && group && (group.field === "realisasi" || group.field === "realisasi-keuangan")) {
    if (measure === "keuangan") return { ...column("realisasi-keuangan", byQuarter.quarter, undefined, "realisasi", "keuangan"), words: headerWords(text) };
    if (sub && isKinerjaWords(sub.words)) return column("realisasi", byQuarter.quarter, undefined, "realisasi");
  }
  if (byQuarter && (series || sub || measure)) {
    const field: Field =
      sub?.field === "realisasi-keuangan" || sub?.field === "rencana-keuangan" ? sub.field
      // `Capaian Keuangan` / `TW II` / `Realisasi` beside `Capaian Kinerja` / `TW II` / `Realisasi`: the money.
      : series === "realisasi" && group && moneyGroup(group.words) ? "realisasi-keuangan"
      : series === "realisasi" ? "realisasi"
      : series === "rencana" || (sub && isKinerjaWords(sub.words)) ? "target-tw"
      : sub?.field ?? "keterangan";
    return column(field, byQuarter.quarter, undefined, series);
  }
  if (month !== undefined) {
    const field = moneyField(group?.field, mid?.field, sub?.field);
    return column(field, undefined, month, series ?? seriesOfField(field), measure ?? measureOfField(field));
  }
  if (quarter !== undefined && quarter !== null && group && (sub?.bare || sub === null)) return column(quarterField(group.field), quarter, undefined, undefined, measure);
  // `Target dan Capaian` over `Target | Realisasi s.d Bulan ini | % Capaian`: the realisasi is named by its own words.
  if (group?.field === "target" && sub?.field === "realisasi" && !sub.bare) return column("realisasi", sub.quarter, sub.month, "realisasi");
  if (group && (series || measure)) return column(group.field, undefined, undefined, series, measure);
  // `Target Akhir Renstra` over `Kinerja | Rp`: the kinerja one is the group's target (or realisasi), no sasaran.
  if (group && (group.field === "target" || group.field === "realisasi") && sub && isKinerjaWords(sub.words)) return column(group.field);
  // `Target` over `Nilai | Satuan`: the value column is the group's own.
  if (group && !group.bare && !sub && VALUE_WORDS.test(text)) return column(group.field);
  // `Anggaran` over `APBD | DAK | Total`: the total of the funding sources is the pagu itself.
  if (group?.field === "pagu" && !sub && SUM_WORDS.test(text)) return column("pagu");
  if (sub && !sub.bare) return column(sub.field, sub.quarter, sub.month);
  return null;
}

/** A group over quarters that names money and no kinerja (`Capaian Keuangan`, `Realisasi Anggaran`). */
const moneyGroup = (words: string) => /\b(keuangan|anggaran)\b/.test(words) && !/\bkinerja\b/.test(words);

const VALUE_WORDS = /^\s*(nilai|angka|besaran|volume|kuantitas|jumlah)\s*$/i;
const SUM_WORDS = /^\s*(total|jumlah total|total pagu)\s*(\(\s*rp\.?\s*\))?\s*$/i;

const isKinerjaWords = (words: string) => /^kinerja( capaian| realisasi)?$/.test(words);

/**
 * `TW I` over `Kinerja | Anggaran` plans the quarter (a Rencana Aksi); over `Target | Kinerja | ...` the kinerja
 * beside the quarter's target is what was achieved.
 */
function kinerjaBesideTarget(columns: Column[]): void {
  for (const c of columns) {
    if (c.field !== "target-tw" || !isKinerjaWords(c.words)) continue;
    if (columns.some((t) => t !== c && t.field === "target-tw" && t.quarter === c.quarter && !isKinerjaWords(t.words))) c.field = "realisasi";
  }
}

/**
 * Under one quarter `Keuangan` beside `Rp.`: the amount is the Rp. column, `Keuangan` its share of the pagu in %
 * (worked out from it: layout). In a table without indikator, the quarter's `Kinerja` is the output of a budget
 * object, which the model does not hold: its column stays unread, so it is reported.
 */
function rupiahOverPercent(columns: Column[], unknown: number[]): Column[] {
  const quartersOf = (test: (c: Column) => boolean) => new Set(columns.filter((c) => c.quarter !== undefined && test(c)).map((c) => c.quarter));
  const rupiah = quartersOf((c) => c.field === "realisasi-keuangan" && /^rp\b/.test(c.words));
  const money = quartersOf((c) => c.field === "realisasi-keuangan");
  const indikator = columns.some((c) => c.field === "indikator");
  const out: Column[] = [];
  for (const c of columns) {
    if (c.quarter !== undefined && rupiah.has(c.quarter) && c.field === "realisasi-keuangan" && !/^rp\b/.test(c.words)) out.push({ ...c, field: "keterangan" });
    else if (c.quarter !== undefined && money.has(c.quarter) && c.field === "realisasi" && isKinerjaWords(c.words) && !indikator) unknown.push(c.col);
    else out.push(c);
  }
  return out;
}

function numberQuarter(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 4 ? v - 1 : undefined;
}

const quarterField = (group: Field): Field => QUARTER_FIELD_OF[group] ?? group;

function moneyField(...fields: (Field | undefined)[]): Field {
  for (const f of fields) if (f === "rencana-keuangan" || f === "realisasi-keuangan" || f === "rencana-fisik" || f === "realisasi-fisik" || f === "realisasi") return f === "realisasi" ? "realisasi-keuangan" : f;
  return "bulan";
}

function seriesOfField(f: Field): "rencana" | "realisasi" | undefined {
  return f === "rencana-keuangan" || f === "rencana-fisik" ? "rencana" : f === "realisasi-keuangan" || f === "realisasi-fisik" ? "realisasi" : undefined;
}

function measureOfField(f: Field): "keuangan" | "fisik" | undefined {
  return f === "rencana-fisik" || f === "realisasi-fisik" ? "fisik" : f === "rencana-keuangan" || f === "realisasi-keuangan" ? "keuangan" : undefined;
}

/** Groups that may have quarter columns under them, numbered `1 2 3 4` as well as `TW I .. TW IV`. */
const QUARTER_GROUPS = new Set(Object.keys(QUARTER_FIELD_OF) as Field[]);

/**
 * A row of sub-headers: short texts (or quarter numbers) that all sit under group cells of the header row (a cell
 * with room beside it, or one whose meaning groups), most of them words the vocabulary knows.
 */
function isSubHeaderRow(rd: SheetReader, r: number, header: HeaderCell[]): boolean {
  const cols = rd.sheet.cols(r);
  let recognised = 0;
  for (const c of cols) {
    const h = ownerOf(header, c);
    if (!h) return false;
    const field = h.meaning?.field;
    const v = rd.sheet.value(r, c);
    if (typeof v === "number") {
      if (numberQuarter(v) === undefined || !field || !QUARTER_GROUPS.has(field)) return false;
      recognised++;
      continue;
    }
    if (typeof v !== "string" || v.trim().length > 40) return false;
    if (field && !GROUPS.has(field) && h.end === h.col) return false;
    const m = rd.vocab.meaning(v);
    // `Kinerja` under a quarter is the quarter's measure of performance (beside `Anggaran`), not a sasaran column.
    if (m && !m.bare && NAMING.has(m.field) && !((h.meaning?.bare || (h.meaning && GROUPS.has(h.meaning.field))) && isKinerjaWords(m.words))) return false;
    if (m || rd.vocab.seriesOf(v) || rd.vocab.measureOf(v)) recognised++;
  }
  return recognised > 0 && recognised * 2 >= cols.length;
}

function ownerOf(header: HeaderCell[], c: number): HeaderCell | null {
  for (const h of header) if (c >= h.col && c <= h.end) return h;
  return null;
}
