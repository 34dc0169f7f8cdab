import { capaianOf, capped } from "../../src/engine/compute/formula";
import { cumulativeTargets, realisasiAt } from "../../src/engine/compute/quarters";
import { predikatOf, indikatorStatus, kurvaSStatus } from "../../src/engine/compute/predikat";

const PERMENDAGRI = [91, 76, 66, 51];

describe("the worked example of capaian.md", () => {
  it("Jumlah ibu hamil: 9.280 / 9.360 at TW III, 74,36 of the year", () => {
    const tw = cumulativeTargets([3120, 6240, 9360, 12480], 12480);
    const r = realisasiAt([3040, 3110, 3130, null], 3, "kumulatif");
    expect(r.value).toBe(9280);
    const c = capaianOf(r.value, tw[2], "positif", "2T-R");
    expect(c.value!.toFixed(2)).toBe("99.15");
    expect(predikatOf(c.value, PERMENDAGRI)).toBe("Sangat Tinggi");
    expect(capaianOf(r.value, 12480, "positif", "2T-R").value!.toFixed(2)).toBe("74.36");
  });

  it("negative indicators under both rules", () => {
    expect(capaianOf(105, 98, "negatif", "2T-R").value!.toFixed(2)).toBe("92.86");
    expect(capaianOf(105, 98, "negatif", "T/R").value!.toFixed(2)).toBe("93.33");
    expect(capaianOf(15.2, 14, "negatif", "2T-R").value!.toFixed(2)).toBe("91.43");
    const akb = capaianOf(8.1, 7.2, "negatif", "2T-R").value!;
    expect(akb.toFixed(2)).toBe("87.50");
    expect(predikatOf(akb, PERMENDAGRI)).toBe("Tinggi");
  });
});

describe("edge cases", () => {
  it("target 0", () => {
    expect(capaianOf(5, 0, "positif", "2T-R").value).toBeNull();
    expect(capaianOf(0, 0, "negatif", "2T-R").value).toBe(100);
    expect(capaianOf(2, 0, "negatif", "2T-R").value).toBe(0);
    expect(capaianOf(0, 0, "negatif", "T/R").value).toBe(100);
    expect(capaianOf(0, 5, "negatif", "T/R").value).toBeNull();
  });
  it("2T-R never below 0", () => {
    const c = capaianOf(300, 98, "negatif", "2T-R");
    expect(c.value).toBe(0);
    expect(c.text).toContain("tidak kurang dari 0");
  });
  it("ranges and bounds", () => {
    const range = { min: 80, max: 90 };
    expect(capaianOf(85, range, "positif", "2T-R").value).toBe(100);
    expect(capaianOf(72, range, "positif", "2T-R").value).toBe(90);
    expect(capaianOf(95, range, "positif", "2T-R").value).toBe(100);
    expect(capaianOf(70, range, "negatif", "2T-R").value).toBe(100);
    expect(capaianOf(99, range, "negatif", "2T-R").value).toBe(90);
    expect(capaianOf(88, { min: 80, max: null }, "positif", "2T-R").value).toBeCloseTo(110);
    expect(capaianOf(22, { min: null, max: 20 }, "positif", "2T-R").value).toBe(90);
  });
  it("qualitative targets", () => {
    expect(capaianOf(" wtp", "WTP", "positif", "2T-R").value).toBe(100);
    expect(capaianOf("WDP", "WTP", "positif", "2T-R").value).toBe(0);
  });
  it("no realisasi is no capaian, never 0", () => {
    expect(realisasiAt([null, null, null, null], 3, "kumulatif").value).toBeNull();
    expect(capaianOf(null, 10, "positif", "2T-R").value).toBeNull();
    expect(predikatOf(null, PERMENDAGRI)).toBeNull();
  });
  it("sifat: Akhir takes the latest reported, Rata-rata the mean of reported", () => {
    expect(realisasiAt([5, 7, null, null], 3, "akhir")).toMatchObject({ value: 7, quarter: 2 });
    expect(realisasiAt([80.1, 81.4, 83, null], 3, "rata-rata").value).toBeCloseTo(81.5);
    expect(realisasiAt([0, null, 3, null], 3, "rata-rata").value).toBe(1.5);
  });
  it("per-quarter targets become cumulative only when they sum to the annual and TW IV does not", () => {
    expect(cumulativeTargets([3000, 3000, 3000, 3480], 12480)).toEqual([3000, 6000, 9000, 12480]);
    expect(cumulativeTargets([3120, 6240, 9360, 12480], 12480)).toEqual([3120, 6240, 9360, 12480]);
    expect(cumulativeTargets([98, 98, 98, 98], 98)).toEqual([98, 98, 98, 98]);
  });
  it("the cap applies before any average, and says so", () => {
    const c = capped(capaianOf(130, 100, "positif", "2T-R"), 120);
    expect(c.value).toBe(120);
    expect(c.text).toContain("dibatasi 120,00");
  });
  it("predikat scale and statuses follow their thresholds", () => {
    expect([95, 91, 90.99, 76, 66, 51, 50.9, 150].map((x) => predikatOf(x, PERMENDAGRI))).toEqual(["Sangat Tinggi", "Sangat Tinggi", "Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Sangat Tinggi"]);
    expect([96, 95, 90, 84.9, null].map((x) => indikatorStatus(x, [95, 85]))).toEqual(["Sesuai rencana", "Sesuai rencana", "Perlu perhatian", "Tertinggal", "Belum ada data"]);
    expect([0, -5, -8.6, -10.1, null].map((x) => kurvaSStatus(x, [-5, -10]))).toEqual(["Sesuai rencana", "Sesuai rencana", "Terlambat", "Kritis", "Belum ada data"]);
  });
});
