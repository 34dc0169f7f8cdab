/** What a file that is no .xlsx package is instead, said so the planner knows what to do with it. */
import { WorkbookError } from "./workbook-error";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

export const NOT_EXCEL = "bukan buku kerja .xlsx (isinya bukan format Excel)";

/** Throws the reason when `bytes` cannot be an .xlsx package (a ZIP); returns quietly when it may be one. */
export function refuseNonZip(bytes: Uint8Array): void {
  if (startsWith(bytes, ZIP) && bytes.length >= 4 && (bytes[2] === 3 || bytes[2] === 5)) return;
  if (startsWith(bytes, CFB)) throw new WorkbookError("format", compoundFileReason(bytes));
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  if (/^\s*<(!doctype\s+html|html|table|meta)\b/i.test(head)) {
    throw new WorkbookError("format", "halaman HTML (ekspor aplikasi web), bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai .xlsx");
  }
  if (/^\s*<\?xml[^>]*>\s*(<\?mso-application[^>]*>\s*)?<Workbook\b/.test(head)) {
    throw new WorkbookError("format", "berformat XML Spreadsheet 2003, bukan .xlsx; buka di Excel lalu simpan sebagai .xlsx");
  }
  if (looksLikeCsv(head)) throw new WorkbookError("format", "berkas CSV, bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai .xlsx");
  throw new WorkbookError("format", NOT_EXCEL);
}

/**
 * An OLE compound file: what Excel writes for a password-protected workbook (streams EncryptionInfo and
 * EncryptedPackage) and for the old .xls format (stream Workbook, or Book before Excel 97).
 */
function compoundFileReason(bytes: Uint8Array): string {
  if (contains(bytes, utf16("EncryptedPackage"))) {
    return "berkas terenkripsi dengan kata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx";
  }
  if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) {
    return "berformat .xls lama (Excel 97-2003); buka di Excel lalu simpan sebagai .xlsx";
  }
  return "berkas terenkripsi dengan kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx";
}

/** Two or more lines split by the same number of ';', ',' or tabs: a table saved as text. */
function looksLikeCsv(head: string): boolean {
  if (head.includes("\u0000") || head.includes("\uFFFD")) return false;
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  if (lines.length < 2) return false;
  return [";", ",", "\t"].some((sep) => {
    const n = lines[0].split(sep).length - 1;
    return n > 0 && lines.slice(1, Math.min(lines.length, 5)).every((l) => l.split(sep).length - 1 === n);
  });
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function utf16(text: string): number[] {
  return Array.from(text, (ch) => [ch.charCodeAt(0), 0]).flat();
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}
