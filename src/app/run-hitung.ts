import { hitung, planSheets } from "../engine";
import type { Finding, Model, Results } from "../engine";
import { figuresOf, peringatanOf } from "../engine/report/peringatan";
import type { WorkbookDoor, WriteReport } from "./door";
import { errorMessage } from "./error-message";
import { ok, type Outcome } from "./outcome";

export interface HitungView {
  results: Results;
  findings: Finding[];
  model: Model;
  report: WriteReport;
  sheetOrder: string[];
  /** The banner over results that rest on errors; null when the workbook has none. */
  peringatan: string | null;
}

export interface HitungOptions {
  triwulan?: number;
  /** Also write the Validasi sheet beside Capaian and Kurva S. */
  validasiSheet: boolean;
}

/**
 * Read once, compute, plan against the same grids (so no user sheet is overwritten), write. A workbook with
 * nothing to compute gets no sheet: the view says why (results.tidakDihitung).
 */
export async function runHitung(door: WorkbookDoor, options: HitungOptions): Promise<Outcome<HitungView>> {
  try {
    const grids = await door.readGrids();
    const out = hitung(grids, options.triwulan === undefined ? {} : { triwulan: options.triwulan });
    const report = out.results.tidakDihitung
      ? { written: [], warnings: [] }
      : await door.writePlans(planSheets(out, grids, { validasiSheet: options.validasiSheet }));
    return ok({
      results: out.results,
      findings: out.findings,
      model: out.model,
      report,
      sheetOrder: grids.map((g) => g.name),
      peringatan: peringatanOf(out.findings, figuresOf(out.results)),
    });
  } catch (err) {
    return { ok: false, message: errorMessage("Hitung Capaian", err) };
  }
}
