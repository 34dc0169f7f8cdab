/** The level of an official from the jabatan line (workbook.md "Words"). */
import type { Level } from "../model";
import { jabatanKey } from "../parse/text";

// Most specific first: `kepala sub bagian` before `kepala bagian`, `inspektur pembantu` before `inspektur`.
const PATTERNS: [Level, RegExp][] = [
  ["eselon4", /^(kepala sub ?bagian|kasubbag|kasubag|kepala seksi|kasi|kepala sub ?bidang|kasubbid|kepala upt[d]?|kepala unit pelaksana teknis|kepala puskesmas|lurah)\b/],
  ["eselon3", /^(inspektur pembantu|irban|kepala bidang|kabid|kepala bagian|kabag|camat|wakil direktur)\b/],
  // A badan named by its acronym (`KEPALA BKPSDM`, `Kepala BAPPEDA`): the badan's head.
  ["eselon2", /^kepala (bappeda|bapelitbangda|bappelitbangda|bapperida|bkpsdm|bkpsdmd|bkd|bkpp|bpbd|bpkad|bpkd|bppkad|bapenda|bpprd|bpkpd|bkad|bakesbangpol|kesbangpol|bakeuda|bpmd|bpmpd|bpm|bnn)\b/],
  ["eselon2", /^(kepala dinas|kadis|kepala badan|sekretaris daerah|sekda|sekretaris dprd|sekretaris dewan|inspektur|kepala satuan polisi pamong praja|kepala satpol pp|kepala pelaksana|kalaksa|direktur|asisten|staf ahli|kepala biro)\b/],
  ["eselon3", /^sekretaris\b/],
  ["kepala-daerah", /^(bupati|wali ?kota|gubernur)\b/],
];

export function levelOfJabatan(jabatan: string): Level | null {
  const key = jabatanKey(jabatan);
  for (const [level, re] of PATTERNS) if (re.test(key)) return level;
  return null;
}

/**
 * The level with the unit beside it: a bare `Sekretaris` heads the Sekretariat DPRD or the Sekretariat Daerah
 * (eselon II) when that is the unit it signs for; of a dinas or badan it is the secretary (eselon III).
 */
export function levelOfJabatanIn(jabatan: string, unit: string | null): Level | null {
  const level = levelOfJabatan(jabatan);
  if (level !== "eselon3" || !unit || !/^sekretaris$/.test(jabatanKey(jabatan))) return level;
  return /\bsekretariat (dprd|dewan|daerah)\b/i.test(unit) ? "eselon2" : level;
}

export const LEVEL_LABEL: Record<Level, string> = {
  "kepala-daerah": "kepala daerah",
  eselon2: "eselon II",
  eselon3: "eselon III",
  eselon4: "eselon IV",
};

/** Two jabatan lines name the same office: equal keys, or one is the other plus the unit or pemda. */
export function sameJabatan(a: string, b: string): boolean {
  const ka = jabatanKey(a);
  const kb = jabatanKey(b);
  return ka === kb;
}

export function jabatanExtends(longer: string, shorter: string): boolean {
  const kl = jabatanKey(longer);
  const ks = jabatanKey(shorter);
  return kl === ks || kl.startsWith(ks + " ");
}
