/**
 * Excel tables (ListObjects) as xl/tables/tableN.xml parts: the header row's texts as column names, an
 * autofilter over the whole range, a built-in style. The sheet names them in `<tableParts>`, one relationship each.
 */
import type { SheetPlan } from "../../engine/plan/sheet-plan";
import { parseRange } from "../charts/range";
import { xmlEscape } from "../xml-text";

export const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** The relationship id of a sheet's k-th table: after its drawing (rId1) and external link (rId2). */
export const tableRelId = (k: number) => `rId${k + 3}`;

/** Numbering of the table parts across the workbook: plan index to its tables' numbers. */
export function tableLayout(plans: SheetPlan[]): { numbersOf: Map<number, number[]>; overrides: { path: string; type: string }[] } {
  const numbersOf = new Map<number, number[]>();
  const overrides: { path: string; type: string }[] = [];
  let n = 1;
  plans.forEach((plan, i) => {
    const tables = plan.tables ?? [];
    if (!tables.length) return;
    numbersOf.set(i, tables.map(() => n++));
    for (const k of numbersOf.get(i)!) overrides.push({ path: `xl/tables/table${k}.xml`, type: CT_TABLE });
  });
  return { numbersOf, overrides };
}

/** The `<tableParts>` element of a sheet ("" without tables). */
export function tablePartsXml(count: number): string {
  if (!count) return "";
  return `<tableParts count="${count}">${Array.from({ length: count }, (_, k) => `<tablePart r:id="${tableRelId(k)}"/>`).join("")}</tableParts>`;
}

export function tableXml(plan: SheetPlan, index: number, number: number): string {
  const spec = plan.tables![index];
  const box = parseRange(spec.range);
  const header = plan.values[box.top] ?? [];
  // Column names must be unique and non-empty (Excel repairs the file otherwise).
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const base = String(header[c] ?? "").replace(/\s+/g, " ").trim() || `Kolom${c - box.left + 1}`;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  const ref = xmlEscape(spec.range);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${number}" name="Tabel${number}" displayName="Tabel${number}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${names.length}">${names.map((n, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(n)}"/>`).join("")}</tableColumns>` +
    `<tableStyleInfo name="${xmlEscape(spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}
