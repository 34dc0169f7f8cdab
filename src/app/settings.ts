import type { Pengaturan } from "../engine/model";

/** The settings a planner edits in the task pane (workbook.md §4). */
export interface SettingsValues {
  polaritasNegatif: "2T-R" | "T/R";
  /** Cap in percent; null: Tanpa batas. */
  batas: number | null;
  skala: string;
  /** 1..4; null: the latest quarter with any realisasi. */
  triwulan: number | null;
  /** Headers named in PENGATURAN (`Judul kolom`), with their meaning. */
  judulKolom: { header: string; meaning: string }[];
}

export const DEFAULT_SKALA = "Permendagri 86/2017";

export const DEFAULT_SETTINGS: SettingsValues = {
  polaritasNegatif: "2T-R",
  batas: null,
  skala: DEFAULT_SKALA,
  triwulan: null,
  judulKolom: [],
};

/** The values the engine read from the workbook's PENGATURAN sheet, in the pane's shape. */
export function settingsFrom(p: Pengaturan): SettingsValues {
  return {
    polaritasNegatif: p.polaritasNegatif,
    batas: p.batas,
    skala: p.skala.name,
    triwulan: p.triwulan,
    judulKolom: p.judulKolom.map(({ header, meaning }) => ({ header, meaning })),
  };
}
