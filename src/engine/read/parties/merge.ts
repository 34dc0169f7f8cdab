/** The parties of a PK from all its sources: signature blocks first, the statement's `Nama :/Jabatan :` rows to fill in. */
import type { Pihak } from "../../model";
import type { Signature } from "./signature";
import type { StatementParties } from "./statement";

export function mergeParties(signatures: Signature[], statements: StatementParties[]): { pertama: Pihak | null; kedua: Pihak | null } {
  const side = (s: "pertama" | "kedua") => {
    let out: Pihak | null = null;
    const trusted = [...signatures].sort((a, b) => b.strength - a.strength);
    for (const p of [...trusted.map((g) => g[s]), ...statements.map((st) => st[s] ?? null)]) out = fill(out, p);
    return out;
  };
  return { pertama: side("pertama"), kedua: side("kedua") };
}

/** A party signed on another sheet than its PK's (the PK's next page): its cells are on that sheet. */
export function onSheet(p: Pihak | null, sheet: string): Pihak | null {
  return p && { ...p, sheet };
}

/** `into` with its missing fields taken from `from` (each value with its own cell). */
export function fill(into: Pihak | null, from: Pihak | null): Pihak | null {
  if (!from) return into;
  if (!into) return { ...from };
  const out = { ...into };
  if (!out.nama && from.nama) [out.nama, out.namaCell] = [from.nama, from.namaCell];
  if (!out.jabatan && from.jabatan) [out.jabatan, out.jabatanCell] = [from.jabatan, from.jabatanCell];
  if (!out.nip && from.nip) [out.nip, out.nipCell] = [from.nip, from.nipCell];
  if (!out.pangkat && from.pangkat) out.pangkat = from.pangkat;
  return out;
}
