/** `pk validasi`: exit status by severity, one JSON document (an array for several files) and nothing else on stdout. */
import * as path from "path";
import { pk, sampleCopy, tempDir, DINKES, PUPR, SAMPLES } from "./harness";
import { validasiDocProblems } from "./json-shape";

const truth = (name: string) => require(path.join(SAMPLES, `${name}.truth.json`));

describe("pk validasi", () => {
  it("exit 0 on the clean dinkes sample, with a readable Indonesian report", async () => {
    const r = await pk("validasi", sampleCopy(DINKES));
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([]);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]).toMatch(/^Validasi .*kabupaten-contoh-dinkes-2025\.xlsx \(tahun 2025, 4 PK\)/);
    expect(r.stdout[0]).toMatch(/0 kesalahan/);
  });

  it("a report without errors still says a part was not read (a real workbook's cascading RA), and never that its figures can be trusted", async () => {
    const r = await pk("validasi", sampleCopy(path.join(SAMPLES, "real", "banjarmasin-dinkes-2023.xlsx")));
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toMatch(/Tidak ada kesalahan pada yang terbaca, tetapi [1-9]\d* bagian tidak terbaca/);
    expect(r.stdout[0]).not.toMatch(/angka dapat dipercaya/);
  });

  it("a report without errors and with every part read says its figures can be trusted", async () => {
    const r = await pk("validasi", sampleCopy(path.join(SAMPLES, "real", "pringsewu-diskominfo-2025.xlsx")));
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toMatch(/Tidak ada kesalahan: angka di buku kerja ini dapat dipercaya/);
  });

  it("exit 1 on the PUPR sample, which has error findings", async () => {
    const r = await pk("validasi", sampleCopy(PUPR));
    expect(r.code).toBe(1);
    expect(r.stdout[0]).toMatch(/[1-9]\d* kesalahan/);
  });

  it("--json prints exactly one JSON document with the required fields", async () => {
    const r = await pk("validasi", sampleCopy(DINKES), "--json");
    expect(r.code).toBe(0);
    expect(r.stdout).toHaveLength(1);
    const doc = JSON.parse(r.stdout[0]);
    expect(validasiDocProblems(doc)).toEqual([]);
    expect(doc.file).toBe("kabupaten-contoh-dinkes-2025.xlsx");
    expect(doc.tahun).toBe(2025);
    expect(doc.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it.each(["kabupaten-contoh-dinkes-2025", "kabupaten-contoh-pupr-2025"])("--json on %s agrees with its truth file on every PK", async (name) => {
    const r = await pk("validasi", sampleCopy(path.join(SAMPLES, `${name}.xlsx`)), "--json");
    const doc = JSON.parse(r.stdout[0]);
    const expected = truth(name).pk as { sheet: string; level: string; atasan: string | null; nip: string | null; indikator: number; anggaran: { kode: string; pagu: number }[] }[];
    const got = doc.pk.map((p: Record<string, any>) => ({
      sheet: p.sheet,
      level: p.level,
      atasan: p.atasan,
      nip: p.pihakPertama?.nip ?? null,
      indikator: p.indikator.length,
      anggaran: p.anggaran.map((a: { kode: string; pagu: number }) => ({ kode: a.kode, pagu: a.pagu })),
    }));
    expect(got).toEqual(expected.map((p) => ({ sheet: p.sheet, level: p.level, atasan: p.atasan, nip: p.nip, indikator: p.indikator, anggaran: p.anggaran.map((a) => ({ kode: a.kode, pagu: a.pagu })) })));
  });

  it("the PUPR sample's planted mistakes are its error findings, at their cells", async () => {
    const r = await pk("validasi", sampleCopy(PUPR), "--json");
    const t = truth("kabupaten-contoh-pupr-2025");
    const errors = JSON.parse(r.stdout[0]).findings.filter((f: { severity: string }) => f.severity === "error");
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
    expect(errors.map(key)).toEqual(expect.arrayContaining(t.errors.map(key)));
    const unexpected = errors.filter((f: { rule: string }) => !t.allowed.includes(f.rule)).map(key).filter((k: string) => !t.errors.map(key).includes(k));
    expect(unexpected).toEqual([]);
  });

  it("several files: one JSON array in the order given, exit 1 when any has errors", async () => {
    const dir = tempDir();
    const r = await pk("validasi", sampleCopy(DINKES, dir), sampleCopy(PUPR, dir), "--json");
    expect(r.code).toBe(1);
    expect(r.stdout).toHaveLength(1);
    const docs = JSON.parse(r.stdout[0]);
    expect(docs.map((d: { file: string }) => d.file)).toEqual(["kabupaten-contoh-dinkes-2025.xlsx", "kabupaten-contoh-pupr-2025.xlsx"]);
    for (const d of docs) expect(validasiDocProblems(d)).toEqual([]);
  });

  it("several files without --json: one report per file", async () => {
    const dir = tempDir();
    const r = await pk("validasi", sampleCopy(DINKES, dir), sampleCopy(PUPR, dir));
    const text = r.stdout.join("\n");
    expect(text.match(/^Validasi /gm)).toHaveLength(2);
  });
});
