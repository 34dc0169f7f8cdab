/** The cascade across files: a generated kepala daerah workbook and OPD workbooks, clean and with planted faults. */
import { hitung, validasi } from "../../src/engine/run";
import { ORPHAN, UNCOVERED, pemdaFiles, rekapOf } from "./pemda";

const cellOfKode = (grids: Parameters<typeof validasi>[0], kode: string) => {
  const m = validasi(grids).model;
  for (const pk of m.pk) for (const a of pk.anggaran) if (a.kode === kode) return { sheet: pk.sheet, cell: a.kodeCell ?? a.namaCell };
  throw new Error(`kode ${kode} tidak ada`);
};

describe("rekap: cascade across files", () => {
  test("a clean pemda: every OPD head links to the Bupati of bupati.xlsx, no finding crosses files", () => {
    const p = pemdaFiles(3);
    const rekap = rekapOf(p);
    expect(rekap.lintasBerkas).toEqual([]);
    const opd = rekap.opd.filter((r) => r.file !== "bupati.xlsx");
    expect(opd).toHaveLength(3);
    for (const r of opd) expect(r.atasan).toBe("PK Bupati (bupati.xlsx)");
    // Each file alone has no error either (the generator's workbooks are valid).
    for (const f of p.files) expect(hitung(f.grids).findings.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("a planted uncovered program, an orphan program and a roll-up gap: each found with its file, sheet and cell", () => {
    const p = pemdaFiles(3, ["uncovered", "orphan", "rollup"]);
    const rekap = rekapOf(p);
    const bupati = p.files[0].grids;
    const uncovered = cellOfKode(bupati, UNCOVERED);
    const orphan = cellOfKode(p.files[2].grids, ORPHAN);
    const first = validasi(bupati).model.pk[0].anggaran[0];
    const by = (rule: string) => rekap.lintasBerkas.filter((f) => f.rule === rule).map(({ file, sheet, cell, severity }) => ({ file, sheet, cell, severity }));
    expect(by("kode-uncovered")).toEqual([{ file: "bupati.xlsx", sheet: uncovered.sheet, cell: uncovered.cell, severity: expect.any(String) }]);
    expect(by("kode-orphan")).toEqual([{ file: "opd-02.xlsx", sheet: orphan.sheet, cell: orphan.cell, severity: expect.any(String) }]);
    expect(by("anggaran-rollup")).toContainEqual({ file: "bupati.xlsx", sheet: "PK Bupati", cell: first.paguCell, severity: "error" });
    expect(rekap.lintasBerkas.find((f) => f.rule === "anggaran-rollup")!.message).toContain("selisih Rp 1.000.000.000");
    // Nothing else crossed files, and each is also in the full list of findings with its file.
    expect(new Set(rekap.lintasBerkas.map((f) => f.rule))).toEqual(new Set(["kode-uncovered", "kode-orphan", "anggaran-rollup"]));
    for (const f of rekap.lintasBerkas) expect(rekap.temuan).toContain(f);
    expect(rekap.opd.find((r) => r.file === "opd-02.xlsx")!.temuanLintasBerkas).toBeGreaterThan(0);
  });

  test("iku-uncovered: an indikator of the kepala daerah that no OPD carries is a warning at its cell; a carried one is not", () => {
    const p = pemdaFiles(2);
    // Leaving out the OPD that carries the second indikator of the Bupati: that one is now carried by nobody.
    const dropped = { files: [p.files[0], p.files[1]] };
    const rekap = rekapOf(dropped);
    const bupati = validasi(p.files[0].grids).model.pk[0];
    const iku = rekap.lintasBerkas.filter((f) => f.rule === "iku-uncovered");
    expect(iku.map(({ file, sheet, cell, severity }) => ({ file, sheet, cell, severity }))).toEqual([
      { file: "bupati.xlsx", sheet: "PK Bupati", cell: bupati.indikator[1].cell, severity: "warning" },
    ]);
    expect(iku[0].message).toContain(bupati.indikator[1].nama);
    // Near miss: the same name in other case and spacing is carried.
    expect(rekapOf(p).lintasBerkas.filter((f) => f.rule === "iku-uncovered")).toEqual([]);
  });
});
