/** Every status says in words what it compares and against which line; a PK says where its status comes from. */
import { hitung } from "../../src/engine/run";
import { indikatorStatusText, indikatorThresholdsText, kurvaSStatusText, kurvaSThresholdsText, pkStatusText } from "../../src/engine/compute/status-text";
import { sampleGrids } from "../support/samples";
import { grid } from "../support/grid";

describe("status in words", () => {
  it("indikator: the capaian against the line it crossed", () => {
    expect(indikatorStatusText("Perlu perhatian", 88.2, [95, 85], "")).toBe("Perlu perhatian: capaian 88,20 % di bawah 95 %");
    expect(indikatorStatusText("Tertinggal", 60, [95, 85], "")).toBe("Tertinggal: capaian 60,00 % di bawah 85 %");
    expect(indikatorStatusText("Sesuai rencana", 99.15, [95, 85], "")).toBe("Sesuai rencana: capaian 99,15 %, tidak kurang dari 95 %");
    expect(indikatorStatusText("Belum ada data", null, [95, 85], "Belum ada realisasi sampai TW III")).toBe("Belum ada data: belum ada realisasi sampai TW III");
  });

  it("Kurva S: the worse of keuangan and fisik first, with its month and the gap in poin", () => {
    const text = kurvaSStatusText("Terlambat", [
      { jenis: "fisik", month: 8, rencana: 60, realisasi: 58, deviasi: -2 },
      { jenis: "keuangan", month: 8, rencana: 58, realisasi: 49.8, deviasi: -8.2 },
    ]);
    expect(text).toBe("Terlambat: realisasi keuangan 49,80 % dari rencana 58,00 % s.d. Agustus, tertinggal 8,20 poin; fisik 58,00 % dari 60,00 %, tertinggal 2,00 poin");
    expect(kurvaSStatusText("Sesuai rencana", [{ jenis: "keuangan", month: 3, rencana: 10, realisasi: 12, deviasi: 2 }])).toMatch(/di depan 2,00 poin$/);
    expect(kurvaSStatusText("Belum ada data", [])).toMatch(/^Belum ada data: belum ada realisasi/);
  });

  it("PK: says when the Kurva S decides while its indikator are on plan, and when an indikator decides", () => {
    const onPlan = { indikator: "A", status: "Sesuai rencana" as const, capaian: 99 };
    const fromKurva = pkStatusText({ status: "Terlambat", indikator: [onPlan], kurvaS: { status: "Terlambat", penjelasanStatus: "Terlambat: realisasi keuangan 49,80 % …", deviasi: -8.2 } });
    expect(fromKurva).toEqual({ text: "Terlambat menurut Kurva S: realisasi keuangan 49,80 % …; indikatornya sesuai rencana", nilai: -8.2 });
    const fromIndikator = pkStatusText({
      status: "Tertinggal",
      indikator: [onPlan, { indikator: "B", status: "Tertinggal", capaian: 75 }],
      kurvaS: { status: "Sesuai rencana", penjelasanStatus: "Sesuai rencana: realisasi keuangan …", deviasi: -1 },
    });
    expect(fromIndikator).toEqual({ text: "Tertinggal: 1 dari 2 indikator tertinggal (B 75,00 %); Kurva S sesuai rencana (realisasi keuangan …)", nilai: 75 });
  });

  it("thresholds in words, never as 95;85", () => {
    expect(indikatorThresholdsText([95, 85])).toBe("≥ 95 % sesuai rencana · 85–95 % perlu perhatian · < 85 % tertinggal");
    expect(kurvaSThresholdsText([-5, -10])).toBe("deviasi realisasi terhadap rencana ≥ −5 poin sesuai rencana · −10 s.d. −5 poin terlambat · < −10 poin kritis");
  });

  it("on the Dinkes sample every figure explains itself with its own status first", async () => {
    const r = hitung(await sampleGrids("kabupaten-contoh-dinkes-2025")).results;
    for (const x of [...r.capaian, ...r.kurvaS, ...r.pk]) expect(x.penjelasanStatus.startsWith(`${x.status}`)).toBe(true);
    const kabid = r.pk.find((p) => p.sheet === "PK Kabid Kesmas")!;
    expect(kabid.status).toBe("Terlambat");
    expect(kabid.penjelasanStatus).toMatch(/^Terlambat menurut Kurva S: realisasi keuangan 59,40 % dari rencana 68,00 % s\.d\. September, tertinggal 8,60 poin.*; semua 2 indikatornya sesuai rencana$/);
  });
});

describe("totals", () => {
  it("pagu, realisasi and serapan per PK; the workbook counts only the top PK of the cascade; predikat counts add up", async () => {
    const r = hitung(await sampleGrids("kabupaten-contoh-dinkes-2025")).results;
    for (const t of r.jumlah.anggaranPk) {
      const rows = r.anggaran.filter((a) => a.sheet === t.sheet);
      expect(t.pagu).toBe(rows.reduce((s, a) => s + a.pagu, 0));
      expect(t.realisasi).toBeCloseTo(rows.reduce((s, a) => s + a.realisasi, 0), 2);
      expect(t.capaian).toBeCloseTo((t.realisasi / t.pagu) * 100, 6);
    }
    // Kadis's programs are broken down by the Kabid and the Kasi: counting them too would count the money thrice.
    expect(r.jumlah.anggaran!.dari).toEqual(["PK Kadis"]);
    expect(r.jumlah.anggaran!.pagu).toBe(r.jumlah.anggaranPk.find((t) => t.sheet === "PK Kadis")!.pagu);
    const counted = Object.values(r.jumlah.predikat).reduce((a, b) => a + b, 0);
    expect(counted).toBe(r.capaian.length);
    expect(r.jumlah.predikat["Belum ada data"]).toBe(r.capaian.filter((c) => c.predikat === null).length);
  });
});

describe("nothing to compute", () => {
  it("says why: no PK sheet at all, or PK sheets without indikator or anggaran", () => {
    expect(hitung([grid("Catatan", [["Daftar hadir rapat"], ["Nama", "Jabatan"]])]).results.tidakDihitung).toMatch(
      /^Tidak ada Perjanjian Kinerja yang dapat dihitung: buku kerja ini tidak memuat lembar PK/,
    );
    expect(hitung([]).results.tidakDihitung).toMatch(/^Tidak ada Perjanjian Kinerja yang dapat dihitung/);
  });
  it("near miss: a PK with one indikator is computable", () => {
    const pk = grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA SEKSI GIZI"], ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"], [1, "S", "Jumlah posyandu aktif", "unit", 4]]);
    expect(hitung([pk]).results.tidakDihitung).toBeNull();
  });
});
