/** A PK lampiran sheet: title rows, kinerja table, budget table, signature block (workbook.md §1). */
import type { BudgetItem, BudgetWord, Indikator, PkSheet } from "../model";
import type { SheetReader } from "./context";
import type { TitleInfo } from "./title";
import { jabatanLine, titleLines, unitLine } from "./title";
import { findCol, findRow, firstText, rowTextsOf } from "./columns";
import {
  budgetWordHeader, isAnggaranHeader, isIndikatorHeader, isJumlahLabel, isKodeHeader, isNumberingRow,
  isSatuanHeader, isTargetHeader, sasaranHeader,
} from "./headers";
import { kodeFromCells } from "./kode-cell";
import { readSignatureBlock } from "./signature";
import { levelOfJabatan } from "../domain/jabatan";
import { satuanFromName } from "../domain/satuan";

export function isKinerjaHeaderRow(rd: SheetReader, r: number): boolean {
  return findCol(rd, r, isIndikatorHeader) >= 0 && findCol(rd, r, isTargetHeader) >= 0;
}

export function isBudgetHeaderRow(rd: SheetReader, r: number): boolean {
  const word = findCol(rd, r, (t) => { const w = budgetWordHeader(t); return w !== null && w !== "uraian"; });
  return word >= 0 && findCol(rd, r, isAnggaranHeader) >= 0 && findCol(rd, r, isIndikatorHeader) < 0;
}

export function readPkSheet(rd: SheetReader, title: TitleInfo): PkSheet {
  const rows = rd.sheet.rowCount;
  const kinerjaRow = findRow(rd, title.row + 1, rows, (r) => isKinerjaHeaderRow(rd, r));
  const budgetRow = findRow(rd, title.row + 1, rows, (r) => isBudgetHeaderRow(rd, r));

  const lines = titleLines(rd.sheet, title.row, firstBlankOrHeader(rd, title.row, [kinerjaRow, budgetRow]));
  const jab = jabatanLine(lines);

  const kinerja = kinerjaRow >= 0 ? readKinerja(rd, kinerjaRow) : null;
  const budget = budgetRow >= 0 ? readBudget(rd, budgetRow) : null;
  const afterTables = Math.max(title.row + 1 + lines.length, kinerja?.end ?? 0, budget?.end ?? 0);
  const sig = readSignatureBlock(rd, afterTables);

  const level = levelOfJabatan(sig.pertama?.jabatan ?? "") ?? (jab ? levelOfJabatan(jab.text) : null);
  return {
    sheet: rd.name,
    titleCell: rd.addr(title.row, title.col),
    tahun: title.tahun,
    unit: unitLine(lines)?.text ?? null,
    jabatan: jab?.text ?? sig.pertama?.jabatan?.replace(/,\s*$/, "") ?? null,
    level,
    sasaranHeader: kinerja?.sasaranHeader ?? null,
    budgetHeader: budget?.header ?? null,
    hasKinerjaTable: kinerjaRow >= 0,
    indikator: kinerja?.indikator ?? [],
    anggaran: budget?.items ?? [],
    jumlah: budget?.jumlah ?? null,
    pihakPertama: sig.pertama,
    pihakKedua: sig.kedua,
    atasan: null,
  };
}

export function hasSignature(rd: SheetReader, fromRow: number): boolean {
  return readSignatureBlock(rd, fromRow).found;
}

function firstBlankOrHeader(rd: SheetReader, titleRow: number, headers: number[]): number {
  const stop = Math.min(...headers.filter((h) => h >= 0), rd.sheet.rowCount);
  for (let r = titleRow + 1; r < stop; r++) if (rd.isBlankRow(r)) return r;
  return stop;
}

function readKinerja(rd: SheetReader, header: number) {
  const cNo = findCol(rd, header, (t) => /^no\.?$/i.test(t.trim()));
  const cSas = findCol(rd, header, (t) => sasaranHeader(t) !== null);
  const cInd = findCol(rd, header, isIndikatorHeader);
  const cSat = findCol(rd, header, isSatuanHeader);
  const cTgt = findCol(rd, header, isTargetHeader);
  const sas = cSas >= 0 ? sasaranHeader(rd.text(header, cSas)) : null;
  const left = Math.min(...[cNo, cSas, cInd, cSat, cTgt].filter((c) => c >= 0));
  const right = Math.max(cNo, cSas, cInd, cSat, cTgt);

  const indikator: Indikator[] = [];
  let sasaran: { text: string; cell: string } | null = null;
  let r = header + 1;
  if (isNumberingRow(rowTextsOf(rd, r))) r++;
  for (; r < rd.sheet.rowCount; r++) {
    if (rd.isBlankRow(r, left, right) || isBudgetHeaderRow(rd, r)) break;
    const sText = cSas >= 0 ? rd.text(r, cSas) : "";
    if (sText) sasaran = { text: sText, cell: rd.addr(r, cSas) };
    const nama = rd.text(r, cInd);
    if (!nama) continue;
    const target = rd.target(r, cTgt, "target");
    const satuanText = cSat >= 0 ? rd.text(r, cSat) : "";
    const fromName = satuanFromName(nama);
    const satuan = satuanText || target.unit || fromName;
    indikator.push({
      sasaran: sasaran?.text ?? null,
      sasaranCell: sasaran?.cell ?? null,
      nama,
      cell: rd.addr(r, cInd),
      satuan: satuan || null,
      satuanCell: satuanText ? rd.addr(r, cSat) : target.unit ? rd.addr(r, cTgt) : fromName ? rd.addr(r, cInd) : null,
      target: target.value,
      targetCell: rd.addr(r, cTgt),
      targetText: rd.text(r, cTgt),
    });
  }
  return {
    indikator,
    end: r,
    sasaranHeader: sas ? { level: sas.levels, text: rd.text(header, cSas), cell: rd.addr(header, cSas) } : null,
  };
}

function readBudget(rd: SheetReader, header: number) {
  const cWord = findCol(rd, header, (t) => { const w = budgetWordHeader(t); return w !== null && w !== "uraian"; });
  const word = budgetWordHeader(rd.text(header, cWord)) as BudgetWord;
  const cKode = findCol(rd, header, isKodeHeader);
  const cAng = findCol(rd, header, isAnggaranHeader);
  const left = Math.min(...[cWord, cKode, cAng].filter((c) => c >= 0), cWord);
  const right = Math.max(cWord, cKode, cAng);

  const items: BudgetItem[] = [];
  let jumlah: PkSheet["jumlah"] = null;
  let r = header + 1;
  if (isNumberingRow(rowTextsOf(rd, r))) r++;
  for (; r < rd.sheet.rowCount; r++) {
    if (rd.isBlankRow(r, 0, right)) break;
    const first = firstText(rd, r);
    if (first && isJumlahLabel(first.text)) {
      jumlah = { value: rd.number(r, cAng, "Jumlah"), cell: rd.addr(r, cAng) };
      r++;
      break;
    }
    const nameText = rd.text(r, cWord);
    const kodeText = cKode >= 0 ? rd.text(r, cKode) : "";
    if (!nameText && !kodeText) continue;
    const k = kodeFromCells(rd, r, cKode, cWord);
    items.push({
      kode: k.kode,
      kodeCell: k.cell,
      nama: k.nama,
      namaCell: rd.addr(r, cWord),
      pagu: rd.number(r, cAng, "anggaran"),
      paguCell: rd.addr(r, cAng),
    });
  }
  void left;
  return { items, jumlah, end: r, header: { word, cell: rd.addr(header, cWord) } };
}
