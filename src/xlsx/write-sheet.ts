import type { Style, Worksheet } from "exceljs";
import type { PlanValue, SheetPlan } from "../engine/plan/sheet-plan";
import { StyleBook } from "./cell-style";
import { addConditionalFills } from "./conditional-fills";
import { columnWidth, rowHeights, type WrappedCell } from "./row-heights";
import { parseRange, rangeCells } from "./charts/range";
import { xmlSafe } from "./charts/xml-text";

// Excel's limit on the text of one cell; longer text makes Excel repair the file.
const MAX_CELL_TEXT = 32767;
const COLS = 16384;

/** Carries one plan's cells into an empty exceljs worksheet (charts are added later, to the package). */
export function fillSheet(ws: Worksheet, plan: SheetPlan): void {
  writeValues(ws, plan.values);
  const styles = writeStyles(ws, plan);
  for (const [row, height] of rowHeights(wrappedCells(plan, styles))) ws.getRow(row + 1).height = height;
  for (const range of plan.merges) ws.mergeCellsWithoutStyle(range);
  addConditionalFills(ws, plan.conditionalFills);
  plan.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
  if (plan.freezeRows > 0) ws.views = [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  // Landscape, one page wide: the table and the charts beside it print together in LibreOffice and Excel.
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  // The frozen heading repeats on every printed page. exceljs does not double an apostrophe in the
  // sheet name of this defined name, which Excel then rejects, so such sheets go without.
  if (plan.freezeRows > 0 && !plan.name.includes("'")) ws.pageSetup.printTitlesRow = `1:${plan.freezeRows}`;
}

function writeValues(ws: Worksheet, values: PlanValue[][]): void {
  values.forEach((rowValues, r) => {
    if (!rowValues.some((v) => v !== null && v !== undefined)) return;
    const row = ws.getRow(r + 1);
    rowValues.forEach((v, c) => {
      const value = cellValue(v);
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
}

/** A plan value as exceljs should store it. A string stays a string (never a formula), whatever it starts with. */
function cellValue(v: PlanValue | undefined): string | number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v === "" ? null : xmlSafe(v).slice(0, MAX_CELL_TEXT);
  return null;
}

/** Lays the style runs and number formats over each other (later runs win) and gives each cell one shared style. */
function writeStyles(ws: Worksheet, plan: SheetPlan): CellStyles {
  const book = new StyleBook();
  const styleOf = new Map<number, number>();
  plan.styles.forEach((run, runIndex) => {
    for (const { row, col } of rangeCells(parseRange(run.range))) {
      const key = row * COLS + col;
      styleOf.set(key, book.merge(styleOf.get(key) ?? 0, run.style, runIndex));
    }
  });
  const formatOf = new Map<number, string>();
  for (const f of plan.numberFormats) {
    for (const { row, col } of rangeCells(parseRange(f.range))) formatOf.set(row * COLS + col, f.format);
  }
  const keys = new Set<number>([...styleOf.keys(), ...formatOf.keys()]);
  for (const key of keys) {
    const row = Math.floor(key / COLS);
    const col = key % COLS;
    ws.getRow(row + 1).getCell(col + 1).style = book.excelStyle(styleOf.get(key) ?? 0, formatOf.get(key)) as Style;
  }
  return { book, styleOf };
}

interface CellStyles {
  book: StyleBook;
  /** Cell key (row * COLS + col) to style id. */
  styleOf: Map<number, number>;
}

/** Text cells set to wrap, with the width they wrap in (a merge wraps across all its columns). */
function* wrappedCells(plan: SheetPlan, { book, styleOf }: CellStyles): Generator<WrappedCell> {
  const mergeWidth = new Map<number, number>();
  for (const ref of plan.merges) {
    const r = parseRange(ref);
    let width = 0;
    for (let col = r.left; col <= r.right; col++) width += columnWidth(plan.columnWidths, col);
    // Only one-row merges: a taller merge has room of its own.
    mergeWidth.set(r.top * COLS + r.left, r.bottom === r.top ? width : Infinity);
  }
  for (const [key, id] of styleOf) {
    const style = book.style(id);
    if (!style.wrap) continue;
    const row = Math.floor(key / COLS);
    const col = key % COLS;
    const text = plan.values[row]?.[col];
    if (typeof text !== "string" || text === "") continue;
    const width = mergeWidth.get(key) ?? columnWidth(plan.columnWidths, col);
    if (width === Infinity) continue;
    yield { row, text, width, fontSize: style.fontSize ?? 11, bold: !!style.bold };
  }
}
