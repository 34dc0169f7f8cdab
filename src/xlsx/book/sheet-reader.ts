/**
 * One worksheet part to a sparse Grid: only the cells that hold a value are kept, so cost follows the occupied
 * cells and never the used rectangle between them.
 */
import { a1, type CellValue, type Grid } from "../../engine/grid";
import { overLimit, type Limits } from "../limits";
import { damaged } from "../workbook-error";
import { parsePart } from "../xml-stream";
import type { ZipArchive } from "../zip-read";
import { parseArea, parseCellRef, type Area } from "./cell-ref";
import { coveredCells } from "./merges";
import { StringItem, unescapeOoxml } from "./ooxml-text";
import type { CellFormats } from "./styles";

/** What the sheets of one workbook share: strings, formats, the date system, and the budget they draw on. */
export interface BookContext {
  strings: string[];
  formats: CellFormats;
  date1904: boolean;
  limits: Limits;
  /** Cells and merges read so far, over all sheets. */
  used: { cells: number; merges: number };
}

/** Days from 1900-01-00 (Excel's day 0, with its phantom 29 February 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

export function readSheet(zip: ZipArchive, name: string, part: string, book: BookContext): Grid {
  const what = `lembar "${name}"`;
  const { limits, used } = book;
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const formats: (string | undefined)[] = [];
  const merges: Area[] = [];
  const hidden: Hidden = { rows: [], cols: [], filter: null };
  let sorted = true;

  let depth = 0;
  let inData = false;
  let inMerges = false;
  let inCols = false;
  let row = -1;
  let col = -1;
  const at = { row: 0, col: 0 };
  // The cell being read.
  let type = "";
  let style = 0;
  let inValue = false;
  let valueText: string | null = null;
  let inInline = false;
  let inlineText: string | null = null;
  const inline = new StringItem();

  const finishCell = () => {
    let v = cellValue(type, valueText, inlineText, book.strings);
    if (v === null) return;
    const code = book.formats.code[style];
    if (typeof v === "number" && book.date1904 && book.formats.isDate[style]) v += DAYS_1904;
    const n = rows.length;
    if (n > 0 && (row < rows[n - 1] || (row === rows[n - 1] && col <= cols[n - 1]))) sorted = false;
    rows.push(row);
    cols.push(col);
    values.push(v);
    formats.push(code !== undefined && code !== "General" ? code : undefined);
  };

  parsePart(zip, part, what, {
    open(tag, attrs) {
      depth++;
      if (depth === 2) {
        inData = tag === "sheetData";
        inMerges = tag === "mergeCells";
        inCols = tag === "cols";
        if (tag === "autoFilter") hidden.filter = parseArea(attrs.get("ref") ?? "");
      } else if (inCols && depth === 3 && tag === "col" && isTrue(attrs.get("hidden"))) {
        const min = Number(attrs.get("min")) - 1;
        const max = Number(attrs.get("max")) - 1;
        if (min >= 0 && max >= min && max <= 16_383) hidden.cols.push([min, max]);
      } else if (inData && depth === 3 && tag === "row") {
        const r = attrs.get("r");
        row = r === undefined ? row + 1 : Number(r) - 1;
        if (!(row >= 0 && row < 1_048_576 && Number.isInteger(row))) throw damaged(`${what} memuat nomor baris yang tidak sah`);
        col = -1;
        if (isTrue(attrs.get("hidden"))) hidden.rows.push(row);
      } else if (inData && depth === 4 && tag === "c") {
        if (++used.cells > limits.cells) throw overLimit("cells", limits, what);
        const ref = attrs.get("r");
        if (ref === undefined) col++;
        else if (parseCellRef(ref, at)) {
          row = at.row;
          col = at.col;
        } else throw damaged(`${what} memuat alamat sel yang tidak sah`);
        if (row < 0 || col > 16_383) throw damaged(`${what} memuat sel di luar batas lembar`);
        type = attrs.get("t") ?? "n";
        const s = attrs.get("s");
        style = s === undefined ? 0 : Number(s);
        valueText = null;
        inlineText = null;
      } else if (inData && depth === 5) {
        if (tag === "v") {
          inValue = true;
          valueText = "";
        } else if (tag === "is") inInline = true;
      } else if (inInline && depth > 5) inline.open(tag);
      else if (inMerges && depth === 3 && tag === "mergeCell") {
        if (++used.merges > limits.merges) throw overLimit("merges", limits, what);
        const area = parseArea(attrs.get("ref") ?? "");
        if (area) merges.push(area);
      }
    },
    close(tag) {
      if (inData) {
        if (depth === 4 && tag === "c") finishCell();
        else if (depth === 5) {
          if (tag === "v") inValue = false;
          else if (tag === "is") {
            inInline = false;
            inlineText = inline.take();
          }
        } else if (inInline && depth > 5) inline.close(tag);
      }
      if (depth === 2) inData = inMerges = inCols = false;
      depth--;
    },
    text(text) {
      if (inValue) valueText += text;
      else if (inInline) inline.text(text);
    },
  }, limits);

  const grid = toGrid(name, rows, cols, values, formats, merges, sorted, what);
  addHidden(grid, hidden);
  return grid;
}

/** Hidden rows, hidden column spans, and the filter's area (rows a filter hides are data all the same). */
interface Hidden {
  rows: number[];
  cols: [number, number][];
  filter: Area | null;
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** The hidden rows and columns within the grid's extent, relative to its corner as the values are. */
function addHidden(grid: Grid, hidden: Hidden): void {
  const height = grid.values.length;
  const width = grid.values.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  const filter = hidden.filter;
  const rows = hidden.rows
    .filter((r) => !(filter && r > filter.top && r <= filter.bottom))
    .map((r) => r - grid.top)
    .filter((r) => r >= 0 && r < height);
  const cols: number[] = [];
  for (const [min, max] of hidden.cols)
    for (let c = Math.max(min, grid.left); c <= Math.min(max, grid.left + width - 1); c++) cols.push(c - grid.left);
  if (rows.length) grid.hiddenRows = rows;
  if (cols.length) grid.hiddenCols = [...new Set(cols)].sort((a, b) => a - b);
}

function cellValue(type: string, v: string | null, inline: string | null, strings: string[]): CellValue {
  if (v === null) return type === "inlineStr" && inline ? inline : null;
  switch (type) {
    case "s":
      return strings[Number(v)] || null;
    case "str":
    case "inlineStr":
      return unescapeOoxml(v) || null;
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return v.trim() || null;
    case "d":
      return isoSerial(v) ?? (v.trim() || null);
    default: {
      const n = Number(v);
      // Number("") and Number("  ") are 0: only then is the text worth a look.
      if (n === 0 && v.trim() === "") return null;
      // A number cell that holds no number: keep its text, so the engine can name the cell.
      return Number.isNaN(n) ? v : n;
    }
  }
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?\s*$/;

/** An ISO 8601 date (a t="d" cell) as Excel's serial day number; null when it is none. */
function isoSerial(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return Number.isFinite(ms) ? ms / 86_400_000 + UNIX_EPOCH_SERIAL : null;
}

function toGrid(
  name: string,
  rows: number[],
  cols: number[],
  cellValues: CellValue[],
  cellFormats: (string | undefined)[],
  merges: Area[],
  sorted: boolean,
  what: string,
): Grid {
  // Cells come in order from every writer we know; only a file that shuffles them pays for sorting.
  const order = sorted ? null : Array.from(rows, (_, i) => i).sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b]);
  // Merged areas: Excel gives the value only at the top-left; so do we.
  for (const i of coveredCells(rows, cols, order, merges, what)) cellValues[i] = null;

  let top = Infinity;
  let left = Infinity;
  for (let i = 0; i < rows.length; i++) {
    if (cellValues[i] === null) continue;
    if (rows[i] < top) top = rows[i];
    if (cols[i] < left) left = cols[i];
  }
  const grid: Grid = { name, values: [], formats: [], top: 0, left: 0 };
  if (merges.length) grid.merges = merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  if (top === Infinity) return grid;
  grid.top = top;
  grid.left = left;
  for (let k = 0; k < rows.length; k++) {
    const i = order ? order[k] : k;
    const v = cellValues[i];
    if (v === null) continue;
    const r = rows[i] - top;
    const c = cols[i] - left;
    (grid.values[r] ??= [])[c] = v;
    const f = cellFormats[i];
    if (f !== undefined) (grid.formats[r] ??= [])[c] = f;
  }
  return grid;
}
