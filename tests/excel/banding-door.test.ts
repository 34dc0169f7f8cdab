/** Bandingkan through the Office.js door, against the in-memory Excel holding the revised Dinkes sample. */
import { createExcelDoor } from "../../src/excel";
import { runBanding, writePerubahan } from "../../src/app/run-banding";
import { OWN_SHEET_MARK } from "../../src/engine/plan/sheet-plan";
import type { Grid } from "../../src/engine/grid";
import { readXlsx } from "../../src/xlsx/read";
import { samplePath } from "../support/samples";
import { FakeExcel, type FakeSheetData } from "../fakes/fake-excel";
import { Book } from "../compare/edit";
import { reviseDinkes } from "../compare/revision";

let sample: Grid[];
let revised: Grid[];
const OTHER = { name: "pk-dinkes-awal.xlsx", bytes: new Uint8Array([0x50, 0x4b, 3, 4]) };

beforeAll(async () => {
  sample = await readXlsx(samplePath("kabupaten-contoh-dinkes-2025"));
  revised = reviseDinkes(new Book(sample)).grids;
});

const fakeOf = (grids: Grid[], extra: FakeSheetData[] = []) => FakeExcel.fromSheets([...(grids as FakeSheetData[]), ...extra]);

test("compare reads the open workbook in two syncs; writing the Perubahan sheet reads again and writes in a few more", async () => {
  const fake = fakeOf(revised);
  const door = createExcelDoor(fake.run);
  const out = await runBanding(door, async () => sample, OTHER, "baru");
  if (!out.ok) throw new Error(out.message);
  expect(fake.syncCount).toBe(2);
  expect(out.value.banding.perubahan.length).toBeGreaterThan(10);
  fake.resetCounters();
  const written = await writePerubahan(door, out.value);
  expect(written).toEqual({ ok: true, value: { written: ["Perubahan"], warnings: [] } });
  // The read again (2), then the door's requests for the table and its layout: a handful, whatever the size.
  expect(fake.syncCount).toBeGreaterThanOrEqual(3);
  expect(fake.syncCount).toBeLessThanOrEqual(5);
  const sheet = fake.sheet("Perubahan")!;
  expect(sheet.values[1][0]).toBe(`${OWN_SHEET_MARK} dari isi buku kerja ini. Lembar ini ditimpa setiap kali PK Kinerja dijalankan; jangan mengetik di sini.`);
  expect(sheet.values.flat()).toContain("Versi lama: pk-dinkes-awal.xlsx · versi baru: buku kerja ini");
  // The user's sheets are untouched.
  for (const g of revised) expect(fake.sheet(g.name)!.values[0][0]).toEqual(g.values[0][0]);
});

test("a second run replaces its own Perubahan sheet; a user's sheet of that name is left alone", async () => {
  const fake = fakeOf(revised, [{ name: "Perubahan", values: [["Catatan perubahan saya"]] }]);
  const door = createExcelDoor(fake.run);
  const out = await runBanding(door, async () => sample, OTHER, "baru");
  if (!out.ok) throw new Error(out.message);
  await writePerubahan(door, out.value);
  await writePerubahan(door, out.value);
  expect(fake.sheetNames().filter((n) => n.startsWith("Perubahan"))).toEqual(["Perubahan", "Perubahan (2)"]);
  expect(fake.sheet("Perubahan")!.values[0][0]).toBe("Catatan perubahan saya");
  // Comparing again with the Perubahan sheet in the workbook: it is the add-in's own, not read as content.
  const again = await runBanding(door, async () => sample, OTHER, "baru");
  expect(again.ok && again.value.banding.perubahan.length).toBe(out.value.banding.perubahan.length);
});
