import { overLimit, type Limits } from "../limits";
import { parsePart } from "../xml-stream";
import type { ZipArchive } from "../zip-read";
import { StringItem } from "./ooxml-text";

/** The shared-string table (sst > si), in order; empty when the workbook has none. */
export function readSharedStrings(zip: ZipArchive, part: string | null, limits: Limits): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const item = new StringItem();
  let depth = 0;
  parsePart(zip, part, "daftar teks bersama (sharedStrings.xml)", {
    open(name) {
      depth++;
      if (depth === 2 && name === "si" && strings.length >= limits.sharedStrings) throw overLimit("sharedStrings", limits);
      if (depth > 2) item.open(name);
    },
    close(name) {
      if (depth === 2 && name === "si") strings.push(item.take());
      else if (depth > 2) item.close(name);
      depth--;
    },
    text(text) {
      item.text(text);
    },
  }, limits);
  return strings;
}
