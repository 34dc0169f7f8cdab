/** Use-cases: what the task pane can ask for. Thin: door in, engine, door out. */
export { WriteIncompleteError, SheetHiddenError, type WorkbookDoor, type WriteReport, type CellWrites } from "./door";
export type { Outcome } from "./outcome";
export { runValidasi, type ValidasiView } from "./run-validasi";
export { runHitung, type HitungView, type HitungOptions } from "./run-hitung";
export { saveSettings } from "./save-settings";
export { goToCell } from "./go-to-cell";
export { runBanding, writePerubahan, cellInOpen, THIS_WORKBOOK, type BandingView, type OpenSide, type OtherWorkbook, type ReadWorkbookBytes } from "./run-banding";
export { DEFAULT_SETTINGS, DEFAULT_SKALA, settingsFrom, type SettingsValues } from "./settings";
