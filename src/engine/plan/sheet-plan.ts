/**
 * What to write, as data. Both doors carry a SheetPlan out the same way:
 * values from A1, then formats, styles, merges, column widths, and charts bound to ranges of this sheet.
 */
export type PlanValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  border?: boolean;
}

export interface StyleRun {
  /** A1 range within the sheet, e.g. "A4:H4". */
  range: string;
  style: CellStyle;
}

export interface ChartSeriesSpec {
  name: string;
  /** A1 range of the values (one column), e.g. "C6:C17". */
  values: string;
  /** "#RRGGBB" */
  color: string;
  dashed?: boolean;
}

export interface ChartSpec {
  /** A line chart over months (the default), or horizontal bars, one per category, first category on top. */
  type?: "line" | "bar";
  title: string;
  /** Top-left and bottom-right cells the chart covers, e.g. "H4", "P20". */
  from: string;
  to: string;
  /** A1 range of the category labels (Jan..Des, or one name per bar). */
  categories: string;
  series: ChartSeriesSpec[];
  yMin: number;
  yMax: number;
  yTitle: string;
}

/** A cell that links to a cell of the workbook (an internal hyperlink, never a formula). */
export interface CellLink {
  /** The linking cell of this sheet, e.g. "D6". */
  at: string;
  sheet: string;
  cell: string;
}

/** Where a link goes, as both doors write it: `'Renaksi Kabid BM'!C7` (always quoted, an apostrophe doubled). */
export function linkLocation(link: Pick<CellLink, "sheet" | "cell">): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

/** A fill that follows the cell's value (Excel conditional formatting, "cell value equal to"). */
export interface ConditionalFill {
  /** A1 range within the sheet, e.g. "K6:K10205". */
  range: string;
  /** The exact cell text that gets the fill. */
  equals: string;
  /** "#RRGGBB" */
  fill: string;
}

/** An Excel table (a ListObject) over a range whose first row holds its column names: filter buttons on every column. */
export interface TableSpec {
  /** A1 range within the sheet, header row included, e.g. "A8:O120". */
  range: string;
  /** Excel's built-in table style, e.g. "TableStyleLight9". */
  style: string;
}

export type SheetRole = "capaian" | "kurva-s" | "validasi" | "perubahan" | "rekap-opd" | "rekap-indikator" | "rekap-kurva-s" | "rekap-temuan";

export interface SheetPlan {
  /** The name to write under: chosen by the engine so that no user sheet is touched. */
  name: string;
  role: SheetRole;
  /** True when a sheet of that name exists and is the add-in's own: replace it. */
  replace: boolean;
  /** Rows of values from A1. Strings are always text, even when they start with "=". */
  values: PlanValue[][];
  /** Number formats by range (e.g. "#,##0.00" for "E5:E40"). */
  numberFormats: { range: string; format: string }[];
  styles: StyleRun[];
  merges: string[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Rows frozen at the top. */
  freezeRows: number;
  charts: ChartSpec[];
  /** Fills by value: one rule colours a whole column, where per-cell fills would swell the request. */
  conditionalFills: ConditionalFill[];
  /** Cells that jump to another sheet's cell when clicked (none when absent). */
  links?: CellLink[];
  /** Excel tables with filter buttons (none when absent). No merged cell may lie in their range. */
  tables?: TableSpec[];
}

/** The text in A2 of every sheet the add-in writes: how it knows its own sheets again. */
export const OWN_SHEET_MARK = "Dibuat oleh PK Kinerja";
