import { pkCells, planCells } from "./builders";
import { cleanSpecs, expectNone, expectOne, run } from "./fixture";

const cells = (name: keyof ReturnType<typeof cleanSpecs>) => {
  const s = cleanSpecs() as unknown as Record<string, Parameters<typeof pkCells>[0]>;
  return pkCells(s[name]);
};

describe("tahun", () => {
  test("tahun-missing: a Rencana Aksi title without a year", () => {
    const f = run((s) => (s.raKasi.tahun = null));
    expectOne(f, "tahun-missing", { severity: "error", sheet: "RA Kasi Kesga", cell: "A1" }, "tidak menyebutkan tahun");
  });
  test("tahun-missing: a PK title without a year", () => {
    const f = run((s) => (s.kabid.tahun = null));
    expectOne(f, "tahun-missing", { severity: "error", sheet: "PK Kabid Kesmas", cell: "A1" });
  });
  test("tahun-mismatch: one PK of 2024 among PKs of 2025", () => {
    const f = run((s) => (s.kasi.tahun = 2024));
    expectOne(f, "tahun-mismatch", { severity: "error", sheet: "PK Kasi Kesga", cell: "A1" }, "2024", "2025");
    expectNone(f, "tahun-missing");
  });
  test("near miss: the year in the row under the title counts", () => {
    const f = run((s) => (s.kasi.title = "PERJANJIAN KINERJA"));
    // The unit line under it carries no year, so this one is missing; a year there is enough:
    expect(f.some((x) => x.rule === "tahun-missing")).toBe(true);
    const g = run((s) => {
      s.kasi.title = "PERJANJIAN KINERJA";
      s.kasi.unit = "TAHUN ANGGARAN 2025";
    });
    expectNone(g, "tahun-missing");
    expectNone(g, "tahun-mismatch");
  });
});

describe("tabel-missing", () => {
  test("a PK with budget and signature but no kinerja table", () => {
    const f = run((s) => (s.kasi.kinerjaTable = false));
    expectOne(f, "tabel-missing", { severity: "error", sheet: "PK Kasi Kesga", cell: "A1" }, "Indikator", "Target");
  });
  test("near miss: a kinerja table without indikator rows is still a table", () => {
    expectNone(run((s) => (s.kasi.indikator = [])), "tabel-missing");
  });
});

describe("target-missing", () => {
  test("an indikator with a blank target cell", () => {
    const f = run((s) => (s.kabid.indikator![0][3] = null));
    expectOne(f, "target-missing", { severity: "error", sheet: "PK Kabid Kesmas", cell: cells("kabid").target(0) }, "Persentase ibu hamil");
  });
  test("near miss: an unreadable target is value-unreadable only, never also target-missing", () => {
    const f = run((s) => (s.kabid.indikator![0][3] = "95 %% 7"));
    expect(f.filter((x) => x.rule === "value-unreadable").map((x) => x.cell)).toEqual([cells("kabid").target(0)]);
    expectNone(f, "target-missing");
  });
});

describe("satuan-missing", () => {
  test("no satuan column, none in the target cell or the name", () => {
    const f = run((s) => {
      s.kabid.satuanColumn = false;
      s.kabid.indikator![1][3] = 12480;
    });
    const c = pkCells({ ...cleanSpecs().kabid, satuanColumn: false });
    expectOne(f, "satuan-missing", { severity: "warning", sheet: "PK Kabid Kesmas", cell: c.indikator(1) }, "Jumlah ibu hamil mendapat pelayanan", "12.480");
  });
  test("near miss: without a satuan column, the unit in the target cell or a Persentase name is enough", () => {
    const f = run((s) => {
      s.kabid.satuanColumn = false;
      s.kabid.indikator![1][3] = "12.480 orang";
    });
    expectNone(f, "satuan-missing");
  });
});

describe("sasaran-missing", () => {
  test("an indikator row above which no sasaran is written", () => {
    const f = run((s) => (s.kabid.indikator![0][0] = null));
    // The first row has none; the second carries nothing down either.
    const hits = f.filter((x) => x.rule === "sasaran-missing");
    expect(hits.map((x) => [x.severity, x.cell])).toEqual([["warning", cells("kabid").indikator(0)], ["warning", cells("kabid").indikator(1)]]);
  });
  test("near miss: a sasaran merged down covers the rows under it", () => {
    expectNone(run(), "sasaran-missing");
  });
});

describe("indikator-duplicate", () => {
  test("the same indikator twice (case and punctuation aside)", () => {
    const f = run((s) => s.kabid.indikator!.push([null, "persentase IBU HAMIL mendapat pelayanan, sesuai standar", "%", 95]));
    expectOne(f, "indikator-duplicate", { severity: "warning", sheet: "PK Kabid Kesmas", cell: cells("kabid").indikator(2) }, cells("kabid").indikator(0));
  });
  test("near miss: a similar but different indikator", () => {
    expectNone(run((s) => s.kabid.indikator!.push([null, "Persentase ibu bersalin mendapat pelayanan sesuai standar", "%", 95])), "indikator-duplicate");
  });
});

test("planCells and pkCells agree with the sample layout", () => {
  expect(planCells(cleanSpecs().raKasi).tw(0, 3)).toBe("H7");
  expect(pkCells(cleanSpecs().kadis).target(0)).toBe("E7");
});
