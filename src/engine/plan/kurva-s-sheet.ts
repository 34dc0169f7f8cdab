/** The `Kurva S` sheet: per PK a 12-month table, its status and deviasi, and a native line chart bound to the table. */
import type { Model } from "../model";
import type { KurvaSResult, Results } from "../compute/results";
import { PlanBuilder, range } from "./block";
import { writeHeader } from "./header";
import { GROUP_FILL, HEADER_FILL, HEADER_FONT, STATUS_FILL, SERIES_COLORS } from "./colors";
import { formatNumber, formatRupiah } from "../format";
import type { SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, MONTH_SHORT } from "../domain/calendar";

const COLUMNS = ["Bulan", "Rencana Keuangan (%)", "Realisasi Keuangan (%)", "Rencana Fisik (%)", "Realisasi Fisik (%)", "Deviasi Keuangan (pp)", "Deviasi Fisik (pp)"];
const CHART_FROM_COL = 8; // column I, beside the table
const CHART_ROWS = 18;

export function planKurvaSSheet(name: string, replace: boolean, model: Model, results: Results): SheetPlan {
  const b = new PlanBuilder(name, "kurva-s", replace);
  writeHeader(b, `KURVA S TAHUN ${model.tahun ?? ""}`.trim(), COLUMNS.length - 1, results);
  if (!results.kurvaS.length) b.row(["Belum ada Rencana Aksi dengan rencana keuangan bulanan: Kurva S tidak dapat dibuat."]);
  for (const k of results.kurvaS) writeBlock(b, k);
  b.widths([26, 12, 12, 12, 12, 12, 12, 2]);
  return b.build();
}

function writeBlock(b: PlanBuilder, k: KurvaSResult): void {
  const top = b.nextRow;
  const t = b.row([`${k.jabatan ?? k.sheet} (lembar ${k.sheet})`]);
  b.style(t, 0, t, 6, { bold: true, fill: GROUP_FILL });
  const s = b.row([`Status: ${k.status}`, null, null, null, null, null, null]);
  b.style(s, 0, s, 1, { bold: true, fill: STATUS_FILL[k.status] });
  b.row([summary(k)]);
  const h = b.row(COLUMNS);
  b.style(h, 0, h, 6, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle", border: true });
  const first = b.nextRow;
  for (let m = 0; m < 12; m++) {
    b.row([MONTH_SHORT[m], k.rencanaKeuangan[m], k.realisasiKeuangan[m], k.rencanaFisik?.[m] ?? null, k.realisasiFisik?.[m] ?? null, k.deviasiKeuangan[m], k.deviasiFisik[m]]);
  }
  const lastRow = b.nextRow - 1;
  b.style(first, 0, lastRow, 6, { border: true });
  b.format(first, 1, lastRow, 6, "0.00");
  const col = (c: number) => range(first, c, lastRow, c);
  const series = [
    { name: "Rencana Keuangan", values: col(1), color: SERIES_COLORS.rencanaKeuangan, dashed: true },
    { name: "Realisasi Keuangan", values: col(2), color: SERIES_COLORS.realisasiKeuangan },
    ...(k.rencanaFisik ? [{ name: "Rencana Fisik", values: col(3), color: SERIES_COLORS.rencanaFisik, dashed: true }] : []),
    ...(k.realisasiFisik ? [{ name: "Realisasi Fisik", values: col(4), color: SERIES_COLORS.realisasiFisik }] : []),
  ];
  b.chart({
    title: `Kurva S — ${k.jabatan ?? k.sheet}`,
    from: range(top, CHART_FROM_COL, top, CHART_FROM_COL),
    to: range(top + CHART_ROWS, CHART_FROM_COL + 8, top + CHART_ROWS, CHART_FROM_COL + 8),
    categories: col(0),
    series,
    yMin: 0,
    yMax: 100,
    yTitle: "Kumulatif (%)",
  });
  while (b.nextRow < top + CHART_ROWS + 2) b.blank();
}

function summary(k: KurvaSResult): string {
  const pagu = `Pagu ${formatRupiah(k.pagu)}`;
  if (!k.lastMonth) return `${pagu} · belum ada realisasi`;
  const m = k.lastMonth - 1;
  const dk = k.deviasiKeuangan[m];
  const df = k.deviasiFisik[m];
  const pp = (d: number | null) => (d === null ? "–" : `${d >= 0 ? "+" : ""}${formatNumber(d)} pp`);
  return `${pagu} · s.d. ${MONTH_NAMES[m]}: deviasi keuangan ${pp(dk)}, deviasi fisik ${pp(df)}`;
}
