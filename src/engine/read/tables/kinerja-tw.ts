/**
 * Kinerja tables by quarter: a Rencana Aksi's targets (`Target Triwulan` over TW I..IV, sifat, polaritas) and a
 * Realisasi's achievements (`Realisasi` over TW I..IV). A row that repeats the one above it (a cascading
 * template prints the Es. II indikator on every Es. III row) is the same indikator, read once.
 */
import type { RealisasiIndikator, RenaksiIndikator, Sifat, Target } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import { defaultSifat, readPolaritas, readSifat } from "../../domain/indikator-defaults";
import { satuanFromName } from "../../domain/satuan";
import { cachedIndikatorKey } from "../../domain/indikator-key";
import { KINERJA_FIELDS, colOf, isMonthlyKinerja, pick, withUnknown } from "./columns";
import { claimBand, claimKnown, dashItem, nameBeside, noIndikator, packedQuarters, sasaranLabel, stripListPrefix, tujuanLabel } from "./claims";
import { readTargetCell } from "../../parse/target";
import { quarterMeaning, shareOfAnnual } from "./renaksi-quarters";
import { monthParts, quartersOfMonthTargets, targetMonths } from "./renaksi-months";
import { packedRealisasiColumn } from "./realisasi-packed";

/** The indikator column, or the one beside it when the name is written next to its list number (claimed). */
function besideName(rd: SheetReader, table: TableBlock, col: Column, part: number): Column {
  const b = nameBeside(rd, table, col);
  if (b.number === null) return col;
  for (const r of table.rows) {
    rd.account.claim(part, r, b.number);
    rd.account.claim(part, r, b.name);
  }
  return { ...col, col: b.name };
}

/** The four quarter columns of a field (`target-tw` or `realisasi`); -1 where missing. Running totals: see readRealisasiKinerja. */
function quarterCols(columns: Column[], field: "target-tw" | "realisasi", running = false): number[] {
  const cols = [-1, -1, -1, -1];
  for (const c of columns) if (c.field === field && c.quarter !== undefined && cols[c.quarter] < 0 && (field !== "realisasi" || !!c.running === running)) cols[c.quarter] = c.col;
  return cols;
}

/** The twelve month columns (-1 where missing). */
function monthCols(columns: Column[]): number[] {
  const cols = new Array<number>(12).fill(-1);
  for (const c of columns) if (c.month !== undefined && cols[c.month] < 0) cols[c.month] = c.col;
  return cols;
}

/**
 * A quarter from its months, as workbook.md §3 defines a quarter's cell: for Akhir (and Rata-rata) the value measured
 * in its last month; for Kumulatif what its three months achieved together. A quarter whose last month is blank is
 * not reported yet. Its cell: the last month's.
 */
function quartersOfMonths(values: (number | string | null)[], cols: number[], sifat: Sifat): { values: (number | string | null)[]; cols: number[] } {
  const out: (number | string | null)[] = [];
  const cells: number[] = [];
  for (let q = 0; q < 4; q++) {
    const last = values[3 * q + 2];
    cells.push(cols[3 * q + 2]);
    if (last === null || last === undefined) out.push(null);
    else if (sifat !== "kumulatif" || typeof last !== "number") out.push(last);
    else out.push(values.slice(3 * q, 3 * q + 3).reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0));
  }
  return { values: out, cols: cells };
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
    if (raw && (sasaranLabel(raw) || tujuanLabel(raw) || noIndikator(raw))) {
      rd.account.claimRow(part, r, table.band.left, table.band.right);
      continue;
    }
    // ` - Penyusunan …` without a figure: a kegiatan under its indikator in a tree print, no indikator (it stays
    // unread, so it is reported).
    if (raw && dashItem(raw) && valueCols.every((c) => c < 0 || rd.sheet.value(r, c) === null)) continue;
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
  const quarterly = pick(all, ["target-tw"], "with").filter((c) => c.quarter !== undefined);
  // Quarter columns that hold no target (action sentences, shares that fit no reading) stay unread, header and all.
  const meant = quarterMeaning(rd, table, quarterly, colOf(all, "target"));
  const unread = meant === "action" || meant === "unclear";
  // `Target Bulanan` over Jan..Des, without quarter columns: the quarters come from the months.
  const months = quarterly.length ? null : targetMonths(rd, all);
  const byMonths = months ? monthParts(months) : { ends: [], between: [] };
  const columns = [...pick(all, [...KINERJA_FIELDS, "sifat", "polaritas"]), ...(unread ? [] : quarterly), ...byMonths.ends];
  const cInd = besideName(rd, table, colOf(columns, "indikator")!, part);
  const cSat = colOf(columns, "satuan");
  const cTgt = colOf(columns, "target");
  const cSifat = colOf(columns, "sifat");
  const cPol = colOf(columns, "polaritas");
  const tw = quarterCols(columns, "target-tw");
  claimBand(rd, unread ? withUnknown(table, quarterly) : table, columns, part);
  const monthCols = months?.map((c) => c.col) ?? [];
  return indikatorRows(rd, table, columns, cInd, part, [cTgt?.col ?? -1, ...tw, ...monthCols]).map(({ r, nama, cell }) => {
    // `T1 = 3 / T2 = 6 / ...` in the target cell: the quarterly targets, written in one cell.
    const packed = cTgt && tw.every((c) => c < 0) ? packedQuarters(rd.sheet.str(r, cTgt.col)) : null;
    const target = cTgt && !packed ? rd.target(r, cTgt.col, "target tahunan") : { value: null, unit: null };
    const byMonth = months ? quartersOfMonthTargets(monthCols.map((c) => rd.target(r, c, "target bulanan").value), target.value, monthCols) : null;
    // A month between quarter ends is read when summed into its quarter, or when it says `-` (no target).
    for (const c of byMonths.between) if (byMonth?.perMonth || readTargetCell(rd.sheet.value(r, c.col)).kind === "none") rd.account.claim(part, r, c.col);
    const written = packed ? packed.map((t) => packedTarget(rd, r, cTgt!.col, t))
      : byMonth ? byMonth.values.map((value) => ({ value, unit: null }))
      : tw.map((c) => rd.target(r, c, "target triwulan"));
    // `Target Triwulan (%)`: each quarter is that share of the annual target, in the annual target's unit.
    const quarters = meant === "share" ? written.map((q) => ({ value: shareOfAnnual(q.value, target.value), unit: null })) : written;
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
      twCells: packed ? tw.map(() => rd.addr(r, cTgt!.col)) : (byMonth?.cols ?? tw).map((c) => (c >= 0 ? rd.addr(r, c) : "")),
      sifat: sifatText ? readSifat(sifatText) : null,
      sifatCell: sifatText ? rd.addr(r, cSifat!.col) : null,
      polaritas: polText ? readPolaritas(polText) : null,
      polaritasCell: polText ? rd.addr(r, cPol!.col) : null,
    };
  });
}

export function readRealisasiKinerja(rd: SheetReader, table: TableBlock, all: Column[], part: number): RealisasiIndikator[] {
  const quarterly = pick(all, ["realisasi"], "with").filter((c) => c.quarter !== undefined);
  // Without quarter columns, a month by month table (`T | R` under each month): its R columns give the quarters.
  const monthly = quarterly.length ? [] : all.filter(isMonthlyKinerja);
  const cTgt = colOf(all, "target");
  // A second target beside the PK's (`Target Akhir Renstra`): no target the sheet is checked by; left unread, reported.
  const otherTargets = pick(all, ["target"]).filter((c) => c !== cTgt);
  // A second realisasi under one quarter (another group's `Realisasi`) is not read: left to the account, reported.
  const used = [...quarterCols(quarterly, "realisasi"), ...quarterCols(quarterly, "realisasi", true)];
  const unread = [...otherTargets, ...quarterly.filter((c) => !used.includes(c.col))];
  // `TW 1 = 22.5` / `TW 2 = 47.8` in one cell: the quarters of its lines (tables/realisasi-packed.ts).
  const packed = packedRealisasiColumn(rd, table, all);
  const columns = [...pick(all, KINERJA_FIELDS), ...quarterly, ...monthly, ...(packed ? [packed] : [])].filter((c) => !unread.includes(c));
  const cInd = besideName(rd, table, colOf(columns, "indikator")!, part);
  const cSat = colOf(columns, "satuan");
  // `Realisasi s.d. Triwulan II`: the running total, kept beside the quarter's figure (compute reads both); a quarter
  // with no column of its own is read from its running total (its value at the quarter's end, for Akhir).
  const sd = quarterCols(columns, "realisasi", true);
  const hasSd = sd.some((c) => c >= 0);
  const tw = quarterCols(columns, "realisasi").map((c, k) => (c >= 0 ? c : sd[k]));
  const months = monthCols(monthly);
  claimBand(rd, unread.length ? withUnknown(table, unread) : table, columns, part);
  return indikatorRows(rd, table, columns, cInd, part, [cTgt?.col ?? -1, ...tw, ...sd, ...months]).map(({ r, nama, cell }) => {
    const target = cTgt ? rd.target(r, cTgt.col, "target") : { value: null, unit: null };
    const satText = cSat ? rd.text(r, cSat.col) : "";
    // Each cell read once: a quarter read from its running total must not be said unreadable twice.
    const read = new Map<number, number | string | null>();
    const value = (c: number) => {
      if (!read.has(c)) read.set(c, c >= 0 ? realisasiValue(rd.target(r, c, "realisasi").value) : null);
      return read.get(c)!;
    };
    // Months as running totals (`s.d. Jan` ..): a quarter's figure is its last month's, whatever the sifat.
    const monthsRunning = monthly.some((c) => c.running);
    const lines = packed ? packedQuarters(rd.sheet.str(r, packed.col)) : null;
    const q = monthly.length
      ? quartersOfMonths(months.map(value), months, monthsRunning ? "akhir" : defaultSifat(nama))
      : lines ? packedRealisasi(rd, r, packed!.col, lines, tw.map(value), tw)
      : { values: tw.map(value), cols: tw };
    const row: RealisasiIndikator = {
      nama,
      cell,
      satuan: satText || target.unit || satuanFromName(nama) || null,
      satuanCell: satText ? rd.addr(r, cSat!.col) : target.unit ? rd.addr(r, cTgt!.col) : null,
      target: target.value,
      targetCell: cTgt ? rd.addr(r, cTgt.col) : null,
      tw: q.values,
      twCells: q.cols.map((c) => (c >= 0 ? rd.addr(r, c) : "")),
    };
    if (hasSd) {
      row.sd = sd.map(value);
      row.sdCells = sd.map((c) => (c >= 0 ? rd.addr(r, c) : ""));
    } else if (monthsRunning) {
      row.sd = q.values;
      row.sdCells = row.twCells;
    }
    return row;
  });
}

/**
 * The long form: one row per indikator and quarter, the quarter in column qCol. Rows of one indikator make one
 * realisasi; a quarter given twice keeps its first row (the second is reported unread).
 */
export function readLongRealisasi(rd: SheetReader, table: TableBlock, all: Column[], part: number, qCol: number, quarterOf: (r: number) => number | null): RealisasiIndikator[] {
  const cReal = all.find((c) => c.field === "realisasi" && c.quarter === undefined && c.month === undefined)!;
  const columns = [...pick(all, ["no", "keterangan", "abaikan", "indikator", "satuan"]), cReal];
  const cInd = besideName(rd, table, colOf(columns, "indikator")!, part);
  const cSat = colOf(columns, "satuan");
  claimBand(rd, table, columns, part);
  rd.account.claim(part, table.band.top, qCol);
  const byName = new Map<string, RealisasiIndikator>();
  for (const r of table.rows) {
    const raw = rd.text(r, cInd.col);
    const q = quarterOf(r);
    if (!raw || q === null) continue;
    const nama = stripListPrefix(raw);
    const key = cachedIndikatorKey(nama);
    let ind = byName.get(key);
    if (!ind) {
      const satText = cSat ? rd.text(r, cSat.col) : "";
      ind = { nama, cell: rd.addr(r, cInd.col), satuan: satText || satuanFromName(nama) || null, satuanCell: satText ? rd.addr(r, cSat!.col) : null, target: null, targetCell: null, tw: [null, null, null, null], twCells: ["", "", "", ""] };
      byName.set(key, ind);
    }
    if (ind.twCells[q]) continue;
    claimKnown(rd, r, columns, part);
    rd.account.claim(part, r, cInd.col);
    rd.account.claim(part, r, qCol);
    ind.tw[q] = realisasiValue(rd.target(r, cReal.col, "realisasi").value);
    ind.twCells[q] = rd.addr(r, cReal.col);
  }
  // `Realisasi s.d.` beside `Triwulan`: each row's figure is the running total up to its quarter.
  if (cReal.running) for (const ind of byName.values()) Object.assign(ind, { sd: [...ind.tw], sdCells: [...ind.twCells] });
  return [...byName.values()];
}

/** One quarter's target from a cell that holds all four; what cannot be read is said at that cell. */
function packedTarget(rd: SheetReader, r: number, c: number, text: string | null): { value: Target | null; unit: string | null } {
  if (text === null) return { value: null, unit: null };
  const read = readTargetCell(text);
  if (read.kind === "value") return { value: read.value, unit: read.unit };
  if (read.kind === "unreadable") rd.report("value-unreadable", "error", rd.addr(r, c), `Nilai target triwulan "${text}" tidak dapat dibaca: tulis angka (85,5), rentang (80 - 90) atau nilai kualitatif (WTP).`);
  return { value: null, unit: null };
}

/**
 * A quarter written as a line of the packed cell (its cell the packed one); a quarter without a line keeps its own
 * column's value. A line that is no realisasi is said at the cell.
 */
function packedRealisasi(rd: SheetReader, r: number, c: number, lines: (string | null)[], own: (number | string | null)[], cols: number[]): { values: (number | string | null)[]; cols: number[] } {
  const values = own.slice();
  const at = cols.slice();
  lines.forEach((text, q) => {
    if (text === null) return;
    at[q] = c;
    values[q] = realisasiValue(packedTarget(rd, r, c, text).value);
  });
  return { values, cols: at };
}

/** A realisasi is a number or a qualitative value; a range is no realisasi. */
function realisasiValue(t: Target | null): number | string | null {
  return typeof t === "number" || typeof t === "string" ? t : null;
}
