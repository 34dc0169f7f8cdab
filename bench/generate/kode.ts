/** Budget objects of the cascade: programs of an OPD, split into kegiatan and sub kegiatan down the tree. */
import type { GenBudget, GenPk } from "./types";
import { titleCase } from "./units";

const PROGRAM = [
  "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
  "Program Perencanaan dan Pengembangan",
  "Program Peningkatan Pelayanan",
  "Program Pembinaan dan Pengawasan",
  "Program Penyediaan Sarana dan Prasarana",
];
const KEGIATAN = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Penyediaan Layanan Urusan Daerah Kabupaten/Kota",
  "Pengembangan Kapasitas Kelembagaan",
  "Pembinaan dan Pengawasan Penyelenggaraan Urusan",
  "Pengelolaan Data dan Sistem Informasi",
];
const SUB_KEGIATAN = [
  "Penyusunan Dokumen Perencanaan",
  "Koordinasi dan Penyusunan Laporan Capaian Kinerja",
  "Penyediaan Gaji dan Tunjangan ASN",
  "Pelaksanaan Bimbingan Teknis",
  "Penyediaan Peralatan dan Perlengkapan Kantor",
  "Monitoring, Evaluasi, dan Pelaporan",
  "Sosialisasi dan Publikasi Layanan",
];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function skeleton(kode: string, nama: string): GenBudget {
  return { kode, nama, pagu: 0, rak: [], fisik: [], realisasiKeuangan: [], realisasiFisik: [] };
}

/** An eselon2 PK's programs: `1.02.01` .. `1.02.05`. */
export function assignPrograms(pk: GenPk, bidang: string, count: number, unitName: string): void {
  const subject = titleCase(unitName.replace(/^(DINAS|BADAN) /, ""));
  for (let p = 1; p <= count; p++) {
    const base = PROGRAM[(p - 1) % PROGRAM.length];
    pk.budget.push(skeleton(`${bidang}.${pad(p, 2)}`, p === 1 ? base : `${base} ${subject}`));
  }
}

/**
 * Splits a PK's budget objects among its subordinates, each getting `perChild` objects one level down:
 * subordinate i takes the parent objects i, i + m, ... (m subordinates), so every parent object is
 * carried by someone and the pagu can roll up.
 */
export function splitAmongChildren(pk: GenPk, perChild: number): void {
  const parents = pk.budget;
  const m = pk.children.length;
  const used = new Map<string, number>();
  let made = 0;
  pk.children.forEach((child, i) => {
    const mine = parents.filter((_, index) => index % m === i);
    const list = mine.length > 0 ? mine : [parents[i % parents.length]];
    for (let s = 0; s < perChild; s++) {
      const parent = list[s % list.length];
      const n = (used.get(parent.kode) ?? 0) + 1;
      used.set(parent.kode, n);
      child.budget.push(childObject(parent, n, made++));
    }
  });
}

/** The n-th child of a parent object; `made` varies the name so one PK rarely repeats one. */
function childObject(parent: GenBudget, n: number, made: number): GenBudget {
  const depth = parent.kode.split(".").length;
  if (depth === 3) {
    if (n > 99) throw new Error("generate: lebih dari 99 kegiatan dalam satu program");
    return skeleton(`${parent.kode}.2.${pad(n, 2)}`, KEGIATAN[made % KEGIATAN.length]);
  }
  return skeleton(`${parent.kode}.${pad(n, 4)}`, SUB_KEGIATAN[made % SUB_KEGIATAN.length]);
}
