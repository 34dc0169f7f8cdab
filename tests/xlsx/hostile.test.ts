/**
 * Hostile files at the door (readWorkbookBytes): each answers fast and within bounds, with grids or with one
 * Indonesian reason of the right kind. Files are generated small; limits are lowered where the real ones
 * would make the test slow (bench/hostile.ts runs them at full size, in a process, with the default limits).
 */
import * as fs from "fs";
import { performance } from "perf_hooks";
import type { Grid } from "../../src/engine/grid";
import type { Limits } from "../../src/xlsx/limits";
import { readWorkbookBytes } from "../../src/xlsx/read-bytes";
import { WorkbookError, type WorkbookErrorKind } from "../../src/xlsx/workbook-error";
import * as H from "../../bench/generate/hostile";
import { DINKES } from "../cli/harness";

const sample = new Uint8Array(fs.readFileSync(DINKES));

/**
 * Reads `bytes`, timing it: the grids, or the error's kind and reason. Time bounds are loose (the machine is
 * shared); what they tell apart is milliseconds from the minutes these files used to cost.
 */
function attempt(bytes: Uint8Array, limits?: Partial<Limits>): { ms: number; grids?: Grid[]; kind?: WorkbookErrorKind; reason?: string } {
  const start = performance.now();
  try {
    const grids = readWorkbookBytes(bytes, limits);
    return { ms: performance.now() - start, grids };
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    return { ms: performance.now() - start, kind: e.kind, reason: e.reason };
  }
}

/** Cells a grid really holds: own entries of its (possibly sparse) arrays, never the rectangle between them. */
function heldCells(g: Grid): number {
  let n = 0;
  for (const r in g.values) for (const c in g.values[r]) if (g.values[r][c] !== null) n++;
  return n;
}

describe("far-apart cells", () => {
  test("A1 and XFD1048576: two cells held, read in milliseconds", () => {
    const r = attempt(H.farApart());
    expect(r.grids).toHaveLength(1);
    const g = r.grids![0];
    expect(heldCells(g)).toBe(2);
    expect([g.top, g.left, g.values[0][0], g.values[1_048_575][16_383]]).toEqual([0, 0, 1, 2]);
    expect(Object.keys(g.values)).toEqual(["0", "1048575"]);
    expect(r.ms).toBeLessThan(1000);
  });

  test("the sample with one more number at ZZ20000: one cell more, no rectangle", () => {
    const before = readWorkbookBytes(sample);
    const r = attempt(H.withFarCell(sample));
    const [a, b] = [before[0], r.grids![0]];
    expect(heldCells(b)).toBe(heldCells(a) + 1);
    expect(b.values[19_999 - b.top][701 - b.left]).toBe(7);
    expect(Object.keys(b.values).length).toBe(Object.keys(a.values).length + 1);
    expect(r.ms).toBeLessThan(1000);
  });
});

describe("parts that inflate past the limits", () => {
  const sheet = (megabytes: number, stated?: number) => H.bombEntry(`<worksheet xmlns="${"x"}"><sheetData>`, "<row/>", megabytes, "</sheetData></worksheet>", stated);

  test("a part stated larger than the per-part limit is refused before it is inflated", () => {
    const r = attempt(H.workbook([{ name: "Bom", xml: sheet(64) }]), { partBytes: 2 ** 20 });
    expect(r).toMatchObject({ kind: "limit", reason: 'terlalu besar: lembar "Bom" lebih dari 1 MB tanpa kompresi (batas per bagian)' });
    expect(r.ms).toBeLessThan(1000);
  });

  test("a part whose header lies about its size is stopped once it passes what it stated", () => {
    const r = attempt(H.workbook([{ name: "Bohong", xml: sheet(64, 10_000) }]));
    expect(r.kind).toBe("damaged");
    expect(r.reason).toMatch(/^berkas \.xlsx rusak atau terpotong .*lebih besar dari yang dinyatakan arsipnya/);
    expect(r.ms).toBeLessThan(5000);
  });

  test("parts each under the per-part limit, together over the total: refused at the part that passes it", () => {
    const sheets = Array.from({ length: 4 }, (_, i) => ({ name: `L${i}`, xml: sheet(1) }));
    expect(attempt(H.workbook(sheets), { totalBytes: 3 * 2 ** 20 })).toMatchObject({ kind: "limit", reason: "terlalu besar: isi buku kerja lebih dari 3 MB tanpa kompresi (batas total)" });
    expect(attempt(H.workbook(sheets), { totalBytes: 5 * 2 ** 20 }).grids).toHaveLength(4);
  });

  test("a 4 GB sheet in a 4 MB file, at the default limits: refused from its header, at once", () => {
    const bomb = H.workbook([{ name: "Bom", xml: H.bombEntry('<worksheet xmlns="x"><sheetData>', " ", 4000, "</sheetData></worksheet>") }]);
    expect(bomb.length).toBeLessThan(5 * 2 ** 20);
    const r = attempt(bomb);
    expect(r).toMatchObject({ kind: "limit", reason: 'terlalu besar: lembar "Bom" lebih dari 200 MB tanpa kompresi (batas per bagian)' });
    expect(r.ms).toBeLessThan(1000);
  });

  test("more ZIP entries than the limit: refused from the central directory", () => {
    expect(attempt(sample, { entries: 10 })).toMatchObject({ kind: "limit", reason: "terlalu besar: arsip ZIP berisi lebih dari 10 entri" });
  });
});

describe("counts past the limits", () => {
  test("millions of shared strings: refused when the table passes its limit", () => {
    const r = attempt(H.workbook([{ name: "S", xml: H.sheetXml("") }], { sharedStrings: H.manySharedStrings(2_000_000) }), { sharedStrings: 50_000 });
    expect(r).toMatchObject({ kind: "limit", reason: "terlalu besar: daftar teks bersama berisi lebih dari 50.000 teks" });
    expect(r.ms).toBeLessThan(5000);
  });

  test("10,000 sheets: refused at the default limit of 5,000", () => {
    const r = attempt(H.manySheets(10_000));
    expect(r).toMatchObject({ kind: "limit", reason: "terlalu besar: buku kerja berisi lebih dari 5.000 lembar" });
    expect(r.ms).toBeLessThan(5000);
  });

  test("cells past the limit: refused at the sheet where the count passes it", () => {
    expect(attempt(sample, { cells: 100 })).toMatchObject({ kind: "limit", reason: expect.stringMatching(/^terlalu besar: buku kerja berisi lebih dari 100 sel \(terlampaui di lembar "PK [^"]+"\)$/) });
    expect(attempt(sample, { merges: 5 })).toMatchObject({ kind: "limit", reason: expect.stringMatching(/^terlalu besar: buku kerja berisi lebih dari 5 sel gabungan/) });
  });

  test("a 5 MB cell: refused, one cell of Excel holds 32,767 characters; one of that size reads", () => {
    const r = attempt(H.hugeCell(5));
    expect(r).toMatchObject({ kind: "limit", reason: expect.stringMatching(/^terlalu besar: lembar "Besar" memuat teks lebih dari 1\.048\.576 karakter/) });
    expect(r.ms).toBeLessThan(1000);
    const longest = "a".repeat(32_767);
    const ok = attempt(H.workbook([{ name: "Panjang", xml: H.sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${longest}</t></is></c></row>`) }]));
    expect(ok.grids![0].values[0][0]).toBe(longest);
  });

  test("XML nested 100,000 deep: refused past 64 levels; 40 levels read", () => {
    expect(attempt(H.deepXml(100_000))).toMatchObject({ kind: "limit", reason: 'terlalu besar: XML lembar "Dalam" bersarang lebih dari 64 tingkat' });
    expect(attempt(H.deepXml(40)).grids).toHaveLength(1);
  });
});

describe("XML tricks", () => {
  test("entity declarations (billion laughs): refused before anything expands", () => {
    const r = attempt(H.entityExpansion());
    expect(r).toMatchObject({ kind: "damaged", reason: expect.stringMatching(/daftar teks bersama \(sharedStrings\.xml\) memuat deklarasi DTD atau entitas XML/) });
    expect(r.ms).toBeLessThan(1000);
  });

  test("an external entity (a local file): refused, nothing read", () => {
    const r = attempt(H.externalEntity());
    expect(r).toMatchObject({ kind: "damaged", reason: expect.stringMatching(/lembar "Luar" memuat deklarasi DTD/) });
    expect(JSON.stringify(r)).not.toMatch(/root:/);
  });

  test("an external workbook link: the cell's cached value, nothing fetched", () => {
    expect(attempt(H.externalLinks()).grids).toEqual([{ name: "Tautan", values: [[42]], formats: [], top: 0, left: 0 }]);
  });

  test("an entity that is not XML's own: damaged", () => {
    const r = attempt(H.workbook([{ name: "E", xml: H.sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>') }]));
    expect(r).toMatchObject({ kind: "damaged", reason: 'berkas .xlsx rusak: lembar "E" bukan XML yang utuh' });
  });
});

describe("other formats", () => {
  test.each<[string, () => Uint8Array, RegExp]>([
    ["password-protected", H.passwordProtected, /^berkas terenkripsi dengan kata sandi; buka di Excel, hapus kata sandinya/],
    ["old .xls", H.oldXls, /^berformat \.xls lama \(Excel 97-2003\)/],
    [".ods", H.ods, /^berformat OpenDocument \(\.ods\)/],
    ["CSV renamed .xlsx", H.csv, /^berkas CSV, bukan buku kerja \.xlsx/],
  ])("%s: one reason, of kind format", (_name, make, reason) => {
    const r = attempt(make());
    expect(r.kind).toBe("format");
    expect(r.reason).toMatch(reason);
  });

  test(".xlsm: read like the .xlsx it is, the macros never run", () => {
    expect(readWorkbookBytes(H.xlsmOf(sample))).toEqual(readWorkbookBytes(sample));
  });

  test("ZIP64 (64-bit sizes and offsets): read like the plain package", () => {
    expect(readWorkbookBytes(H.asZip64(sample))).toEqual(readWorkbookBytes(sample));
  });
});
