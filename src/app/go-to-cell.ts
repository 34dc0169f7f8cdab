import type { WorkbookDoor } from "./door";
import { errorMessage } from "./error-message";
import { ok, type Outcome } from "./outcome";

export async function goToCell(door: WorkbookDoor, sheet: string, cell: string): Promise<Outcome<void>> {
  try {
    await door.select(sheet, cell);
    return ok(undefined);
  } catch (err) {
    return { ok: false, message: errorMessage(`Membuka ${sheet}!${cell}`, err) };
  }
}
