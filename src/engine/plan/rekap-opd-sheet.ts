/**
 * The `Rekap OPD` sheet: one row per workbook, worst first, and beside the table two native bar charts (mean
 * capaian and serapan per OPD), one bar per row in the table's order. A workbook that could not be counted is
 * a row with its reason. The count of findings links to the workbook's first row in `Rekap Temuan`.
 */
import type { OpdRow, Rekap } from "../rekap/types";
import { PlanBuilder, range } from "./block";
import { writeHeader } from "./header";
import { BANNER_FONT, HEADER_FILL, HEADER_FONT, LINK_FONT, STATUS_FILL } from "./colors";
import type { CellStyle, SheetPlan } from "./sheet-plan";
import { formatPercent } from "../format";
import { ruleName } from "../report/rule-names";

const COLUMNS = [
  "No", "Perangkat Daerah", "PK Kepala OPD", "Jumlah PK", "Jumlah Indikator", "Rata-rata Capaian (%)",
  "Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Belum ada data", "Indikator Tertinggal",
  "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Status Kurva S", "Kesalahan", "Peringatan", "Temuan Lintas Berkas",
  "Atasan", "Berkas", "Keterangan",
];
const COL = { unit: 1, capaian: 5, pagu: 13, serapan: 15, status: 16, kesalahan: 17, lintas: 19, keterangan: 22 } as const;
const LAST = COLUMNS.length - 1;
export const REKAP_CHART_COL = LAST + 2;
const CHART_COLS = 8;
const HEADER: CellStyle = { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle", border: true };

/** What the rekap sheets are made of, for their mark row. */
export const rekapSource = (rekap: Rekap) => `${rekap.opd.length} buku kerja perangkat daerah`;

export function planRekapOpdSheet(name: string, replace: boolean, rekap: Rekap, temuan: { sheet: string; firstOf: Map<string, string> } | null = null): SheetPlan {
  const b = new PlanBuilder(name, "rekap-opd", replace);
  writeHeader(b, `REKAP KINERJA PERANGKAT DAERAH${rekap.periode ? ` — ${rekap.periode.toUpperCase()}` : ""}`, LAST, null, bannerOf(rekap), rekapSource(rekap));
  b.row([summaryOf(rekap)]);
  b.row(["Urutan: yang paling tertinggal lebih dulu (rata-rata capaian terendah, lalu serapan terendah). Klik jumlah kesalahan untuk melihat temuannya."]);
  b.blank();
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, HEADER);
  b.freeze(h + 1);
  rekap.opd.forEach((row, i) => {
    const r = b.row(valuesOf(row, i));
    const at = temuan?.firstOf.get(row.file);
    if (temuan && at) {
      b.link(r, COL.kesalahan, temuan.sheet, at);
      b.style(r, COL.kesalahan, r, COL.kesalahan, { fontColor: LINK_FONT });
    }
    if (!row.ok) b.style(r, COL.keterangan, r, COL.keterangan, { fontColor: BANNER_FONT });
  });
  const first = h + 1;
  const end = b.nextRow - 1;
  if (end >= first) {
    b.style(first, 0, end, LAST, { border: true, vertical: "top", wrap: true });
    b.format(first, COL.capaian, end, COL.capaian, "0.00");
    b.format(first, COL.pagu, end, COL.pagu + 1, "#,##0");
    b.format(first, COL.serapan, end, COL.serapan, "0.00");
    b.fillByValue(COL.status, first, end, STATUS_FILL);
    charts(b, first, end, rekap.opd);
  }
  b.widths([5, 30, 28, 8, 10, 11, 8, 8, 8, 8, 8, 8, 10, 18, 18, 10, 14, 10, 11, 10, 28, 24, 40, 2]);
  return b.build();
}

function valuesOf(row: OpdRow, i: number): (string | number | null)[] {
  const p = row.predikat;
  return [
    i + 1, row.unit ?? row.jabatan ?? row.file, row.jabatan ?? row.kepala, row.pk, row.indikator, row.rataCapaian,
    p["Sangat Tinggi"], p.Tinggi, p.Sedang, p.Rendah, p["Sangat Rendah"], p["Belum ada data"], row.tertinggal,
    row.pagu, row.realisasi, row.serapan, row.statusKurvaS ?? (row.ok ? "Tanpa Kurva S" : null), row.kesalahan, row.peringatan, row.temuanLintasBerkas,
    row.atasan, row.file, row.alasan,
  ];
}

/**
 * Two bar charts one above the other, each as tall as the table (at least 16 rows) so every OPD keeps a
 * readable bar; categories are the unit names, bars in the table's order.
 */
function charts(b: PlanBuilder, first: number, end: number, rows_: OpdRow[]): void {
  const rows = Math.max(16, end - first + 2);
  const top = first - 1;
  const cats = range(first, COL.unit, end, COL.unit);
  const at = (r: number, c: number) => range(r, c, r, c);
  b.chart({
    type: "bar", title: "Rata-rata capaian per perangkat daerah (%)", from: at(top, REKAP_CHART_COL), to: at(top + rows - 1, REKAP_CHART_COL + CHART_COLS),
    categories: cats, series: [{ name: "Rata-rata capaian (%)", values: range(first, COL.capaian, end, COL.capaian), color: "#2E75B6" }],
    yMin: 0, yMax: axisTop(rows_.map((r) => r.rataCapaian)), yTitle: "Capaian (%)",
  });
  b.chart({
    type: "bar", title: "Serapan anggaran per perangkat daerah (%)", from: at(top + rows + 1, REKAP_CHART_COL), to: at(top + 2 * rows, REKAP_CHART_COL + CHART_COLS),
    categories: cats, series: [{ name: "Serapan (%)", values: range(first, COL.serapan, end, COL.serapan), color: "#C55A11" }],
    yMin: 0, yMax: axisTop(rows_.map((r) => r.serapan)), yTitle: "Serapan (%)",
  });
}

/** 100 %, or the next multiple of 10 above the highest value. */
function axisTop(values: (number | null)[]): number {
  const top = Math.max(100, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return top > 100 ? Math.ceil(top / 10) * 10 : 100;
}

function summaryOf(rekap: Rekap): string {
  const counted = rekap.opd.filter((r) => r.ok);
  const k = rekap.kurvaS;
  const capaian = counted.map((r) => r.rataCapaian).filter((v): v is number => v !== null);
  const mean = capaian.length ? `${formatPercent(capaian.reduce((a, b) => a + b, 0) / capaian.length)} %` : "belum ada data";
  return (
    `${rekap.opd.length} buku kerja, ${counted.length} dihitung · rata-rata capaian OPD ${mean} · ` +
    `Kurva S pemda: ${k.status}${k.deviasi === null ? "" : ` (deviasi ${formatPercent(k.deviasi)} poin)`} · ` +
    `${rekap.lintasBerkas.length} temuan lintas berkas`
  );
}

/** The banner names the workbooks left out and the cross-file findings by rule. */
function bannerOf(rekap: Rekap): string | null {
  const failed = rekap.opd.filter((r) => !r.ok).length;
  const rules = new Map<string, number>();
  for (const f of rekap.lintasBerkas) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  const parts = [
    ...(failed ? [`${failed} buku kerja tidak dapat dihitung (lihat kolom Keterangan)`] : []),
    ...[...rules].map(([rule, n]) => `${n} × ${ruleName(rule)}`),
  ];
  return parts.length ? `Perhatian: ${parts.join("; ")}.` : null;
}
