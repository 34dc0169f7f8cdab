/**
 * A Rencana Aksi written per ACTION (`No | IKU | Rencana Aksi | Indikator | I..IV | Penanggung Jawab`): one row per
 * action under its IKU, the IKU repeated on each row, the action's own indikator and quarterly targets beside it.
 * The IKU column holds the PK's indikator (so it ties the sheet to its PK); the quarterly targets belong to the
 * actions, never to the IKU, so the action columns stay unread and the account reports them.
 */
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import type { SheetReader } from "../sheet-reader";

/**
 * The IKU's columns of a header that has an indikator, then a plain `Rencana Aksi` column, then a second indikator:
 * all but the action's (from `Rencana Aksi` on, up to the last quarter column). Null for any other header.
 */
export function ikuOfActions(columns: Column[]): { iku: Column[]; actions: Column[] } | null {
  const plain = (c: Column) => c.quarter === undefined && c.month === undefined;
  const ind = columns.filter((c) => c.field === "indikator" && plain(c));
  if (ind.length < 2) return null;
  const aksi = columns.find((c) => plain(c) && c.words === "rencana aksi" && c.col > ind[0].col && c.col < ind[1].col);
  if (!aksi) return null;
  const quarters = columns.filter((c) => c.quarter !== undefined && c.col > ind[1].col);
  const last = quarters.length ? quarters[quarters.length - 1].col : ind[1].col;
  const inActions = (c: Column) => c.col >= aksi.col && c.col <= last;
  return { iku: columns.filter((c) => !inActions(c)), actions: columns.filter(inActions) };
}

/** The table with some columns' headers left unread, as the vocabulary leaves an unknown header. */
export function withUnknown(table: TableBlock, columns: Column[]): TableBlock {
  return { ...table, band: { ...table.band, unknown: [...table.band.unknown, ...columns.map((c) => c.col)] } };
}

const ACTION = /^(sub )?rencana aksi$/;

/**
 * The same per-action table with one indikator written over several rows (merged down, or blank below its name),
 * a `Rencana Aksi` (or `Sub Rencana Aksi`) column between it and the quarters, and rows below the name holding
 * quarterly targets of their own: those are the actions' targets, never the indikator's (the first action's would
 * otherwise be read as the indikator's). Null for any other table.
 */
export function indikatorOverActions(rd: SheetReader, table: TableBlock, columns: Column[]): { iku: Column[]; actions: Column[] } | null {
  const plain = (c: Column) => c.quarter === undefined && c.month === undefined;
  const ind = columns.find((c) => c.field === "indikator" && plain(c));
  const quarters = columns.filter((c) => c.quarter !== undefined);
  if (!ind || !quarters.length) return null;
  const aksi = columns.find((c) => plain(c) && ACTION.test(c.words) && c.col > ind.col && c.col < quarters[0].col);
  if (!aksi) return null;
  // A row below the indikator's name naming an action (in the action columns) and holding quarterly targets.
  const action = (r: number) => rd.sheet.cols(r).some((c) => c >= aksi.col && c < quarters[0].col);
  const below = table.rows.some((r) => rd.text(r, ind.col) === "" && action(r) && quarters.some((q) => rd.sheet.value(r, q.col) !== null));
  if (!below) return null;
  const last = quarters[quarters.length - 1].col;
  const inActions = (c: Column) => c.col >= aksi.col && c.col <= last;
  return { iku: columns.filter((c) => !inActions(c)), actions: columns.filter(inActions) };
}
