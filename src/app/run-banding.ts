/**
 * Bandingkan dengan versi lain: the open workbook (through the door) against another .xlsx the planner picks,
 * read in the pane by an injected reader (nothing is uploaded); then, on request, the Perubahan sheet written
 * into the open workbook.
 */
import type { Grid } from "../engine/grid";
import { validasi } from "../engine/run";
import { compareVersions, type Banding, type Perubahan } from "../engine/compare";
import { planPerubahanSheet } from "../engine/plan/perubahan-sheet";
import { chooseName } from "../engine/plan/names";
import type { WorkbookDoor, WriteReport } from "./door";
import { errorMessage } from "./error-message";
import { ok, type Outcome } from "./outcome";

/** A workbook file's bytes to grids, in the pane (the file door's reader). */
export type ReadWorkbookBytes = (bytes: Uint8Array, name: string) => Promise<Grid[]>;

export interface OtherWorkbook {
  name: string;
  bytes: Uint8Array;
}

/** Which version the open workbook is; the other file is then the other one. */
export type OpenSide = "lama" | "baru";

export interface BandingView {
  banding: Banding;
  open: OpenSide;
  otherName: string;
  tahun: number | null;
}

/** What the open workbook is called in the sheet and the pane. */
export const THIS_WORKBOOK = "buku kerja ini";

export async function runBanding(door: WorkbookDoor, read: ReadWorkbookBytes, other: OtherWorkbook, open: OpenSide): Promise<Outcome<BandingView>> {
  let mine: Grid[];
  let theirs: Grid[];
  try {
    mine = await door.readGrids();
  } catch (err) {
    return { ok: false, message: errorMessage("Membaca buku kerja ini", err) };
  }
  try {
    theirs = await read(other.bytes, other.name);
  } catch (err) {
    return { ok: false, message: errorMessage(`Membaca ${other.name}`, err) };
  }
  try {
    const [a, b] = [validasi(mine), validasi(theirs)];
    const [lama, baru] = open === "baru" ? [b, a] : [a, b];
    return ok({ banding: compareVersions(lama, baru), open, otherName: other.name, tahun: baru.model.tahun ?? lama.model.tahun });
  } catch (err) {
    return { ok: false, message: errorMessage("Membandingkan", err) };
  }
}

/** The Perubahan sheet into the open workbook, under a name no user sheet has (its own earlier one is replaced). */
export async function writePerubahan(door: WorkbookDoor, view: BandingView): Promise<Outcome<WriteReport>> {
  try {
    const { name, replace } = chooseName("Perubahan", await door.readSheetHeads());
    const labels = {
      lama: view.open === "lama" ? THIS_WORKBOOK : view.otherName,
      baru: view.open === "baru" ? THIS_WORKBOOK : view.otherName,
      tahun: view.tahun,
    };
    return ok(await door.writePlans([planPerubahanSheet(name, replace, view.banding, labels)]));
  } catch (err) {
    return { ok: false, message: errorMessage("Menulis lembar Perubahan", err) };
  }
}

/** The change's cell in the open workbook; null when the item is not in it (added or removed in the other). */
export function cellInOpen(c: Perubahan, open: OpenSide): { sheet: string; cell: string } | null {
  const sheet = open === "baru" ? c.sheetBaru : c.sheetLama;
  const cell = open === "baru" ? c.cellBaru : c.cellLama;
  return sheet && cell ? { sheet, cell } : null;
}
