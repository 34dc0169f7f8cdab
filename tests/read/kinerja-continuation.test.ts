/**
 * A PK's kinerja table printed over two pages, one page per sheet: the untitled next sheet opens with the kinerja
 * header printed again (tests/wild pg-purwakarta-distan-kinerja-lanjut-sheet-miliar-2025). Near misses: another
 * header, or a titled sheet, is no continuation.
 */
import { validasi } from "../../src/engine/run";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const HEADER = ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"];

const page1 = grid("Lamp PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["DINAS PERTANIAN"],
  [],
  HEADER,
  [1, "Meningkatnya produksi pertanian", "Produktivitas padi", "5,8 Ton/Ha"],
  [2, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Perangkat Daerah", "BB"],
]);
const page2 = (first: CellValue[], title?: string) =>
  grid("Lamp PK (2)", [
    ...(title ? [[title], []] : []),
    first,
    [null, null, "Persentase tindak lanjut rekomendasi hasil pemeriksaan", "100 persen"],
    [],
    ["No", "Program", "Anggaran"],
    [1, "Program Penyuluhan Pertanian", "875.000.000"],
    [],
    ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    ["BUPATI CONTOH,", null, "KEPALA DINAS PERTANIAN,"],
    [],
    ["H. BUDI SANTOSO", null, "Ir. DEDEN SUPRIATNA"],
    [null, null, "NIP. 19720415 199803 1 007"],
  ]);

describe("a kinerja table continued on the next sheet under its repeated header", () => {
  it("is one PK: the indikator of both sheets, the cut sasaran carried, the budget and the parties of the second", () => {
    const o = validasi([page1, page2(HEADER)]);
    expect(o.model.pk).toHaveLength(1);
    const pk = o.model.pk[0];
    expect(pk.indikator.map((i) => [i.nama, i.sasaran, i.sheet ?? pk.sheet, i.cell])).toEqual([
      ["Produktivitas padi", "Meningkatnya produksi pertanian", "Lamp PK", "C5"],
      ["Nilai SAKIP Perangkat Daerah", "Meningkatnya akuntabilitas kinerja", "Lamp PK", "C6"],
      ["Persentase tindak lanjut rekomendasi hasil pemeriksaan", "Meningkatnya akuntabilitas kinerja", "Lamp PK (2)", "C2"],
    ]);
    expect(pk.anggaran.map((a) => [a.nama, a.pagu, a.sheet])).toEqual([["Program Penyuluhan Pertanian", 875_000_000, "Lamp PK (2)"]]);
    expect([pk.level, pk.pihakPertama?.nama]).toEqual(["eselon2", "Ir. DEDEN SUPRIATNA"]);
    expect(o.model.bacaan.map((b) => b.jenis)).toEqual(["pk", "pk"]);
    expect(rules(o, "error")).toEqual([]);
    // The parties signed on the second sheet: a finding on them names that sheet.
    expect(rules(o, "warning")).toContain("atasan-missing Lamp PK (2)!A8");
  });

  it("a finding on a continued indikator names the sheet it is on", () => {
    const o = validasi([page1, page2(HEADER)]);
    const dup = validasi([page1, grid("Lamp PK (2)", [HEADER, [null, null, "Produktivitas padi", "5,8 Ton/Ha"]])]);
    expect(rules(dup)).toContain("indikator-duplicate Lamp PK (2)!C2");
    expect(rules(o).filter((r) => r.startsWith("sasaran-missing"))).toEqual([]);
  });

  it("a level-mismatch on a budget header that starts on the next sheet names that sheet", () => {
    const wrong = page2(HEADER);
    wrong.values[3][1] = "Sub Kegiatan";
    const o = validasi([page1, wrong]);
    expect(rules(o, "error").filter((r) => r.startsWith("level-mismatch"))).toEqual(["level-mismatch Lamp PK (2)!B4"]);
    // Near miss: the Program header of an eselon II PK is no mismatch, wherever it stands.
    expect(rules(validasi([page1, page2(HEADER)])).filter((r) => r.startsWith("level-mismatch"))).toEqual([]);
  });

  it("near miss: an untitled sheet opening with another header is no continuation", () => {
    const o = validasi([page1, page2(["No", "Indikator Kinerja", "Satuan", "Target"])]);
    expect(o.model.pk[0].indikator).toHaveLength(2);
    expect(o.model.bacaan.map((b) => b.jenis)).toEqual(["pk", "lain"]);
  });

  it("near miss: a titled sheet with the same header is a PK of its own", () => {
    const o = validasi([page1, page2(HEADER, "PERJANJIAN KINERJA TAHUN 2025")]);
    expect(o.model.pk).toHaveLength(2);
    expect(o.model.pk[0].indikator).toHaveLength(2);
  });
});
