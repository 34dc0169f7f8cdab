/** The package's own parts: content types, relationships, the workbook part and the document properties. */
import type { SheetPlan } from "../../engine/plan/sheet-plan";
import { sheetPrefix } from "../charts/range";
import { xmlEscape } from "../xml-text";
import { REL_HYPERLINK } from "./hyperlinks-xml";
import { REL_TABLE, tableRelId } from "./table-xml";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CT = "application/vnd.openxmlformats-officedocument";

export function contentTypesXml(sheets: number, extra: { path: string; type: string }[]): string {
  const overrides = [
    { path: "xl/workbook.xml", type: `${CT}.spreadsheetml.sheet.main+xml` },
    ...Array.from({ length: sheets }, (_, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, type: `${CT}.spreadsheetml.worksheet+xml` })),
    { path: "xl/styles.xml", type: `${CT}.spreadsheetml.styles+xml` },
    { path: "xl/sharedStrings.xml", type: `${CT}.spreadsheetml.sharedStrings+xml` },
    { path: "docProps/core.xml", type: "application/vnd.openxmlformats-package.core-properties+xml" },
    { path: "docProps/app.xml", type: `${CT}.extended-properties+xml` },
    ...extra,
  ];
  return (
    HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map((o) => `<Override PartName="/${o.path}" ContentType="${o.type}"/>`).join("") +
    "</Types>"
  );
}

export function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    HEAD +
    `<Relationships xmlns="${PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`).join("") +
    "</Relationships>"
  );
}

export const rootRels = () =>
  relsXml([
    { id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" },
    { id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml" },
    { id: "rId3", type: `${REL}/extended-properties`, target: "docProps/app.xml" },
  ]);

export const workbookRels = (sheets: number) =>
  relsXml([
    ...Array.from({ length: sheets }, (_, i) => ({ id: `rId${i + 1}`, type: `${REL}/worksheet`, target: `worksheets/sheet${i + 1}.xml` })),
    { id: `rId${sheets + 1}`, type: `${REL}/styles`, target: "styles.xml" },
    { id: `rId${sheets + 2}`, type: `${REL}/sharedStrings`, target: "sharedStrings.xml" },
  ]);

/** A sheet's relationships: its drawing (rId1), the file its external links go to (rId2), its tables (rId3...). */
export const sheetRels = (drawingNumber: number | null, linkedFile: string | null, tableNumbers: number[] = []) =>
  relsXml([
    ...(drawingNumber === null ? [] : [{ id: "rId1", type: `${REL}/drawing`, target: `../drawings/drawing${drawingNumber}.xml` }]),
    ...(linkedFile === null ? [] : [{ id: "rId2", type: REL_HYPERLINK, target: encodeURI(linkedFile.split("\\").join("/")), external: true }]),
    ...tableNumbers.map((n, k) => ({ id: tableRelId(k), type: REL_TABLE, target: `../tables/table${n}.xml` })),
  ]);

/** The workbook part: sheets in plan order and, for sheets with frozen rows, those rows as print titles. */
export function workbookXml(plans: SheetPlan[]): string {
  const sheets = plans.map((p, i) => `<sheet name="${xmlEscape(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const titles = plans
    .map((p, i) => (p.freezeRows > 0 ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${sheetPrefix(p.name)}$1:$${p.freezeRows}`)}</definedName>` : ""))
    .join("");
  return (
    HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (titles ? `<definedNames>${titles}</definedNames>` : "") +
    '<calcPr calcId="191029"/>' +
    "</workbook>"
  );
}

export function coreXml(created: Date): string {
  const when = created.toISOString().replace(/\.\d+Z$/, "Z");
  return (
    HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:creator>PK Kinerja</dc:creator>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    "</cp:coreProperties>"
  );
}

export const appXml = () =>
  HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>PK Kinerja</Application></Properties>';
