/**
 * The statement of a PK (its first page, `PERNYATAAN` or the Word text pasted above the lampiran):
 * `Nama : ...` / `Jabatan : ...` rows, each pair followed by `Selanjutnya disebut PIHAK PERTAMA` (or KEDUA).
 * The only place some PKs name the jabatan of their parties.
 */
import type { Pihak } from "../../model";
import type { SheetReader } from "../sheet-reader";
import { squash } from "../../parse/text";
import { nipDigits } from "../../parse/nip";
import { PIHAK_LABEL, STATEMENT_SIDE, pihakSideOf, type PihakSide } from "../words/layout";
import { isPihakLabel, statementLabel, statementSide } from "../layout/signals";
import { continuesJabatan, jabatanOfRows, type JabatanLine } from "./statement-continued";

export type StatementParties = Partial<Record<PihakSide, Pihak>>;

export function readStatement(rd: SheetReader, rows: number[], part: number): StatementParties {
  // closed: its `selanjutnya disebut ...` line came, so the next field starts the other party.
  const groups: { pihak: Pihak; side: PihakSide | null; closed: boolean }[] = [];
  let current: { pihak: Pihak; side: PihakSide | null; closed: boolean } | null = null;
  // `PIHAK PERTAMA` / `PIHAK KEDUA` on its own row above a party's `Nama : …` rows names that party.
  let heading: PihakSide | null = null;
  // The `Jabatan :` value just read (its rows so far, its column), while the next row may continue it.
  let jabatanRows: { lines: JabatanLine[]; col: number; pihak: Pihak } | null = null;
  for (const r of rows) {
    rd.account.claimRow(part, r);
    const cols = rd.sheet.cols(r);
    const first = rd.sheet.str(r, cols[0]);
    const label = first ? statementLabel(first) : null;
    if (jabatanRows && !label && continuesJabatan(cols, jabatanRows.col, first)) {
      jabatanRows.lines.push({ text: first!.trim(), cell: rd.addr(r, cols[0]) });
      const j = jabatanOfRows(jabatanRows.lines);
      Object.assign(jabatanRows.pihak, { jabatan: j.text, jabatanCell: j.cell });
      continue;
    }
    jabatanRows = null;
    if (!label && cols.length === 1 && first && isPihakLabel(first)) {
      heading = pihakSideOf(PIHAK_LABEL.exec(squash(first))?.[0] ?? "");
      if (current) current.closed = true;
      continue;
    }
    if (label && label !== "lain") {
      const value = valueOf(rd, r, cols, first);
      if (!value) continue;
      // A party's rows end at its `selanjutnya disebut ...` line, where a field comes again, or where a label names
      // the other party (`Nama Pejabat ... / Nama Pimpinan ...`).
      const named = statementSide(first);
      const otherParty = !!named && !!current?.side && current.side !== named;
      if (!current || current.closed || otherParty || filled(current.pihak, label)) {
        groups.push((current = { pihak: emptyPihak(), side: named ?? heading, closed: false }));
        heading = null;
      }
      else current.side ??= named;
      const cell = value.cell;
      if (label === "nama") Object.assign(current.pihak, { nama: value.text, namaCell: cell });
      else if (label === "jabatan") {
        Object.assign(current.pihak, { jabatan: value.text, jabatanCell: cell });
        jabatanRows = { lines: [{ text: value.text, cell }], col: value.col, pihak: current.pihak };
      }
      else if (label === "nip") Object.assign(current.pihak, { nip: nipDigits(value.text), nipCell: cell });
      else current.pihak.pangkat = value.text;
      continue;
    }
    // `Selanjutnya disebut PIHAK PERTAMA`: the group above is that side.
    const text = squash(cols.map((c) => rd.sheet.text(r, c)).join(" "));
    const side = STATEMENT_SIDE.exec(text);
    if (side && current && !current.closed) {
      current.side ??= pihakSideOf(side[2]);
      current.closed = true;
    }
  }
  const out: StatementParties = {};
  groups.forEach((g, i) => {
    const side = g.side ?? (i === 0 ? "pertama" : "kedua");
    if (!out[side]) out[side] = g.pihak;
  });
  return out;
}

/** The value of `Nama : X` (one cell), `Nama | : X` or `Nama | : | X`. */
function valueOf(rd: SheetReader, r: number, cols: number[], first: string): { text: string; cell: string; col: number } | null {
  const inFirst = /:\s*(\S.*)$/s.exec(first);
  if (inFirst) return { text: inFirst[1].trim(), cell: rd.addr(r, cols[0]), col: cols[0] };
  for (const c of cols.slice(1)) {
    const t = rd.sheet.text(r, c).replace(/^\s*:\s*/, "").trim();
    if (t) return { text: t, cell: rd.addr(r, c), col: c };
  }
  return null;
}

function filled(p: Pihak, label: "nama" | "jabatan" | "nip" | "pangkat"): boolean {
  return (label === "nama" ? p.nama : label === "jabatan" ? p.jabatan : label === "nip" ? p.nip : p.pangkat) !== null;
}

export function emptyPihak(): Pihak {
  return { nama: null, namaCell: null, jabatan: null, jabatanCell: null, pangkat: null, nip: null, nipCell: null };
}
