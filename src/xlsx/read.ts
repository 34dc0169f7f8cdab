/** The .xlsx door's Node side: a workbook file to grids. Unreadable files become a WorkbookFileError in Bahasa Indonesia. */
import * as fs from "fs";
import type { Grid } from "../engine/grid";
import type { Limits } from "./limits";
import { readWorkbookBytes } from "./read-bytes";
import { ZLIB_INFLATER } from "./node-zlib";
import { WorkbookError, type WorkbookErrorKind } from "./workbook-error";

export class WorkbookFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** "limit" (terlalu besar), "damaged" (rusak), "format" (another kind of file), "file" (cannot be opened or written). */
    readonly kind: WorkbookErrorKind = "file",
  ) {
    super(`${file}: ${reason}`);
  }
}

export async function readXlsx(file: string, limits?: Partial<Limits>): Promise<Grid[]> {
  return readXlsxBuffer(readFileBytes(file), file, limits);
}

/** The file's bytes, or a WorkbookFileError saying in one line why there are none. */
export function readFileBytes(file: string): Buffer {
  if (!fs.existsSync(file)) throw new WorkbookFileError(file, "berkas tidak ditemukan");
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new WorkbookFileError(file, "ini folder, bukan berkas .xlsx");
  // A pipe would block reading forever, a device or socket is no workbook either.
  if (!stat.isFile()) throw new WorkbookFileError(file, "bukan berkas biasa (pipa, soket atau perangkat), bukan buku kerja .xlsx");
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookFileError(file, `berkas tidak dapat dibaca (${code === "EACCES" || code === "EPERM" ? "izin ditolak" : code === "EBUSY" ? "sedang dikunci program lain" : (code ?? "galat tak dikenal")})`);
  }
  return buf;
}

export async function readXlsxBuffer(buf: Uint8Array, file = "workbook.xlsx", limits?: Partial<Limits>): Promise<Grid[]> {
  try {
    return readWorkbookBytes(buf, limits, ZLIB_INFLATER);
  } catch (e) {
    if (e instanceof WorkbookError) throw new WorkbookFileError(file, e.reason, e.kind);
    throw e;
  }
}
