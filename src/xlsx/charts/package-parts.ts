import type JSZip from "jszip";
import { xmlEscape, xmlUnescape } from "./xml-text";

// Small readers and editors for the package XML exceljs writes; regexes suffice because exceljs writes it uniformly.

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]) : null;
}

/** Sheet name to its part path (e.g. "xl/worksheets/sheet1.xml"), from workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = (await readText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const target = targets.get(attr(tag, "r:id") ?? "");
    if (name !== null && target) parts.set(name, target);
  }
  return parts;
}

/** First N such that `${prefix}${N}.xml` is not in the package yet. */
export function nextPartNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels" */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a part's rels (creating them when absent); returns its id. */
export function addRel(existing: string | null, type: string, target: string, external = false): { xml: string; id: string } {
  const xml =
    existing ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const taken = new Set(Array.from(xml.matchAll(/\sId="([^"]*)"/g), (m) => m[1]));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"${external ? ' TargetMode="External"' : ""}/>`;
  return { xml: xml.replace("</Relationships>", `${rel}</Relationships>`), id };
}

/** Adds a drawing relationship to a sheet's rels (creating them when absent); returns its id. */
export function addDrawingRel(existing: string | null, drawingNumber: number): { xml: string; id: string } {
  return addRel(existing, REL_DRAWING, `../drawings/drawing${drawingNumber}.xml`);
}

// CT_Worksheet's elements after <drawing>: it must come before the first of these.
const AFTER_DRAWING = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/g;

/** Puts `<drawing r:id="..."/>` into a worksheet part where the schema's element order wants it. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const dataEnd = sheetXml.lastIndexOf("</sheetData>");
  const from = dataEnd >= 0 ? dataEnd : sheetXml.indexOf("<sheetData");
  if (/<drawing[\s/>]/.test(sheetXml.slice(from))) throw new Error("Lembar sudah memiliki drawing; grafik tidak dapat ditambahkan");
  AFTER_DRAWING.lastIndex = from;
  const next = AFTER_DRAWING.exec(sheetXml);
  const at = next ? next.index : sheetXml.lastIndexOf("</worksheet>");
  return withRelNamespace(sheetXml.slice(0, at) + `<drawing r:id="${relId}"/>` + sheetXml.slice(at));
}

/** The worksheet root declares the relationships namespace, which r:id attributes need. */
export function withRelNamespace(xml: string): string {
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root || root[0].includes("xmlns:r=")) return xml;
  const withNs = root[0].replace(/^<worksheet/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  return xml.slice(0, root.index) + withNs + xml.slice(root.index + root[0].length);
}

export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** [Content_Types].xml with an Override for each new part. */
export function addOverrides(contentTypes: string, parts: { path: string; type: string }[]): string {
  const overrides = parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`).join("");
  return contentTypes.replace("</Types>", `${overrides}</Types>`);
}
