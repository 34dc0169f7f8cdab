/**
 * The .xlsx door's writer, as a pure function (no Node API): a new workbook holding the plans' sheets, with
 * native line charts, written part by part and compressed once.
 */
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { chartParts } from "./charts/chart-parts";
import { appXml, contentTypesXml, coreXml, drawingRel, rootRels, workbookRels, workbookXml } from "./write/package-xml";
import { SharedStrings } from "./write/shared-strings";
import { sheetXml } from "./write/sheet-xml";
import { StyleSheet } from "./write/style-sheet";
import { FFLATE, zipParts, type Compressor } from "./zip-write";

export interface WriteOptions {
  /** The time the workbook says it was made. */
  created?: Date;
  compressor?: Compressor;
}

export function writeWorkbook(plans: SheetPlan[], options: WriteOptions = {}): Uint8Array {
  const created = options.created ?? new Date();
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const charts = chartParts(plans);
  const text = new Map<string, string>();
  plans.forEach((plan, i) => {
    const drawing = charts.drawingOf.get(i);
    text.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(plan, { strings, styles, drawingRel: drawing ? "rId1" : null, selected: i === 0 }));
    if (drawing) text.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, drawingRel(drawing));
  });
  // Strings and styles are complete only once every sheet is written.
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypesXml(plans.length, charts.overrides)],
    ["_rels/.rels", rootRels()],
    ["docProps/core.xml", coreXml(created)],
    ["docProps/app.xml", appXml()],
    ["xl/workbook.xml", workbookXml(plans)],
    ["xl/_rels/workbook.xml.rels", workbookRels(plans.length)],
    ["xl/styles.xml", styles.xml()],
    ["xl/sharedStrings.xml", strings.xml()],
    ...text,
    ...charts.files,
  ];
  const encoder = new TextEncoder();
  return zipParts(parts.map(([path, xml]) => [path, encoder.encode(xml)]), options.compressor ?? FFLATE, created);
}
