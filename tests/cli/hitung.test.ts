/** `pk hitung`: writes its results, the JSON has the hitung fields of interfaces.md §2, --triwulan picks the quarter. */
import * as fs from "fs";
import * as path from "path";
import { pk, sampleCopy, tempDir, DINKES, PUPR, SAMPLES } from "./harness";
import { hitungDocProblems } from "./json-shape";

const truth = require(path.join(SAMPLES, "kabupaten-contoh-dinkes-2025.truth.json"));

async function hitungJson(...extra: string[]) {
  const out = path.join(tempDir(), "hasil.xlsx");
  const r = await pk("hitung", sampleCopy(DINKES), "--out", out, "--json", ...extra);
  expect(r.code).toBe(0);
  expect(r.stderr).toEqual([]);
  expect(r.stdout).toHaveLength(1);
  return { doc: JSON.parse(r.stdout[0]), out };
}

describe("pk hitung", () => {
  it("--json: one document with triwulan, pengaturan, capaian, anggaran and kurvaS; the quarter and settings of the sample", async () => {
    const { doc, out } = await hitungJson();
    expect(hitungDocProblems(doc)).toEqual([]);
    expect(doc.triwulan).toBe(truth.triwulan);
    expect(doc.pengaturan).toMatchObject(truth.pengaturan);
    expect(doc.capaian.length).toBeGreaterThan(0);
    expect(doc.anggaran.length).toBeGreaterThan(0);
    expect(doc.kurvaS.length).toBe(truth.kurvaS.length);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  it("--triwulan II computes at the second quarter, with realisasi of that quarter", async () => {
    const [iii, ii] = [(await hitungJson()).doc, (await hitungJson("--triwulan", "II")).doc];
    expect(ii.triwulan).toBe(2);
    expect(hitungDocProblems(ii)).toEqual([]);
    const key = (c: { sheet: string; indikator: string }) => `${c.sheet}/${c.indikator}`;
    const atIII = new Map(iii.capaian.map((c: { sheet: string; indikator: string }) => [key(c), c]));
    const changed = ii.capaian.filter((c: { sheet: string; indikator: string; realisasi: unknown }) => JSON.stringify((atIII.get(key(c)) as { realisasi: unknown })?.realisasi) !== JSON.stringify(c.realisasi));
    expect(changed.length).toBeGreaterThan(0);
  });

  it.each([["2", 2], ["iv", 4], ["I", 1]])("--triwulan %s is quarter %i", async (given, quarter) => {
    expect((await hitungJson("--triwulan", given)).doc.triwulan).toBe(quarter);
  });

  it("without --json: a readable report that says where the results went", async () => {
    const input = sampleCopy(PUPR);
    const r = await pk("hitung", input);
    expect(r.code).toBe(0);
    const written = path.join(path.dirname(input), "kabupaten-contoh-pupr-2025-hasil.xlsx");
    expect(r.stdout.join("\n")).toContain(`Hasil ditulis ke ${written}`);
    expect(r.stdout.join("\n")).toMatch(/Capaian triwulan III/);
    expect(fs.existsSync(written)).toBe(true);
  });

  it("exit 0 when it wrote its results, even for a workbook with error findings", async () => {
    const r = await pk("hitung", sampleCopy(PUPR), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout[0]).findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
  });

  it("an --out it cannot write is exit 2 with one line naming the output and why", async () => {
    const dir = tempDir();
    const cases: [string, string][] = [
      [path.join(dir, "tidak-ada", "hasil.xlsx"), "folder tujuan tidak ada"],
      [dir, "tujuan adalah folder"],
    ];
    for (const [out, why] of cases) {
      const r = await pk("hitung", sampleCopy(DINKES), "--out", out, "--json");
      expect(r.code).toBe(2);
      expect(r.stdout).toEqual([]);
      expect(r.stderr).toEqual([`pk: ${out}: berkas hasil tidak dapat ditulis (${why})`]);
    }
  });
});
