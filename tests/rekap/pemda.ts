/** A generated pemda as grids per file, with faults planted in its data before it is laid out. */
import { renderWorkbook } from "../../bench/generate";
import { generatePemda } from "../../bench/generate/pemda";
import type { GenBudget } from "../../bench/generate/types";
import type { Grid } from "../../src/engine/grid";
import { hitung } from "../../src/engine/run";
import { combineRekap, rekapPart, type Rekap, type RekapPart } from "../../src/engine/rekap";

export interface PemdaFiles {
  files: { name: string; grids: Grid[] }[];
}

export const UNCOVERED = "9.99.01";
export const ORPHAN = "8.88.01";

export type Plant = "uncovered" | "orphan" | "rollup";

export function pemdaFiles(opd: number, plant: Plant[] = [], seed = 7): PemdaFiles {
  const pemda = generatePemda(opd, { seed, indikatorPerPk: 4, budgetPerPk: 3 });
  const bupati = pemda.kepalaDaerah.pks[0];
  const copy = (b: GenBudget, kode: string, nama: string): GenBudget => ({ ...b, kode, nama, rak: [...b.rak], fisik: [...b.fisik], realisasiKeuangan: [...b.realisasiKeuangan], realisasiFisik: [...b.realisasiFisik] });
  if (plant.includes("uncovered")) bupati.budget.push(copy(bupati.budget[0], UNCOVERED, "PROGRAM YANG TIDAK DIAMPU OPD"));
  if (plant.includes("orphan")) {
    const head = pemda.opd[1].pks[0];
    head.budget.push(copy(head.budget[head.budget.length - 1], ORPHAN, "PROGRAM TANPA INDUK"));
  }
  // The kepala daerah's first program a billion over what its OPD's programs add up to.
  if (plant.includes("rollup")) bupati.budget[0] = { ...bupati.budget[0], pagu: bupati.budget[0].pagu + 1_000_000_000 };
  return {
    files: [
      { name: "bupati.xlsx", grids: renderWorkbook(pemda.kepalaDaerah) },
      ...pemda.opd.map((w, i) => ({ name: `opd-${String(i + 1).padStart(2, "0")}.xlsx`, grids: renderWorkbook(w) })),
    ],
  };
}

export function partsOf(p: PemdaFiles): RekapPart[] {
  return p.files.map((f) => rekapPart(f.name, hitung(f.grids)));
}

export const rekapOf = (p: PemdaFiles): Rekap => combineRekap(partsOf(p));
