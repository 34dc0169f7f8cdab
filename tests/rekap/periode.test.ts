/** The period a rekap covers: one when every file reports the same, each named with its count when they differ. */
import { periodeOf } from "../../src/engine/rekap/combine";

describe("periodeOf", () => {
  it("every file the same year and quarter: said once", () => {
    expect(periodeOf([{ tahun: 2025, triwulan: 3 }, { tahun: 2025, triwulan: 3 }])).toBe("tahun 2025, triwulan III");
  });
  it("near miss: files of different quarters are never summed under one of them", () => {
    expect(periodeOf([{ tahun: 2025, triwulan: 1 }, { tahun: 2025, triwulan: 3 }, { tahun: 2025, triwulan: 1 }])).toBe("tahun 2025, triwulan berbeda per berkas (I: 2 berkas, III: 1 berkas)");
  });
  it("files without a year or quarter say nothing of it", () => {
    expect(periodeOf([{ tahun: null, triwulan: null }])).toBe("");
  });
});
