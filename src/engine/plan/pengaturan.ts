/** Saving settings from the task pane into the PENGATURAN sheet, so they travel with the workbook. */
import { Sheet, a1, type Grid } from "../grid";
import type { NegativeRule } from "../model";
import type { PlanValue } from "./sheet-plan";
import { findTitle } from "../read/sheets/title";
import { readWorkbook } from "../read/workbook";
import { PENGATURAN_LABELS } from "../read/pengaturan";
import { ROMAN } from "../domain/calendar";

export interface PengaturanValues {
  polaritasNegatif: NegativeRule;
  batas: number | null;
  skala: string;
  triwulan: number | null;
}

export interface CellEdits {
  sheet: string;
  create: boolean;
  writes: { cell: string; value: PlanValue }[];
}


function valuesOf(v: PengaturanValues): [keyof typeof PENGATURAN_LABELS, PlanValue][] {
  return [
    ["polaritasNegatif", v.polaritasNegatif],
    ["batas", v.batas === null ? "Tanpa batas" : v.batas],
    ["skala", v.skala],
    ["triwulan", v.triwulan === null ? "" : ROMAN[v.triwulan - 1]],
  ];
}

export function planPengaturan(grids: Grid[], values: PengaturanValues): CellEdits {
  const existing = grids.find((g) => findTitle(new Sheet(g))?.kind === "pengaturan");
  if (!existing) {
    const names = new Set(grids.map((g) => g.name.toLowerCase()));
    let name = "PENGATURAN";
    for (let i = 2; names.has(name.toLowerCase()); i++) name = `PENGATURAN (${i})`;
    const writes: CellEdits["writes"] = [{ cell: "A1", value: "PENGATURAN" }];
    valuesOf(values).forEach(([key, value], i) => {
      writes.push({ cell: `A${i + 3}`, value: PENGATURAN_LABELS[key] }, { cell: `B${i + 3}`, value });
    });
    return { sheet: name, create: true, writes };
  }
  const { model } = readWorkbook([existing]);
  const cells = model.pengaturan.cells;
  const writes: CellEdits["writes"] = [];
  let next = existing.top + existing.values.length + 1;
  for (const [key, value] of valuesOf(values)) {
    const cell = cells[key];
    if (cell) writes.push({ cell, value });
    else {
      writes.push({ cell: a1(next, existing.left), value: PENGATURAN_LABELS[key] }, { cell: a1(next, existing.left + 1), value });
      next++;
    }
  }
  return { sheet: existing.name, create: false, writes };
}
