/**
 * A Rencana Aksi whose indikator stands over several action rows (merged down), a `Rencana Aksi` / `Sub Rencana Aksi`
 * column between it and the quarters, each action with quarterly targets of its own (tests/wild:
 * pringsewu-distan-renaksi-sub-aksi-program-2025): the indikator gets none of them, and they are reported; the near
 * miss, one row of targets per indikator beside a `Rencana Aksi` text, is read as the indikator's targets.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue, Grid } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const errors = (o: Out) => o.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const unread = (o: Out, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)?.takTerbaca ?? [];

const pk: Grid = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA DINAS PERTANIAN"],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
  [1, "Meningkatnya produksi pertanian", "Produktivitas padi", "Ton/Ha", 5.8],
  [2, "Meningkatnya produksi pertanian", "Persentase kelompok tani yang naik kelas", "%", 15],
  [],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, "BUPATI CONTOH,", null, "KEPALA DINAS PERTANIAN,"],
  [null, "H. ADI PRANOTO", null, "Ir. SUPRIYADI"],
]);

const ra = (rows: CellValue[][], merges: string[]): Grid => ({
  ...grid("RA", [
    ["RENCANA AKSI TAHUN 2025"],
    ["KEPALA DINAS PERTANIAN"],
    ["No", "Indikator", "Satuan", "Target", "Rencana Aksi", "Sub Rencana Aksi", "Target Triwulan", null, null, null],
    [null, null, null, null, null, null, "I", "II", "III", "IV"],
    ...rows,
  ]),
  merges,
});

describe("an indikator over several actions, each with its own quarterly targets", () => {
  it("gives the indikator none of the actions' targets (no false tw-target-inconsistent) and reports them", () => {
    const o = validasi([pk, ra([
      [1, "Produktivitas padi", "Ton/Ha", 5.8, "Penyediaan benih unggul", "Pengadaan benih (ton)", "-", 250, 500, 500],
      [null, null, null, null, null, "Distribusi benih (kelompok)", "-", 30, 60, 60],
      [2, "Persentase kelompok tani yang naik kelas", "%", 15, "Peningkatan kapasitas", "Pelatihan kelompok tani", 10, 20, 30, 40],
      [null, null, null, null, null, "Penilaian kelas kelompok", "-", "-", "-", 120],
    ], ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8"])]);
    const s = o.model.renaksi[0];
    expect(s.pk).toBe(o.model.pk[0].id);
    expect(s.indikator.map((i) => [i.nama, i.target, i.tw])).toEqual([
      ["Produktivitas padi", 5.8, [null, null, null, null]],
      ["Persentase kelompok tani yang naik kelas", 15, [null, null, null, null]],
    ]);
    expect(errors(o)).toEqual([]);
    // The action columns, header and all, from `Rencana Aksi` to TW IV.
    expect(unread(o, "RA")).toEqual(["E3:J8"]);
  });

  it("near miss: one row of targets per indikator beside its `Rencana Aksi` text is the indikator's", () => {
    const o = validasi([pk, ra([
      [1, "Produktivitas padi", "Ton/Ha", 5.8, "Penyediaan benih unggul", "Pengadaan benih", 5.2, 5.4, 5.6, 5.8],
      [2, "Persentase kelompok tani yang naik kelas", "%", 15, "Peningkatan kapasitas", "Pelatihan kelompok tani", 15, 15, 15, 15],
    ], [])]);
    expect(o.model.renaksi[0].indikator.map((i) => i.tw)).toEqual([[5.2, 5.4, 5.6, 5.8], [15, 15, 15, 15]]);
  });
});
