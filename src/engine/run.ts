import type { Grid } from "./grid";
import { sortFindings, type Finding } from "./finding";
import type { Model } from "./model";
import type { Results } from "./compute/results";
import { readWorkbook, type ReadOutput } from "./read/workbook";
import { validateModel } from "./validate";
import { compute } from "./compute";

export interface ValidasiOutput {
  model: Model;
  findings: Finding[];
}
export interface HitungOutput extends ValidasiOutput {
  results: Results;
}

export function validasi(grids: Grid[]): ValidasiOutput {
  return validasiOf(readWorkbook(grids));
}

/** Validasi over a workbook already read (a door that reads sheet by sheet, as they are unpacked). */
export function validasiOf({ model, findings }: ReadOutput): ValidasiOutput {
  const all = [...findings, ...validateModel(model)];
  return { model, findings: sortFindings(all, model.sheets.map((s) => s.name)) };
}

export function hitung(grids: Grid[], options: { triwulan?: number } = {}): HitungOutput {
  return hitungOf(readWorkbook(grids), options);
}

export function hitungOf(read: ReadOutput, options: { triwulan?: number } = {}): HitungOutput {
  const { model, findings } = validasiOf(read);
  const computed = compute(model, options, findings);
  const all = sortFindings([...findings, ...computed.findings], model.sheets.map((s) => s.name));
  return { model, findings: all, results: computed.results };
}
