/**
 * Links from cells to cells as the package's own `<hyperlink>` elements: a location inside the workbook, no formula
 * and no relationship. A link to a sheet the written file does not hold (the command writes only its own sheets)
 * points into `linkedFile`, the input workbook, through one external relationship of the sheet.
 */
import { linkLocation, type CellLink, type SheetPlan } from "../../engine/plan/sheet-plan";
import { xmlEscape } from "../xml-text";

export const REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

export interface SheetLinks {
  /** The `<hyperlinks>` element, or "" when the plan has none. */
  xml: string;
  /** The file the external links go to, when some do. */
  external: string | null;
}

export function hyperlinksOf(plan: SheetPlan, written: Set<string>, linkedFile: string | undefined, relId: string): SheetLinks {
  const links = plan.links ?? [];
  if (!links.length) return { xml: "", external: null };
  const outside = (l: CellLink) => linkedFile !== undefined && !written.has(l.sheet);
  const elements = links.map((l) => `<hyperlink ref="${xmlEscape(l.at)}"${outside(l) ? ` r:id="${relId}"` : ""} location="${xmlEscape(linkLocation(l))}" display="${xmlEscape(l.cell)}"/>`);
  return { xml: `<hyperlinks>${elements.join("")}</hyperlinks>`, external: links.some(outside) ? linkedFile! : null };
}
