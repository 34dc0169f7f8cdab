/** Capaian of a sasaran: mean of its indikator (nulls left out); of a PK: mean of its sasaran. */
import type { CapaianResult } from "./results";

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function rollUp(capaian: CapaianResult[]): { sasaran: { nama: string | null; capaian: number | null }[]; capaian: number | null } {
  const groups = new Map<string | null, number[]>();
  for (const c of capaian) {
    if (!groups.has(c.sasaran)) groups.set(c.sasaran, []);
    if (c.capaian !== null) groups.get(c.sasaran)!.push(c.capaian);
  }
  const sasaran = [...groups].map(([nama, xs]) => ({ nama, capaian: mean(xs) }));
  return { sasaran, capaian: mean(sasaran.map((s) => s.capaian).filter((x): x is number => x !== null)) };
}
