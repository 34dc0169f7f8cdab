/**
 * The .xlsx door, reading, as a pure function over bytes (no Node API): the command line and, later, the task
 * pane read workbooks with it. Bounded by `limits`; anything it cannot read is a WorkbookError in Bahasa Indonesia.
 */
import type { Grid } from "../engine/grid";
import { readPackageMap } from "./book/package-map";
import { readSharedStrings } from "./book/shared-strings";
import { readSheet, type BookContext } from "./book/sheet-reader";
import { readCellFormats } from "./book/styles";
import { limitsOf, type Limits } from "./limits";
import { refuseNonZip } from "./sniff";
import { damaged, WorkbookError } from "./workbook-error";
import { ZipArchive, type Inflater } from "./zip-read";

/** Damage no check of the reader named (the tests make sure the checks name what they meet). */
export const UNFORESEEN = "berkas .xlsx rusak dan tidak dapat dibaca";

export function readWorkbookBytes(bytes: Uint8Array, limits?: Partial<Limits>, inflater?: Inflater): Grid[] {
  const grids: Grid[] = [];
  readWorkbookSheets(bytes, (g) => grids.push(g), limits, inflater);
  return grids;
}

/** Each sheet's grid to `each` as soon as it is unpacked, in the workbook's order (hidden sheets as empty grids). */
export function readWorkbookSheets(bytes: Uint8Array, each: (grid: Grid) => void, limits?: Partial<Limits>, inflater?: Inflater): void {
  refuseNonZip(bytes);
  try {
    readPackage(bytes, limitsOf(limits), each, inflater);
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    // Whatever else breaks while reading was caused by the file's content: say so, in one line.
    throw new WorkbookError("damaged", UNFORESEEN);
  }
}

function readPackage(bytes: Uint8Array, limits: Limits, each: (grid: Grid) => void, inflater: Inflater | undefined): void {
  const zip = new ZipArchive(bytes, limits, inflater);
  refuseOpenDocument(zip);
  const map = readPackageMap(zip, limits);
  const visible = map.sheets.filter((s) => !s.hidden);
  const book: BookContext = {
    strings: visible.length ? readSharedStrings(zip, map.sharedStrings, limits) : [],
    formats: readCellFormats(zip, visible.length ? map.styles : null, limits),
    date1904: map.date1904,
    limits,
    used: { cells: 0, merges: 0 },
  };
  // Every sheet is there before any is read: a missing one is damage, whatever sheets came before it.
  const missing = map.sheets.find((s) => !s.hidden && !s.part);
  if (missing) throw damaged(`lembar "${missing.name}" tidak ada di dalam arsip`);
  for (const s of map.sheets) {
    // Hidden sheets are not read (the engine reports them, never their cells), so they cost nothing either.
    each(s.hidden || !s.part ? { name: s.name, values: [], formats: [], top: 0, left: 0, hidden: true } : readSheet(zip, s.name, s.part, book));
  }
}

function refuseOpenDocument(zip: ZipArchive): void {
  if (zip.has("[Content_Types].xml") || !zip.has("mimetype")) return;
  const mime = new TextDecoder().decode(zip.readBytes("mimetype", "bagian mimetype") ?? new Uint8Array());
  if (mime.includes("opendocument.spreadsheet")) {
    throw new WorkbookError("format", "berformat OpenDocument (.ods); buka di LibreOffice atau Excel lalu simpan sebagai .xlsx");
  }
}
