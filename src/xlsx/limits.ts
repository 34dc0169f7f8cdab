import { formatNumber } from "../engine/format";
import { WorkbookError } from "./workbook-error";

/**
 * How much one workbook may cost the reader. Checked before inflating (the ZIP's central directory) and
 * while inflating (the bytes actually produced), so a lying header gains nothing.
 */
export interface Limits {
  /** Uncompressed bytes of all parts read, together. */
  totalBytes: number;
  /** Uncompressed bytes of one part (a sheet, the shared strings). */
  partBytes: number;
  /** Entries in the ZIP's central directory. */
  entries: number;
  /** Sheets listed in the workbook. */
  sheets: number;
  /** Cell elements (<c>) over all sheets, values or not. */
  cells: number;
  /** Entries of the shared-string table. */
  sharedStrings: number;
  /** Merged areas over all sheets. */
  merges: number;
  /** Nesting depth of any XML part. */
  depth: number;
  /** Characters between two XML tags: one cell's text (Excel holds at most 32,767), a run of spaces. */
  textChars: number;
}

/**
 * Sized for real workbooks with room to spare: the benchmark's 1,000-PK workbook (3,000 sheets) holds
 * 30 MB of XML, about 1 million cells, 23,000 shared strings and 45,000 merges; Excel's own sheet XML
 * nests 9 deep and a cell holds at most 32,767 characters. Each limit is many times that, and low enough that
 * a refused file costs seconds, not minutes.
 */
export const DEFAULT_LIMITS: Limits = {
  totalBytes: 500 * 2 ** 20,
  partBytes: 200 * 2 ** 20,
  entries: 50_000,
  sheets: 5_000,
  cells: 5_000_000,
  sharedStrings: 1_000_000,
  merges: 1_000_000,
  depth: 64,
  textChars: 1_048_576,
};

export function limitsOf(over: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...over };
}

const WHAT: Record<keyof Limits, (n: string, where: string) => string> = {
  totalBytes: (n) => `isi buku kerja lebih dari ${n} tanpa kompresi (batas total)`,
  partBytes: (n, where) => `${where || "satu bagian"} lebih dari ${n} tanpa kompresi (batas per bagian)`,
  entries: (n) => `arsip ZIP berisi lebih dari ${n} entri`,
  sheets: (n) => `buku kerja berisi lebih dari ${n} lembar`,
  cells: (n, where) => `buku kerja berisi lebih dari ${n} sel${where ? ` (terlampaui di ${where})` : ""}`,
  sharedStrings: (n) => `daftar teks bersama berisi lebih dari ${n} teks`,
  merges: (n, where) => `buku kerja berisi lebih dari ${n} sel gabungan${where ? ` (terlampaui di ${where})` : ""}`,
  depth: (n, where) => `XML ${where || "sebuah bagian"} bersarang lebih dari ${n} tingkat`,
  textChars: (n, where) => `${where || "sebuah bagian"} memuat teks lebih dari ${n} karakter tanpa tanda XML (satu sel Excel paling banyak 32.767 karakter)`,
};

/** The one-line refusal, e.g. `terlalu besar: lembar "PK" lebih dari 200 MB tanpa kompresi (batas per bagian)`. */
export function overLimit(limit: keyof Limits, limits: Limits, where = ""): WorkbookError {
  const n = limit === "totalBytes" || limit === "partBytes" ? bytesText(limits[limit]) : formatNumber(limits[limit], 0);
  return new WorkbookError("limit", `terlalu besar: ${WHAT[limit](n, where)}`);
}

function bytesText(bytes: number): string {
  if (bytes >= 2 ** 20) return `${formatNumber(bytes / 2 ** 20, 0)} MB`;
  if (bytes >= 2 ** 10) return `${formatNumber(bytes / 2 ** 10, 0)} KB`;
  return `${formatNumber(bytes, 0)} byte`;
}
