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
  for (const a of anggaran) (bySheet.get(a.pk) ?? bySheet.set(a.pk, []).get(a.pk)!).push(a);
  const pkById = new Map(model.pk.map((pk) => [pk.id, pk]));
  const anggaranPk = model.pk.filter((pk) => bySheet.has(pk.id)).map((pk) => ({ sheet: pk.sheet, pk: pk.id, jabatan: pk.jabatan, ...sum(bySheet.get(pk.id)!) }));

  // A PK counts for the workbook when no superior up its cascade carries budget rows of its own here.
  const top = anggaranPk.filter((t) => {
    const seen = new Set<string>([t.sheet]);
    for (let up = pkById.get(t.pk)?.atasan ?? null; up && !seen.has(up); up = pkById.get(up)?.atasan ?? null) {
      if (bySheet.has(up)) return false;
      seen.add(up);
    }
    return true;
  });
  const predikat = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Totals["predikat"];
  for (const c of capaian) predikat[c.predikat ?? "Belum ada data"]++;
  return {
    anggaranPk,
    anggaran: top.length ? { ...sum(top.flatMap((t) => bySheet.get(t.pk)!)), dari: top.map((t) => t.pk) } : null,
    predikat,
  };
}
