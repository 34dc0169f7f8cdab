/** One plan as an xl/worksheets/sheetN.xml part, its elements in the order CT_Worksheet wants them. */
import { a1, columnLetters } from "../../engine/grid";
import type { ConditionalFill, SheetPlan } from "../../engine/plan/sheet-plan";
import { concatBytes, Utf8Chunks } from "../bytes";
import { parseRange } from "../charts/range";
import { columnWidth, rowHeights, type WrappedCell } from "../row-heights";
import { xmlEscape, xmlSafe } from "../xml-text";
import type { SharedStrings } from "./shared-strings";
import { StyleBook } from "./style-book";
import type { StyleSheet } from "./style-sheet";

const COLS = 16384;

export interface SheetContext {
  strings: SharedStrings;
  styles: StyleSheet;
  /** The relationship id of the sheet's drawing, when it has charts. */
  drawingRel: string | null;
  /** The sheet shown when the workbook opens. */
  selected: boolean;
  /** Its `<hyperlinks>` element ("" when none): after the conditional formats, before the page margins. */
  hyperlinks?: string;
  /** Its `<tableParts>` element ("" when none): the last element. */
  tableParts?: string;
}

/** The part as UTF-8 bytes, built in chunks (see Utf8Chunks). */
export function sheetXml(plan: SheetPlan, ctx: SheetContext): Uint8Array {
  const { book, styleRows, formatRows } = cellStyles(plan);
  const xfOf = xfLookup(book, ctx.styles);
  const heights = rowHeights(wrappedCells(plan, book, styleRows));

  // A cell is written when it has a value, a style or a number format; rows and columns in order.
  const rows = new Utf8Chunks();
  let lastRow = -1;
  let lastCol = -1;
  const rowCount = Math.max(plan.values.length, styleRows.length, formatRows.length);
  for (let r = 0; r < rowCount; r++) {
    const values = plan.values[r];
    const styles = styleRows[r];
    const formats = formatRows[r];
    const width = Math.max(values?.length ?? 0, styles?.length ?? 0, formats?.length ?? 0);
    const rowNumber = String(r + 1);
    let row = "";
    for (let c = 0; c < width; c++) {
      // A string goes to the shared table, which cleans it once however often it repeats.
      const raw = values?.[c];
      const text = typeof raw === "string" && raw !== "" ? ctx.strings.id(raw) : -1;
      const number = typeof raw === "number" && Number.isFinite(raw) ? raw : null;
      const style = styles?.[c] ?? 0;
      const format = formats?.[c];
      if (text < 0 && number === null && style === 0 && format === undefined) continue;
      const xf = xfOf(style, format);
      row += `<c r="${columnLetters(c)}${rowNumber}"${xf ? ` s="${xf}"` : ""}${text >= 0 ? ` t="s"><v>${text}</v></c>` : number !== null ? `><v>${number}</v></c>` : "/>"}`;
      if (c > lastCol) lastCol = c;
    }
    if (row) {
      const h = heights.get(r);
      rows.push(`<row r="${rowNumber}"${h ? ` ht="${h}" customHeight="1"` : ""}>${row}</row>`);
      lastRow = r;
    }
  }

  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    // One page wide when printed: the table and the charts beside it print together in LibreOffice and Excel.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${lastRow < 0 ? "A1" : `A1:${a1(lastRow, Math.max(lastCol, 0))}`}"/>` +
    sheetViews(plan.freezeRows, ctx.selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    "<sheetData>";
  const tail =
    "</sheetData>" +
    (plan.merges.length ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${xmlEscape(m)}"/>`).join("")}</mergeCells>` : "") +
    conditionalFillsXml(plan.conditionalFills, ctx.styles) +
    (ctx.hyperlinks ?? "") +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    (ctx.drawingRel ? `<drawing r:id="${ctx.drawingRel}"/>` : "") +
    (ctx.tableParts ?? "") +
    "</worksheet>";
  const encoder = new TextEncoder();
  return concatBytes([encoder.encode(head), ...rows.chunked(), encoder.encode(tail)]);
}

/** The cellXfs index of a (merged style, number format) pair, asked once per distinct pair. */
function xfLookup(book: StyleBook, styles: StyleSheet): (style: number, format: string | undefined) => number {
  const formatIds = new Map<string, number>();
  const cache = new Map<number, number>();
  return (style, format) => {
    if (style === 0 && format === undefined) return 0;
    let f = 0;
    if (format !== undefined) {
      f = formatIds.get(format) ?? 0;
      if (f === 0) formatIds.set(format, (f = formatIds.size + 1));
    }
    const key = style * 65536 + f;
    let xf = cache.get(key);
    if (xf === undefined) cache.set(key, (xf = styles.xf(book.style(style), format)));
    return xf;
  };
}

interface CellStyles {
  book: StyleBook;
  /** Merged style id by row and column (0 or a hole: none). */
  styleRows: number[][];
  /** Number format by row and column. */
  formatRows: string[][];
}

/** Lays the style runs and number formats over each other, later runs winning, as the Office.js door does. */
function cellStyles(plan: SheetPlan): CellStyles {
  const book = new StyleBook();
  const styleRows: number[][] = [];
  plan.styles.forEach((run, runIndex) => {
    const r = parseRange(run.range);
    // Neighbouring cells mostly share their style: the last merge is remembered.
    let lastBase = -1;
    let lastId = 0;
    for (let row = r.top; row <= r.bottom; row++) {
      const ids = (styleRows[row] ??= []);
      for (let col = r.left; col <= r.right; col++) {
        const base = ids[col] ?? 0;
        if (base !== lastBase) {
          lastBase = base;
          lastId = book.merge(base, run.style, runIndex);
        }
        ids[col] = lastId;
      }
    }
  });
  const formatRows: string[][] = [];
  for (const f of plan.numberFormats) {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++) {
      const codes = (formatRows[row] ??= []);
      for (let col = r.left; col <= r.right; col++) codes[col] = f.format;
    }
  }
  return { book, styleRows, formatRows };
}

/** Text cells set to wrap, with the width they wrap in (a merge wraps across all its columns). */
function* wrappedCells(plan: SheetPlan, book: StyleBook, styleRows: number[][]): Generator<WrappedCell> {
  const mergeWidth = new Map<number, number>();
  for (const ref of plan.merges) {
    const r = parseRange(ref);
    let width = 0;
    for (let col = r.left; col <= r.right; col++) width += columnWidth(plan.columnWidths, col);
    // Only one-row merges: a taller merge has room of its own.
    mergeWidth.set(r.top * COLS + r.left, r.bottom === r.top ? width : Infinity);
  }
  for (let row = 0; row < styleRows.length; row++) {
    const ids = styleRows[row];
    if (!ids) continue;
    for (let col = 0; col < ids.length; col++) {
      const style = ids[col] ? book.style(ids[col]) : null;
      if (!style?.wrap) continue;
      const text = plan.values[row]?.[col];
      if (typeof text !== "string" || text === "") continue;
      const width = mergeWidth.get(row * COLS + col) ?? columnWidth(plan.columnWidths, col);
      if (width === Infinity) continue;
      yield { row, text, width, fontSize: style.fontSize ?? 11, bold: !!style.bold };
    }
  }
}

function sheetViews(freezeRows: number, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  if (freezeRows <= 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const first = `A${freezeRows + 1}`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${freezeRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>` +
    "</sheetView></sheetViews>"
  );
}

function colsXml(widths: number[]): string {
  const cols = widths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/**
 * A plan's fills by value as conditional formatting: per range one <conditionalFormatting>, per value one
 * "cell value equal to" rule. The first fill of the plan has the top priority (1), as the Office.js door leaves them.
 */
function conditionalFillsXml(fills: ConditionalFill[], styles: StyleSheet): string {
  const byRange = new Map<string, ConditionalFill[]>();
  for (const f of fills) (byRange.get(f.range) ?? byRange.set(f.range, []).get(f.range)!).push(f);
  let priority = 1;
  let xml = "";
  for (const [ref, group] of byRange) {
    xml += `<conditionalFormatting sqref="${xmlEscape(ref)}">`;
    for (const f of group) {
      xml += `<cfRule type="cellIs" dxfId="${styles.fillDxf(f.fill)}" priority="${priority++}" operator="equal"><formula>${xmlEscape(textConstant(f.equals))}</formula></cfRule>`;
    }
    xml += "</conditionalFormatting>";
  }
  return xml;
}

/** The formula of a text constant: "Sangat Tinggi", a quote inside doubled; as the cell's text is stored. */
export function textConstant(text: string): string {
  return `"${xmlSafe(text).replace(/"/g, '""')}"`;
}
