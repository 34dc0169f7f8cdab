/**
 * The `Perubahan` sheet: what changed between two versions of the PK workbook. On top the counts by kind and
 * each PK's total pagu before and after; then one row per change grouped by PK, old and new side by side, the
 * money difference in rupiah and percent, and whether the new version is still consistent where it changed.
 */
import type { Banding, Perubahan } from "../compare";
import { JENIS_LABEL, JENIS_ORDER, MONEY_KINDS, changesByPk } from "../compare";
import { cellText } from "../compare/describe";
import { targetText } from "../format";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { GROUP_FILL, HEADER_FILL, HEADER_FONT } from "./colors";
import type { PlanValue, SheetPlan } from "./sheet-plan";
import { SEVERITY_LABEL } from "./validasi-sheet";

export interface PerubahanLabels {
  /** How the two versions are named: a file name, or `buku kerja ini` for the open workbook. */
  lama: string;
  baru: string;
  tahun: number | null;
}

const COLUMNS = ["No", "Jenis", "Apa yang berubah", "Versi lama", "Versi baru", "Selisih (Rp)", "Selisih (%)", "Sel versi lama", "Sel versi baru", "Konsisten", "Temuan di versi baru"];
const LAST = COLUMNS.length - 1;
const MONEY = "#,##0";
const PERCENT = "0.00";
const HEADER_STYLE = { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vertical: "middle", border: true } as const;
export const KONSISTEN = { ya: "Ya", tidak: "Tidak" } as const;
const KONSISTEN_FILL = { [KONSISTEN.ya]: "#C6EFCE", [KONSISTEN.tidak]: "#FFC7CE" };

export function planPerubahanSheet(name: string, replace: boolean, banding: Banding, labels: PerubahanLabels): SheetPlan {
  const b = new PlanBuilder(name, "perubahan", replace);
  writeHeader(b, `PERUBAHAN PK${labels.tahun ? ` TAHUN ${labels.tahun}` : ""}`, LAST, null);
  b.row([`Versi lama: ${labels.lama} · versi baru: ${labels.baru}`]);
  b.blank();
  writeCounts(b, banding);
  b.blank();
  writePagu(b, banding);
  b.blank();
  writeChanges(b, banding);
  b.widths([5, 18, 44, 24, 24, 18, 11, 22, 22, 11, 80]);
  return b.build();
}

function writeCounts(b: PlanBuilder, banding: Banding): void {
  const h = b.row([null, "Jenis perubahan", "Jumlah"]);
  b.style(h, 1, h, 2, HEADER_STYLE);
  const first = b.nextRow;
  for (const j of JENIS_ORDER) b.row([null, JENIS_LABEL[j], banding.ringkasan.jenis[j]]);
  const total = b.row([null, "Semua perubahan", banding.perubahan.length]);
  b.style(first, 1, total, 2, { border: true });
  b.style(total, 1, total, 2, { bold: true });
}

function writePagu(b: PlanBuilder, banding: Banding): void {
  const h = b.row(["No", "Lembar", "PK", "Pagu versi lama (Rp)", "Pagu versi baru (Rp)", "Selisih (Rp)", "Selisih (%)", "Jumlah perubahan"]);
  b.style(h, 0, h, 7, HEADER_STYLE);
  const first = b.nextRow;
  banding.ringkasan.pk.forEach((p, i) => {
    const sheet = p.sheetLama && p.sheetBaru && p.sheetLama !== p.sheetBaru ? `${p.sheetLama} → ${p.sheetBaru}` : (p.sheetBaru ?? p.sheetLama);
    const diff = p.paguLama !== null && p.paguBaru !== null ? p.paguBaru - p.paguLama : null;
    b.row([i + 1, sheet, p.pk, p.paguLama, p.paguBaru, diff, diff !== null && p.paguLama ? (diff / p.paguLama) * 100 : null, p.perubahan]);
  });
  if (b.nextRow === first) return;
  b.style(first, 0, b.nextRow - 1, 7, { border: true, vertical: "top", wrap: true });
  b.format(first, 3, b.nextRow - 1, 5, MONEY);
  b.format(first, 6, b.nextRow - 1, 6, PERCENT);
}

function writeChanges(b: PlanBuilder, banding: Banding): void {
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, HEADER_STYLE);
  if (!banding.perubahan.length) {
    b.row(["Tidak ada perubahan: isi kedua versi sama (tata letak, format dan urutan lembar tidak dihitung)."]);
    return;
  }
  const top = b.nextRow;
  const groups: number[] = [];
  const moneyRows: number[] = [];
  let n = 0;
  for (const { pk, perubahan } of changesByPk(banding)) {
    if (!perubahan.length) continue;
    groups.push(b.row([`${pk.pk} (lembar ${pk.sheetBaru ?? pk.sheetLama})`]));
    for (const c of perubahan) {
      const row = b.row([
        ++n, JENIS_LABEL[c.jenis], c.apa, shown(c.lama), shown(c.baru), c.selisih?.rupiah ?? null, c.selisih?.persen ?? null,
        cellText(c.sheetLama, c.cellLama), cellText(c.sheetBaru, c.cellBaru), c.temuan.length ? KONSISTEN.tidak : KONSISTEN.ya, temuanText(c),
      ]);
      if (MONEY_KINDS.has(c.jenis)) moneyRows.push(row);
    }
  }
  const end = b.nextRow - 1;
  b.style(top, 0, end, LAST, { border: true, vertical: "top", wrap: true });
  for (const g of groups) b.style(g, 0, g, LAST, { bold: true, fill: GROUP_FILL, wrap: false });
  // Money in rupiah: one format run per stretch of budget rows, not one per cell.
  for (const [r1, r2] of runs(moneyRows)) b.format(r1, 3, r2, 4, MONEY);
  b.format(top, 5, end, 5, MONEY);
  b.format(top, 6, end, 6, PERCENT);
  b.fillByValue(9, top, end, KONSISTEN_FILL);
}

/** A value as the sheet shows it: numbers stay numbers, ranges and absent values as text. */
function shown(v: Perubahan["lama"]): PlanValue {
  if (v === null) return "—";
  if (typeof v === "number" || typeof v === "string") return v;
  return targetText(v) ?? "—";
}

function temuanText(c: Perubahan): string {
  return c.temuan.map((t) => `${SEVERITY_LABEL[t.severity]} ${t.sheet}!${t.cell}: ${t.message} [${t.rule}]`).join("\n");
}

/** Consecutive row numbers as [first, last] stretches. */
function runs(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}
