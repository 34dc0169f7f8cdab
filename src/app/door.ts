import type { Grid } from "../engine/grid";
import type { SheetPlan, PlanValue } from "../engine/plan/sheet-plan";

/** Cell edits in one sheet (the PENGATURAN sheet, when the user saves settings). */
export interface CellWrites {
  sheet: string;
  /** Create the sheet first (it does not exist yet). */
  create: boolean;
  writes: { cell: string; value: PlanValue }[];
}

export interface WriteReport {
  /** Names of the sheets written. */
  written: string[];
  /** Problems the host reported that did not stop the write (a chart it refused, ...), in Bahasa Indonesia. */
  warnings: string[];
}

/** What the engine needs from a workbook, whichever door it comes through. */
export interface WorkbookDoor {
  readGrids(): Promise<Grid[]>;
  /** Each sheet's name and the top-left corner of its cells: what choosing a name to write under needs. */
  readSheetHeads(): Promise<Grid[]>;
  writePlans(plans: SheetPlan[]): Promise<WriteReport>;
  writeCells(edit: CellWrites): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
}

/** A write that stopped partway: the sheets written in full, the ones left unfinished, and what the host said. */
export class WriteIncompleteError extends Error {
  constructor(
    readonly complete: string[],
    readonly incomplete: string[],
    readonly cause: unknown,
  ) {
    super(`Penulisan berhenti; belum lengkap: ${incomplete.join(", ")}`);
    this.name = "WriteIncompleteError";
  }
}

/** Going to a cell on a sheet the user has hidden: the host cannot show it. */
export class SheetHiddenError extends Error {
  constructor(readonly sheet: string) {
    super(`Lembar "${sheet}" disembunyikan`);
    this.name = "SheetHiddenError";
  }
}
