/**
 * The planner teaches the reader (workbook.md §4 `Judul kolom`): unknown headers are offered to be named, the
 * names are written into PENGATURAN, and the next reading uses them.
 */
import { validasi } from "../../src/engine/run";
import { planPengaturan } from "../../src/engine/plan/pengaturan";
import { grid } from "../support/grid";
import { applyEdits } from "../support/edit";

const pk = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["No", "Uraian Kinerja", "Besaran yang Dijanjikan"],
  [1, "Angka Kematian Ibu", 98],
  [2, "Angka Kematian Bayi", 7],
]);
const values = { polaritasNegatif: "2T-R" as const, batas: null, skala: "Permendagri 86/2017", triwulan: null };

it("offers the headers it does not know, with their cells", () => {
  const b = validasi([pk]).model.bacaan[0];
  expect(b.judulTakDikenal).toEqual([
    { cell: "B2", text: "Uraian Kinerja" },
    { cell: "C2", text: "Besaran yang Dijanjikan" },
  ]);
});

it("writes the names into a new PENGATURAN sheet, and the next reading reads the table", () => {
  const edits = planPengaturan([pk], { ...values, judulKolom: [{ header: "Uraian Kinerja", meaning: "indikator" }, { header: "Besaran yang Dijanjikan", meaning: "target" }] });
  expect(edits.create).toBe(true);
  const after = validasi(applyEdits([pk], edits));
  expect(after.model.pengaturan.judulKolom.map((j) => [j.header, j.meaning])).toEqual([["Uraian Kinerja", "indikator"], ["Besaran yang Dijanjikan", "target"]]);
  expect(after.model.pk[0].indikator.map((i) => [i.nama, i.target])).toEqual([["Angka Kematian Ibu", 98], ["Angka Kematian Bayi", 7]]);
  expect(after.model.bacaan.find((b) => b.sheet === "PK")!.judulTakDikenal).toEqual([]);
});

it("changes a meaning in place in an existing sheet, and adds a new header as a row", () => {
  const set = grid("Setelan", [["PENGATURAN"], ["Judul kolom", "Uraian Kinerja", "sasaran"]]);
  const edits = planPengaturan([pk, set], { ...values, judulKolom: [{ header: "uraian  kinerja", meaning: "indikator" }, { header: "Besaran yang Dijanjikan", meaning: "target" }] });
  expect(edits.writes).toContainEqual({ cell: "C2", value: "indikator" });
  expect(edits.writes.filter((w) => w.value === "Judul kolom")).toHaveLength(1);
  const after = validasi(applyEdits([pk, set], edits));
  expect(after.model.pengaturan.judulKolom.map((j) => [j.header, j.meaning])).toEqual([["Uraian Kinerja", "indikator"], ["Besaran yang Dijanjikan", "target"]]);
  expect(after.model.pk[0].indikator).toHaveLength(2);
});

it("near miss: a meaning outside the list is a pengaturan-invalid finding and teaches nothing", () => {
  const set = grid("Setelan", [["PENGATURAN"], ["Judul kolom", "Uraian Kinerja", "nama indikatornya"]]);
  const o = validasi([pk, set]);
  expect(o.findings.filter((f) => f.rule === "pengaturan-invalid").map((f) => f.cell)).toEqual(["C2"]);
  expect(o.model.pengaturan.judulKolom).toEqual([]);
  expect(o.model.pk).toEqual([]);
});
