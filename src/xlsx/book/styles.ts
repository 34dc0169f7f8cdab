import type { Limits } from "../limits";
import { parsePart } from "../xml-stream";
import type { ZipArchive } from "../zip-read";
import { BUILT_IN_FORMATS, isDateFormat } from "./number-formats";

/** Excel keeps at most 65,490 cell formats; more are no styles a cell of Excel's can name. */
const MAX_XFS = 65_536;

/** Per cell style (the `s` of a cell): its number format code, and whether it shows a date. */
export interface CellFormats {
  code: string[];
  isDate: boolean[];
}

/** The number format of each cellXfs entry; a workbook without styles has "General" everywhere. */
export function readCellFormats(zip: ZipArchive, part: string | null, limits: Limits): CellFormats {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  // Only styleSheet > numFmts > numFmt and styleSheet > cellXfs > xf: dxfs hold numFmts of their own.
  const path: string[] = [];
  if (part) {
    parsePart(zip, part, "bagian gaya (styles.xml)", {
      open(name, attrs) {
        path.push(name);
        if (path.length !== 3) return;
        if (name === "numFmt" && path[1] === "numFmts") custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "General");
        else if (name === "xf" && path[1] === "cellXfs" && xfFormats.length < MAX_XFS) xfFormats.push(Number(attrs.get("numFmtId") ?? 0));
      },
      close() {
        path.pop();
      },
    }, limits);
  }
  const code = xfFormats.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  return { code, isDate: code.map(isDateFormat) };
}
