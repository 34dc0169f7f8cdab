/**
 * Links from cells to cells as the package's own `<hyperlink>` elements: a location inside the workbook, no formula
 * and no relationship. exceljs would give an internal link an external relationship as well, which Excel follows
 * instead. A link to a sheet the written file does not hold (the command writes only its own sheets) points into
 * `linkedFile`, the input workbook, when one is given.
 */
import type JSZip from "jszip";
import { linkLocation, type CellLink, type SheetPlan } from "../engine/plan/sheet-plan";
import { addRel, readText, relsPathOf, sheetParts, withRelNamespace } from "./charts/package-parts";
import { xmlEscape } from "./charts/xml-text";

const REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
// CT_Worksheet's elements after <hyperlinks>: it must come before the first of these.
const AFTER_HYPERLINKS =
  /<(printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]/g;

export async function addHyperlinks(zip: JSZip, plans: SheetPlan[], linkedFile?: string): Promise<void> {
  const withLinks = plans.filter((p) => p.links?.length);
  if (!withLinks.length) return;
  const parts = await sheetParts(zip);
  for (const plan of withLinks) {
    const part = parts.get(plan.name);
    if (!part) throw new Error(`Lembar "${plan.name}" tidak ditemukan di berkas yang ditulis`);
    let relId: string | null = null;
    const outside = (l: CellLink) => linkedFile !== undefined && !parts.has(l.sheet);
    if (plan.links!.some(outside)) {
      const relsPath = relsPathOf(part);
      const rel = addRel(await readText(zip, relsPath), REL_HYPERLINK, linkedFile!, true);
      zip.file(relsPath, rel.xml);
      relId = rel.id;
    }
    const elements = plan.links!.map(
      (l) => `<hyperlink ref="${l.at}"${outside(l) ? ` r:id="${relId}"` : ""} location="${xmlEscape(linkLocation(l))}" display="${xmlEscape(l.cell)}"/>`,
    );
    zip.file(part, insertHyperlinks((await readText(zip, part)) ?? "", elements.join("")));
  }
}

/** Puts `<hyperlinks>` where the schema's element order wants it. */
export function insertHyperlinks(sheetXml: string, elements: string): string {
  if (/<hyperlinks[\s>]/.test(sheetXml)) throw new Error("Lembar sudah memiliki tautan; tautan tidak dapat ditambahkan");
  const dataEnd = sheetXml.lastIndexOf("</sheetData>");
  AFTER_HYPERLINKS.lastIndex = dataEnd >= 0 ? dataEnd : 0;
  const next = AFTER_HYPERLINKS.exec(sheetXml);
  const at = next ? next.index : sheetXml.lastIndexOf("</worksheet>");
  const xml = sheetXml.slice(0, at) + `<hyperlinks>${elements}</hyperlinks>` + sheetXml.slice(at);
  return elements.includes("r:id=") ? withRelNamespace(xml) : xml;
}
