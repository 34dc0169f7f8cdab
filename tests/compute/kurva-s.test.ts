import { hitung } from "../../src/engine/run";
import { grid, _ } from "../support/grid";

const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const pk = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA BIDANG BINA MARGA"],
  ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"],
  [1, "S", "Panjang jalan baik", "km", 10],
  [],
  ["No", "Kode", "Kegiatan", "Anggaran"],
  [1, "1.03.10.2.01", "A", 100],
  [2, "1.03.10.2.02", "B", 300],
  [],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, "KEPALA DINAS PUPR,", null, "KEPALA BIDANG BINA MARGA,"],
]);
const plan = (word: string, a: (number | null)[], b: (number | null)[], fa: (number | null)[], fb: (number | null)[]) => [
  ["Kode", "Kegiatan", "Pagu", "Jenis", ...months],
  ["1.03.10.2.01", "A", 100, `${word} Keuangan`, ...a],
  [null, null, null, `${word} Fisik`, ...fa],
  ["1.03.10.2.02", "B", 300, `${word} Keuangan`, ...b],
  [null, null, null, `${word} Fisik`, ...fb],
];
const ra = grid("RA", [["RENCANA AKSI 2025"], ["KEPALA BIDANG BINA MARGA"], [], ...plan("Rencana", new Array(12).fill(100 / 12), new Array(12).fill(25), new Array(12).fill(10), new Array(12).fill(30))]);
const real = grid("RE", [["REALISASI 2025"], ["KEPALA BIDANG BINA MARGA"], [], ...plan("Realisasi", [10, 10, ..._(10)], [30, 0, ..._(10)], [5, 10, ..._(10)], [20, 25, ..._(10)])]);

describe("Kurva S", () => {
  const k = hitung([pk, ra, real]).results.kurvaS[0];
  it("sums money over objects against the PK pagu, cumulative, and stops after the last reported month", () => {
    expect(k.pagu).toBe(400);
    expect(k.rencanaKeuangan[0]).toBeCloseTo(((100 / 12 + 25) / 400) * 100);
    expect(k.rencanaKeuangan[11]).toBeCloseTo(100);
    expect(k.realisasiKeuangan.slice(0, 3)).toEqual([10, 12.5, null]);
    expect(k.realisasiKeuangan.slice(2).every((v) => v === null)).toBe(true);
  });
  it("weights fisik by pagu", () => {
    expect(k.rencanaFisik![0]).toBeCloseTo((10 * 100 + 30 * 300) / 400);
    expect(k.realisasiFisik!.slice(0, 3)).toEqual([(5 * 100 + 20 * 300) / 400, (10 * 100 + 25 * 300) / 400, null]);
  });
  it("gives deviasi and the status at the last reported month, and the curves of each object", () => {
    expect(k.lastMonth).toBe(2);
    expect(k.deviasiKeuangan[1]).toBeCloseTo(12.5 - ((2 * (100 / 12 + 25)) / 400) * 100);
    expect(k.status).toBe("Sesuai rencana");
    expect(k.objek.map((o) => [o.kode, o.pagu, o.realisasiKeuangan[1]])).toEqual([["1.03.10.2.01", 100, 20], ["1.03.10.2.02", 300, 10]]);
  });
});
