/**
 * Indikator names that look like formulas (or DDE/CSV-injection payloads) go back out as text: the written workbook
 * has no formula cell anywhere, and the names appear verbatim as string cells.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import { parseA1 } from "../../src/engine/grid";
import { validasi } from "../../src/engine/run";
import { readXlsx } from "../../src/xlsx/read";
import { pk, tempDir, DINKES } from "../cli/harness";

const FORMULA_LIKE = ['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-1+2", "=1+1", "=cmd|' /C notepad'!'A1'"];

describe("formula-looking text in an indikator name", () => {
  it("is written back as text by pk hitung: no formula cell in the output", async () => {
    const dir = tempDir("pk-formula-");
    const input = path.join(dir, "rumus.xlsx");
    const output = path.join(dir, "hasil.xlsx");

    // Rename the first indikator of each PK (and its rows in Rencana Aksi and Realisasi) to a formula-looking text.
    const model = validasi(await readXlsx(DINKES)).model;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(DINKES);
    const rename = (sheet: string, cell: string, name: string) => {
      const at = parseA1(cell)!;
      wb.getWorksheet(sheet)!.getCell(at.row + 1, at.col + 1).value = name;
    };
    model.pk.forEach((p, i) => {
      const ind = p.indikator[0];
      const name = FORMULA_LIKE[i % FORMULA_LIKE.length];
      rename(p.sheet, ind.cell, name);
      for (const s of [...model.renaksi, ...model.realisasi].filter((x) => x.pk === p.sheet))
        for (const r of s.indikator.filter((x) => x.nama === ind.nama)) rename(s.sheet, r.cell, name);
    });
    await wb.xlsx.writeFile(input);
    const used = model.pk.map((_, i) => FORMULA_LIKE[i % FORMULA_LIKE.length]);

    const r = await pk("hitung", input, "--out", output, "--json");
    expect(r.code).toBe(0);
    // The engine read them as names.
    const doc = JSON.parse(r.stdout[0]);
    expect(doc.pk.map((p: { indikator: { nama: string }[] }) => p.indikator[0].nama)).toEqual(used);

    // No formula cell anywhere, read through exceljs ...
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
    const formulas: string[] = [];
    out.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(formulas).toEqual([]);
    // ... and none in the package's XML either (an <f> element is what Excel evaluates).
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
      expect(await zip.file(name)!.async("string")).not.toMatch(/<f[ >]/);
    }
    // The names made it out verbatim as text, in the Capaian sheet at least.
    const capaian: string[] = [];
    out.getWorksheet("Capaian")!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") capaian.push(c.value); }));
    for (const name of new Set(used)) expect(capaian).toContain(name);
  });
});
