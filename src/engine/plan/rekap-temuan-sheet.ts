/**
 * The `Rekap Temuan` sheet: every finding of every workbook, grouped by workbook in the order of `Rekap OPD`
 * (the cascade across files first within its workbook), as a filterable table. The cells are in other
 * workbooks, so no cell links: the file, sheet and cell are written out.
 */
import type { Rekap, RekapFinding } from "../rekap/types";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { HEADER_FILL, HEADER_FONT } from "./colors";
import type { SheetPlan } from "./sheet-plan";
import { SEVERITY_LABEL } from "../report/peringatan";
import { ruleName } from "../report/rule-names";
import { a1 } from "../grid";
import { rekapSource } from "./rekap-opd-sheet";

const SEVERITY_FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
const LAST = 8;

/** The plan, and per workbook the cell of its first finding (where `Rekap OPD` links to). */
export function planRekapTemuanSheet(name: string, replace: boolean, rekap: Rekap): { plan: SheetPlan; firstOf: Map<string, string> } {
  const b = new PlanBuilder(name, "rekap-temuan", replace);
  writeHeader(b, "REKAP TEMUAN", LAST, null, null, rekapSource(rekap));
  const list = inRowOrder(rekap);
  const lintas = new Set(rekap.lintasBerkas);
  b.row([list.length ? `${list.length} temuan dari ${rekap.opd.length} buku kerja, ${lintas.size} di antaranya lintas berkas.` : "Tidak ada temuan di buku kerja mana pun."]);
  b.blank();
  const firstOf = new Map<string, string>();
  const h = b.row(["No", "Berkas", "Tingkat", "Lembar", "Sel", "Aturan", "Nama aturan", "Pesan", "Lintas berkas"]);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true });
  b.freeze(h + 1);
  list.forEach((f, i) => {
    const r = b.row([i + 1, f.file, SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.rule, ruleName(f.rule), f.message, lintas.has(f) ? "Ya" : "Tidak"]);
    if (!firstOf.has(f.file)) firstOf.set(f.file, a1(r, 1));
  });
  const end = b.nextRow - 1;
  if (list.length) {
    b.fillByValue(2, h + 1, end, Object.fromEntries(Object.entries(SEVERITY_FILL).map(([k, fill]) => [SEVERITY_LABEL[k as keyof typeof SEVERITY_LABEL], fill])));
    b.style(h + 1, 0, end, LAST, { wrap: true, vertical: "top" });
    b.table(h, 0, end, LAST);
  }
  b.widths([6, 24, 12, 22, 8, 20, 26, 80, 10]);
  return { plan: b.build(), firstOf };
}

/** Grouped by workbook in the order of the rows; within a workbook as the rekap lists them (cross-file first). */
function inRowOrder(rekap: Rekap): RekapFinding[] {
  const order = new Map(rekap.opd.map((r, i) => [r.file, i]));
  return rekap.temuan
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.file) ?? 0) - (order.get(b.f.file) ?? 0) || a.i - b.i)
    .map((e) => e.f);
}
