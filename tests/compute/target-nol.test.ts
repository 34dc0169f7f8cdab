import { hitung } from "../../src/engine/run";
import { grid } from "../support/grid";

const workbook = (target: number, nama: string) => [
  grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA SEKSI GIZI"],
    ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S", nama, "kasus", target],
  ]),
  grid("RE", [["REALISASI 2025"], ["KEPALA SEKSI GIZI"], ["No", "Indikator Kinerja", "Target", "Realisasi"], [null, null, null, "TW I", "TW II", "TW III", "TW IV"], [1, nama, target, 2]]),
];

describe("capaian-target-nol", () => {
  it("fires for a positif indikator with target 0, at the target cell, and shows N/A", () => {
    const out = hitung(workbook(0, "Jumlah posyandu aktif"));
    expect(out.findings.filter((f) => f.rule === "capaian-target-nol").map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "PK", "E4"]]);
    expect(out.results.capaian[0]).toMatchObject({ capaian: null, predikat: null, status: "Belum ada data" });
  });
  it("does not fire for a negatif indikator with target 0 (R > 0 gives 0), nor for a positif one with a target", () => {
    const neg = hitung(workbook(0, "Jumlah kasus gizi buruk"));
    expect(neg.findings.some((f) => f.rule === "capaian-target-nol")).toBe(false);
    expect(neg.results.capaian[0].capaian).toBe(0);
    expect(hitung(workbook(4, "Jumlah posyandu aktif")).findings.some((f) => f.rule === "capaian-target-nol")).toBe(false);
  });
});
