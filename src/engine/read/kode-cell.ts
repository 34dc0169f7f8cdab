/** A budget object's kode: in its own column, split over the columns under its header, leading the name cell, or absent. */
import type { SheetReader } from "./sheet-reader";
import { normaliseKode, splitLeadingKode } from "../parse/kode";

/**
 * `last`: the last column under the kode's header (a `Kode` merged over B:F holds one part per column, each a number
 * shown through its format: `5 | 03 | 01 | 2.05 | 0002`); the kode column itself when the header has no room.
 */
export function kodeFromCells(rd: SheetReader, r: number, cKode: number, cName: number, last = cKode): { kode: string | null; cell: string | null; nama: string; parts?: number[] } {
  const name = rd.text(r, cName);
  const split = last > cKode ? splitKode(rd, r, cKode, last) : null;
  if (split) return { kode: normaliseKode(split.text), cell: rd.addr(r, cKode), nama: name, parts: split.cols };
  const kodeText = cKode >= 0 ? rd.text(r, cKode) : "";
  if (kodeText) return { kode: normaliseKode(kodeText), cell: rd.addr(r, cKode), nama: name };
  const lead = splitLeadingKode(name);
  if (lead) return { kode: lead.kode, cell: rd.addr(r, cName), nama: lead.rest };
  return { kode: null, cell: null, nama: name };
}

/** The parts of a kode over columns cKode..last, as Excel shows them, joined by dots; null unless two or more, all figures. */
function splitKode(rd: SheetReader, r: number, cKode: number, last: number): { text: string; cols: number[] } | null {
  const parts: string[] = [];
  const cols: number[] = [];
  for (const c of rd.sheet.cols(r)) {
    if (c < cKode || c > last) continue;
    const shown = shownFigure(rd.sheet.value(r, c), rd.sheet.format(r, c));
    if (shown === null) return null;
    parts.push(shown);
    cols.push(c);
  }
  return parts.length >= 2 ? { text: parts.join("."), cols } : null;
}

/** A number as its format shows it (`00` pads to two digits, `0.00` keeps two decimals); digits typed as text as typed. */
function shownFigure(v: unknown, format: string): string | null {
  if (typeof v === "string") return /^\d{1,4}(\.\d{1,4})?$/.test(v.trim()) ? v.trim() : null;
  if (typeof v !== "number" || v < 0 || !Number.isFinite(v)) return null;
  const m = /^(0+)(?:\.(0+))?$/.exec(format.trim());
  if (!m) return String(v);
  const decimals = m[2]?.length ?? 0;
  const [whole, frac] = v.toFixed(decimals).split(".");
  return whole.padStart(m[1].length, "0") + (frac !== undefined ? "." + frac : "");
}
