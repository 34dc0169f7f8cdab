/** What the writer writes, the reader reads back: values and formats, tricky text included; both compressors agree. */
import fc from "fast-check";
import JSZip from "jszip";
import { crc32 as zlibCrc32, deflateRawSync } from "zlib";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { readWorkbookBytes } from "../../src/xlsx/read-bytes";
import { writeWorkbook } from "../../src/xlsx/write";
import { crc32, ZipWriter, type Compressor } from "../../src/xlsx/zip-write";
import { capaianPlan, kurvaSPlan, samplePk } from "./plans";

const ZLIB: Compressor = { deflate: (d) => deflateRawSync(d), crc32: (d) => zlibCrc32(d) };

const TRICKY = ["baris\r\nbaru", "kode_x0041_ tetap", "  spasi di tepi  ", "Rp 1.250.000,- & <lainnya> \"kutip\" 'tunggal'", "emoji 🙂 dan aksara ꦗꦮ", "=1+1", "x".repeat(40_000)];

function trickyPlan(): SheetPlan {
  const plan = capaianPlan();
  return { ...plan, name: "Teks", values: [...plan.values, TRICKY, [1e-7, -0, 1.5e21, 123456789.125, Number.NaN, Infinity]] };
}

test("every plan value reads back as written (text beyond Excel's 32,767 characters cut), with its number format", () => {
  const plans = [trickyPlan(), kurvaSPlan([samplePk(0), samplePk(1)])];
  const grids = readWorkbookBytes(writeWorkbook(plans));
  expect(grids.map((g) => g.name)).toEqual(["Teks", "Kurva S"]);
  plans.forEach((plan, i) => {
    const g = grids[i];
    expect([g.top, g.left]).toEqual([0, 0]);
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        // Excel has no negative zero.
        const want = typeof v === "number" ? (Number.isFinite(v) ? v + 0 : null) : v === "" ? null : typeof v === "string" ? v.slice(0, 32767) : null;
        expect({ at: `${i}:${r}:${c}`, v: g.values[r]?.[c] ?? null }).toEqual({ at: `${i}:${r}:${c}`, v: want });
      }),
    );
  });
  expect(grids[0].formats[4][3]).toBe("#,##0");
  expect(grids[0].formats[4][5]).toBe("#,##0.00");
  expect(grids[0].merges).toEqual(["A1:H1"]);
});

test("the zlib compressor writes the same package, part for part", async () => {
  const plans = [capaianPlan(30), kurvaSPlan([samplePk(0)])];
  const created = new Date(2025, 5, 30, 10, 20, 30);
  const [a, b] = [writeWorkbook(plans, { created }), writeWorkbook(plans, { created, compressor: ZLIB })];
  const [za, zb] = [await JSZip.loadAsync(a), await JSZip.loadAsync(b)];
  const names = Object.keys(za.files);
  expect(Object.keys(zb.files)).toEqual(names);
  for (const n of names) expect(await zb.file(n)!.async("string")).toBe(await za.file(n)!.async("string"));
  expect(za.file("xl/workbook.xml")!.date.getMinutes()).toBe(20);
  expect(readWorkbookBytes(b)).toEqual(readWorkbookBytes(a));
});

test("crc32 is zlib's", () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
});

test("an archive of no parts is still a ZIP", async () => {
  const empty = new ZipWriter(ZLIB, new Date()).finish();
  expect(Object.keys((await JSZip.loadAsync(empty)).files)).toEqual([]);
});
