/** Where the package keeps what the reader needs: the workbook part, its sheets in order, strings and styles. */
import { overLimit, type Limits } from "../limits";
import { WorkbookError } from "../workbook-error";
import { parsePart } from "../xml-stream";
import type { Attributes } from "../xml-scan";
import type { ZipArchive } from "../zip-read";

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The worksheet part; null when the workbook names a sheet the package lacks. */
  part: string | null;
}

export interface PackageMap {
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

const NOT_A_WORKBOOK = "bukan buku kerja .xlsx (arsip ZIP tanpa lembar kerja)";

export function readPackageMap(zip: ZipArchive, limits: Limits): PackageMap {
  const root = readRels(zip, "_rels/.rels", "", limits);
  const workbook = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (/\.bin$/i.test(workbook)) throw new WorkbookError("format", "berformat .xlsb (biner); buka di Excel lalu simpan sebagai .xlsx");
  if (!zip.has(workbook)) throw new WorkbookError("format", NOT_A_WORKBOOK);
  const rels = readRels(zip, relsPathOf(workbook), folderOf(workbook), limits);

  const listed: { name: string; state: string; rel: string }[] = [];
  let date1904 = false;
  let depth = 0;
  parsePart(zip, workbook, "bagian workbook.xml", {
    open(name, attrs) {
      depth++;
      if (name === "workbookPr" && depth === 2) date1904 = attrs.get("date1904") === "1" || attrs.get("date1904") === "true";
      if (name !== "sheet" || depth !== 3) return;
      if (listed.length >= limits.sheets) throw overLimit("sheets", limits);
      listed.push({ name: attrs.get("name") ?? "", state: attrs.get("state") ?? "visible", rel: relId(attrs) });
    },
    close() {
      depth--;
    },
  }, limits);

  const sheets: SheetEntry[] = [];
  for (const s of listed) {
    const rel = rels.get(s.rel);
    // Chart sheets, dialog and macro sheets hold no cells.
    if (rel && !rel.type.endsWith("/worksheet")) continue;
    sheets.push({ name: s.name, hidden: s.state === "hidden" || s.state === "veryHidden", part: rel && zip.has(rel.target) ? rel.target : null });
  }
  if (sheets.length === 0) throw new WorkbookError("format", NOT_A_WORKBOOK);
  const ofType = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? (zip.has(fallback) ? fallback : null);
  return { sheets, sharedStrings: ofType("/sharedStrings", "xl/sharedStrings.xml"), styles: ofType("/styles", "xl/styles.xml"), date1904 };
}

/** The r:id of a <sheet>, whatever prefix the relationships namespace got. */
function relId(attrs: Attributes): string {
  return attrs.find((k) => k === "id" || k.endsWith(":id")) ?? "";
}

/** A rels part as Id to { type, resolved target }; external targets are no parts and are left out. */
function readRels(zip: ZipArchive, part: string, base: string, limits: Limits): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parsePart(zip, part, `bagian ${part}`, {
    open(name, attrs) {
      const id = attrs.get("Id");
      const target = attrs.get("Target");
      if (name !== "Relationship" || attrs.get("TargetMode") === "External" || !id || !target) return;
      if (rels.size >= limits.entries) throw overLimit("entries", limits);
      rels.set(id, { type: attrs.get("Type") ?? "", target: resolve(base, target) });
    },
  }, limits);
  return rels;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels" */
function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A relationship target against the folder of its source part: "worksheets/sheet1.xml", "../x", "/xl/x". */
function resolve(base: string, target: string): string {
  const segments = target.startsWith("/") ? [] : base.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") segments.pop();
    else if (seg !== "." && seg !== "") segments.push(seg);
  }
  return segments.join("/");
}
