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
import { ZipArchive } from "./zip-read";

/** Damage no check of the reader named (the tests make sure the checks name what they meet). */
export const UNFORESEEN = "berkas .xlsx rusak dan tidak dapat dibaca";

export function readWorkbookBytes(bytes: Uint8Array, limits?: Partial<Limits>): Grid[] {
  refuseNonZip(bytes);
  try {
    return readPackage(bytes, limitsOf(limits));
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    // Whatever else breaks while reading was caused by the file's content: say so, in one line.
    throw new WorkbookError("damaged", UNFORESEEN);
  }
}

function readPackage(bytes: Uint8Array, limits: Limits): Grid[] {
  const zip = new ZipArchive(bytes, limits);
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
  return map.sheets.map((s): Grid => {
    // Hidden sheets are not read (the engine reports them, never their cells), so they cost nothing either.
    if (s.hidden) return { name: s.name, values: [], formats: [], top: 0, left: 0, hidden: true };
    if (!s.part) throw damaged(`lembar "${s.name}" tidak ada di dalam arsip`);
    return readSheet(zip, s.name, s.part, book);
  });
}

function refuseOpenDocument(zip: ZipArchive): void {
  if (zip.has("[Content_Types].xml") || !zip.has("mimetype")) return;
  const mime = new TextDecoder().decode(zip.readBytes("mimetype", "bagian mimetype") ?? new Uint8Array());
  if (mime.includes("opendocument.spreadsheet")) {
    throw new WorkbookError("format", "berformat OpenDocument (.ods); buka di LibreOffice atau Excel lalu simpan sebagai .xlsx");
  }
}
