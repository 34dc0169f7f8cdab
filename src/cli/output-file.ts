/** Writing a command's result workbook: never over an input, and a refusal of the disk said plainly. */
import * as fs from "fs";
import * as path from "path";
import { WorkbookFileError } from "../xlsx/read";
import { writeWorkbookFile } from "../xlsx/write-file";
import type { WriteOptions } from "../xlsx/write";
import type { SheetPlan } from "../engine/plan/sheet-plan";

export async function writeOutput(plans: SheetPlan[], target: string, inputs: string[], options: Pick<WriteOptions, "linkedFile"> = {}): Promise<void> {
  const input = inputs.find((file) => sameFile(target, file));
  if (input) throw new WorkbookFileError(input, "berkas hasil tidak boleh sama dengan berkas masukan");
  try {
    await writeWorkbookFile(plans, target, options);
  } catch (e) {
    // Only a file-system refusal is the user's to fix; anything else is a defect of the writer and stays one.
    const code = (e as NodeJS.ErrnoException).code;
    if (!code) throw e;
    throw new WorkbookFileError(target, `berkas hasil tidak dapat ditulis (${WRITE_REASON[code] ?? code})`);
  }
}

const WRITE_REASON: Record<string, string> = {
  ENOENT: "folder tujuan tidak ada",
  ENOTDIR: "folder tujuan tidak ada",
  EISDIR: "tujuan adalah folder",
  EACCES: "izin ditolak",
  EPERM: "izin ditolak",
  EBUSY: "berkas sedang dibuka program lain",
  ENOSPC: "disk penuh",
  EDQUOT: "kuota disk habis",
  EFBIG: "melebihi batas ukuran berkas",
  EROFS: "disk hanya-baca",
};

/** Same file also through a symbolic or hard link (or case-insensitive disks): compare device and inode when the target exists. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
