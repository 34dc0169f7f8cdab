/**
 * Which rows and columns of a sheet are hidden, so the engine does not read them as data (planners hide old
 * values there: the murni Target beside Target Perubahan, the row of a program dropped in the revision).
 * Every used range comes with rowHidden and columnHidden (ExcelApi 1.2: false = none hidden), at no extra request;
 * only a sheet where one is not false is asked which (getRowProperties, getColumnProperties: ExcelApi 1.9), with
 * its AutoFilter: rows a filter hides are data all the same (as the .xlsx door reads them). A host before 1.9 is
 * read as if nothing were hidden (the door passes nothing: the engine cannot know).
 */
import type { Grid } from "../engine/grid";
import { usedBoxOf, type Box } from "./address";
import { OP_BYTES } from "./chunks";
import type { SheetEntry } from "./read-sheets";

/** What a used range's two booleans said: whether some of its rows, some of its columns are hidden. */
export interface HiddenHint {
  rows: boolean;
  cols: boolean;
}

/** What the sheet's answers said so far: hidden rows and columns (in the sheet), the filter's range. */
export interface HiddenFound {
  rows: number[];
  cols: number[];
  filter: Box | null;
}

/** A question about one sheet: rows [row, row + rows) of its used box (0: none), its columns, its filter. */
export interface HiddenAsk {
  entry: SheetEntry;
  row: number;
  rows: number;
  cols: boolean;
  filter: boolean;
}

/** Each answered row or column: `{"rowHidden":false,"rowIndex":1234}` and its comma, with room to spare. */
export const ROW_ANSWER_BYTES = 40;
export const COL_ANSWER_BYTES = 46;
/** The filter's enabled, isDataFiltered and range address. */
const FILTER_ANSWER_BYTES = 160;
/** Objects and calls of one question: two ranges and their methods, the filter, its range and their loads. */
export const HIDDEN_OPS_BYTES = 8 * OP_BYTES;

/** The used range's booleans (true: all hidden, null: some); undefined when nothing is hidden. */
export function hintOf(used: Excel.Range): HiddenHint | undefined {
  const rows = used.rowHidden !== false;
  const cols = used.columnHidden !== false;
  return rows || cols ? { rows, cols } : undefined;
}

/** The question a sheet needs, if any: its whole used box. */
export function askOf(entry: SheetEntry): HiddenAsk | null {
  const hint = entry.hiddenHint;
  if (!hint || !entry.box) return null;
  const box = entry.box;
  return { entry, row: box.top, rows: hint.rows ? box.bottom - box.top + 1 : 0, cols: hint.cols, filter: hint.rows };
}

export function askBytes(ask: HiddenAsk): number {
  const box = ask.entry.box!;
  return ask.rows * ROW_ANSWER_BYTES + (ask.cols ? (box.right - box.left + 1) * COL_ANSWER_BYTES : 0) + (ask.filter ? FILTER_ANSWER_BYTES : 0);
}

/** The first `rows` rows of a question (with its columns and filter), and the rest of its rows. */
export function splitAsk(ask: HiddenAsk, rows: number): [HiddenAsk, HiddenAsk] {
  return [
    { ...ask, rows },
    { entry: ask.entry, row: ask.row + rows, rows: ask.rows - rows, cols: false, filter: false },
  ];
}

export function queueHidden(ask: HiddenAsk): HiddenLoaded {
  const { entry } = ask;
  const box = entry.box!;
  const rows = ask.rows > 0 ? entry.sheet.getRangeByIndexes(ask.row, box.left, ask.rows, 1) : null;
  const cols = ask.cols ? entry.sheet.getRangeByIndexes(box.top, box.left, 1, box.right - box.left + 1) : null;
  return { ask, ...questions(entry.sheet, rows, cols, ask.filter) };
}

/** The whole used range's questions, in the request that asks its address (the box is not known yet). */
export function queueHiddenOfUsed(sheet: Excel.Worksheet, used: Excel.Range): Omit<HiddenLoaded, "ask"> {
  return questions(sheet, used, used, true);
}

/** Its answer, once the box is known. */
export function acceptHiddenOfUsed(entry: SheetEntry, loaded: Omit<HiddenLoaded, "ask">): void {
  const box = entry.box!;
  acceptHidden({ ask: { entry, row: box.top, rows: box.bottom - box.top + 1, cols: true, filter: true }, ...loaded });
}

function questions(sheet: Excel.Worksheet, rowsOf: Excel.Range | null, colsOf: Excel.Range | null, withFilter: boolean) {
  const rows = rowsOf ? rowsOf.getRowProperties({ rowHidden: true, rowIndex: true }) : null;
  const cols = colsOf ? colsOf.getColumnProperties({ columnHidden: true, columnIndex: true }) : null;
  let filter: { auto: Excel.AutoFilter; range: Excel.Range } | null = null;
  if (withFilter) {
    const auto = sheet.autoFilter;
    auto.load("enabled,isDataFiltered");
    const range = auto.getRangeOrNullObject();
    range.load("address");
    filter = { auto, range };
  }
  return { rows, cols, filter };
}

export interface HiddenLoaded {
  ask: HiddenAsk;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  cols: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
  filter: { auto: Excel.AutoFilter; range: Excel.Range } | null;
}

/** An answer, kept on its sheet's entry (a sheet's rows may come in several answers). */
export function acceptHidden({ ask, rows, cols, filter }: HiddenLoaded): void {
  const found = (ask.entry.hiddenFound ??= { rows: [], cols: [], filter: null });
  if (rows) found.rows.push(...hiddenIndices(rows.value, (p) => p.rowHidden, (p) => p.rowIndex, ask.row));
  if (cols) found.cols.push(...hiddenIndices(cols.value, (p) => p.columnHidden, (p) => p.columnIndex, ask.entry.box!.left));
  if (filter && filter.auto.enabled && filter.auto.isDataFiltered && !filter.range.isNullObject) found.filter = usedBoxOf(filter.range.address);
}

/**
 * Indices in the sheet of the hidden ones. The documentation does not say whether rowIndex counts from the sheet
 * or the range: the first answer tells (it is the range's first index, or 0).
 */
function hiddenIndices<P>(answers: P[], hidden: (p: P) => boolean | undefined, index: (p: P) => number | undefined, start: number): number[] {
  const base = answers.length > 0 && index(answers[0]) !== start ? start : 0;
  const out: number[] = [];
  answers.forEach((p, i) => {
    const at = index(p);
    if (hidden(p)) out.push(at === undefined ? start + i : base + at);
  });
  return out;
}

/** The grid's hiddenRows and hiddenCols from what its sheet answered, relative to its corner like the values. */
export function placeHidden(grid: Grid, found: HiddenFound | undefined, box: Box): void {
  delete grid.hiddenRows;
  delete grid.hiddenCols;
  if (!found) return;
  const f = found.filter;
  const rows = found.rows
    .filter((r) => !(f && r > f.top && r <= f.bottom) && r >= box.top && r <= box.bottom)
    .map((r) => r - grid.top)
    .sort((a, b) => a - b);
  const cols = found.cols
    .filter((c) => c >= box.left && c <= box.right)
    .map((c) => c - grid.left)
    .sort((a, b) => a - b);
  if (rows.length) grid.hiddenRows = [...new Set(rows)];
  if (cols.length) grid.hiddenCols = [...new Set(cols)];
}
