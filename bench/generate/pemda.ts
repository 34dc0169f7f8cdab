/**
 * A pemda as separate workbooks: the kepala daerah's own (its PK alone) and one per OPD (the OPD's PKs, its head
 * signing with the kepala daerah as Pihak Kedua, who is not in that workbook). Cut from one generated cascade,
 * so every program and indikator of the kepala daerah is carried by exactly the OPD it came from.
 */
import { generateModel } from "./model";
import type { GeneratedWorkbook, GenerateOptions, GenPk } from "./types";

/** PKs per OPD in the generated tree: the head, 5 eselon3, 4 eselon4 under each. */
export const OPD_PKS = 21;

export interface GeneratedPemda {
  kepalaDaerah: GeneratedWorkbook;
  opd: GeneratedWorkbook[];
}

export function generatePemda(opdCount: number, options: GenerateOptions = {}): GeneratedPemda {
  const whole = generateModel(1 + OPD_PKS * opdCount, options);
  const [bupati] = whole.pks;
  const heads = bupati.children;
  // The kepala daerah's indikator are the heads' first ones, so each is carried by its OPD (a clean pemda).
  bupati.indikator = heads.map((h) => ({ ...h.indikator[0], tw: [...h.indikator[0].tw], realisasi: [...h.indikator[0].realisasi] }));
  const opd = heads.map((head) => {
    const pks = subtree(head);
    head.superior = null;
    head.pihakKeduaOutside = { jabatan: bupati.jabatan, person: bupati.pihakPertama };
    return { ...whole, pks };
  });
  bupati.children = [];
  return { kepalaDaerah: { ...whole, pks: [bupati] }, opd };
}

function subtree(pk: GenPk): GenPk[] {
  return [pk, ...pk.children.flatMap(subtree)];
}
