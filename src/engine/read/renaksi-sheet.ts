/** Rencana Aksi and Realisasi sheets (workbook.md §2, §3). */
import type { RealisasiIndikator, RealisasiSheet, RenaksiIndikator, RenaksiSheet, Target } from "../model";
import type { SheetReader } from "./context";
import type { TitleInfo } from "./title";
import { jabatanLine, titleLines } from "./title";
import { findCol, findRow } from "./columns";
import {
  isIndikatorHeader, isNumberingRow, isPolaritasHeader, isRealisasiHeader, isSatuanHeader, isSifatHeader,
  isTargetHeader, isTwGroupHeader,
} from "./headers";
import { locateQuarters } from "./quarter-table";
import { quarterOf } from "./headers";
import { isMonthlyHeaderRow, readMonthlyTable } from "./monthly-table";
import { rowTextsOf } from "./columns";
import { readPolaritas, readSifat } from "../domain/indikator-defaults";
import { satuanFromName } from "../domain/satuan";

function header(rd: SheetReader, title: TitleInfo, second: (t: string) => boolean): number {
  return findRow(rd, title.row + 1, rd.sheet.rowCount, (r) => findCol(rd, r, isIndikatorHeader) >= 0 && (findCol(rd, r, second) >= 0 || findCol(rd, r, isTargetHeader) >= 0));
}

function jabatanOf(rd: SheetReader, title: TitleInfo, firstTable: number) {
  let end = firstTable >= 0 ? firstTable : rd.sheet.rowCount;
  for (let r = title.row + 1; r < end; r++) if (rd.isBlankRow(r)) { end = r; break; }
  const line = jabatanLine(titleLines(rd.sheet, title.row, end));
  return { jabatan: line?.text ?? null, jabatanCell: line ? rd.addr(line.row, line.col) : null };
}

function firstOf(...rows: number[]): number {
  const ok = rows.filter((r) => r >= 0);
  return ok.length ? Math.min(...ok) : -1;
}

export function readRenaksiSheet(rd: SheetReader, title: TitleInfo): RenaksiSheet {
  const kRow = header(rd, title, isTwGroupHeader);
  const mRow = findRow(rd, title.row + 1, rd.sheet.rowCount, (r) => isMonthlyHeaderRow(rd, r));
  const indikator: RenaksiIndikator[] = [];
  if (kRow >= 0) {
    const cInd = findCol(rd, kRow, isIndikatorHeader);
    const cSat = findCol(rd, kRow, isSatuanHeader);
    const cTgt = annualTargetCol(rd, kRow);
    const cSifat = findCol(rd, kRow, isSifatHeader);
    const cPol = findCol(rd, kRow, isPolaritasHeader);
    const q = locateQuarters(rd, kRow);
    forEachRow(rd, q ? q.dataRow : kRow + 1, mRow > kRow ? mRow : rd.sheet.rowCount, cInd, (r, nama) => {
      const target = rd.target(r, cTgt, "target tahunan");
      const tw = (q?.cols ?? [-1, -1, -1, -1]).map((c) => rd.target(r, c, "target triwulan"));
      const satText = cSat >= 0 ? rd.text(r, cSat) : "";
      const satuan = satText || target.unit || satuanFromName(nama);
      const sifatText = cSifat >= 0 ? rd.text(r, cSifat) : "";
      const polText = cPol >= 0 ? rd.text(r, cPol) : "";
      indikator.push({
        nama,
        cell: rd.addr(r, cInd),
        satuan: satuan || null,
        satuanCell: satText ? rd.addr(r, cSat) : target.unit ? rd.addr(r, cTgt) : null,
        target: target.value,
        targetCell: cTgt >= 0 ? rd.addr(r, cTgt) : null,
        targetText: rd.text(r, cTgt),
        tw: tw.map((t) => t.value),
        twCells: (q?.cols ?? []).map((c) => rd.addr(r, c)),
        sifat: sifatText ? readSifat(sifatText) : null,
        sifatCell: sifatText ? rd.addr(r, cSifat) : null,
        polaritas: polText ? readPolaritas(polText) : null,
        polaritasCell: polText ? rd.addr(r, cPol) : null,
      });
    });
  }
  const plan = mRow >= 0 ? readMonthlyTable(rd, mRow, "rencana").rows : [];
  return { sheet: rd.name, titleCell: rd.addr(title.row, title.col), tahun: title.tahun, ...jabatanOf(rd, title, firstOf(kRow, mRow)), pk: null, indikator, plan };
}

export function readRealisasiSheet(rd: SheetReader, title: TitleInfo): RealisasiSheet {
  const kRow = header(rd, title, isRealisasiHeader);
  const mRow = findRow(rd, title.row + 1, rd.sheet.rowCount, (r) => isMonthlyHeaderRow(rd, r));
  const indikator: RealisasiIndikator[] = [];
  if (kRow >= 0) {
    const cInd = findCol(rd, kRow, isIndikatorHeader);
    const cSat = findCol(rd, kRow, isSatuanHeader);
    const cTgt = annualTargetCol(rd, kRow);
    const cReal = findCol(rd, kRow, isRealisasiHeader);
    const q = locateQuarters(rd, kRow, Math.max(0, cReal));
    forEachRow(rd, q ? q.dataRow : kRow + 1, mRow > kRow ? mRow : rd.sheet.rowCount, cInd, (r, nama) => {
      const target = rd.target(r, cTgt, "target");
      const tw = (q?.cols ?? [-1, -1, -1, -1]).map((c) => rd.target(r, c, "realisasi").value);
      const satText = cSat >= 0 ? rd.text(r, cSat) : "";
      indikator.push({
        nama,
        cell: rd.addr(r, cInd),
        satuan: satText || target.unit || satuanFromName(nama) || null,
        satuanCell: satText ? rd.addr(r, cSat) : target.unit ? rd.addr(r, cTgt) : null,
        target: target.value,
        targetCell: cTgt >= 0 ? rd.addr(r, cTgt) : null,
        tw: tw.map(realisasiValue),
        twCells: (q?.cols ?? []).map((c) => rd.addr(r, c)),
      });
    });
  }
  const budget = mRow >= 0 ? readMonthlyTable(rd, mRow, "realisasi").rows : [];
  return { sheet: rd.name, titleCell: rd.addr(title.row, title.col), tahun: title.tahun, ...jabatanOf(rd, title, firstOf(kRow, mRow)), pk: null, indikator, budget };
}

/** A realisasi is a number or a qualitative value; a range is no realisasi. */
function realisasiValue(t: Target | null): number | string | null {
  return typeof t === "number" || typeof t === "string" ? t : null;
}

/** The indikator rows of a kinerja table: after an optional numbering row, up to a blank row or the next table. */
function forEachRow(rd: SheetReader, from: number, to: number, cInd: number, each: (r: number, nama: string) => void): void {
  let r = from;
  if (isNumberingRow(rowTextsOf(rd, r))) r++;
  for (; r < to; r++) {
    if (rd.isBlankRow(r)) break;
    const nama = rd.text(r, cInd);
    if (nama) each(r, nama);
  }
}

/** The annual target column: a `Target` header with TW I under it heads the quarters, not the year. */
function annualTargetCol(rd: SheetReader, header: number): number {
  const { cols, keys } = rd.rowKeys(header);
  for (let i = 0; i < cols.length; i++) {
    if (!isTargetHeader(keys[i])) continue;
    const below = rd.sheet.str(header + 1, cols[i]);
    if (!below || quarterOf(below) === null) return cols[i];
  }
  return -1;
}
