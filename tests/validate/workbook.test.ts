import { grid, pkSheet } from "./builders";
import { cleanSpecs, expectNone, expectOne, findingsOf, run } from "./fixture";

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
