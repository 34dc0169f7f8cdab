import type { Grid } from "./grid";
import { sortFindings, type Finding } from "./finding";
import type { Model } from "./model";
import type { Results } from "./compute/results";
import { readWorkbook } from "./read/workbook";
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
  const { model, findings } = readWorkbook(grids);
  const all = [...findings, ...validateModel(model)];
  return { model, findings: sortFindings(all, model.sheets.map((s) => s.name)) };
}

export function hitung(grids: Grid[], options: { triwulan?: number } = {}): HitungOutput {
  const { model, findings } = validasi(grids);
  const computed = compute(model, options, findings);
  const all = sortFindings([...findings, ...computed.findings], model.sheets.map((s) => s.name));
  return { model, findings: all, results: computed.results };
}
