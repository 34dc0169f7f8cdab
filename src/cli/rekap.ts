/**
 * `pk rekap FILE_OR_FOLDER…`: every workbook of a pemda computed as `hitung` computes one, into one rekap
 * workbook. Files go one at a time and only their small part is kept, so memory follows the file in flight,
 * not the batch (measured: a second thread did not pay on 2 cores, see bench/measure/rekap.ts). A file that
 * cannot be read is a row with its reason; the batch never stops for one file.
 */
import * as fs from "fs";
import * as path from "path";
import type { Args } from "./args";
import { readXlsx, WorkbookFileError } from "../xlsx/read";
import { combineRekap, partLine, partOfWorkbook, pemdaLine, rekapDoc, unreadablePart, type RekapPart, type Skipped } from "../engine/rekap";
import { planRekapSheets } from "../engine/plan/rekap-sheets";
import { writeOutput } from "./output-file";
import { rekapText } from "./rekap-text";

export const REKAP_DEFAULT = "rekap.xlsx";

export async function runRekap(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const target = args.out ?? path.join(defaultFolder(args.files[0]), REKAP_DEFAULT);
  const files = workbooksOf(args.files, target);
  if (!files.length) {
    err(`pk: tidak ada berkas .xlsx di ${args.files.join(", ")}.`);
    return 1;
  }
  const parts: RekapPart[] = [];
  const dilewati: Skipped[] = [];
  for (const { file, label } of files) {
    const part = await partOf(file, label, args.triwulan, dilewati, err);
    if (!part) continue;
    parts.push(part);
    if (args.jsonl) out(JSON.stringify(partLine(part)));
  }
  if (!parts.some((p) => p.row.ok)) {
    err("pk: tidak ada buku kerja yang dapat dihitung: rekap tidak ditulis.");
    if (args.jsonl) out(JSON.stringify(pemdaLine(combineRekap(parts), null, dilewati)));
    else if (args.json) out(JSON.stringify(rekapDoc(combineRekap(parts), null, dilewati), null, 1));
    return 1;
  }
  const rekap = combineRekap(parts);
  try {
    await writeOutput(planRekapSheets(rekap), target, files.map((f) => f.file));
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    err(`pk: ${e.message}`);
    return 2;
  }
  if (args.jsonl) out(JSON.stringify(pemdaLine(rekap, target, dilewati)));
  else out(args.json ? JSON.stringify(rekapDoc(rekap, target, dilewati), null, 1) : rekapText(rekap, target, dilewati));
  return 0;
}

/** One workbook to its part; its grids go out of reach when this returns. Null: the add-in's own output, skipped. */
async function partOf(file: string, label: string, triwulan: number | null, dilewati: Skipped[], err: (s: string) => void): Promise<RekapPart | null> {
  try {
    const part = partOfWorkbook(label, await readXlsx(file), triwulan ?? undefined);
    if (!part) dilewati.push({ file: label, alasan: "hasil PK Kinerja (semua lembarnya dibuat oleh PK Kinerja), bukan buku kerja PK" });
    return part;
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    err(`pk: ${e.message}`);
    return unreadablePart(label, e.reason);
  }
}

/**
 * The files of the arguments: a file as given, a folder's .xlsx files with those of its subfolders, sorted;
 * Excel's lock files (`~$…`) and the rekap's own target left out. Labels are names relative to the folder given.
 */
export function workbooksOf(inputs: string[], target: string): { file: string; label: string }[] {
  const seen = new Set<string>([path.resolve(target)]);
  const list: { file: string; label: string }[] = [];
  const add = (file: string, label: string) => {
    if (seen.has(path.resolve(file))) return;
    seen.add(path.resolve(file));
    list.push({ file, label });
  };
  for (const input of inputs) {
    if (isFolder(input)) for (const f of xlsxUnder(input)) add(path.join(input, f), f.split(path.sep).join("/"));
    else add(input, path.basename(input));
  }
  // Two files of one name in different folders keep their paths apart.
  const count = new Map<string, number>();
  for (const f of list) count.set(f.label, (count.get(f.label) ?? 0) + 1);
  return list.map((f) => (count.get(f.label)! > 1 ? { ...f, label: f.file } : f));
}

function xlsxUnder(folder: string, prefix = ""): string[] {
  const entries = fs.readdirSync(path.join(folder, prefix), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const e of entries) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) found.push(...xlsxUnder(folder, rel));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) found.push(rel);
  }
  return found;
}

const isFolder = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

const defaultFolder = (first: string) => (isFolder(first) ? first : path.dirname(first));
