/**
 * Why a workbook could not be read, in Bahasa Indonesia, with its kind: a limit ("terlalu besar: …") is not
 * damage ("rusak"), and neither is a file of another format or one the system would not open.
 */
export type WorkbookErrorKind = "limit" | "damaged" | "format" | "file";

export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookErrorKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const damaged = (detail: string) => new WorkbookError("damaged", `berkas .xlsx rusak: ${detail}`);
