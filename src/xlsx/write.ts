/**
 * The .xlsx door's writer, as a pure function (no Node API): a new workbook holding the plans' sheets, with
 * native charts and tables, written part by part and compressed once.
 */
import type { SheetPlan } from "../engine/plan/sheet-plan";
import { chartLayout, writeCharts } from "./charts/chart-parts";
import { appXml, contentTypesXml, coreXml, rootRels, sheetRels, workbookRels, workbookXml } from "./write/package-xml";
import { hyperlinksOf } from "./write/hyperlinks-xml";
import { SharedStrings } from "./write/shared-strings";
import { sheetXml } from "./write/sheet-xml";
import { StyleSheet } from "./write/style-sheet";
import { tableLayout, tablePartsXml, tableXml } from "./write/table-xml";
import { FFLATE, ZipWriter, type Compressor } from "./zip-write";

export interface WriteOptions {
  /** The time the workbook says it was made. */
  created?: Date;
  compressor?: Compressor;
  /** Path of the input workbook relative to the output: links to sheets the output does not hold point there. */
  linkedFile?: string;
}

export function writeWorkbook(plans: SheetPlan[], options: WriteOptions = {}): Uint8Array {
  const created = options.created ?? new Date();
  const zip = new ZipWriter(options.compressor ?? FFLATE, created);
  const charts = chartLayout(plans);
  const tables = tableLayout(plans);
  zip.add("[Content_Types].xml", contentTypesXml(plans.length, [...charts.overrides, ...tables.overrides]));
  zip.add("_rels/.rels", rootRels());
  zip.add("docProps/core.xml", coreXml(created));
  zip.add("docProps/app.xml", appXml());
  zip.add("xl/workbook.xml", workbookXml(plans));
  zip.add("xl/_rels/workbook.xml.rels", workbookRels(plans.length));
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const written = new Set(plans.map((p) => p.name));
  plans.forEach((plan, i) => {
    const drawing = charts.drawingOf.get(i);
    const links = hyperlinksOf(plan, written, options.linkedFile, "rId2");
    const ownTables = tables.numbersOf.get(i) ?? [];
    zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(plan, { strings, styles, drawingRel: drawing ? "rId1" : null, selected: i === 0, hyperlinks: links.xml, tableParts: tablePartsXml(ownTables.length) }));
    if (drawing || links.external || ownTables.length) zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRels(drawing ?? null, links.external, ownTables));
    ownTables.forEach((n, k) => zip.add(`xl/tables/table${n}.xml`, tableXml(plan, k, n)));
  });
  writeCharts(plans, charts, (path, xml) => zip.add(path, xml));
  // Strings and styles are complete only once every sheet is written.
  zip.add("xl/styles.xml", styles.xml());
  zip.add("xl/sharedStrings.xml", strings.xml());
  return zip.finish();
}
