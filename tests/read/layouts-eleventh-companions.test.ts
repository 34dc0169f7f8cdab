/**
 * Companion layouts of the eleventh round (tests/wild: Situbondo, Tabalong), each built small, each with a near miss
 * that must not be read the same way.
 */
import { hitung, validasi } from "../../src/engine/run";
import { grid, _ } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";
import { quarterOfMonthEnd } from "../../src/engine/read/tables/month-end-quarter";

type Out = ReturnType<typeof validasi>;
const rules = (o: Out, sev?: string) => o.findings.filter((f) => !sev || f.severity === sev).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
const jenis = (o: Out, sheet: string) => o.model.bacaan.find((b) => b.sheet === sheet)?.jenis;

const IND = ["Angka partisipasi murni SMP", "Jumlah wirausaha baru yang dibina"];

const pkBupati: CellValue[][] = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["BUPATI CONTOH"],
  [],
  ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
  [1, "S1", IND[0], "%", 82],
  [2, "S2", IND[1], "Orang", 600],
  [],
  ["No", "Kode", "Program", "Anggaran (Rp)"],
  [1, "1.01.02", "PROGRAM PENGELOLAAN PENDIDIKAN", "1.000.000"],
  ["Jumlah", null, null, "1.000.000"],
  [],
  [..._(3), "Contoh, 2 Januari 2025"],
  [..._(3), "BUPATI CONTOH,"],
  [],
  [..._(3), "H. RUDI HARTONO"],
];

describe("a caption naming the PK (`LAPORAN DETAIL PK BUPATI 2025`) over its indikator by quarter", () => {
  const report = (caption: string, header: CellValue[], rows: CellValue[][]): CellValue[][] => [[caption], [], header, ...rows];
  const wide = ["No", "Indikator Kinerja", "Target 2025", "Satuan", "Target TW1", "Realisasi TW1", "Pagu TW1", "Realisasi Anggaran TW1", "Target TW2", "Realisasi TW2", "Pagu TW2", "Realisasi Anggaran TW2"];
  const data: CellValue[][] = [
    [1, IND[0], 82, "%", null, 80.1, 250_000, 240_000, null, 81.3, 300_000, 280_000],
    [2, IND[1], 600, "Orang", 150, 180, 250_000, 240_000, 150, 250, 300_000, 280_000],
  ];

  it("is the PK's Realisasi: `Realisasi TWn` read, never `Realisasi Anggaran TWn`; the money columns reported", () => {
    const o = hitung([grid("PK", pkBupati), grid("Worksheet", report("LAPORAN DETAIL PK BUPATI 2025", wide, data))]);
    expect(jenis(o, "Worksheet")).toBe("realisasi");
    expect(o.model.realisasi.map((s) => [s.pk, s.indikator.map((i) => i.tw.slice(0, 2))])).toEqual([["PK", [[80.1, 81.3], [180, 250]]]]);
    expect(o.results.capaian.map((c) => c.realisasi)).toEqual([81.3, 430]);
    expect(rules(o).filter((r) => r.startsWith("isi-tak-terbaca")).length).toBeGreaterThan(0);
    expect(rules(o).some((r) => r.startsWith("sheet-unrecognised"))).toBe(false);
  });

  it("near miss: the same caption over a table with no quarterly realisasi stays a sheet not read", () => {
    const o = validasi([grid("PK", pkBupati), grid("Worksheet", report("LAPORAN DETAIL PK BUPATI 2025", ["No", "Indikator Kinerja", "Target 2025", "Keterangan"], [[1, IND[0], 82, "IKU"]]))]);
    expect(jenis(o, "Worksheet")).toBe("lain");
    expect(o.model.realisasi).toEqual([]);
    expect(rules(o)).toContain("sheet-unrecognised Worksheet!A1");
  });

  it("near miss: a caption that does not name the PK over the same table stays a sheet not read", () => {
    const o = validasi([grid("PK", pkBupati), grid("Worksheet", report("LAPORAN DETAIL BUPATI 2025", wide, data))]);
    expect(jenis(o, "Worksheet")).toBe("lain");
    expect(o.model.realisasi).toEqual([]);
  });
});

describe("`Realisasi s.d Bulan ini` under `Target dan Capaian`, the month in the title", () => {
  const pkKabid: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT"],
    [],
    ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Persentase kasus TBC yang diobati", "%", 90],
    [2, "S2", "Jumlah orang dengan HIV yang mendapat ARV", "Orang", 240],
    [],
    [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    [_(1)[0], "KEPALA DINAS KESEHATAN,", null, "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT,"],
    [],
    [_(1)[0], "dr. H. RIFANI", null, "NOOR LAILA"],
  ];
  const ukur = (bulan: string, targets: CellValue[] = ["Target", "Realisasi s.d Bulan ini", "% Capaian"], extra: CellValue[][] = [[95, 520]]): CellValue[][] => [
    [`LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN ${bulan} TAHUN 2025`],
    [],
    ["No.", "Indikator", "Satuan", "TARGET DAN CAPAIAN", null, null, ...(extra.length ? ["Target Akhir Renstra"] : [])],
    [null, null, null, ...targets],
    [1, "- Persentase kasus TBC yang diobati", "%", 90, 52.6, 58.44, ...(extra.length ? [extra[0][0]] : [])],
    [2, "- Jumlah orang dengan HIV yang mendapat ARV", "Orang", 240, 131, 54.58, ...(extra.length ? [extra[0][1]] : [])],
  ];

  it("a quarter-end month (Juni) makes it the running total of TW II, the PK's target from `Target`", () => {
    const o = hitung([grid("PK", pkKabid), grid("Ukur", ukur("JUNI"))]);
    expect(jenis(o, "Ukur")).toBe("realisasi");
    expect(o.model.realisasi[0].indikator.map((i) => [i.nama, i.target, i.sd])).toEqual([
      ["Persentase kasus TBC yang diobati", 90, [null, 52.6, null, null]],
      ["Jumlah orang dengan HIV yang mendapat ARV", 240, [null, 131, null, null]],
    ]);
    expect(o.results.triwulan).toBe(2);
    expect(o.results.capaian.map((c) => c.realisasi)).toEqual([52.6, 131]);
    expect(rules(o).some((r) => r.startsWith("target-mismatch"))).toBe(false);
  });

  it("the second target (`Target Akhir Renstra`) is reported unread, never taken for the target", () => {
    const o = validasi([grid("PK", pkKabid), grid("Ukur", ukur("JUNI"))]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual(["G3", "G5:G6"]);
  });

  it("near miss: one target column leaves nothing unread", () => {
    const o = validasi([grid("PK", pkKabid), grid("Ukur", ukur("JUNI", undefined, []))]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual([]);
  });

  it("near miss: a month inside a quarter (Mei) puts the running total in no quarter: reported, not read", () => {
    const o = validasi([grid("PK", pkKabid), grid("Ukur", ukur("MEI", undefined, []))]);
    expect(o.model.realisasi).toEqual([]);
    expect(rules(o).some((r) => r.startsWith("isi-tak-terbaca Ukur!"))).toBe(true);
  });
});

describe("quarterOfMonthEnd: the quarter a running total `s.d. <bulan>` closes", () => {
  it("fires for the months that end a quarter", () => {
    expect(quarterOfMonthEnd(["LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN JUNI TAHUN 2025"])).toBe(1);
    expect(quarterOfMonthEnd(["Realisasi s.d. Desember 2025"])).toBe(3);
    expect(quarterOfMonthEnd(["Capaian sampai dengan bulan Maret"])).toBe(0);
  });

  it("near misses: a month inside a quarter, two months, or none", () => {
    expect(quarterOfMonthEnd(["PENGUKURAN KINERJA S/D BULAN MEI 2025"])).toBeNull();
    expect(quarterOfMonthEnd(["s.d. Juni", "s.d. September"])).toBeNull();
    expect(quarterOfMonthEnd(["PENGUKURAN KINERJA TAHUN 2025"])).toBeNull();
  });
});

describe("`Capaian Kinerja` and `Capaian Keuangan` over the same quarter label, each over `Realisasi`", () => {
  const pkKadis: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS PENDIDIKAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Angka Partisipasi Murni SD", "%", 97.5],
    [],
    [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS PENDIDIKAN,"],
    [],
    [_(1)[0], "H. RUDI HARTONO", null, "Drs. HERI SUPRIYANTO"],
  ];
  const pengukuran = (second: string): CellValue[][] => [
    ["LAPORAN PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN"],
    ["Periode Pelaksanaan: TW II • Tahun Anggaran: 2025"],
    [],
    ["No", "Indikator Kinerja", "Target", "Capaian Kinerja", null, second],
    [null, null, null, "TW II", null, "TW II"],
    [null, null, null, "Realisasi", "Capaian (%)", "Realisasi"],
    [1, "Angka Partisipasi Murni SD", "97,50", "96,80", "99,28%", "27.905.000.000"],
  ];

  it("the money group's `Realisasi` is no kinerja realisasi: the kinerja from its own group, the rupiah reported", () => {
    const o = validasi([grid("PK", pkKadis), grid("Ukur", pengukuran("Capaian Keuangan"))]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw[1], i.twCells[1]])).toEqual([[96.8, "D7"]]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual(["F4:F7"]);
  });

  it("near miss: any second `Realisasi` of the same quarter is reported, never claimed unread", () => {
    const o = validasi([grid("PK", pkKadis), grid("Ukur", pengukuran("Capaian Output"))]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw[1], i.twCells[1]])).toEqual([[96.8, "D7"]]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual(["F4:F7"]);
  });

  it("near miss: one group over the quarter leaves nothing of the table unread", () => {
    const one = pengukuran("Capaian Keuangan").map((r) => r.slice(0, 5));
    const o = validasi([grid("PK", pkKadis), grid("Ukur", one)]);
    expect(o.model.realisasi[0].indikator.map((i) => i.tw[1])).toEqual([96.8]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual([]);
  });
});

describe("realisasi per quarter written as lines of one cell (`TW 1 = 22.5` / `TW 2 = 47.8`)", () => {
  const pkKadis: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS KESEHATAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Persentase ibu hamil mendapat pelayanan antenatal", "%", 100],
    [2, "S1", "Jumlah Puskesmas terakreditasi paripurna", "Puskesmas", 4],
    [],
    [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS KESEHATAN,"],
    [],
    [_(1)[0], "H. RUDI HARTONO", null, "dr. RAHMAT HIDAYAT"],
  ];
  const real = (cells: CellValue[], total = false): CellValue[][] => [
    ["REALISASI KINERJA TRIWULAN II TAHUN 2025"],
    ["KEPALA DINAS KESEHATAN"],
    [],
    ["No", "Indikator Kinerja", "Target", "Realisasi Kinerja Triwulan", ...(total ? ["Total Realisasi Kinerja s.d TW II"] : [])],
    [1, "Persentase ibu hamil mendapat pelayanan antenatal", 100, cells[0], ...(total ? ["47.8"] : [])],
    [2, "Jumlah Puskesmas terakreditasi paripurna", 4, cells[1], ...(total ? ["1"] : [])],
  ];

  it("each line is its quarter's realisasi, whatever quarter the title names; no value-unreadable", () => {
    const o = hitung([grid("PK", pkKadis), grid("Real", real(["TW 1 = 22.5 \nTW 2 = 47.8 ", "TW 1 = 0 \nTW 2 = 1 "], true))]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw, i.twCells, i.sd])).toEqual([
      [[22.5, 47.8, null, null], ["D5", "D5", "", ""], [null, 47.8, null, null]],
      [[0, 1, null, null], ["D6", "D6", "", ""], [null, 1, null, null]],
    ]);
    expect(o.results.capaian.map((c) => c.realisasi)).toEqual([47.8, 1]);
    expect(rules(o, "error")).toEqual([]);
  });

  it("near miss: one figure per cell under the same header is the quarter the title names", () => {
    const o = validasi([grid("PK", pkKadis), grid("Real", real(["47,8", "1"]))]);
    expect(o.model.realisasi[0].indikator.map((i) => i.tw)).toEqual([[null, 47.8, null, null], [null, 1, null, null]]);
  });

  it("near miss: `Total Realisasi Anggaran` is no kinerja running total", () => {
    const o = validasi([grid("PK", pkKadis), grid("Real", real(["47,8", "1"]).map((r, k) => (k === 3 ? [...r, "Total Realisasi Anggaran"] : k > 3 ? [...r, "1.250.000"] : r)))]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw[1], i.sd ?? null])).toEqual([[47.8, null], [1, null]]);
  });
});

describe("a `Total 2025` group beside the quarters, and `Target Akhir Renstra` over `Kinerja | Rp`", () => {
  const pkKadis: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS PENDIDIKAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Angka Partisipasi Kasar SMP", "%", 92],
    [],
    [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS PENDIDIKAN,"],
    [],
    [_(1)[0], "H. RUDI HARTONO", null, "Drs. SUPARMAN HADI"],
  ];
  const matrix = (second: string, last: [string, string]): CellValue[][] => [
    ["LAPORAN PENGUKURAN CAPAIAN KINERJA DAN KEUANGAN"],
    ["Periode Pelaksanaan: SEMUA TRIWULAN • Tahun Anggaran: 2025"],
    [],
    ["No", "Indikator Kinerja", "Target", "Capaian Kinerja", null, null, "Target Akhir Renstra"],
    [null, null, null, "TW I", "TW II", second, last[0]],
    [null, null, null, "Real.", "Real.", "Real.", null],
    [1, "Angka Partisipasi Kasar SMP", "92,00", "90,40", "91,10", "181,50", last[1]],
  ];

  it("the total is reported, never read as a quarter or swallowed; `Kinerja` under the Renstra target is no sasaran", () => {
    const o = validasi([grid("PK", pkKadis), grid("Ukur", matrix("Total 2025", ["Kinerja", "95,00"]))]);
    expect(o.model.realisasi[0].indikator.map((i) => [i.tw, i.target])).toEqual([[[90.4, 91.1, null, null], 92]]);
    expect(o.model.bacaan.find((b) => b.sheet === "Ukur")?.takTerbaca).toEqual(["F4:G7"]);
    expect(rules(o).some((r) => r.startsWith("target-mismatch"))).toBe(false);
  });

  it("near miss: a third quarter in the same place is read as TW III", () => {
    const o = validasi([grid("PK", pkKadis), grid("Ukur", matrix("TW III", ["Kinerja", "95,00"]))]);
    expect(o.model.realisasi[0].indikator.map((i) => i.tw)).toEqual([[90.4, 91.1, 181.5, null]]);
  });
});

describe("a Realisasi of another year left in the workbook (last year's copy)", () => {
  const pk: CellValue[][] = [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["KEPALA DINAS KESEHATAN"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
    [1, "S1", "Persentase kasus TBC yang diobati", "%", 90],
    [],
    [_(1)[0], "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
    [_(1)[0], "BUPATI CONTOH,", null, "KEPALA DINAS KESEHATAN,"],
    [],
    [_(1)[0], "H. RUDI HARTONO", null, "dr. RAHMAT HIDAYAT"],
  ];
  const real = (year: number, quarter: "II" | "IV", value: string): CellValue[][] => [
    [`REALISASI KINERJA TRIWULAN ${quarter} TAHUN ${year}`],
    ["KEPALA DINAS KESEHATAN"],
    [],
    ["No", "Indikator Kinerja", "Target", "Realisasi"],
    [null, null, null, "TW I", "TW II", "TW III", "TW IV"],
    [1, "Persentase kasus TBC yang diobati", 90, ...(quarter === "II" ? [null, value] : [null, null, null, value])],
  ];

  it("is said (tahun-mismatch) and counts for nothing: its TW IV never becomes this year's", () => {
    const o = hitung([grid("PK", pk), grid("Real 2025", real(2025, "II", "52,6")), grid("Real 2024", real(2024, "IV", "88,4"))]);
    expect(rules(o, "error")).toEqual(["tahun-mismatch Real 2024!A1"]);
    expect(o.results.triwulan).toBe(2);
    expect(o.results.capaian.map((c) => c.realisasi)).toEqual([52.6]);
  });

  it("near miss: a TW IV sheet of the same year counts", () => {
    const o = hitung([grid("PK", pk), grid("Real 2025", real(2025, "II", "52,6")), grid("Real IV", real(2025, "IV", "88,4"))]);
    expect(rules(o, "error")).toEqual([]);
    expect(o.results.triwulan).toBe(4);
    expect(o.results.capaian.map((c) => c.realisasi)).toEqual([88.4]);
  });
});
