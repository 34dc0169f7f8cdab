/** Running `pk hitung` twice on the same workbook writes the same workbook: same sheets, same cell values. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { pk, sampleCopy, tempDir, DINKES, PUPR } from "../cli/harness";

async function sheetValues(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r - 1] = (row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));
    });
    sheets[ws.name] = rows;
  });
  return sheets;
}

describe.each([DINKES, PUPR])("pk hitung twice on %s", (sample) => {
  it("gives the same sheets with the same values, and the same JSON", async () => {
    const input = sampleCopy(sample);
    const dir = tempDir();
    const first = path.join(dir, "pertama.xlsx");
    const second = path.join(dir, "kedua.xlsx");
    const a = await pk("hitung", input, "--out", first, "--json");
    const b = await pk("hitung", input, "--out", second, "--json");
    expect([a.code, b.code]).toEqual([0, 0]);
    const [va, vb] = [await sheetValues(first), await sheetValues(second)];
    expect(Object.keys(va)).toEqual(["Capaian", "Kurva S", "Validasi"]);
    expect(va["Capaian"].length).toBeGreaterThan(3);
    expect(vb).toEqual(va);
    const strip = (s: string) => ({ ...JSON.parse(s), output: undefined });
    expect(strip(b.stdout[0])).toEqual(strip(a.stdout[0]));
    expect(fs.statSync(first).size).toBeGreaterThan(0);
  });
});
