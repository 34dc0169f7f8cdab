import { CUMULATIVE_FISIK, planCells } from "./builders";
import { cleanSpecs, expectNone, expectOne, run } from "./fixture";

const ra = planCells(cleanSpecs().raKasi);
const real = planCells(cleanSpecs().realKasi);

describe("pagu-mismatch", () => {
  test("a Rencana Aksi pagu that differs from the PK's", () => {
    const f = run((s) => (s.raKasi.budget![1].pagu = 3_000_000_000));
    expectOne(f, "pagu-mismatch", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.pagu(1) }, "1.02.02.2.02.0002", "Rp 3.000.000.000", "Rp 3.100.000.000", "selisih Rp 100.000.000");
  });
  test("a Realisasi pagu that differs from the PK's", () => {
    const f = run((s) => (s.realKasi.budget![0].pagu = "Rp 1.200.000.000"));
    expectOne(f, "pagu-mismatch", { severity: "error", sheet: "Realisasi Kasi Kesga", cell: real.pagu(0) }, "Rp 1.200.000.000", "Rp 1.250.000.000");
  });
  test("near miss: the same pagu written as text", () => {
    expectNone(run((s) => (s.raKasi.budget![1].pagu = "Rp. 3.100.000.000,-")), "pagu-mismatch");
  });
});

describe("rak-sum", () => {
  test("twelve months that do not add up to the pagu", () => {
    const f = run((s) => (s.raKasi.budget![0].keuangan![11] = 100_000_000));
    const f0 = cleanSpecs().raKasi.budget![0].keuangan!;
    const total = (f0 as number[]).slice(0, 11).reduce((a, b) => a + b, 0) + 100_000_000;
    const rp = (n: number) => "Rp " + new Intl.NumberFormat("id-ID").format(n);
    expectOne(f, "rak-sum", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.pagu(0) }, rp(total), "Rp 1.250.000.000", rp(1_250_000_000 - total));
  });
  test("against the PK's pagu when the row has none", () => {
    const f = run((s) => {
      s.raKasi.budget![0].pagu = undefined;
      s.raKasi.budget![0].keuangan = Array(12).fill(100_000_000);
    });
    expectOne(f, "rak-sum", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.pagu(0) }, "Rp 1.200.000.000", "Rp 1.250.000.000", "selisih Rp 50.000.000");
  });
  test("near miss: blank and '-' months count as zero", () => {
    const f = run((s) => (s.raKasi.budget![0].keuangan = [null, "-", 250_000_000, 250_000_000, 250_000_000, 250_000_000, 250_000_000]));
    expectNone(f, "rak-sum");
  });
});

describe("realisasi-over-pagu", () => {
  test("the month where realisasi keuangan passes the pagu", () => {
    const f = run((s) => (s.realKasi.budget![1].keuangan = [1_000_000_000, 1_500_000_000, 600_000_000, 1]));
    expectOne(f, "realisasi-over-pagu", { severity: "error", sheet: "Realisasi Kasi Kesga", cell: real.keuangan(1, 3) }, "April", "Rp 3.100.000.001", "Rp 3.100.000.000", "selisih Rp 1");
  });
  test("near miss: exactly the pagu", () => {
    expectNone(run((s) => (s.realKasi.budget![1].keuangan = [1_000_000_000, 1_500_000_000, 600_000_000])), "realisasi-over-pagu");
  });
});

describe("fisik-invalid", () => {
  test("a cumulative rencana fisik that falls", () => {
    const f = run((s) => (s.raKasi.budget![0].fisik = [0, 5, 12, 20, 30, 25, 50, 60, 70, 80, 90, 100]));
    expectOne(f, "fisik-invalid", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.fisik(0, 5) }, "30", "25", "Juni");
  });
  test("a realisasi fisik that passes 100", () => {
    const f = run((s) => (s.realKasi.budget![1].fisik = [0, 40, 100.5]));
    expectOne(f, "fisik-invalid", { severity: "error", sheet: "Realisasi Kasi Kesga", cell: real.fisik(1, 2) }, "100,5");
  });
  test("near miss: flat months and exactly 100", () => {
    expectNone(run((s) => (s.raKasi.budget![0].fisik = [0, 0, 10, 10, ...CUMULATIVE_FISIK.slice(4)])), "fisik-invalid");
  });
});
