/** xl/styles.xml, built as cells ask for styles: fonts, fills, borders and number formats each written once. */
import type { CellStyle } from "../../engine/plan/sheet-plan";
import { BUILT_IN_FORMATS } from "../book/number-formats";
import { hexColor } from "../color";
import { IndexedList } from "../bytes";
import { xmlEscape } from "../xml-text";

const BUILT_IN_ID = new Map(Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)]));
const FIRST_CUSTOM_FORMAT = 164;
const THIN = '<color rgb="FFA6A6A6"/>';
const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/** Distinct XML fragments, each with one index; the first ones given are the defaults Excel expects. */
class Table extends IndexedList<string> {
  constructor(first: string[]) {
    super();
    first.forEach((xml) => this.id(xml));
  }
  id(xml: string): number {
    return this.add(xml, xml);
  }
}

export class StyleSheet {
  private readonly fonts = new Table([font({})]);
  // Excel requires the first two fills to be none and gray125.
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table([]);
  private readonly customFormats = new Map<string, number>();

  /** The cellXfs index of a style with a number format. */
  xf(style: CellStyle, numFmt?: string): number {
    const fontId = this.fonts.id(font(style));
    const fillId = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="FF${hexColor(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border ? this.borders.id(`<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`) : 0;
    const numFmtId = numFmt ? this.formatId(numFmt) : 0;
    const align = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.vertical ? ` vertical="${VERTICAL[style.vertical]}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") + (fontId ? ' applyFont="1"' : "") + (fillId ? ' applyFill="1"' : "") + (borderId ? ' applyBorder="1"' : "") + (align ? ' applyAlignment="1"' : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.xfs.id(align ? `${head}><alignment${align}/></xf>` : `${head}/>`);
  }

  /** A differential format that paints a solid fill: Excel reads a dxf's solid fill from bgColor. */
  fillDxf(color: string): number {
    return this.dxfs.id(`<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${hexColor(color)}"/></patternFill></fill></dxf>`);
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      "</styleSheet>"
    );
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_ID.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }
}

function font(style: CellStyle): string {
  return (
    "<font>" +
    (style.bold ? "<b/>" : "") +
    (style.italic ? "<i/>" : "") +
    `<sz val="${style.fontSize ?? 11}"/>` +
    (style.fontColor ? `<color rgb="FF${hexColor(style.fontColor)}"/>` : "") +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}
