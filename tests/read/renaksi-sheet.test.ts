import { readWorkbook } from "../../src/engine/read/workbook";
import { grid, _ } from "../support/grid";

const pk = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["KEPALA SEKSI KESEHATAN KELUARGA"],
  ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
  [1, "S", "Jumlah ibu hamil dilayani", "orang", 12480],
  [],
  ["No", "Kode", "Sub Kegiatan", "Anggaran"],
  [1, "1.02.02.2.02.0001", "Ibu Hamil", 1200],
  [],
  [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
  [null, "KEPALA BIDANG KESMAS,", null, "KEPALA SEKSI KESEHATAN KELUARGA,"],
  [null, "A", null, "B"],
]);

describe("Rencana Aksi sheet", () => {
  it("reads quarterly targets under a merged Target Triwulan, sifat, polaritas, and the plan with a Jenis column", () => {
    const ra = grid("RA", [
      ["RENCANA AKSI TAHUN 2025"],
      ["Kepala Seksi Kesehatan Keluarga"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", null, null, null, "Sifat", "Polaritas"],
      [null, null, null, null, "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
      [1, "Jumlah ibu hamil dilayani", "orang", "12.480", "3.120", "6.240", "9.360", "12.480", "Kumulatif", "Semakin tinggi semakin baik"],
      [],
      ["Kode", "Sub Kegiatan", "Pagu", "Jenis", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
      ["1.02.02.2.02.0001", "Ibu Hamil", 1200, "Rencana Keuangan", 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
      [null, null, null, "Rencana Fisik", 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1],
    ], { formats: Object.fromEntries("EFGHIJKLMNOP".split("").map((c) => [`${c}10`, "0%"])) });
    const { model, findings } = readWorkbook([pk, ra]);
    expect(findings).toEqual([]);
    const s = model.renaksi[0];
    expect(s.pk).toBe("PK");
    expect(s.indikator[0]).toMatchObject({ nama: "Jumlah ibu hamil dilayani", target: 12480, tw: [3120, 6240, 9360, 12480], twCells: ["E6", "F6", "G6", "H6"], sifat: "kumulatif", polaritas: "positif" });
    expect(s.plan[0]).toMatchObject({ kode: "1.02.02.2.02.0001", pagu: 1200, paguCell: "C9" });
    expect(s.plan[0].keuangan?.values).toEqual(new Array(12).fill(100));
    expect(s.plan[0].fisik?.values[11]).toBeCloseTo(100);
    expect(s.plan[0].fisik?.cells[0]).toBe("E10");
  });

  it("tells the physical row by `Fisik (%)` in the name column, reads TW 1..TW 4 and short month names in capitals", () => {
    const ra = grid("RA2", [
      ["RENCANA AKSI 2025"],
      ["No", "Indikator", "Target", "Target TW"],
      [null, null, null, "TW 1", "TW 2", "TW 3", "TW 4"],
      [1, "Jumlah ibu hamil dilayani", 12480, 3000, 3000, 3000, 3480],
      [],
      ["Kode", "Uraian", "Pagu", "JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"],
      ["1.02.02.2.02.0001", "Ibu Hamil", 1200, ..._(11), 1200],
      [null, "Fisik (%)", null, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100],
    ]);
    const s = readWorkbook([pk, ra]).model.renaksi[0];
    expect(s.pk).toBe("PK");
    expect(s.indikator[0].tw).toEqual([3000, 3000, 3000, 3480]);
    expect(s.plan).toHaveLength(1);
    expect(s.plan[0].keuangan?.values[11]).toBe(1200);
    expect(s.plan[0].fisik?.values[0]).toBe(5);
  });
});

describe("Realisasi sheet", () => {
  it("reads realisasi per quarter (blank is not reported, 0 is a real zero) and money and fisik per month", () => {
    const real = grid("R", [
      ["PENGUKURAN KINERJA TAHUN 2025"],
      ["KEPALA SEKSI KESEHATAN KELUARGA"],
      ["No", "Indikator Kinerja", "Target", "Realisasi"],
      [null, null, null, "I", "II", "III", "IV"],
      [1, "Jumlah ibu hamil dilayani", 12480, 0, "3.110", null],
      [],
      ["Kode", "Sub Kegiatan", "Jenis", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nop", "Des"],
      ["1.02.02.2.02.0001", "Ibu Hamil", "Realisasi Keuangan", "Rp 100", 200, 300],
      [null, null, "Realisasi Fisik", 5, 10, 15],
    ]);
    const s = readWorkbook([pk, real]).model.realisasi[0];
    expect(s.pk).toBe("PK");
    expect(s.indikator[0]).toMatchObject({ tw: [0, 3110, null, null], twCells: ["D5", "E5", "F5", "G5"] });
    expect(s.budget[0].keuangan?.values.slice(0, 4)).toEqual([100, 200, 300, null]);
    expect(s.budget[0].fisik?.values.slice(0, 3)).toEqual([5, 10, 15]);
  });
});

describe("PENGATURAN sheet and unknown sheets", () => {
  it("reads the settings and reports an unusable value at its cell with the default kept", () => {
    const set = grid("Setelan", [
      ["PENGATURAN"],
      [],
      ["Rumus polaritas negatif", "T/R"],
      ["Batas capaian", 120],
      ["Skala predikat", "90;75;65;50"],
      ["Triwulan pelaporan", "II"],
      ["Batas status indikator", "85;95"],
      ["Batas status Kurva S", "-5;-10"],
    ]);
    const { model, findings } = readWorkbook([pk, set]);
    expect(model.pengaturan).toMatchObject({ polaritasNegatif: "T/R", batas: 120, triwulan: 2, statusIndikator: [95, 85], statusKurvaS: [-5, -10], sheet: "Setelan" });
    expect(model.pengaturan.skala.thresholds).toEqual([90, 75, 65, 50]);
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["pengaturan-invalid", "Setelan", "B7"]]);
  });

  it("recognises sheets by content whatever their name or order", () => {
    const notes = grid("PK Kadis", [["catatan rapat"], ["bukan lembar PK"]]);
    const { model } = readWorkbook([notes, pk]);
    expect(model.sheets).toEqual([{ name: "PK Kadis", kind: "unknown" }, { name: "PK", kind: "pk" }]);
  });
});

describe("a Rencana Aksi whose quarterly targets sit under a plain `Target` header", () => {
  it("reads the annual target from `Target Tahunan`, not from the first quarter", () => {
    const ra = grid("RA3", [
      ["RENCANA AKSI 2025"],
      ["No", "Indikator Kinerja", "Target", null, null, null, "Target Tahunan"],
      [null, null, "TW I", "TW II", "TW III", "TW IV"],
      [1, "Jumlah ibu hamil dilayani", 3120, 6240, 9360, 12480, 12480],
    ]);
    const i = readWorkbook([pk, ra]).model.renaksi[0].indikator[0];
    expect(i).toMatchObject({ target: 12480, targetCell: "G4", tw: [3120, 6240, 9360, 12480] });
  });
});
