/**
 * Realistic, valid PK workbooks of any size for the benchmark: a Bupati, OPD heads, eselon3 and eselon4,
 * each with a PK, a Rencana Aksi and a Realisasi sheet, laid out like the Dinkes sample.
 */
import type { Grid } from "../src/engine/grid";
import { rememberMerges } from "./generate/merges";
import { generateModel } from "./generate/model";
import { renderPkSheet } from "./generate/render/pk-sheet";
import { renderRealisasi, renderRencanaAksi } from "./generate/render/plan-sheets";
import type { GeneratedWorkbook, GenerateOptions } from "./generate/types";

export { generateModel } from "./generate/model";
export { generatedToXlsx } from "./generate/xlsx";
export type { GeneratedWorkbook, GenerateOptions, GenPk, GenIndikator, GenBudget } from "./generate/types";

/** Grids of a generated workbook: all PK sheets, then the Rencana Aksi sheets, then the Realisasi sheets. */
export function generateWorkbook(pkCount: number, options: GenerateOptions = {}): Grid[] {
  return renderWorkbook(generateModel(pkCount, options));
}

export function renderWorkbook(book: GeneratedWorkbook): Grid[] {
  const { tahun, pemda, pks } = book;
  const built = [
    ...pks.map((pk) => renderPkSheet(pk, tahun, pemda)),
    ...pks.map((pk) => renderRencanaAksi(pk, tahun, pemda)),
    ...pks.map((pk) => renderRealisasi(pk, tahun, pemda)),
  ];
  return built.map((b) => rememberMerges(b.grid, b.merges));
}
