import { hitung } from "../../src/engine/run";
import { hitungDoc } from "../../src/engine/report/json";
import { SAMPLE_NAMES, sampleGrids, truthOf } from "../support/samples";
import { grid } from "../support/grid";

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 0.01);

describe.each(SAMPLE_NAMES)("hitung on %s", (name) => {
  it("gives triwulan, capaian, predikat, anggaran and Kurva S equal to the truth", async () => {
    const doc = hitungDoc(`${name}.xlsx`, hitung(await sampleGrids(name)));
    const truth = truthOf(name);
    expect(doc.triwulan).toBe(truth.triwulan);
    expect(doc.pengaturan).toMatchObject(truth.pengaturan);
    for (const t of truth.capaian) {
      const c = doc.capaian.find((x) => x.sheet === t.sheet && x.indikator === t.indikator)!;
      expect({ ...c, ok: close(c.capaian, t.capaian) && close(c.capaianTahunan, t.capaianTahunan) }).toMatchObject({
        sifat: t.sifat, polaritas: t.polaritas, target: t.target, realisasi: t.realisasi, predikat: t.predikat, ok: true,
      });
    }
    for (const t of truth.anggaran) {
      const a = doc.anggaran.find((x) => x.sheet === t.sheet && x.kode === t.kode)!;
      expect([a.pagu, close(a.realisasi, t.realisasi), close(a.capaian, t.capaian)]).toEqual([t.pagu, true, true]);
    }
    expect(doc.kurvaS.map((k) => k.sheet)).toEqual(truth.kurvaS.map((k: { sheet: string }) => k.sheet));
    for (const t of truth.kurvaS) {
      const k = doc.kurvaS.find((x) => x.sheet === t.sheet)!;
      expect(k.pagu).toBe(t.pagu);
      for (const s of ["rencanaKeuangan", "realisasiKeuangan", "rencanaFisik", "realisasiFisik"] as const) {
        expect(k[s]!.map((v, i) => close(v, t[s][i]))).toEqual(new Array(12).fill(true));
      }
    }
  });

  it("explains every capaian in words that recompute to the number", async () => {
    const out = hitung(await sampleGrids(name));
    const withValue = out.results.capaian.filter((c) => c.capaian !== null);
    expect(withValue.length).toBeGreaterThan(0);
    for (const c of withValue) expect(recompute(c.perhitungan)).toBeCloseTo(c.capaian!, 2);
  });
});

/** Reads `a / b × 100 = c` or `(2 × T − R) / T × 100 = c` back as a person would, and does the sum. */
function recompute(text: string): number {
  const num = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));
  const neg = /^\(2 × ([\d.,]+) − ([\d.,]+)\) \/ ([\d.,]+) × 100 = /.exec(text);
  if (neg) return Math.max(0, ((2 * num(neg[1]) - num(neg[2])) / num(neg[3])) * 100);
  const ratio = /^([\d.,]+) \/ ([\d.,]+) × 100 = /.exec(text);
  if (ratio) return (num(ratio[1]) / num(ratio[2])) * 100;
  throw new Error(`cannot read: ${text}`);
}

describe("statuses follow the PENGATURAN thresholds", () => {
  it("a stricter indikator threshold turns Sesuai rencana into Perlu perhatian, and overlapping thresholds fall back to the defaults", async () => {
    const grids = await sampleGrids("kabupaten-contoh-dinkes-2025");
    const status = (extra: ReturnType<typeof grid>[]) => hitung([...grids, ...extra]).results.capaian.find((c) => c.sheet === "PK Kabid Kesmas" && c.indikator.startsWith("Persentase ibu hamil"))!.status;
    expect(status([])).toBe("Sesuai rencana");
    expect(status([grid("Set", [["PENGATURAN"], ["Batas status indikator", "101;90"]])])).toBe("Perlu perhatian");
    const overlapping = hitung([...grids, grid("Set", [["PENGATURAN"], ["Batas status indikator", "85;95"]])]);
    expect(overlapping.findings.filter((f) => f.rule === "pengaturan-invalid").map((f) => f.cell)).toEqual(["B2"]);
    expect(overlapping.results.pengaturan.statusIndikator).toEqual([95, 85]);
  });
  it("Kurva S status moves with its thresholds", async () => {
    const grids = await sampleGrids("kabupaten-contoh-dinkes-2025");
    const kadis = (extra: ReturnType<typeof grid>[]) => hitung([...grids, ...extra]).results.kurvaS.find((k) => k.sheet === "PK Kadis")!.status;
    // Realisasi keuangan s.d. September is 15,2 points behind its plan.
    expect(kadis([])).toBe("Kritis");
    expect(kadis([grid("Set", [["PENGATURAN"], ["Batas status Kurva S", "-10;-20"]])])).toBe("Terlambat");
    expect(kadis([grid("Set", [["PENGATURAN"], ["Batas status Kurva S", "-20;-30"]])])).toBe("Sesuai rencana");
  });
  it("T/R in PENGATURAN changes the negative capaian", async () => {
    const grids = await sampleGrids("kabupaten-contoh-dinkes-2025");
    const out = hitung([...grids, grid("Set", [["PENGATURAN"], ["Rumus polaritas negatif", "T/R"]])]);
    const aki = out.results.capaian.find((c) => c.indikator === "Angka Kematian Ibu" && c.sheet === "PK Kadis")!;
    expect(aki.capaian!.toFixed(2)).toBe("93.33");
    expect(aki.perhitungan).toBe("98 / 105 × 100 = 93,33 · TW III · Akhir · negatif (T/R)");
  });
});
