/** A budget object's kode: in its own column, leading the name cell, or absent. */
import type { SheetReader } from "./sheet-reader";
import { normaliseKode, splitLeadingKode } from "../parse/kode";

export function kodeFromCells(rd: SheetReader, r: number, cKode: number, cName: number): { kode: string | null; cell: string | null; nama: string } {
  const name = rd.text(r, cName);
  const kodeText = cKode >= 0 ? rd.text(r, cKode) : "";
  if (kodeText) return { kode: normaliseKode(kodeText), cell: rd.addr(r, cKode), nama: name };
  const lead = splitLeadingKode(name);
  if (lead) return { kode: lead.kode, cell: rd.addr(r, cName), nama: lead.rest };
  return { kode: null, cell: null, nama: name };
}
