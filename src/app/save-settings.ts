import type { WorkbookDoor } from "./door";
import { errorMessage } from "./error-message";
import { planPengaturan } from "./plan-pengaturan";
import { ok, type Outcome } from "./outcome";
import type { SettingsValues } from "./settings";

/** Writes the settings into the PENGATURAN sheet, so they travel with the workbook. */
export async function saveSettings(door: WorkbookDoor, values: SettingsValues): Promise<Outcome<void>> {
  try {
    const grids = await door.readGrids();
    await door.writeCells(planPengaturan(grids, values));
    return ok(undefined);
  } catch (err) {
    return { ok: false, message: errorMessage("Menyimpan pengaturan", err) };
  }
}
