/** The workbooks' parts combined into the pemda's rekap: rows worst first, the cascade across files, the pemda Kurva S. */
import { mostCommon } from "../count";
import { romanOf } from "../domain/calendar";
import type { OpdRow, Rekap, RekapPart } from "./types";
import { crossFileCascade } from "./cascade";
import { pemdaKurvaS } from "./pemda-kurva-s";

export function combineRekap(parts: RekapPart[]): Rekap {
  const cascade = crossFileCascade(parts.map((p) => ({ file: p.row.file, cascade: p.cascade, temuan: p.temuan })));
  const rows = parts.map((p) => ({ ...p.row }));
  const byFile = new Map(rows.map((r) => [r.file, r]));
  for (const l of cascade.links) {
    const row = byFile.get(l.file);
    // The kepala OPD's own link names the row's atasan; another PK's link only when the kepala has none.
    if (row && (row.kepala === l.pk || !row.atasan)) row.atasan = l.atasan;
  }
  for (const f of cascade.findings) byFile.get(f.file)!.temuanLintasBerkas++;
  rows.sort(worstFirst);
  const order = new Map(rows.map((r, i) => [r.file, i]));
  const byOrder = <T extends { file: string }>(list: T[]) => list.map((x, i) => ({ x, i })).sort((a, b) => order.get(a.x.file)! - order.get(b.x.file)! || a.i - b.i).map((e) => e.x);
  const lintas = byOrder(cascade.findings);
  return {
    opd: rows,
    indikator: byOrder(parts.flatMap((p) => p.indikator)),
    temuan: [...lintas, ...byOrder(parts.flatMap((p) => p.temuan))],
    lintasBerkas: lintas,
    kurvaS: pemdaKurvaS(parts),
    tahun: mostCommon(rows.map((r) => r.tahun)),
    triwulan: mostCommon(rows.map((r) => r.triwulan)),
    periode: periodeOf(rows),
  };
}

/** The year and quarter the files report; several of either are each named with how many files report them. */
export function periodeOf(rows: { tahun: number | null; triwulan: number | null }[]): string {
  const said = (what: string, values: (number | null)[], show: (v: number) => string) => {
    const count = new Map<number, number>();
    for (const v of values) if (v !== null) count.set(v, (count.get(v) ?? 0) + 1);
    const list = [...count].sort((a, b) => a[0] - b[0]);
    if (list.length === 0) return null;
    if (list.length === 1) return `${what} ${show(list[0][0])}`;
    return `${what} berbeda per berkas (${list.map(([v, n]) => `${show(v)}: ${n} berkas`).join(", ")})`;
  };
  return [said("tahun", rows.map((r) => r.tahun), String), said("triwulan", rows.map((r) => r.triwulan), romanOf)].filter((x) => x).join(", ");
}

/**
 * Worst first: workbooks that could not be counted, then by mean capaian from the lowest (none yet after all
 * that have one), then by serapan from the lowest, then by name.
 */
export function worstFirst(a: OpdRow, b: OpdRow): number {
  return (
    Number(a.ok) - Number(b.ok) ||
    ascendingNullLast(a.rataCapaian, b.rataCapaian) ||
    ascendingNullLast(a.serapan, b.serapan) ||
    a.file.localeCompare(b.file)
  );
}

function ascendingNullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}


