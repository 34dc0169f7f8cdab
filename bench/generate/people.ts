/** Officials: plausible Indonesian names, pangkat by level, and valid NIPs. */
import type { Level } from "../../src/engine/model";
import type { Random } from "../random";
import type { GenPerson } from "./types";

const FIRST = [
  "AGUS", "BUDI", "SRI", "RATNA", "DEWI", "HENDRA", "NURUL", "EKO", "WAHYU", "RINA", "YUSUF", "SITI",
  "ANDI", "FITRI", "HERU", "LINDA", "MUHAMMAD", "NOVI", "RUDI", "YULIA", "DIAN", "IRWAN", "MAYA", "TAUFIK",
];
const LAST = [
  "SANTOSO", "WULANDARI", "HARTATI", "PRASETYO", "SETIAWAN", "LESTARI", "HIDAYAT", "PURNAMASARI", "SAPUTRA",
  "KURNIAWAN", "HANDAYANI", "NUGROHO", "RAHMAWATI", "SUSANTO", "FAUZIAH", "GUNAWAN", "AINI", "WIBOWO",
];
const DEGREE = ["S.E.", "S.T., M.T.", "S.Sos., M.Si.", "S.K.M., M.Kes.", "S.H., M.H.", "S.Pd., M.Pd.", "S.Kom.", "S.ST."];

const PANGKAT: Record<Level, string | null> = {
  "kepala-daerah": null,
  eselon2: "Pembina Utama Muda (IV/c)",
  eselon3: "Pembina (IV/a)",
  eselon4: "Penata Tingkat I (III/d)",
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** NIP: birth yyyymmdd, TMT yyyymm, sex 1|2, then a 3-digit sequence. */
export function makeNip(random: Random, sequence: number): string {
  const birthYear = random.int(1966, 1992);
  const birth = `${birthYear}${pad(random.int(1, 12), 2)}${pad(random.int(1, 28), 2)}`;
  const tmt = `${Math.min(birthYear + random.int(23, 30), 2022)}${pad(random.int(1, 12), 2)}`;
  return `${birth}${tmt}${random.int(1, 2)}${pad((sequence % 999) + 1, 3)}`;
}

export function makePerson(random: Random, level: Level, sequence: number): GenPerson {
  const nama = `${random.pick(FIRST)} ${random.pick(LAST)}, ${random.pick(DEGREE)}`;
  if (level === "kepala-daerah") return { nama: `H. ${nama}`, nip: null, pangkat: null };
  return { nama, nip: makeNip(random, sequence), pangkat: PANGKAT[level] };
}

/** `NIP. 19750312 200003 2 004`, as printed under a signature. */
export function formatNip(nip: string): string {
  return `NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
