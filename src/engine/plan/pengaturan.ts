/** Saving settings from the task pane into the PENGATURAN sheet, so they travel with the workbook. */
import { Sheet, a1, type Grid } from "../grid";
import type { NegativeRule } from "../model";
import type { PlanValue } from "./sheet-plan";
import { findTitle } from "../read/sheets/title";
import { readWorkbook } from "../read/workbook";
import { PENGATURAN_LABELS } from "../read/pengaturan";
import { ROMAN } from "../domain/calendar";
import { squash } from "../parse/text";

export interface PengaturanValues {
  polaritasNegatif: NegativeRule;
  batas: number | null;
  skala: string;
  triwulan: number | null;
  /** Headers the planner names (`Judul kolom` rows): added, or their meaning changed. */
  judulKolom?: { header: string; meaning: string }[];
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
    (values.judulKolom ?? []).forEach((j, i) => {
      const row = i + 4 + valuesOf(values).length;
      writes.push({ cell: `A${row}`, value: JUDUL_KOLOM }, { cell: `B${row}`, value: j.header }, { cell: `C${row}`, value: j.meaning });
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
  for (const j of values.judulKolom ?? []) {
    const known = model.pengaturan.judulKolom.find((k) => squash(k.header) === squash(j.header));
    if (known) writes.push({ cell: known.cell, value: j.meaning });
    else {
      writes.push({ cell: a1(next, existing.left), value: JUDUL_KOLOM }, { cell: a1(next, existing.left + 1), value: j.header }, { cell: a1(next, existing.left + 2), value: j.meaning });
      next++;
    }
  }
  return { sheet: existing.name, create: false, writes };
}

const JUDUL_KOLOM = "Judul kolom";
