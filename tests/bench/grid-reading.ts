/**
 * A small reader of generated grids for the bench tests: it knows the generator's own layout only,
 * so the structure is checked on the grids without leaning on the engine under test.
 */
import type { CellValue, Grid } from "../../src/engine/grid";

export interface ReadPk {
  sheet: string;
  pertama: { jabatan: string; nama: string; nip: string | null };
  kedua: { jabatan: string; nama: string; nip: string | null } | null;
  budget: { kode: string; pagu: number }[];
  jumlah: number;
  indikator: number;
}

export interface ReadPlanRow {
  kode: string;
  pagu: number;
  money: (number | null)[];
  fisik: (number | null)[];
}

const text = (v: CellValue | undefined) => (typeof v === "string" ? v.trim() : "");
const nipDigits = (v: CellValue | undefined) => (text(v) ? text(v).replace(/^NIP\.?/, "").replace(/\s+/g, "") : null);
const rowWith = (g: Grid, col: number, value: string, from = 0) => g.values.findIndex((r, i) => i >= from && text(r[col]) === value);

export const isPk = (g: Grid) => text(g.values[0]?.[0]).startsWith("PERJANJIAN KINERJA");
export const isRencanaAksi = (g: Grid) => text(g.values[0]?.[0]).startsWith("RENCANA AKSI");
export const isRealisasi = (g: Grid) => text(g.values[0]?.[0]).startsWith("REALISASI");

export function readPk(g: Grid): ReadPk {
  const header = rowWith(g, 2, "Indikator Kinerja");
  const budgetHeader = rowWith(g, 1, "Kode");
  const jumlahRow = rowWith(g, 2, "Jumlah");
  const budget = g.values.slice(budgetHeader + 1, jumlahRow).map((r) => ({ kode: text(r[1]), pagu: r[3] as number }));
  const pihak = rowWith(g, 3, "PIHAK PERTAMA,");
  const nameRow = pihak + 5;
  const nipRow = g.values.findIndex((r, i) => i > nameRow && (text(r[3]).startsWith("NIP") || text(r[1]).startsWith("NIP")));
  const side = (col: number) => ({
    jabatan: text(g.values[pihak + 1][col]).replace(/,$/, ""),
    nama: text(g.values[nameRow][col]),
    nip: nipRow < 0 ? null : nipDigits(g.values[nipRow][col]),
  });
  return {
    sheet: g.name,
    pertama: side(3),
    kedua: text(g.values[pihak][1]) === "PIHAK KEDUA," ? side(1) : null,
    budget,
    jumlah: g.values[jumlahRow][3] as number,
    indikator: g.values.slice(header + 2, budgetHeader - 1).filter((r) => text(r[2])).length,
  };
}

/** Budget rows of a Rencana Aksi or Realisasi sheet: a money row with kode and pagu, the fisik row under it. */
export function readPlanRows(g: Grid): ReadPlanRow[] {
  const header = rowWith(g, 0, "Kode");
  const rows: ReadPlanRow[] = [];
  for (let r = header + 1; r < g.values.length; r += 2) {
    const money = g.values[r];
    rows.push({
      kode: text(money[0]),
      pagu: money[2] as number,
      money: money.slice(4, 16) as (number | null)[],
      fisik: g.values[r + 1].slice(4, 16) as (number | null)[],
    });
  }
  return rows;
}

/** Jabatan line of a Rencana Aksi or Realisasi sheet (second title row). */
export const planJabatan = (g: Grid) => text(g.values[1][0]);

/** 18 digits: a real birth date, a TMT year and month, 1 or 2 for sex. */
export function validNip(nip: string): boolean {
  if (!/^\d{18}$/.test(nip)) return false;
  const [y, m, d] = [nip.slice(0, 4), nip.slice(4, 6), nip.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const tmtMonth = Number(nip.slice(12, 14));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && tmtMonth >= 1 && tmtMonth <= 12 && /[12]/.test(nip[14]);
}
