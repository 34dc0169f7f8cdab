/**
 * The `Kurva S` sheet: one table; per PK a title row, a row with its pagu, deviasi, status and notes, the status in
 * words, then its 12 months, and beside each PK a native line chart bound to its months. A PK without a money plan
 * gets its title and a line saying why it has no chart. One table (not one per PK) keeps borders and formats to a
 * few runs, which is what keeps the Office.js request small for a workbook of many PKs.
 *
 * Charts for what a planner looks at: up to CHART_EVERY_PK_UP_TO PKs (one OPD with its bidang and seksi) every
 * PK has its chart; a bigger workbook (a whole pemda) gets charts only for the top of the cascade (kepala daerah
 * and eselon II), and the others say where their chart would be that their monthly table is right there. A
 * thousand charts nobody scrolls through would also weigh about 4 MB of requests in Excel on the web.
 */
import type { Model } from "../model";
import type { Finding } from "../finding";
import type { KurvaSResult, PkSummary, Results } from "../compute/results";
import { PlanBuilder, range } from "./block";
import { writeHeader } from "./header";
import { BANNER_FONT, GROUP_FILL, HEADER_FILL, HEADER_FONT, MUTED_FONT, STATUS_FILL, SERIES_COLORS } from "./colors";
import { formatRupiah } from "../format";
import type { SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, MONTH_SHORT } from "../domain/calendar";
import { catatanOf, figuresOf, peringatanOf } from "../report/peringatan";

const COLUMNS = [
  "PK / Bulan", "Rencana Keuangan (%)", "Realisasi Keuangan (%)", "Rencana Fisik (%)", "Realisasi Fisik (%)",
  "Deviasi Keuangan (poin)", "Deviasi Fisik (poin)", "Status", "Catatan",
];
const LAST = COLUMNS.length - 1;
const STATUS_COL = 7;
export const CHART_FROM_COL = LAST + 2; // one empty column between the table and the charts
const CHART_COLS = 8;

/** Every PK gets its chart in a workbook of at most this many PKs. */
export const CHART_EVERY_PK_UP_TO = 50;

export interface KurvaSOptions {
  /** Above this many PKs only the top of the cascade gets a chart (default CHART_EVERY_PK_UP_TO). */
  chartEveryPkUpTo?: number;
}

export function planKurvaSSheet(name: string, replace: boolean, model: Model, results: Results, findings: Finding[] = [], options: KurvaSOptions = {}): SheetPlan {
  const b = new PlanBuilder(name, "kurva-s", replace);
  writeHeader(b, `KURVA S${model.tahun ? ` TAHUN ${model.tahun}` : ""}`, LAST, results, peringatanOf(findings, figuresOf(results, "kurva-s")));
  if (!results.pk.length) {
    b.row(["Tidak ada Perjanjian Kinerja: Kurva S tidak dapat dibuat."]);
    return b.build();
  }
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle" });
  b.freeze(h + 1);
  const byPk = new Map(results.kurvaS.map((k) => [k.pk, k]));
  const charted = chartedPks(model, results, options.chartEveryPkUpTo ?? CHART_EVERY_PK_UP_TO);
  const groups = results.pk.map((pk) => {
    const k = byPk.get(pk.pk);
    return k ? writePk(b, k, charted.note(pk.pk)) : writeWithout(b, pk);
  });
  const end = b.nextRow - 1;
  if (charted.some) b.style(h + 1, CHART_FROM_COL, end, CHART_FROM_COL, { italic: true, fontColor: MUTED_FONT });
  b.style(h, 0, end, LAST, { border: true, vertical: "top", wrap: true });
  b.style(h + 1, LAST, end, LAST, { fontColor: BANNER_FONT });
  b.format(h + 1, 1, end, STATUS_COL - 1, "0.00");
  for (const g of groups) b.style(g, 0, g, LAST, { bold: true, fill: GROUP_FILL });
  b.fillByValue(STATUS_COL, h + 1, end, STATUS_FILL);
  b.widths([30, 12, 12, 12, 12, 12, 12, 16, 40, 2]);
  return b.build();
}

const title = (sheet: string, jabatan: string | null) => `${jabatan ?? sheet} (lembar ${sheet})`;

/**
 * Which PKs get a chart: all of them up to `upTo` PKs; above, those of level kepala daerah or eselon II, or,
 * in a workbook with neither, those with no atasan among its PKs. note(pk) is the line that stands where a
 * PK's chart would be, or null when it has one.
 */
function chartedPks(model: Model, results: Results, upTo: number): { note(pk: string): string | null; some: boolean } {
  if (results.pk.length <= upTo) return { note: () => null, some: false };
  const top = results.pk.filter((p) => p.level === "kepala-daerah" || p.level === "eselon2").map((p) => p.pk);
  const who = top.length ? "kepala daerah dan eselon II" : "tanpa atasan di buku kerja ini";
  const keep = new Set(top.length ? top : model.pk.filter((p) => p.atasan === null).map((p) => p.id));
  const text = `Grafik hanya dibuat untuk PK ${who} bila buku kerja memuat lebih dari ${upTo} PK; tabel bulanannya ada di sini.`;
  return { note: (pk) => (keep.has(pk) ? null : text), some: results.pk.some((p) => !keep.has(p.pk)) };
}

/** The PK's rows, its months and its chart (or, in its place, `noChart`); returns the title row. */
function writePk(b: PlanBuilder, k: KurvaSResult, noChart: string | null): number {
  const g = b.row(noChart ? [title(k.sheet, k.jabatan), ...new Array<null>(CHART_FROM_COL - 1).fill(null), noChart] : [title(k.sheet, k.jabatan)]);
  b.merge(g, 0, LAST);
  // The deviasi at the last reported month stands under the deviasi headers, beside the status.
  const at = k.lastMonth ? k.lastMonth - 1 : -1;
  const when = k.lastMonth ? `s.d. ${MONTH_NAMES[k.lastMonth - 1]}` : "belum ada realisasi";
  b.row([`Pagu ${formatRupiah(k.pagu)} · ${when}`, null, null, null, null, k.deviasiKeuangan[at] ?? null, k.deviasiFisik[at] ?? null, k.status, catatanOf(k.temuan)]);
  b.merge(b.row([k.penjelasanStatus]), 0, LAST);
  const first = b.nextRow;
  for (let m = 0; m < 12; m++) {
    b.row([MONTH_SHORT[m], k.rencanaKeuangan[m], k.realisasiKeuangan[m], k.rencanaFisik?.[m] ?? null, k.realisasiFisik?.[m] ?? null, k.deviasiKeuangan[m], k.deviasiFisik[m], null, null]);
  }
  const last = b.nextRow - 1;
  if (noChart) return g;
  const col = (c: number) => range(first, c, last, c);
  b.chart({
    title: `Kurva S — ${k.jabatan ?? k.sheet}`,
    // Ends a row above the PK's last month, so the next PK's chart starts below a free row and never touches this one.
    from: range(g, CHART_FROM_COL, g, CHART_FROM_COL),
    to: range(last - 1, CHART_FROM_COL + CHART_COLS, last - 1, CHART_FROM_COL + CHART_COLS),
    categories: col(0),
    series: [
      { name: "Rencana Keuangan", values: col(1), color: SERIES_COLORS.rencanaKeuangan, dashed: true },
      { name: "Realisasi Keuangan", values: col(2), color: SERIES_COLORS.realisasiKeuangan },
      ...(k.rencanaFisik ? [{ name: "Rencana Fisik", values: col(3), color: SERIES_COLORS.rencanaFisik, dashed: true }] : []),
      ...(k.realisasiFisik ? [{ name: "Realisasi Fisik", values: col(4), color: SERIES_COLORS.realisasiFisik }] : []),
    ],
    yMin: 0,
    yMax: axisMax(k),
    yTitle: "Kumulatif (%)",
  });
  return g;
}

/** A PK without a money plan: its title and why it has no Kurva S. */
function writeWithout(b: PlanBuilder, pk: PkSummary): number {
  const g = b.row([title(pk.sheet, pk.jabatan)]);
  b.merge(g, 0, LAST);
  b.merge(b.row([`Tanpa Kurva S: ${pk.tanpaKurvaS ?? "tidak ada rencana keuangan bulanan"}.`]), 0, LAST);
  return g;
}

/** 100 %, or the next multiple of 10 above the highest value, so a realisasi above plan is never cut off. */
export function axisMax(k: Pick<KurvaSResult, "rencanaKeuangan" | "realisasiKeuangan" | "rencanaFisik" | "realisasiFisik">): number {
  let top = 100;
  for (const s of [k.rencanaKeuangan, k.realisasiKeuangan, k.rencanaFisik, k.realisasiFisik]) {
    for (const v of s ?? []) if (typeof v === "number" && Number.isFinite(v) && v > top) top = v;
  }
  return top > 100 ? Math.ceil(top / 10) * 10 : 100;
}
