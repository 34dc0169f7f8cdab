/** A PK sheet's kinerja table: sasaran (carried down when merged), indikator, satuan, target (workbook.md §1). */
import type { Indikator, PkSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { satuanFromName } from "../../domain/satuan";
import { sasaranLevels } from "../vocab";
import { KINERJA_FIELDS, colOf, latestColumn, pick } from "./columns";
import { claimBand, claimKnown, headerCell, nameBeside, noIndikator, reportColumnChoice, sasaranLabel, stripListPrefix } from "./claims";
import { countedNames, stripCounter } from "./counters";

export interface KinerjaRead {
  indikator: Indikator[];
  sasaranHeader: PkSheet["sasaranHeader"];
}

export function readKinerja(rd: SheetReader, table: TableBlock, all: Column[], part: number): KinerjaRead {
  const columns = pick(all, KINERJA_FIELDS);
  const cSas = colOf(columns, "sasaran");
  const cInd0 = colOf(columns, "indikator")!;
  const beside = nameBeside(rd, table, cInd0);
  const cInd = { ...cInd0, col: beside.name };
  const cSat = colOf(columns, "satuan");
  const { latest: cTgt, others } = latestColumn(columns, "target");
  claimBand(rd, table, columns, part);
  if (cTgt && others.length) reportColumnChoice(rd, "target-ganda", { cell: headerCell(rd, cTgt), text: cTgt.words, others: others.map((c) => headerCell(rd, c)) });

  const indikator: Indikator[] = [];
  let sasaran: { text: string; cell: string } | null = null;
  const counted = countedNames(table.rows.map((r) => rd.text(r, cInd.col)).filter((t) => t && !sasaranLabel(t)));
  for (const r of table.rows) {
    const sText = cSas ? rd.text(r, cSas.col) : "";
    if (sText && cSas) {
      sasaran = { text: sText, cell: rd.addr(r, cSas.col) };
      rd.account.claim(part, r, cSas.col);
    }
    if (beside.number !== null) rd.account.claim(part, r, beside.number);
    const raw = rd.text(r, cInd.col);
    const ownSasaran = raw ? sasaranLabel(raw) : null;
    if (ownSasaran || (raw && noIndikator(raw) && !(cTgt && rd.sheet.value(r, cTgt.col) !== null))) {
      // A sasaran on its own row, or a row saying its sasaran has none: read as such, no indikator.
      if (ownSasaran) sasaran = { text: ownSasaran, cell: rd.addr(r, cInd.col) };
      rd.account.claimRow(part, r, table.band.left, table.band.right);
      continue;
    }
    if (!raw) {
      // A sasaran-only row (and its number) is read; a target without an indikator is not.
      if (sText) claimKnown(rd, r, columns, part, ["no", "sasaran", "keterangan"]);
      continue;
    }
    const nama = stripListPrefix(counted ? stripCounter(raw) : raw);
    const target = cTgt ? rd.target(r, cTgt.col, "target") : { value: null, unit: null };
    const satuanText = cSat ? rd.text(r, cSat.col) : "";
    const fromName = satuanFromName(nama);
    const satuan = satuanText || target.unit || fromName;
    claimKnown(rd, r, columns, part);
    rd.account.claim(part, r, cInd.col);
    indikator.push({
      sasaran: sasaran?.text ?? null,
      sasaranCell: sasaran?.cell ?? null,
      nama,
      cell: rd.addr(r, cInd.col),
      satuan: satuan || null,
      satuanCell: satuanText ? rd.addr(r, cSat!.col) : target.unit ? rd.addr(r, cTgt!.col) : fromName ? rd.addr(r, cInd.col) : null,
      target: target.value,
      targetCell: rd.addr(r, cTgt?.col ?? cInd.col),
      targetText: cTgt ? rd.text(r, cTgt.col) : "",
    });
  }
  const sasText = cSas ? rd.sheet.text(table.band.top, cSas.col) : "";
  return {
    indikator,
    // `Sasaran / Kegiatan`, like `Tujuan/Sasaran`, offers alternatives: it names no level.
    sasaranHeader: cSas && sasText ? { level: sasText.includes("/") ? [] : sasaranLevels(cSas.words), text: sasText, cell: headerCell(rd, cSas) } : null,
  };
}
