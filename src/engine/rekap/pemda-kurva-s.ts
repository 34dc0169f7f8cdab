/** The pemda's Kurva S: the rencana and realisasi keuangan of every OPD added up by month. */
import { kurvaSStatus } from "../compute/predikat";
import { defaultPengaturan } from "../read/pengaturan";
import type { KurvaPart, OpdRow, PemdaKurvaS } from "./types";
import { sumMoney } from "./kurva-part";

export function pemdaKurvaS(parts: { row: OpdRow; kurva: KurvaPart | null }[], thresholds: [number, number] = defaultPengaturan().statusKurvaS): PemdaKurvaS {
  const summed = parts.filter((p) => p.kurva);
  const sum = sumMoney(summed.map((p) => p.kurva!));
  const percent = (v: number | null) => (v === null || sum.pagu <= 0 ? null : (v / sum.pagu) * 100);
  const rencanaKeuangan = sum.rencana.map(percent);
  const realisasiKeuangan = sum.realisasi.map(percent);
  const at = sum.lastMonth ? sum.lastMonth - 1 : -1;
  const plan = rencanaKeuangan[at];
  const real = realisasiKeuangan[at];
  const deviasi = plan === null || plan === undefined || real === null || real === undefined ? null : real - plan;
  return {
    pagu: sum.pagu,
    rencanaKeuangan,
    realisasiKeuangan,
    rencanaRupiah: summed.length ? sum.rencana : sum.rencana.map(() => null),
    realisasiRupiah: sum.realisasi,
    bulanTerakhir: sum.lastMonth,
    deviasi,
    status: kurvaSStatus(deviasi, thresholds),
    opd: summed.length,
    belumLengkap: summed.filter((p) => (p.kurva!.lastMonth ?? 0) < (sum.lastMonth ?? 0)).map((p) => p.row.file),
    tanpaKurvaS: parts.filter((p) => p.row.ok && !p.kurva).map((p) => p.row.file),
  };
}
