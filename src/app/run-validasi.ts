import { validasi } from "../engine";
import type { Finding, Model } from "../engine";
import type { WorkbookDoor } from "./door";
import { errorMessage } from "./error-message";
import { ok, type Outcome } from "./outcome";

export interface ValidasiView {
  findings: Finding[];
  model: Model;
  /** Sheet names in workbook order, so findings group the way the tabs run. */
  sheetOrder: string[];
}

export async function runValidasi(door: WorkbookDoor): Promise<Outcome<ValidasiView>> {
  try {
    const grids = await door.readGrids();
    const { model, findings } = validasi(grids);
    return ok({ findings, model, sheetOrder: grids.map((g) => g.name) });
  } catch (err) {
    return { ok: false, message: errorMessage("Validasi", err) };
  }
}
