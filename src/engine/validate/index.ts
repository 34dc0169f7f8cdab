import type { Finding } from "../finding";
import type { Model } from "../model";
import { makeContext } from "./context";
import { checkWorkbook } from "./workbook";
import { checkPkReading, checkTahun } from "./reading";
import { checkAtasan, checkLevel, checkPihak } from "./parties";
import { checkBudgetTable, checkPlanKodes } from "./budget";
import { checkBreakdown, checkCascadeBudget } from "./cascade-budget";
import { checkTargetCascade } from "./cascade";
import { checkPlanTable } from "./plan-budget";
import { checkPkAgainstRenaksi, checkRealisasiSheet, checkRenaksiSheet } from "./renaksi";

/** Every rule of rules.md that works on the model (reading rules on raw cells are made by the reader). */
export function validateModel(model: Model): Finding[] {
  const ctx = makeContext(model);
  checkWorkbook(ctx);
  checkTahun(ctx);
  for (const pk of model.pk) {
    checkPkReading(ctx, pk);
    checkPihak(ctx, pk);
    checkLevel(ctx, pk);
    checkAtasan(ctx, pk);
    checkBudgetTable(ctx, pk);
    checkCascadeBudget(ctx, pk);
    checkBreakdown(ctx, pk);
    checkTargetCascade(ctx, pk);
    checkPkAgainstRenaksi(ctx, pk);
  }
  for (const s of model.renaksi) {
    checkPlanKodes(ctx, s.sheet, s.plan);
    checkPlanTable(ctx, s.sheet, s.pk, s.plan, "renaksi");
    checkRenaksiSheet(ctx, s);
  }
  for (const s of model.realisasi) {
    checkPlanKodes(ctx, s.sheet, s.budget);
    checkPlanTable(ctx, s.sheet, s.pk, s.budget, "realisasi");
    checkRealisasiSheet(ctx, s);
  }
  return ctx.findings;
}
