/**
 * The `Kurva S` sheet: one table, per PK a row with its status and deviasi then its 12 months, and beside each
 * PK a native line chart bound to its months. One table (not one per PK) keeps borders and formats to a few
 * runs, which is what keeps the Office.js request small for a workbook of many PKs.
 */
import type { Model } from "../model";
import type { KurvaSResult, Results } from "../compute/results";
import { PlanBuilder, range } from "./block";
import { writeHeader } from "./header";
import { GROUP_FILL, HEADER_FILL, HEADER_FONT, STATUS_FILL, SERIES_COLORS } from "./colors";
import { formatRupiah } from "../format";
import type { SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, MONTH_SHORT } from "../domain/calendar";

const COLUMNS = ["PK / Bulan", "Rencana Keuangan (%)", "Realisasi Keuangan (%)", "Rencana Fisik (%)", "Realisasi Fisik (%)", "Deviasi Keuangan (pp)", "Deviasi Fisik (pp)", "Status"];
const LAST = COLUMNS.length - 1;
const CHART_FROM_COL = LAST + 2; // one empty column between the table and the charts
const CHART_COLS = 8;

export function planKurvaSSheet(name: string, replace: boolean, model: Model, results: Results): SheetPlan {
  const b = new PlanBuilder(name, "kurva-s", replace);
  writeHeader(b, `KURVA S TAHUN ${model.tahun ?? ""}`.trim(), LAST, results);
  if (!results.kurvaS.length) {
    b.row(["Belum ada Rencana Aksi dengan rencana keuangan bulanan: Kurva S tidak dapat dibuat."]);
    return b.build();
  }
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle" });
  b.freeze(h + 1);
  const groups = results.kurvaS.map((k) => writePk(b, k));
  const end = b.nextRow - 1;
  b.style(h, 0, end, LAST, { border: true });
  b.format(h + 1, 1, end, LAST - 1, "0.00");
  for (const g of groups) b.style(g, 0, g, LAST, { bold: true, fill: GROUP_FILL });
  b.fillByValue(LAST, h + 1, end, STATUS_FILL);
  b.widths([30, 12, 12, 12, 12, 12, 12, 16, 2]);
  return b.build();
}

/** The PK's row and its months; returns the PK's row. */
function writePk(b: PlanBuilder, k: KurvaSResult): number {
  // The PK's row carries the deviasi at the last reported month under the deviasi headers, and the status.
  const at = k.lastMonth ? k.lastMonth - 1 : -1;
  const g = b.row([`${k.jabatan ?? k.sheet} (${k.sheet}) · ${summary(k)}`, null, null, null, null, k.deviasiKeuangan[at] ?? null, k.deviasiFisik[at] ?? null, k.status]);
  const first = b.nextRow;
  for (let m = 0; m < 12; m++) {
    b.row([MONTH_SHORT[m], k.rencanaKeuangan[m], k.realisasiKeuangan[m], k.rencanaFisik?.[m] ?? null, k.realisasiFisik?.[m] ?? null, k.deviasiKeuangan[m], k.deviasiFisik[m], null]);
  }
  const last = b.nextRow - 1;
  const col = (c: number) => range(first, c, last, c);
  b.chart({
    title: `Kurva S — ${k.jabatan ?? k.sheet}`,
    from: range(g, CHART_FROM_COL, g, CHART_FROM_COL),
    to: range(last + 1, CHART_FROM_COL + CHART_COLS, last + 1, CHART_FROM_COL + CHART_COLS),
    categories: col(0),
    series: [
      { name: "Rencana Keuangan", values: col(1), color: SERIES_COLORS.rencanaKeuangan, dashed: true },
      { name: "Realisasi Keuangan", values: col(2), color: SERIES_COLORS.realisasiKeuangan },
      ...(k.rencanaFisik ? [{ name: "Rencana Fisik", values: col(3), color: SERIES_COLORS.rencanaFisik, dashed: true }] : []),
      ...(k.realisasiFisik ? [{ name: "Realisasi Fisik", values: col(4), color: SERIES_COLORS.realisasiFisik }] : []),
    ],
    yMin: 0,
    yMax: 100,
    yTitle: "Kumulatif (%)",
  });
  return g;
}

function summary(k: KurvaSResult): string {
  const pagu = `pagu ${formatRupiah(k.pagu)}`;
  return k.lastMonth ? `${pagu} · s.d. ${MONTH_NAMES[k.lastMonth - 1]}` : `${pagu} · belum ada realisasi`;
}
