/**
 * A Rencana Aksi written per ACTION (`No | IKU | Rencana Aksi | Indikator | I..IV | Penanggung Jawab`): one row per
 * action under its IKU, the IKU repeated on each row, the action's own indikator and quarterly targets beside it.
 * The IKU column holds the PK's indikator (so it ties the sheet to its PK); the quarterly targets belong to the
 * actions, never to the IKU, so the action columns stay unread and the account reports them.
 */
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";
import type { SheetReader } from "../sheet-reader";

/** The indikator's columns, and the actions' (left unread, so the account reports them). */
export interface ActionSplit {
  iku: Column[];
  actions: Column[];
}

const plain = (c: Column) => c.quarter === undefined && c.month === undefined;

/** The columns from `from` to `to` are the actions'; the others the indikator's. */
function split(columns: Column[], from: number, to: number): ActionSplit {
  const inActions = (c: Column) => c.col >= from && c.col <= to;
  return { iku: columns.filter((c) => !inActions(c)), actions: columns.filter(inActions) };
}

/**
 * The IKU's columns of a header that has an indikator, then a plain `Rencana Aksi` column, then a second indikator:
 * all but the action's (from `Rencana Aksi` on, up to the last quarter column). Null for any other header.
 */
export function ikuOfActions(columns: Column[]): ActionSplit | null {
  const ind = columns.filter((c) => c.field === "indikator" && plain(c));
  if (ind.length < 2) return null;
  const aksi = columns.find((c) => plain(c) && c.words === "rencana aksi" && c.col > ind[0].col && c.col < ind[1].col);
  if (!aksi) return null;
  const quarters = columns.filter((c) => c.quarter !== undefined && c.col > ind[1].col);
  return split(columns, aksi.col, quarters.length ? quarters[quarters.length - 1].col : ind[1].col);
}

const ACTION = /^(sub )?rencana aksi$/;

/**
 * The same per-action table with one indikator written over several rows (merged down, or blank below its name),
 * a `Rencana Aksi` (or `Sub Rencana Aksi`) column between it and the quarters, and rows below the name holding
 * quarterly targets of their own: those are the actions' targets, never the indikator's (the first action's would
 * otherwise be read as the indikator's). Null for any other table.
 */
export function indikatorOverActions(rd: SheetReader, table: TableBlock, columns: Column[]): ActionSplit | null {
  const ind = columns.find((c) => c.field === "indikator" && plain(c));
  const quarters = columns.filter((c) => c.quarter !== undefined);
  if (!ind || !quarters.length) return null;
  const aksi = columns.find((c) => plain(c) && ACTION.test(c.words) && c.col > ind.col && c.col < quarters[0].col);
  if (!aksi) return null;
  // A row below the indikator's name naming an action (in the action columns) and holding quarterly targets.
  const action = (r: number) => rd.sheet.cols(r).some((c) => c >= aksi.col && c < quarters[0].col);
  const below = table.rows.some((r) => rd.text(r, ind.col) === "" && action(r) && quarters.some((q) => rd.sheet.value(r, q.col) !== null));
  if (!below) return null;
  return split(columns, aksi.col, quarters[quarters.length - 1].col);
}
