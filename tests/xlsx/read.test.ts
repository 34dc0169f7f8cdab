/** The reader on package details Excel and other writers produce, and properties over random sparse sheets. */
import fc from "fast-check";
import * as fs from "fs";
import { unzipSync, zipSync } from "fflate";
import type { CellValue, Grid } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { readWorkbookBytes, UNFORESEEN } from "../../src/xlsx/read-bytes";
import { WorkbookError } from "../../src/xlsx/workbook-error";
import { sheetXml, workbook } from "../../bench/generate/hostile";
import { DINKES } from "../cli/harness";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const enc = new TextEncoder();

const one = (rows: string, options: Parameters<typeof workbook>[1] = {}) => readWorkbookBytes(workbook([{ name: "S", xml: sheetXml(rows) }], options))[0];
const cell = (g: Grid, ref: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return g.values[Number(m[2]) - 1 - g.top]?.[col - g.left] ?? null;
};
const fails = (bytes: Uint8Array) => {
  try {
    readWorkbookBytes(bytes);
  } catch (e) {
    // A reason no check of the reader gave counts as another failure too.
    return e instanceof WorkbookError && e.reason !== UNFORESEEN ? `${e.kind}: ${e.reason}` : `other: ${e}`;
  }
  return "read";
};

const styles = (xfs: number[], custom: Record<number, string> = {}) =>
  `<styleSheet xmlns="${MAIN}"><numFmts>${Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join("")}</numFmts>` +
  `<cellXfs>${xfs.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs>` +
  `<dxfs><dxf><numFmt numFmtId="999" formatCode="0.0%"/></dxf></dxfs></styleSheet>`;

describe("values", () => {
  test("inline strings plain and rich, phonetic runs left out, OOXML escapes decoded", () => {
    const g = one(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>biasa</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>ka</t></r><r><rPr><b/></rPr><t xml:space="preserve">ya </t></r><rPh><t>FONETIK</t></rPh></is></c>' +
        '<c r="C1" t="inlineStr"><is><t>baris_x000D_\nbaru_x005F_x0041_</t></is></c></row>',
    );
    expect([cell(g, "A1"), cell(g, "B1"), cell(g, "C1")]).toEqual(["biasa", "kaya ", "baris\r\nbaru_x0041_"]);
  });

  test("booleans, errors, numbers, ISO dates, cached formula results, a formula without one", () => {
    const g = one(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c><c r="D1"><v>-1.5E3</v></c>' +
        '<c r="E1" t="d"><v>2025-03-31</v></c><c r="F1" t="d"><v>2025-03-31T12:00:00Z</v></c><c r="G1"><f>1+1</f><v>2</v></c>' +
        '<c r="H1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="J1"><f>A1</f></c>' +
        '<c r="K1" t="str"><v></v></c><c r="L1"><v>bukan angka</v></c></row>',
    );
    expect(g.values[0]).toEqual([true, false, "#REF!", -1500, 45747, 45747.5, 2, "ab", "#DIV/0!", undefined, undefined, "bukan angka"]);
    expect(Object.keys(g.values[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "11"]);
  });

  test("shared strings by index; an index past the table is a blank, not a crash", () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>nol</t></si><si><r><t>sa</t></r><r><t>tu</t></r></si></sst>`;
    const g = one('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>9</v></c></row>', { sharedStrings: sst });
    expect(g.values).toEqual([["satu", "nol"]]);
  });

  test("cells without addresses follow the one before; rows out of order and a repeated cell (the last wins)", () => {
    const g = one('<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row r="2"><c r="D2"><v>3</v></c><c r="D2"><v>4</v></c></row><row><c><v>5</v></c></row>');
    expect([g.top, g.left]).toEqual([1, 0]);
    expect([cell(g, "B3"), cell(g, "C3"), cell(g, "D2"), cell(g, "A3")]).toEqual([1, 2, 4, 5]);
  });

  test("a cell address no sheet has: damaged", () => {
    expect(fails(workbook([{ name: "S", xml: sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>') }]))).toBe('damaged: berkas .xlsx rusak: lembar "S" memuat alamat sel yang tidak sah');
    expect(fails(workbook([{ name: "S", xml: sheetXml('<row r="1048577"><c><v>1</v></c></row>') }]))).toMatch(/nomor baris yang tidak sah/);
  });

  test("merged areas: the value only at the top-left, whatever the covered cells hold (LibreOffice keeps it)", () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c></row>';
    expect(one(rows).values).toEqual([[1, 2, 3], [4, 5]]);
    const merged = readWorkbookBytes(
      workbook([{ name: "S", xml: sheetXml(rows, '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>') }]),
    )[0];
    expect([cell(merged, "A1"), cell(merged, "B1"), cell(merged, "C1"), cell(merged, "A2"), cell(merged, "B2")]).toEqual([1, null, 3, null, null]);
    expect(merged.merges).toEqual(["A1:B2"]);
  });
});

describe("formats", () => {
  const rows = '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.25</v></c><c r="C1" s="3"><v>45000</v></c><c r="D1" s="4"><v>7</v></c><c r="E1"><v>1</v></c></row>';
  const book = (date1904 = false) => {
    const bytes = workbook([{ name: "S", xml: sheetXml(rows) }]);
    const parts = unzipSync(bytes);
    parts["xl/styles.xml"] = enc.encode(styles([0, 9, 10, 14, 164], { 164: "#,##0 &quot;orang&quot;" }));
    const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
    parts["xl/_rels/workbook.xml.rels"] = enc.encode(rels.replace("</Relationships>", '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'));
    if (date1904) parts["xl/workbook.xml"] = enc.encode(new TextDecoder().decode(parts["xl/workbook.xml"]).replace("<sheets>", '<workbookPr date1904="1"/><sheets>'));
    return zipSync(parts);
  };

  test("built-in ids resolved, custom codes kept, General left out; the dxfs' own formats are not the cells'", () => {
    const g = readWorkbookBytes(book())[0];
    expect(g.formats).toEqual([["0%", "0.00%", "mm-dd-yy", '#,##0 "orang"']]);
    expect(g.values[0]).toEqual([0.5, 0.25, 45000, 7, 1]);
  });

  test("a 1904 workbook: date cells become 1900 serial numbers, other numbers stay", () => {
    expect(readWorkbookBytes(book(true))[0].values[0]).toEqual([0.5, 0.25, 45000 + 1462, 7, 1]);
  });
});

describe("package", () => {
  const sample = new Uint8Array(fs.readFileSync(DINKES));

  test("hidden and very hidden sheets: marked, not read; chart sheets left out; a prefixed namespace read", () => {
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>9</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = workbook([
      { name: "Lama", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), state: "hidden" },
      { name: "Rahasia", xml: "<bukan xml", state: "veryHidden" },
      { name: "Awalan", xml: prefixed },
    ]);
    const parts = unzipSync(bytes);
    const wbXml = new TextDecoder().decode(parts["xl/workbook.xml"]).replace("</sheets>", '<sheet name="Grafik" sheetId="9" r:id="rIdC"/></sheets>');
    parts["xl/workbook.xml"] = enc.encode(wbXml);
    const rels = new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"]);
    parts["xl/_rels/workbook.xml.rels"] = enc.encode(rels.replace("</Relationships>", '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'));
    expect(readWorkbookBytes(zipSync(parts))).toEqual([
      { name: "Lama", values: [], formats: [], top: 0, left: 0, hidden: true },
      { name: "Rahasia", values: [], formats: [], top: 0, left: 0, hidden: true },
      { name: "Awalan", values: [[9]], formats: [], top: 0, left: 0 },
    ]);
  });

  test("a part in UTF-16 with its byte-order mark", () => {
    const xml = "\uFEFF" + sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>ꦗꦮ</t></is></c></row>');
    const utf16 = new Uint8Array(xml.length * 2);
    for (let i = 0; i < xml.length; i++) [utf16[2 * i], utf16[2 * i + 1]] = [xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8];
    const parts = unzipSync(workbook([{ name: "S", xml: "<x/>" }]));
    parts["xl/worksheets/sheet1.xml"] = utf16;
    expect(readWorkbookBytes(zipSync(parts))[0].values).toEqual([["ꦗꦮ"]]);
  });

  test("a sheet whose part is missing, an .xlsb, a ZIP that holds a Word document", () => {
    const parts = unzipSync(sample);
    delete parts["xl/worksheets/sheet2.xml"];
    expect(fails(zipSync(parts))).toBe('damaged: berkas .xlsx rusak: lembar "PK Kadis" tidak ada di dalam arsip');
    const xlsb = unzipSync(sample);
    xlsb["_rels/.rels"] = enc.encode(new TextDecoder().decode(xlsb["_rels/.rels"]).replace("xl/workbook.xml", "xl/workbook.bin"));
    expect(fails(zipSync(xlsb))).toMatch(/^format: berformat \.xlsb/);
    expect(fails(zipSync({ "[Content_Types].xml": enc.encode("<Types/>"), "word/document.xml": enc.encode("<w:document/>") }))).toBe("format: bukan buku kerja .xlsx (arsip ZIP tanpa lembar kerja)");
  });

  test("property: the sample cut short anywhere is damaged (or no ZIP at all), named by one of the reader's checks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sample.length - 1 }), (end) => /^(damaged|format): /.test(fails(sample.subarray(0, end)))),
      { numRuns: 60 },
    );
  });

  test("property: the sample with bytes overwritten reads, or is refused with a reason one of the reader's checks gives", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), (edits) => {
        const bytes = sample.slice();
        for (const [at, b] of edits) bytes[at] = b;
        return !fails(bytes).startsWith("other");
      }),
      { numRuns: 80 },
    );
  });
});

describe("property: random sparse sheets read back cell for cell", () => {
  const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "" && !/[\u0000-\u001f\ufffe\uffff\ud800-\udfff]/.test(s)));
  const cells = fc.uniqueArray(fc.record({ row: fc.integer({ min: 0, max: 1_048_575 }), col: fc.integer({ min: 0, max: 16_383 }), v: value }), { selector: (c) => `${c.row}:${c.col}`, minLength: 1, maxLength: 40 });
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/_x/g, "_x005F_x");

  test("anywhere in the sheet, only the cells written are held, at their places", () => {
    fc.assert(
      fc.property(cells, (list) => {
        const sorted = [...list].sort((a, b) => a.row - b.row || a.col - b.col);
        const byRow = new Map<number, string[]>();
        for (const c of sorted) {
          const ref = a1(c.row, c.col);
          const xml = typeof c.v === "string" ? `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c.v)}</t></is></c>` : typeof c.v === "boolean" ? `<c r="${ref}" t="b"><v>${c.v ? 1 : 0}</v></c>` : `<c r="${ref}"><v>${c.v}</v></c>`;
          byRow.set(c.row, [...(byRow.get(c.row) ?? []), xml]);
        }
        const rows = [...byRow].map(([r, cs]) => `<row r="${r + 1}">${cs.join("")}</row>`).join("");
        const g = readWorkbookBytes(workbook([{ name: "Acak", xml: sheetXml(rows) }]))[0];
        const top = Math.min(...list.map((c) => c.row));
        const left = Math.min(...list.map((c) => c.col));
        expect([g.top, g.left]).toEqual([top, left]);
        let held = 0;
        for (const r in g.values) for (const _c in g.values[r]) held++;
        expect(held).toBe(list.length);
        for (const c of list) expect(g.values[c.row - top][c.col - left]).toEqual(Object.is(c.v, -0) ? 0 : c.v);
      }),
      { numRuns: 150 },
    );
  });
});

describe("hidden rows and columns", () => {
  const xml = (autoFilter: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><cols><col min="2" max="3" hidden="1"/><col min="5" max="5" width="9"/></cols><sheetData>` +
    '<row r="2"><c r="B2"><v>1</v></c><c r="D2"><v>2</v></c></row>' +
    '<row r="3" hidden="1"><c r="B3"><v>3</v></c></row>' +
    '<row r="6" hidden="true"><c r="E6"><v>4</v></c></row>' +
    `</sheetData>${autoFilter}</worksheet>`;
  const read = (autoFilter = "") => readWorkbookBytes(workbook([{ name: "S", xml: xml(autoFilter) }]))[0];

  test("hidden column spans and rows, relative to the grid's corner as the values are; the values still there", () => {
    const g = read();
    expect([g.top, g.left]).toEqual([1, 1]);
    expect(g.hiddenCols).toEqual([0, 1]);
    expect(g.hiddenRows).toEqual([1, 4]);
    expect(cell(g, "B3")).toBe(3);
  });
  test("near miss: rows a filter hides are data, not hidden; a column with only a width is not hidden", () => {
    const g = read('<autoFilter ref="B2:E9"/>');
    expect(g.hiddenRows).toBeUndefined();
    expect(g.hiddenCols).toEqual([0, 1]);
  });
});
