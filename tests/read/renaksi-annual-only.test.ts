/**
 * A Rencana Aksi with no quarterly target anywhere, only the indikator's annual target beside an action schedule
 * (tests/wild: karawang-bkpsdm-renaksi-jadwal-bulan-2025): the annual target is read and checked against the PK's;
 * the schedule and the actions' outputs are reported, never taken for targets.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { Grid } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const errors = (o: Out) => o.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const unread = (o: Out, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)?.takTerbaca ?? [];

const pk: Grid = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA BIDANG PENGEMBANGAN KOMPETENSI"],
  ["No", "Sasaran", "Indikator Kinerja", "Target"],
  [1, "Meningkatnya kompetensi ASN", "Persentase ASN yang mengikuti pengembangan kompetensi", "85 %"],
  [],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, "KEPALA BADAN KEPEGAWAIAN,", null, "KEPALA BIDANG PENGEMBANGAN KOMPETENSI,"],
  [null, "Drs. ASEP", null, "NENG SITI"],
]);

const ra = (target: string): Grid => grid("RA", [
  ["RENCANA AKSI TAHUN 2025"],
  ["KEPALA BIDANG PENGEMBANGAN KOMPETENSI"],
  ["No", "Indikator Kinerja", "Target", "Uraian Kegiatan", "Target Uraian Kegiatan (Output)", "Jadwal Pelaksanaan", null, null],
  [null, null, null, null, null, "Jan", "Feb", "Mar"],
  [1, "Persentase ASN yang mengikuti pengembangan kompetensi", target, "Bimbingan teknis SKP", "4 Kegiatan", "√", null, "√"],
  [2, "Persentase ASN yang mengikuti pengembangan kompetensi", target, "Fasilitasi e-learning", "12 Laporan", "√", "√", "√"],
]);

describe("a Rencana Aksi with only the annual target", () => {
  it("reads the indikator once with its annual target, and checks it against the PK's", () => {
    const o = validasi([pk, ra("80 %")]);
    const s = o.model.renaksi[0];
    expect(s.pk).toBe(o.model.pk[0].id);
    expect(s.indikator.map((i) => [i.nama, i.target, i.targetCell, i.tw])).toEqual([["Persentase ASN yang mengikuti pengembangan kompetensi", 80, "C5", [null, null, null, null]]]);
    expect(errors(o)).toContain("target-mismatch RA!C5");
    expect(errors(o).filter((e) => !e.startsWith("target-mismatch"))).toEqual([]);
  });

  it("reports the actions' outputs and the schedule, never reads them", () => {
    const o = validasi([pk, ra("85 %")]);
    expect(errors(o)).toEqual([]);
    // Uraian Kegiatan, its output and the schedule: everything right of the annual target.
    expect(unread(o, "RA")).toEqual(["D3:H6"]);
    expect(o.model.renaksi[0].indikator.every((i) => i.tw.every((v) => v === null))).toBe(true);
  });
});
