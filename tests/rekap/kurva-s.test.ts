/** The pemda Kurva S: the sum, month by month, of what the OPD workbooks planned and spent, checked against the generator's own numbers. */
import { generatePemda } from "../../bench/generate/pemda";
import { renderWorkbook } from "../../bench/generate";
import { hitung } from "../../src/engine/run";
import { combineRekap, rekapPart } from "../../src/engine/rekap";

const cumulative = (xs: (number | null)[]) => {
  let s = 0;
  return xs.map((x) => (x === null ? null : (s += x)));
};

test("pemda Kurva S = the sum of every OPD head's monthly plan and realisasi (the kepala daerah's own is not added again)", () => {
  const pemda = generatePemda(3, { seed: 11, indikatorPerPk: 3, budgetPerPk: 3, reportedMonths: 7 });
  const files = [
    { name: "bupati.xlsx", book: pemda.kepalaDaerah },
    ...pemda.opd.map((book, i) => ({ name: `opd-${i + 1}.xlsx`, book })),
  ];
  const rekap = combineRekap(files.map((f) => rekapPart(f.name, hitung(renderWorkbook(f.book)))));
  const heads = pemda.opd.map((w) => w.pks[0]);
  const plan = Array.from({ length: 12 }, (_, m) => heads.reduce((s, h) => s + h.budget.reduce((t, b) => t + cumulative(b.rak)[m]!, 0), 0));
  const real = Array.from({ length: 12 }, (_, m) => (m < 7 ? heads.reduce((s, h) => s + h.budget.reduce((t, b) => t + cumulative(b.realisasiKeuangan)[m]!, 0), 0) : null));
  const pagu = heads.reduce((s, h) => s + h.budget.reduce((t, b) => t + b.pagu, 0), 0);
  const k = rekap.kurvaS;
  expect(k.opd).toBe(3);
  expect(k.pagu).toBeCloseTo(pagu, 0);
  k.rencanaRupiah.forEach((v, m) => expect(v).toBeCloseTo(plan[m], -1));
  k.realisasiRupiah.forEach((v, m) => (real[m] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(real[m]!, -1)));
  expect(k.bulanTerakhir).toBe(7);
  expect(k.rencanaKeuangan[11]).toBeCloseTo(100, 6);
  expect(k.deviasi).toBeCloseTo(((real[6]! - plan[6]) / pagu) * 100, 6);
  expect(k.tanpaKurvaS).toEqual(["bupati.xlsx"]);
});
