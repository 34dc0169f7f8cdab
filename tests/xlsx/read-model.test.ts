/**
 * A workbook file read sheet by sheet as it is unpacked (on this thread, and through the worker of the compiled
 * command) reads exactly as readWorkbook over all its grids: samples, real layouts, a generated workbook, a
 * PENGATURAN sheet first and last; and a damaged file says the same one line.
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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../../scripts/cli-build");

jest.setTimeout(180_000);

const dir = tempDir("pk-read-model-");
type ReadModel = typeof readXlsxModel;
let builtReadModel: ReadModel;
let builtValidasiOf: typeof validasiOf;

beforeAll(() => {
  const main: string = ensureCliBuilt();
  const build = path.resolve(path.dirname(main), "..");
  // The compiled module finds its worker beside it: this is the path the command takes.
  expect(fs.existsSync(path.join(build, "xlsx", "read-worker.js"))).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  builtReadModel = require(path.join(build, "xlsx", "read-model.js")).readXlsxModel;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  builtValidasiOf = require(path.join(build, "engine", "run.js")).validasiOf;
});

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

test("every workbook reads the same, sheet by sheet, on this thread and through the worker", async () => {
  const all = await files();
  expect(all.length).toBeGreaterThanOrEqual(8);
  for (const file of all) {
    const whole = JSON.stringify(validasi(await readXlsx(file)));
    expect(JSON.stringify(validasiOf(await readXlsxModel(file, undefined, { thread: false })))).toBe(whole);
    expect(JSON.stringify(builtValidasiOf(await builtReadModel(file)))).toBe(whole);
  }
});

test("a PENGATURAN sheet after the PK still teaches the reader (the workbook is read again with it first)", async () => {
  const file = path.join(dir, "late.xlsx");
  await generatedToXlsx([pk, set], file);
  for (const read of [await readXlsxModel(file, undefined, { thread: false }), await builtReadModel(file)]) {
    expect(read.model.pk[0].indikator.map((i) => [i.nama, i.target])).toEqual([["Angka Kematian Ibu", 98]]);
  }
});

test("a damaged file: the same one line from the worker as from this thread", async () => {
  const good = fs.readFileSync(path.join(SAMPLES, "kabupaten-contoh-dinkes-2025.xlsx"));
  const file = path.join(dir, "terpotong.xlsx");
  fs.writeFileSync(file, good.subarray(0, Math.floor(good.length * 0.6)));
  const errors = await Promise.all([readXlsx(file), readXlsxModel(file, undefined, { thread: false }), builtReadModel(file)].map((p) => (p as Promise<unknown>).then(() => null, (e: unknown) => e)));
  for (const e of errors) expect(e).toBeInstanceOf(Error);
  const [whole, inThread, worker] = errors as WorkbookFileError[];
  expect(inThread).toBeInstanceOf(WorkbookFileError);
  expect([inThread.message, inThread.kind]).toEqual([whole.message, whole.kind]);
  expect([worker.message, (worker as WorkbookFileError).kind]).toEqual([whole.message, whole.kind]);
});

test("a limit passed in holds in the worker too", async () => {
  const file = path.join(dir, "generated-40-limit.xlsx");
  await generatedToXlsx(generateWorkbook(40), file);
  await expect(builtReadModel(file, { cells: 100 })).rejects.toThrow(/terlalu besar: buku kerja berisi lebih dari 100 sel/);
});
