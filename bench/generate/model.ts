/** The generated workbook as data: the cascade, its budget and its indikator, all from one seed. */
import { Random } from "../random";
import { fillAmounts } from "./amounts";
import { makeIndikator } from "./indikator";
import { buildTree } from "./tree";
import type { GeneratedWorkbook, GenerateOptions } from "./types";

export const DEFAULT_SEED = 20250203;

export function generateModel(pkCount: number, options: GenerateOptions = {}): GeneratedWorkbook {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const budgetPerPk = options.budgetPerPk ?? 5;
  const reportedMonths = options.reportedMonths ?? 9;
  const pks = buildTree(pkCount, budgetPerPk, random);

  // The kepala daerah lists every program of the OPD heads, with the same kode (rules.md, kode-orphan).
  const [top] = pks;
  if (top.level === "kepala-daerah") {
    top.budget = top.children.flatMap((c) => c.budget.map((b) => ({ ...b })));
  }
  fillAmounts(pks, random, reportedMonths);
  for (const pk of pks) pk.indikator = makeIndikator(pk, options.indikatorPerPk ?? 10, random, Math.floor(reportedMonths / 3));
  return { tahun: options.tahun ?? 2025, pemda: "KABUPATEN CONTOH", pks, reportedMonths };
}
