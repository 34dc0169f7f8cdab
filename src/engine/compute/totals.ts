/** The sums a planner looks for: pagu, realisasi and serapan per PK and for the workbook, indikator per predikat. */
import type { Model } from "../model";
import type { AnggaranResult, CapaianResult, Jumlah, Predikat, Totals } from "./results";

const PREDIKAT: (Predikat | "Belum ada data")[] = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Belum ada data"];

function sum(rows: AnggaranResult[]): Jumlah {
  let pagu = 0;
  let realisasi = 0;
  for (const r of rows) {
    pagu += r.pagu;
    realisasi += r.realisasi;
  }
  return { pagu, realisasi, capaian: pagu > 0 ? (realisasi / pagu) * 100 : null };
}

export function totalsOf(model: Model, anggaran: AnggaranResult[], capaian: CapaianResult[]): Totals {
  const bySheet = new Map<string, AnggaranResult[]>();
  for (const a of anggaran) (bySheet.get(a.sheet) ?? bySheet.set(a.sheet, []).get(a.sheet)!).push(a);
  const pkBySheet = new Map(model.pk.map((pk) => [pk.sheet, pk]));
  const anggaranPk = model.pk.filter((pk) => bySheet.has(pk.sheet)).map((pk) => ({ sheet: pk.sheet, jabatan: pk.jabatan, ...sum(bySheet.get(pk.sheet)!) }));

  // A PK counts for the workbook when no superior up its cascade carries budget rows of its own here.
  const top = anggaranPk.filter((t) => {
    const seen = new Set<string>([t.sheet]);
    for (let up = pkBySheet.get(t.sheet)?.atasan ?? null; up && !seen.has(up); up = pkBySheet.get(up)?.atasan ?? null) {
      if (bySheet.has(up)) return false;
      seen.add(up);
    }
    return true;
  });
  const predikat = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Totals["predikat"];
  for (const c of capaian) predikat[c.predikat ?? "Belum ada data"]++;
  return {
    anggaranPk,
    anggaran: top.length ? { ...sum(top.flatMap((t) => bySheet.get(t.sheet)!)), dari: top.map((t) => t.sheet) } : null,
    predikat,
  };
}
