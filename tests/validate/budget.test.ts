import { pkCells, pkSheet } from "./builders";
import { cleanSpecs, expectNone, expectOne, run } from "./fixture";

const kasi = pkCells(cleanSpecs().kasi);
const kabid = pkCells(cleanSpecs().kabid);
const kadis = pkCells(cleanSpecs().kadis);

describe("kode-invalid", () => {
  test("a kode of no known form", () => {
    const f = run((s) => (s.kasi.anggaran![1][0] = "1.02.02.2.02.02"));
    expectOne(f, "kode-invalid", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.kode(1) }, "1.02.02.2.02.02", "d.dd.dd.d.dd.dddd");
  });
  test("near miss: a two-digit middle part, spaces and a trailing dot are normalised", () => {
    const f = run((s) => (s.kasi.anggaran![1][0] = "1.02.02.02.02.0002 ."));
    expectNone(f, "kode-invalid");
    expectNone(f, "kode-orphan");
  });
  test("kode leading the name: the name cell is the kode's cell", () => {
    const f = run((s) => {
      s.kasi.kodeColumn = false;
      s.kasi.anggaran![1][0] = "1.2.02.2.02.0002";
    });
    const c = pkCells({ ...cleanSpecs().kasi, kodeColumn: false });
    expectOne(f, "kode-invalid", { severity: "error", sheet: "PK Kasi Kesga", cell: c.kode(1) });
  });
});

describe("kode-level-mismatch", () => {
  test("a kegiatan kode in a Sub Kegiatan table", () => {
    const f = run((s) => (s.kasi.anggaran![1][0] = "1.02.02.2.03"));
    expectOne(f, "kode-level-mismatch", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.kode(1) }, "1.02.02.2.03", "kegiatan", "sub kegiatan");
  });
  test("near miss: sub kegiatan kodes in a Sub Kegiatan table", () => {
    expectNone(run(), "kode-level-mismatch");
  });
});

describe("jumlah-mismatch", () => {
  test("a stated Jumlah that is not the sum of the rows", () => {
    const f = run((s) => (s.kasi.jumlah = 4_360_000_000));
    expectOne(f, "jumlah-mismatch", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.jumlah }, "Rp 4.360.000.000", "Rp 4.350.000.000", "selisih Rp 10.000.000");
  });
  test("near miss: within half a rupiah, and rupiah written as text", () => {
    expectNone(run((s) => (s.kasi.jumlah = 4_350_000_000.4)), "jumlah-mismatch");
    expectNone(run((s) => (s.kasi.jumlah = "Rp 4.350.000.000,-")), "jumlah-mismatch");
  });
  test("near miss: an unreadable row leaves the sum unknown", () => {
    const f = run((s) => (s.kasi.anggaran![0][2] = "satu miliar"));
    expectNone(f, "jumlah-mismatch");
    expect(f.some((x) => x.rule === "value-unreadable")).toBe(true);
  });
});

describe("anggaran-rollup", () => {
  test("a kegiatan's pagu is not the sum of its sub kegiatan below", () => {
    const f = run((s) => (s.kasi.anggaran![1][2] = 3_000_000_000));
    expectOne(f, "anggaran-rollup", { severity: "error", sheet: "PK Kabid Kesmas", cell: kabid.pagu(0) },
      "kegiatan 1.02.02.2.02", "Rp 4.350.000.000", "sub kegiatan bawahan Rp 4.250.000.000", "selisih Rp 100.000.000");
  });
  test("near miss: a kegiatan split between two eselon III officials counts both shares", () => {
    const f = run((s) => {
      s.kabid.anggaran![0][2] = 2_000_000_000;
      s.kasi.anggaran = [["1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 1_250_000_000]];
      s.kasi.jumlah = undefined;
      s.raKasi.budget = [];
      s.realKasi.budget = [];
      s.extra.push(
        pkSheet({
          name: "PK Sekretaris",
          pertama: { jabatan: "SEKRETARIS DINAS KESEHATAN", nama: "BUDI", nip: "198001012005011001" },
          kedua: { jabatan: "KEPALA DINAS KESEHATAN", nama: "dr. RATNA WULANDARI, M.Kes.", nip: "197503122000032004" },
          indikator: [["Meningkatnya tata kelola", "Nilai SAKIP", "nilai", 70]],
          anggaran: [["1.02.02.2.02", "Penyediaan Layanan Kesehatan (bagian sekretariat)", 2_350_000_000]],
        }),
      );
    });
    // Kadis 4.350.000.000 = Kabid 2.000.000.000 + Sekretaris 2.350.000.000; the Kabid's is then above its Kasi (1,25 M).
    expect(f.filter((x) => x.rule === "anggaran-rollup").map((x) => x.sheet)).toEqual(["PK Kabid Kesmas"]);
  });
  const puskesmas = (kode: string) =>
    pkSheet({
      name: "PK Kapus",
      pertama: { jabatan: "KEPALA UPTD PUSKESMAS SUKAMAJU", nama: "dr. SITI AMINAH", nip: "198203152008012003" },
      kedua: { jabatan: "KEPALA DINAS KESEHATAN", nama: "dr. RATNA WULANDARI, M.Kes.", nip: "197503122000032004" },
      indikator: [["Meningkatnya mutu pelayanan puskesmas", "Persentase ibu hamil mendapat pelayanan di puskesmas", "%", 95]],
      anggaran: [[kode, "Pengelolaan Pelayanan Kesehatan Ibu Hamil (Puskesmas Sukamaju)", 300_000_000]],
    });
  test("near miss: a Puskesmas's sub kegiatan under the Kabid's kegiatan, both under the Kadis, is counted once", () => {
    const f = run((s) => s.extra.push(puskesmas("1.02.02.2.02.0001")));
    // Kadis 4.350.000.000 = Kabid's kegiatan 4.350.000.000; the Kapus's 300.000.000 lies within it, not beside it.
    expectNone(f, "anggaran-rollup");
  });
  test("a Puskesmas's sub kegiatan beside the Kabid's kegiatan still adds up", () => {
    const f = run((s) => s.extra.push(puskesmas("1.02.02.2.03.0001")));
    // Under another kegiatan of the same program: money beside the Kabid's, so the program's sum is 4.650.000.000.
    expectOne(f, "anggaran-rollup", { severity: "error", sheet: "PK Kadis", cell: kadis.pagu(0) }, "Rp 4.350.000.000", "Rp 4.650.000.000");
  });
  test("near miss: a superior object no subordinate carries gives no rollup error", () => {
    const f = run((s) => s.kadis.anggaran!.push(["1.02.03", "Program Peningkatan Kapasitas SDM Kesehatan", 1_250_000_000]));
    expectNone(f, "anggaran-rollup");
  });
});

describe("kode-orphan", () => {
  test("a sub kegiatan under no kegiatan of the superior", () => {
    const f = run((s) => (s.kasi.anggaran![1][0] = "1.02.02.2.03.0002"));
    expectOne(f, "kode-orphan", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.kode(1) }, "1.02.02.2.03.0002", "PK Kabid Kesmas", "1.02.02.2.02");
  });
  test("near miss: kepala daerah and eselon II list the same programs", () => {
    expectNone(run(), "kode-orphan");
  });
});

describe("kode-uncovered", () => {
  test("a program of the Kadis no subordinate carries", () => {
    const f = run((s) => s.kadis.anggaran!.push(["1.02.03", "Program Peningkatan Kapasitas SDM Kesehatan", 1_250_000_000]));
    expectOne(f, "kode-uncovered", { severity: "warning", sheet: "PK Kadis", cell: kadis.kode(1) }, "1.02.03", "PK Kabid Kesmas");
  });
  test("near miss: a PK whose subordinates list no budget objects", () => {
    const f = run((s) => {
      s.kadis.anggaran!.push(["1.02.03", "Program Peningkatan Kapasitas SDM Kesehatan", 1_250_000_000]);
      s.kabid.anggaran = [];
      s.kabid.jumlah = null;
    });
    expectNone(f, "kode-uncovered");
  });
});
