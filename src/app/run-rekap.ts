/**
 * Rekap in the pane: many workbooks the planner picks, each read by an injected reader (the file door's, in the
 * browser: nothing uploaded) and computed as Hitung Capaian computes one, one at a time so only the file in
 * flight is held; progress after each; then the rekap sheets written into the open workbook through the door.
 */
import { combineRekap, partOfWorkbook, unreadablePart, type OpdRow, type Rekap, type RekapPart } from "../engine/rekap";
import { planRekapBook } from "../engine/plan/rekap-sheets";
import type { WorkbookDoor, WriteReport } from "./door";
import type { ReadWorkbookBytes } from "./run-banding";
import { errorMessage } from "./error-message";
import { ok, type Outcome } from "./outcome";

/** A picked file: its bytes are asked for only when its turn comes. */
export interface RekapFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface RekapProgress {
  /** Files done so far, of total. */
  done: number;
  total: number;
  file: string;
  /** The file's row once done (an unreadable one with its reason); null for a file skipped as the add-in's own output. */
  row: OpdRow | null;
}

export interface RekapView {
  rekap: Rekap;
  /** The add-in's own outputs among the files, left out. */
  dilewati: string[];
}

export interface RekapWritten {
  report: WriteReport;
  /** Per file, the cell of its first finding in the Rekap Temuan sheet. */
  temuanAt: Map<string, { sheet: string; cell: string }>;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runRekap(read: ReadWorkbookBytes, files: RekapFile[], onProgress: (p: RekapProgress) => void = () => {}, options: { triwulan?: number } = {}): Promise<Outcome<RekapView>> {
  const parts: RekapPart[] = [];
  const dilewati: string[] = [];
  try {
    for (const [i, f] of files.entries()) {
      const part = await partOf(read, f, options.triwulan);
      if (part) parts.push(part);
      else dilewati.push(f.name);
      onProgress({ done: i + 1, total: files.length, file: f.name, row: part?.row ?? null });
      // The pane repaints its progress between files.
      await nextTick();
    }
    if (!parts.some((p) => p.row.ok)) return { ok: false, message: "Tidak ada buku kerja yang dapat dihitung di antara berkas yang dipilih; alasannya ada di daftar berkas." };
    return ok({ rekap: combineRekap(parts), dilewati });
  } catch (err) {
    return { ok: false, message: errorMessage("Merekap", err) };
  }
}

async function partOf(read: ReadWorkbookBytes, f: RekapFile, triwulan: number | undefined): Promise<RekapPart | null> {
  let grids;
  try {
    grids = await read(await f.bytes(), f.name);
  } catch (err) {
    // The reader says `name: reason`; the row names the file already.
    const why = err instanceof Error ? err.message.replace(`${f.name}: `, "") : "berkas tidak dapat dibaca";
    return unreadablePart(f.name, why);
  }
  return partOfWorkbook(f.name, grids, triwulan);
}

/** The four rekap sheets into the open workbook, under names no user sheet has (its own earlier ones are replaced). */
export async function writeRekap(door: WorkbookDoor, view: RekapView): Promise<Outcome<RekapWritten>> {
  try {
    const { plans, temuan } = planRekapBook(view.rekap, await door.readSheetHeads());
    const report = await door.writePlans(plans);
    const temuanAt = new Map([...temuan.firstOf].map(([file, cell]) => [file, { sheet: temuan.sheet, cell }]));
    return ok({ report, temuanAt });
  } catch (err) {
    return { ok: false, message: errorMessage("Menulis lembar rekap", err) };
  }
}
