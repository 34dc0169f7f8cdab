/** The monthly table of a Rencana Aksi or Realisasi sheet: Kode · name · Pagu · (Jenis) · Jan..Des. */
import type { BudgetPlanRow, MonthlyRow } from "../model";
import type { SheetReader } from "./context";
import { findCol } from "./columns";
import { budgetWordHeader, isAnggaranHeader, isJenisHeader, isKodeHeader, monthOfKey } from "./headers";
import { kodeFromCells } from "./kode-cell";

export function monthColumns(rd: SheetReader, r: number): number[] | null {
  const cols: number[] = new Array(12).fill(-1);
  let found = 0;
  const { cols: at, keys } = rd.rowKeys(r);
  if (keys.length < 6) return null;
  for (let i = 0; i < keys.length; i++) {
    const c = at[i];
    const m = monthOfKey(keys[i]);
    if (m !== null && cols[m] < 0) {
      cols[m] = c;
      found++;
    }
  }
  return found >= 6 ? cols : null;
}

export function isMonthlyHeaderRow(rd: SheetReader, r: number): boolean {
  // Month labels are short text; a row with fewer than six short texts is no month header (and needs no keys).
  let short = 0;
  for (const v of rd.sheet.grid.values[r] ?? []) if (typeof v === "string" && v.length <= 12 && ++short >= 6) break;
  return short >= 6 && monthColumns(rd, r) !== null;
}

const FISIK = /fisik/i;

export function readMonthlyTable(rd: SheetReader, header: number, valueWord: "rencana" | "realisasi"): { rows: BudgetPlanRow[]; end: number } {
  const months = monthColumns(rd, header)!;
  const cKode = findCol(rd, header, isKodeHeader);
  const cName = findCol(rd, header, (t) => budgetWordHeader(t) !== null);
  const cPagu = findCol(rd, header, isAnggaranHeader);
  const cJenis = findCol(rd, header, isJenisHeader);
  const lastCol = Math.max(...months);

  const rows: BudgetPlanRow[] = [];
  let current: BudgetPlanRow | null = null;
  let r = header + 1;
  for (; r < rd.sheet.rowCount; r++) {
    if (rd.isBlankRow(r, 0, lastCol)) break;
    const jenis = cJenis >= 0 ? rd.text(r, cJenis) : "";
    const name = cName >= 0 ? rd.text(r, cName) : "";
    const kodeText = cKode >= 0 ? rd.text(r, cKode) : "";
    const isFisik = FISIK.test(jenis) || (!jenis && FISIK.test(name) && !kodeText);
    if (isFisik) {
      if (current && !current.fisik) current.fisik = readMonths(rd, r, months, `${valueWord} fisik`);
      continue;
    }
    if (!name && !kodeText) {
      if (current && !current.keuangan) current.keuangan = readMonths(rd, r, months, `${valueWord} keuangan`);
      continue;
    }
    const k = cName >= 0 ? kodeFromCells(rd, r, cKode, cName) : { kode: null, cell: null, nama: "" };
    current = {
      kode: k.kode,
      kodeCell: k.cell,
      nama: k.nama,
      namaCell: rd.addr(r, cName >= 0 ? cName : cKode),
      pagu: cPagu >= 0 ? rd.number(r, cPagu, "pagu") : null,
      paguCell: cPagu >= 0 ? rd.addr(r, cPagu) : null,
      keuangan: readMonths(rd, r, months, `${valueWord} keuangan`),
      fisik: null,
    };
    rows.push(current);
  }
  return { rows, end: r };
}

function readMonths(rd: SheetReader, r: number, months: number[], what: string): MonthlyRow {
  let cells: string[] | null = null;
  return {
    values: months.map((c) => (c >= 0 ? rd.number(r, c, what) : null)),
    // Addresses are wanted only for findings: made on first use, not for every month of every row.
    get cells() {
      return (cells ??= months.map((c) => (c >= 0 ? rd.addr(r, c) : "")));
    },
  };
}
