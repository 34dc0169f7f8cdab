/**
 * Kinerja tables by quarter: a Rencana Aksi's targets (`Target Triwulan` over TW I..IV, sifat, polaritas) and a
 * Realisasi's achievements (`Realisasi` over TW I..IV). A row that repeats the one above it (a cascading
 * template prints the Es. II indikator on every Es. III row) is the same indikator, read once.
 */
import type { RealisasiIndikator, RenaksiIndikator, Target } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { readPolaritas, readSifat } from "../../domain/indikator-defaults";
import { satuanFromName } from "../../domain/satuan";
import { cachedIndikatorKey } from "../../domain/indikator-key";
import { KINERJA_FIELDS, colOf, pick } from "./columns";
import { claimBand, claimKnown, stripListPrefix } from "./claims";

/** The four quarter columns of a field (`target-tw` or `realisasi`); -1 where missing. */
function quarterCols(columns: Column[], field: "target-tw" | "realisasi"): number[] {
  const cols = [-1, -1, -1, -1];
  for (const c of columns) if (c.field === field && c.quarter !== undefined && cols[c.quarter] < 0) cols[c.quarter] = c.col;
  return cols;
}

interface RowStart {
  r: number;
  nama: string;
  cell: string;
}

/** Rows with an indikator, once each: an exact repeat of an earlier row of the same name is skipped (and read). */
function indikatorRows(rd: SheetReader, table: TableBlock, columns: Column[], cInd: Column, part: number, valueCols: number[]): RowStart[] {
  const out: RowStart[] = [];
  // The first row of each name: a later row with the same name and the same values repeats it.
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const raw = rd.text(r, cInd.col);
    if (!raw) {
      if (columns.some((c) => c.field === "sasaran" && rd.sheet.value(r, c.col) !== null)) claimKnown(rd, r, columns, part, ["no", "sasaran"]);
      continue;
    }
    claimKnown(rd, r, columns, part);
    const nama = stripListPrefix(raw);
    const key = cachedIndikatorKey(nama);
    const earlier = seen.get(key);
    if (earlier !== undefined && valueCols.every((c) => c < 0 || rd.sheet.text(r, c) === rd.sheet.text(earlier, c))) continue;
    if (earlier === undefined) seen.set(key, r);
    out.push({ r, nama, cell: rd.addr(r, cInd.col) });
  }
  return out;
}

export function readRenaksiKinerja(rd: SheetReader, table: TableBlock, all: Column[], part: number): RenaksiIndikator[] {
  const columns = [...pick(all, [...KINERJA_FIELDS, "sifat", "polaritas"]), ...pick(all, ["target-tw"], "with").filter((c) => c.quarter !== undefined)];
  const cInd = colOf(columns, "indikator")!;
  const cSat = colOf(columns, "satuan");
  const cTgt = colOf(columns, "target");
  const cSifat = colOf(columns, "sifat");
  const cPol = colOf(columns, "polaritas");
  const tw = quarterCols(columns, "target-tw");
  claimBand(rd, table, columns, part);
  return indikatorRows(rd, table, columns, cInd, part, [cTgt?.col ?? -1, ...tw]).map(({ r, nama, cell }) => {
    const target = cTgt ? rd.target(r, cTgt.col, "target tahunan") : { value: null, unit: null };
    const quarters = tw.map((c) => rd.target(r, c, "target triwulan"));
    const satText = cSat ? rd.text(r, cSat.col) : "";
    const sifatText = cSifat ? rd.text(r, cSifat.col) : "";
    const polText = cPol ? rd.text(r, cPol.col) : "";
    return {
      nama,
      cell,
      satuan: satText || target.unit || quarters.find((q) => q.unit)?.unit || satuanFromName(nama) || null,
      satuanCell: satText ? rd.addr(r, cSat!.col) : target.unit ? rd.addr(r, cTgt!.col) : null,
      target: target.value,
      targetCell: cTgt ? rd.addr(r, cTgt.col) : null,
      targetText: cTgt ? rd.text(r, cTgt.col) : "",
      tw: quarters.map((q) => q.value),
      twCells: tw.map((c) => (c >= 0 ? rd.addr(r, c) : "")),
      sifat: sifatText ? readSifat(sifatText) : null,
      sifatCell: sifatText ? rd.addr(r, cSifat!.col) : null,
      polaritas: polText ? readPolaritas(polText) : null,
      polaritasCell: polText ? rd.addr(r, cPol!.col) : null,
    };
  });
}

export function readRealisasiKinerja(rd: SheetReader, table: TableBlock, all: Column[], part: number): RealisasiIndikator[] {
  const columns = [...pick(all, KINERJA_FIELDS), ...pick(all, ["realisasi"], "with").filter((c) => c.quarter !== undefined)];
  const cInd = colOf(columns, "indikator")!;
  const cSat = colOf(columns, "satuan");
  const cTgt = colOf(columns, "target");
  const tw = quarterCols(columns, "realisasi");
  claimBand(rd, table, columns, part);
  return indikatorRows(rd, table, columns, cInd, part, [cTgt?.col ?? -1, ...tw]).map(({ r, nama, cell }) => {
    const target = cTgt ? rd.target(r, cTgt.col, "target") : { value: null, unit: null };
    const satText = cSat ? rd.text(r, cSat.col) : "";
    return {
      nama,
      cell,
      satuan: satText || target.unit || satuanFromName(nama) || null,
      satuanCell: satText ? rd.addr(r, cSat!.col) : target.unit ? rd.addr(r, cTgt!.col) : null,
      target: target.value,
      targetCell: cTgt ? rd.addr(r, cTgt.col) : null,
      tw: tw.map((c) => realisasiValue(rd.target(r, c, "realisasi").value)),
      twCells: tw.map((c) => (c >= 0 ? rd.addr(r, c) : "")),
    };
  });
}

/** A realisasi is a number or a qualitative value; a range is no realisasi. */
function realisasiValue(t: Target | null): number | string | null {
  return typeof t === "number" || typeof t === "string" ? t : null;
}
