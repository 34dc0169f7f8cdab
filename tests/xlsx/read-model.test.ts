/**
 * A workbook file read sheet by sheet as it is unpacked reads exactly as readWorkbook over all its grids:
 * samples, real layouts, a generated workbook, a PENGATURAN sheet first and last; a damaged file says the same
 * one line, and a limit passed in holds.
 */
import * as fs from "fs";
import * as path from "path";
import { validasi, validasiOf } from "../../src/engine/run";
import { readXlsx, WorkbookFileError } from "../../src/xlsx/read";
import { readXlsxModel } from "../../src/xlsx/read-model";
import { generateWorkbook, generatedToXlsx } from "../../bench/generate";
import { grid } from "../support/grid";
import { SAMPLES } from "../support/samples";
import { tempDir } from "../cli/harness";

jest.setTimeout(180_000);

const dir = tempDir("pk-read-model-");
const pk = grid("PK", [["PERJANJIAN KINERJA TAHUN 2025"], ["No", "Uraian Kinerja", "Besaran yang Dijanjikan"], [1, "Angka Kematian Ibu", 98]]);
const set = grid("Set", [["PENGATURAN"], ["Judul kolom", "Uraian Kinerja", "indikator"], ["Judul kolom", "Besaran yang Dijanjikan", "target"]]);

async function files(): Promise<string[]> {
  const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, f));
  const real = fs.readdirSync(path.join(SAMPLES, "real")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(SAMPLES, "real", f));
  const made: [string, Parameters<typeof generatedToXlsx>[0]][] = [
    ["generated-40.xlsx", generateWorkbook(40)],
    ["pengaturan-last.xlsx", [pk, set]],
    ["pengaturan-first.xlsx", [set, pk]],
  ];
  for (const [name, grids] of made) await generatedToXlsx(grids, path.join(dir, name));
  return [...samples, ...real, ...made.map(([name]) => path.join(dir, name))];
}

test("every workbook reads the same, sheet by sheet as it is unpacked", async () => {
  const all = await files();
  expect(all.length).toBeGreaterThanOrEqual(8);
  for (const file of all) {
    const whole = JSON.stringify(validasi(await readXlsx(file)));
    expect(JSON.stringify(validasiOf(await readXlsxModel(file)))).toBe(whole);
  }
});

test("a PENGATURAN sheet after the PK still teaches the reader (the workbook is read again with it first)", async () => {
  const file = path.join(dir, "late.xlsx");
  await generatedToXlsx([pk, set], file);
  const read = await readXlsxModel(file);
  expect(read.model.pk[0].indikator.map((i) => [i.nama, i.target])).toEqual([["Angka Kematian Ibu", 98]]);
});

test("a damaged file: the same one line as the whole read says", async () => {
  const good = fs.readFileSync(path.join(SAMPLES, "kabupaten-contoh-dinkes-2025.xlsx"));
  const file = path.join(dir, "terpotong.xlsx");
  fs.writeFileSync(file, good.subarray(0, Math.floor(good.length * 0.6)));
  const errors = await Promise.all([readXlsx(file), readXlsxModel(file)].map((p) => (p as Promise<unknown>).then(() => null, (e: unknown) => e)));
  const [whole, unpacked] = errors as WorkbookFileError[];
  expect(whole).toBeInstanceOf(WorkbookFileError);
  expect(unpacked).toBeInstanceOf(WorkbookFileError);
  expect([unpacked.message, unpacked.kind]).toEqual([whole.message, whole.kind]);
});

test("a limit passed in holds", async () => {
  const file = path.join(dir, "generated-40-limit.xlsx");
  await generatedToXlsx(generateWorkbook(40), file);
  await expect(readXlsxModel(file, { cells: 100 })).rejects.toThrow(/terlalu besar: buku kerja berisi lebih dari 100 sel/);
});
