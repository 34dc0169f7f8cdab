/** A PK sheet's budget table: kode (own column, leading the name, or none), name, pagu, and its Jumlah. */
import type { BudgetItem, BudgetTable, BudgetWord } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { isBudgetWord } from "../vocab";
import { kodeFromCells } from "../kode-cell";
import { jumlahCol } from "../layout/signals";
import { ANGGARAN_FIELDS, colOf, paguColumns, pick } from "./columns";
import { claimBand, claimKnown, headerCell, stripListPrefix } from "./claims";

export function readAnggaran(rd: SheetReader, table: TableBlock, all: Column[], part: number): BudgetTable {
  const columns = pick(all, ANGGARAN_FIELDS);
  const cWord = columns.find((c) => isBudgetWord(c.field)) ?? colOf(columns, "uraian");
  const cKode = colOf(columns, "kode");
  const nameCol = cWord ?? cKode!;
  const { pagu: cPagu, others } = paguColumns(columns);
  claimBand(rd, table, columns, part);

  const items: BudgetItem[] = [];
  const totals: BudgetTable["totals"] = [];
  for (const r of table.rows) {
    if (table.jumlahRows.includes(r)) {
      const label = jumlahCol(rd.sheet, r, table.band.left, table.band.right);
      rd.account.claim(part, r, label);
      claimKnown(rd, r, columns, part, ["pagu", "keterangan", "abaikan", "no"]);
      const from = totals.length ? totals[totals.length - 1].to : 0;
      if (cPagu) totals.push({ value: rd.number(r, cPagu.col, "Jumlah", cPagu.factor), cell: rd.addr(r, cPagu.col), from, to: items.length });
      continue;
    }
    const nameText = cWord ? rd.text(r, cWord.col) : "";
    const kodeText = cKode ? rd.text(r, cKode.col) : "";
    if (!nameText && !kodeText) continue;
    const k = kodeFromCells(rd, r, cKode?.col ?? -1, nameCol.col);
    claimKnown(rd, r, columns, part);
    items.push({
      kode: k.kode,
      kodeCell: k.cell,
      nama: k.kode ? k.nama : stripListPrefix(k.nama),
      namaCell: rd.addr(r, nameCol.col),
      pagu: cPagu ? rd.number(r, cPagu.col, "anggaran", cPagu.factor) : null,
      paguCell: rd.addr(r, cPagu?.col ?? nameCol.col),
    });
  }
  return {
    word: cWord && isBudgetWord(cWord.field) ? (cWord.field as BudgetWord) : null,
    headerCell: headerCell(rd, nameCol),
    items,
    jumlah: totals.length ? { value: totals[totals.length - 1].value, cell: totals[totals.length - 1].cell } : null,
    totals,
    paguChoice: cPagu && others.length ? { cell: headerCell(rd, cPagu), text: cPagu.words, others: others.map((o) => headerCell(rd, o)) } : null,
  };
}
