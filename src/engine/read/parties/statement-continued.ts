/**
 * A statement's `Jabatan :` value continued on the next row, in the value column only (a Word table cell wrapped by
 * hand): `Jabatan : a.n. KEPALA SATUAN … KABUPATEN X` / `SEKRETARIS SATUAN …`. The rows are one jabatan; with a signing
 * formula (`a.n.`, `u.b.`) the party is the office that signs (on-behalf.ts), so the signer's row is the jabatan.
 */
import { signerLines } from "./on-behalf";

export interface JabatanLine { text: string; cell: string }

/** A row that continues the jabatan above it: one cell, in the column the value stood in, no label of its own. */
export function continuesJabatan(cols: number[], valueCol: number | null, text: string | null): boolean {
  return valueCol !== null && cols.length === 1 && cols[0] === valueCol && !!text && !/[:]/.test(text) && !/\bpihak\b/i.test(text);
}

/** The jabatan of the rows: the signer's office after a formula, else the rows joined. */
export function jabatanOfRows(lines: JabatanLine[]): JabatanLine {
  const signer = signerLines(lines, () => false);
  const kept = signer.length ? signer : lines;
  return { text: kept.map((l) => l.text).join(" "), cell: kept[0].cell };
}
