import { pkCells, planCells, pengaturanSheet } from "./builders";
import { cleanSpecs, expectNone, expectOne, IBU_HAMIL, run } from "./fixture";

const ra = planCells(cleanSpecs().raKasi);
const real = planCells(cleanSpecs().realKasi);
const kasi = pkCells(cleanSpecs().kasi);

describe("renaksi-missing", () => {
  test("a PK indikator without a row in its Rencana Aksi", () => {
    const f = run((s) => s.kasi.indikator!.push([null, "Jumlah balita gizi buruk yang mendapat perawatan", "orang", 120]));
    expectOne(f, "renaksi-missing", { severity: "warning", sheet: "PK Kasi Kesga", cell: kasi.indikator(1) }, "balita gizi buruk", "RA Kasi Kesga");
  });
  test("near miss: a PK without any Rencana Aksi sheet", () => {
    expectNone(run((s) => s.kabid.indikator!.push([null, "Cakupan imunisasi dasar lengkap", "%", 90])), "renaksi-missing");
  });
});

describe("indikator-unknown", () => {
  test("a typo names the PK indikator it probably means", () => {
    const f = run((s) => (s.raKasi.indikator![0].nama = "Jumlah ibu hamil yang mendapat pelayanan sesuai standr"));
    expectOne(f, "indikator-unknown", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.indikator(0) }, "mungkin maksudnya", IBU_HAMIL);
  });
  test("an unrelated name still names the closest one", () => {
    const f = run((s) => (s.realKasi.indikator![0].nama = "Cakupan imunisasi dasar lengkap"));
    expectOne(f, "indikator-unknown", { severity: "error", sheet: "Realisasi Kasi Kesga", cell: real.indikator(0) }, "paling mirip", IBU_HAMIL);
  });
  test("near miss: case, spacing, punctuation and Persentase are ignored", () => {
    const f = run((s) => (s.raKasi.indikator![0].nama = "  JUMLAH ibu-hamil yang mendapat  pelayanan, sesuai standar."));
    expectNone(f, "indikator-unknown");
    expectNone(f, "renaksi-missing");
  });
});

describe("satuan-mismatch", () => {
  test("another satuan in the Rencana Aksi", () => {
    const f = run((s) => (s.raKasi.indikator![0].satuan = "jiwa"));
    expectOne(f, "satuan-mismatch", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.satuan(0) }, "jiwa", "orang");
  });
  test("near miss: % and persen are one satuan", () => {
    const f = run((s) => {
      s.kasi.indikator![0][2] = "%";
      s.raKasi.indikator![0].satuan = "Persen";
      s.realKasi.indikator![0].satuan = "%";
    });
    expectNone(f, "satuan-mismatch");
  });
});

describe("target-mismatch", () => {
  test("another annual target in the Realisasi sheet", () => {
    const f = run((s) => (s.realKasi.indikator![0].target = 12840));
    expectOne(f, "target-mismatch", { severity: "error", sheet: "Realisasi Kasi Kesga", cell: real.target(0) }, "12.840", "12.480");
  });
  test("near miss: the same target written as id-ID text", () => {
    expectNone(run((s) => (s.raKasi.indikator![0].target = "12.480")), "target-mismatch");
  });
});

describe("tw-target-inconsistent", () => {
  test("Kumulatif: neither cumulative nor per quarter", () => {
    const f = run((s) => (s.raKasi.indikator![0].tw = [3120, 6240, 9360, 12000]));
    expectOne(f, "tw-target-inconsistent", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.tw(0, 3) }, "12.480", "12.000", "30.720");
  });
  test("Akhir: TW IV differs from the annual target", () => {
    const f = run((s) => {
      s.raKasi.indikator![0].sifat = "Nilai Akhir";
      s.raKasi.indikator![0].tw = [3120, 3120, 3120, 3120];
    });
    expectOne(f, "tw-target-inconsistent", { severity: "error", sheet: "RA Kasi Kesga", cell: ra.tw(0, 3) }, "3.120", "12.480", "Akhir");
  });
  test("near miss: per-quarter targets that sum to the annual", () => {
    expectNone(run((s) => (s.raKasi.indikator![0].tw = [3120, 3120, 3120, 3120])), "tw-target-inconsistent");
  });
});

describe("tw-target-decreasing", () => {
  test("a cumulative target of a Kumulatif positif indikator lower than the quarter before", () => {
    const f = run((s) => (s.raKasi.indikator![0].tw = [3120, 6240, 6000, 12480]));
    expectOne(f, "tw-target-decreasing", { severity: "warning", sheet: "RA Kasi Kesga", cell: ra.tw(0, 2) }, "TW III", "6.000", "6.240");
  });
  test("near miss: a negatif indikator may go down", () => {
    const f = run((s) => {
      s.raKasi.indikator![0].tw = [3120, 6240, 6000, 12480];
      s.raKasi.indikator![0].polaritas = "Negatif";
    });
    expectNone(f, "tw-target-decreasing");
  });
});

describe("realisasi-after-period", () => {
  test("realisasi of TW III when Triwulan pelaporan is II", () => {
    const f = run((s) => s.extra.push(pengaturanSheet("PENGATURAN", [["Triwulan pelaporan", "II"]])));
    const hits = f.filter((x) => x.rule === "realisasi-after-period");
    expect(hits.map((x) => [x.severity, x.sheet, x.cell])).toEqual([
      ["warning", "Realisasi Kasi Kesga", real.tw(0, 2)],
      ["warning", "Realisasi Kasi Kesga", real.keuangan(0, 6)],
      ["warning", "Realisasi Kasi Kesga", real.fisik(0, 6)],
    ]);
    expect(hits[0].message).toContain("TW II");
  });
  test("near miss: without Triwulan pelaporan, or when it covers what was entered", () => {
    expectNone(run(), "realisasi-after-period");
    expectNone(run((s) => s.extra.push(pengaturanSheet("PENGATURAN", [["Triwulan pelaporan", "III"]]))), "realisasi-after-period");
  });
});

describe("polaritas-guessed", () => {
  test("no Polaritas in the Rencana Aksi: info at its indikator cell", () => {
    const f = run((s) => (s.raKasi.indikator![0].polaritas = undefined));
    expectOne(f, "polaritas-guessed", { severity: "info", sheet: "RA Kasi Kesga", cell: ra.indikator(0) }, "positif");
  });
  test("no Rencana Aksi row but realisasi: info at the PK indikator cell", () => {
    const f = run((s) => {
      s.kasi.indikator!.push([null, "Angka kematian bayi", "per 1.000 KH", 7.2]);
      s.realKasi.indikator!.push({ nama: "Angka Kematian Bayi", satuan: "per 1.000 KH", target: 7.2, tw: [7.9, 8] });
    });
    expectOne(f, "polaritas-guessed", { severity: "info", sheet: "PK Kasi Kesga", cell: kasi.indikator(1) }, "negatif");
  });
  test("near miss: polaritas stated", () => {
    expectNone(run(), "polaritas-guessed");
  });
});
