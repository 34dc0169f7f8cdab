import { grid, pkSheet } from "./builders";
import { cleanSpecs, expectNone, expectOne, findingsOf, run } from "./fixture";
import { validasi } from "../../src/engine/run";

describe("pk-missing", () => {
  test("a workbook without any PK sheet", () => {
    const f = findingsOf([grid("Catatan", [["Daftar isi"]]), grid("Data", [["x", 1]])]);
    expectOne(f, "pk-missing", { severity: "error", sheet: "Catatan", cell: "A1" }, "PERJANJIAN KINERJA");
  });
  test("near miss: a single PK", () => {
    expectNone(findingsOf([pkSheet(cleanSpecs().kadis)]), "pk-missing");
  });
});

describe("sheet-unrecognised", () => {
  test("a sheet that is no PK, Rencana Aksi, Realisasi or PENGATURAN", () => {
    const f = run((s) => s.extra.push(grid("Catatan", [["Catatan rapat"], ["tanggal", "perihal"]])));
    expectOne(f, "sheet-unrecognised", { severity: "info", sheet: "Catatan", cell: "A1" }, "tidak dikenali");
  });
  test("a cover page titled PERJANJIAN KINERJA is not a PK", () => {
    const f = run((s) => s.extra.push(grid("Sampul", [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS KESEHATAN"], ["KABUPATEN CONTOH"]])));
    expectOne(f, "sheet-unrecognised", { severity: "info", sheet: "Sampul", cell: "A1" }, "halaman sampul");
    expectNone(f, "tabel-missing");
    expectNone(f, "pihak-missing");
  });
  test("near miss: a PENGATURAN sheet is recognised", () => {
    expectNone(run((s) => s.extra.push(grid("Setelan", [["PENGATURAN"], ["Batas capaian", "Tanpa batas"]]))), "sheet-unrecognised");
  });
});

describe("pk-unlinked (a new rule: a Rencana Aksi or Realisasi that belongs to no PK)", () => {
  const pkOf = (name: string, jabatan: string, indikator: string) =>
    grid(name, [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [jabatan],
      ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"],
      [1, "S", indikator, "orang", 10],
      [],
      [null, "PIHAK KEDUA,", null, "PIHAK PERTAMA,"],
      [null, "KEPALA BIDANG KESMAS,", null, `${jabatan},`],
      [null, "A", null, "B"],
    ]);
  const two = [pkOf("PK A", "KEPALA SEKSI GIZI", "Jumlah balita ditimbang"), pkOf("PK B", "KEPALA SEKSI KESGA", "Jumlah ibu hamil dilayani")];
  const real = (jabatan: string | null, indikator: string) =>
    grid("Real", [["REALISASI 2025"], ...(jabatan ? [[jabatan]] : []), ["No", "Indikator Kinerja", "Realisasi"], [null, null, "TW I", "TW II", "TW III", "TW IV"], [1, indikator, 3]]);

  it("fires when neither the jabatan line nor the content ties the sheet to a PK", () => {
    const out = validasi([...two, real("KEPALA SEKSI P2P", "Jumlah kasus TB ditemukan")]);
    expect(out.findings.filter((f) => f.rule === "pk-unlinked").map((f) => [f.severity, f.sheet, f.cell])).toEqual([["warning", "Real", "A2"]]);
  });
  it("names both PKs when the jabatan line names two alike (two PKs of one version), never 'no PK'", () => {
    const out = validasi([pkOf("PK Gizi", "KEPALA SEKSI GIZI", "Jumlah balita ditimbang"), pkOf("PK Gizi (2)", "KEPALA SEKSI GIZI", "Jumlah balita ditimbang"), real("KEPALA SEKSI GIZI", "Jumlah kasus TB ditemukan")]);
    const f = out.findings.filter((x) => x.rule === "pk-unlinked");
    expect(f.map((x) => [x.sheet, x.cell])).toEqual([["Real", "A2"]]);
    expect(f[0].message).toContain('Pihak Pertama di 2 PK ("PK Gizi", "PK Gizi (2)")');
    expect(f[0].message).not.toContain("tidak ada PK");
  });
  it("does not fire when the sheet names no jabatan but its indikator are one PK's", () => {
    const out = validasi([...two, real(null, "Jumlah ibu hamil dilayani")]);
    expect(out.findings.some((f) => f.rule === "pk-unlinked")).toBe(false);
    expect(out.model.realisasi[0].pk).toBe("PK B");
  });
});
