import type { Grid } from "../engine/grid";
import type { CellWrites } from "./door";
import type { SettingsValues } from "./settings";

/**
 * The one place the settings use-case meets the engine's PENGATURAN planner.
 * The lead's src/engine/plan/pengaturan.ts has not landed yet; when it does, this becomes
 * `export { planPengaturan } from "../engine/plan/pengaturan";`.
 */
export function planPengaturan(_grids: Grid[], _values: SettingsValues): CellWrites {
  throw new Error("penulisan lembar PENGATURAN belum tersedia di versi ini");
}
