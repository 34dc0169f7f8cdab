/**
 * The cascade of PKs: the Bupati, then per OPD the head (eselon2), up to five eselon3 (the Sekretaris
 * and four Kepala Bidang) and up to four eselon4 under each, filled in that order until pkCount is reached.
 */
import type { Level } from "../../src/engine/model";
import type { Random } from "../random";
import { assignPrograms, splitAmongChildren } from "./kode";
import { makePerson } from "./people";
import type { GenPk } from "./types";
import { unitAt, type Unit } from "./units";

export const BUPATI = "BUPATI CONTOH";
const ESELON3_PER_OPD = 5;
const ESELON4_PER_ESELON3 = 4;
const OPD_SIZE = 1 + ESELON3_PER_OPD * (1 + ESELON4_PER_ESELON3);

const BIDANG = ["PERENCANAAN DAN PENGEMBANGAN", "PELAYANAN", "PEMBINAAN DAN PENGAWASAN", "SARANA DAN PRASARANA"];
const SUBBAG = ["UMUM DAN KEPEGAWAIAN", "KEUANGAN", "PERENCANAAN", "HUKUM DAN HUMAS"];
const SEKSI = ["PROGRAM", "OPERASIONAL", "MONITORING", "DATA DAN INFORMASI"];

export function buildTree(pkCount: number, budgetPerPk: number, random: Random): GenPk[] {
  if (!Number.isInteger(pkCount) || pkCount < 1) throw new Error(`generate: pkCount harus bilangan bulat ≥ 1 (${pkCount})`);
  let sequence = 0;
  const person = (level: Level) => makePerson(random, level, sequence++);
  const bupatiPerson = person("kepala-daerah");

  if (pkCount === 1) {
    const [kadis] = buildOpd(unitAt(0), 1, null, budgetPerPk, person);
    kadis.pihakKeduaOutside = { jabatan: BUPATI, person: bupatiPerson };
    return [kadis];
  }
  const bupati = node("kepala-daerah", "Bupati", null, BUPATI, bupatiPerson, null);
  const pks = [bupati];
  for (let remaining = pkCount - 1, o = 0; remaining > 0; o++) {
    const size = Math.min(OPD_SIZE, remaining);
    pks.push(...buildOpd(unitAt(o), size, bupati, budgetPerPk, person));
    remaining -= size;
  }
  return pks;
}

function buildOpd(
  unit: Unit,
  size: number,
  bupati: GenPk | null,
  budgetPerPk: number,
  person: (level: Level) => GenPk["pihakPertama"],
): GenPk[] {
  const badan = unit.name.startsWith("BADAN");
  const head = node("eselon2", `${badan ? "Kaban" : "Kadis"} ${unit.abbr}`, unit.name, `KEPALA ${unit.name}`, person("eselon2"), bupati);
  assignPrograms(head, unit.bidang, budgetPerPk, unit.name);

  const eselon3 = Math.min(ESELON3_PER_OPD, size - 1);
  const middle: GenPk[] = [];
  for (let j = 0; j < eselon3; j++) {
    const jabatan = j === 0 ? `SEKRETARIS ${unit.name}` : `KEPALA BIDANG ${BIDANG[j - 1]} ${unit.name}`;
    const label = j === 0 ? `${unit.abbr} Sekretaris` : `${unit.abbr} Kabid ${j}`;
    middle.push(node("eselon3", label, unit.name, jabatan, person("eselon3"), head));
  }
  // Eselon4 go round the eselon3 so a partly filled OPD still has them spread out.
  const eselon4 = size - 1 - eselon3;
  for (let q = 0; q < eselon4; q++) {
    const j = q % ESELON3_PER_OPD;
    const i = Math.floor(q / ESELON3_PER_OPD);
    const jabatan = j === 0 ? `KEPALA SUB BAGIAN ${SUBBAG[i]} ${unit.name}` : `KEPALA SEKSI ${SEKSI[i]} ${BIDANG[j - 1]} ${unit.name}`;
    const label = j === 0 ? `${unit.abbr} Kasubbag ${i + 1}` : `${unit.abbr} Kasi ${j}.${i + 1}`;
    node("eselon4", label, unit.name, jabatan, person("eselon4"), middle[j]);
  }

  if (head.children.length > 0) splitAmongChildren(head, budgetPerPk);
  for (const m of middle) if (m.children.length > 0) splitAmongChildren(m, budgetPerPk);
  return [head, ...middle.flatMap((m) => [m, ...m.children])];
}

function node(level: Level, label: string, unit: string | null, jabatan: string, pihakPertama: GenPk["pihakPertama"], superior: GenPk | null): GenPk {
  const pk: GenPk = { level, label, unit, jabatan, pihakPertama, superior, pihakKeduaOutside: null, children: [], indikator: [], budget: [] };
  superior?.children.push(pk);
  return pk;
}
