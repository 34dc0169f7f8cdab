/**
 * readSheetHeads: what choosing a name to write under needs (each sheet's name and its top-left corner), in three
 * small round trips, whatever the workbook's size (three on a host that refuses the sheet chain's calls on null
 * objects); a user's sheet is never taken.
 */
import { createExcelDoor } from "../../src/excel";
import { chooseName } from "../../src/engine/plan/names";
import { OWN_SHEET_MARK } from "../../src/engine/plan/sheet-plan";
import { FakeExcel } from "../fakes/fake-excel";

const big = Array.from({ length: 300 }, (_, i) => ({
  name: `PK ${i}`,
  values: Array.from({ length: 60 }, (_, r) => Array.from({ length: 10 }, (_, c) => (c === 0 ? `teks ${r}` : r * c))),
  top: 3,
  left: 1,
}));

function book() {
  return FakeExcel.fromSheets([
    ...big,
    { name: "Rekap OPD", values: [["REKAP KINERJA"], [`${OWN_SHEET_MARK} dari 3 buku kerja`]], top: 0, left: 0 },
    { name: "Perubahan", values: [["Catatan rapat saya"], ["jangan dihapus"]] },
    { name: "Rekap Indikator", values: [[1]], hidden: true },
    { name: "Kosong", values: [] },
  ]);
}

test("two round trips, small answers, each sheet's name and corner", async () => {
  const fake = book();
  const heads = await createExcelDoor(fake.run, { web: true }).readSheetHeads();
  expect(fake.syncCount).toBe(2);
  expect(fake.maxResponseBytes).toBeLessThan(200_000);
  expect(heads.map((h) => h.name)).toEqual([...big.map((s) => s.name), "Rekap OPD", "Perubahan", "Rekap Indikator", "Kosong"]);
  // The corner only: at most 6 rows and 3 columns, where the sheet's cells start.
  const first = heads[0];
  expect([first.top, first.left, first.values.length, first.values[0].length]).toEqual([3, 1, 6, 3]);
  expect(heads.find((h) => h.name === "Rekap Indikator")!.hidden).toBe(true);
});

test("the add-in's own sheet is replaced; a user's sheet and a hidden one of the same name are left alone", async () => {
  const heads = await createExcelDoor(book().run).readSheetHeads();
  expect(chooseName("Rekap OPD", heads)).toEqual({ name: "Rekap OPD", replace: true });
  expect(chooseName("Perubahan", heads)).toEqual({ name: "Perubahan (2)", replace: false });
  expect(chooseName("Rekap Indikator", heads)).toEqual({ name: "Rekap Indikator (2)", replace: false });
});

test("a second call asks for the sheets it saw in its first request: two round trips", async () => {
  const fake = book();
  const door = createExcelDoor(fake.run, { web: true });
  await door.readSheetHeads();
  const before = fake.syncCount;
  await door.readSheetHeads();
  expect(fake.syncCount - before).toBe(2);
});

test("a host that refuses calls on null objects: the refused chain, names, addresses, corners", async () => {
  const fake = FakeExcel.fromSheets([{ name: "A", values: [[1, 2]] }, { name: "B", values: [] }], { callOnNullObject: "InvalidArgument" });
  const door = createExcelDoor(fake.run, { web: true });
  const heads = await door.readSheetHeads();
  expect(fake.syncCount).toBe(4);
  expect(heads.map((h) => [h.name, h.values])).toEqual([["A", [[1, 2]]], ["B", []]]);
});
