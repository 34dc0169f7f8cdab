/**
 * `pk rekap`: per file the row equals `pk hitung --json` of that file (the two samples, the real samples, generated
 * workbooks), a broken file is a row with its reason, --json and --jsonl, exit codes, the written workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { pk, tempDir, DINKES, PUPR, SAMPLES } from "./harness";
import { generateModel, renderWorkbook } from "../../bench/generate";
import { generatedXlsx } from "../../bench/generate/xlsx";
import { readXlsx } from "../../src/xlsx/read";
import { validasi } from "../../src/engine/run";

const REAL = path.join(SAMPLES, "real");

/** A folder of workbooks: the samples, the real samples, three generated, one broken, one that is no .xlsx. */
function batch(): string {
  const dir = tempDir("pk-rekap-");
  for (const f of [DINKES, PUPR]) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  fs.mkdirSync(path.join(dir, "real"));
  for (const f of fs.readdirSync(REAL).filter((n) => n.endsWith(".xlsx"))) fs.copyFileSync(path.join(REAL, f), path.join(dir, "real", f));
  [5, 12, 30].forEach((n, i) => fs.writeFileSync(path.join(dir, `generated-${n}.xlsx`), generatedXlsx(renderWorkbook(generateModel(n, { seed: 100 + i })))));
  fs.writeFileSync(path.join(dir, "rusak.xlsx"), "bukan zip");
  fs.writeFileSync(path.join(dir, "catatan.txt"), "bukan buku kerja");
  return dir;
}

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The row the rekap must give, from `pk hitung --json` of the same file. */
function expectedRow(doc: Doc, kepala: string) {
  const capaian = doc.capaian.map((c: Doc) => c.capaian).filter((c: number | null) => c !== null);
  const kurva = doc.kurvaS.find((k: Doc) => k.pk === kepala);
  return {
    ok: true,
    pk: doc.pk.length,
    indikator: doc.pk.reduce((s: number, p: Doc) => s + p.indikator.length, 0),
    tahun: doc.tahun,
    triwulan: doc.triwulan,
    rataCapaian: capaian.length ? capaian.reduce((a: number, b: number) => a + b, 0) / capaian.length : null,
    capaianKepala: doc.ringkasan.find((p: Doc) => p.pk === kepala)?.capaian ?? null,
    predikat: doc.jumlah.predikat,
    tertinggal: doc.capaian.filter((c: Doc) => c.status === "Tertinggal").length,
    pagu: doc.jumlah.anggaran?.pagu ?? null,
    realisasi: doc.jumlah.anggaran?.realisasi ?? null,
    serapan: doc.jumlah.anggaran?.capaian ?? null,
    statusKurvaS: kurva?.status ?? null,
    kesalahan: doc.findings.filter((f: Doc) => f.severity === "error").length,
    peringatan: doc.findings.filter((f: Doc) => f.severity === "warning").length,
  };
}

describe("pk rekap", () => {
  let dir: string;
  let out: string;
  let doc: Doc;
  let stderr: string[];
  beforeAll(async () => {
    dir = batch();
    out = path.join(tempDir(), "REKAP.xlsx");
    const r = await pk("rekap", dir, "--out", out, "--json");
    expect(r.code).toBe(0);
    expect(r.stdout).toHaveLength(1);
    doc = JSON.parse(r.stdout[0]);
    stderr = r.stderr;
  }, 120_000);

  it("every .xlsx of the folder and its subfolders is a row, the broken one with its reason; the .txt is not", () => {
    const files = doc.opd.map((r: Doc) => r.file).sort();
    expect(files).toContain("real/sampang-inspektorat-2025.xlsx");
    expect(files).toContain("rusak.xlsx");
    expect(files).not.toContain("catatan.txt");
    expect(files).toHaveLength(2 + 6 + 3 + 1);
    const broken = doc.opd.find((r: Doc) => r.file === "rusak.xlsx");
    expect(broken).toMatchObject({ ok: false, pk: 0 });
    expect(broken.alasan).toMatch(/\S/);
    // Worst first: what could not be counted comes first, and one line on stderr names it.
    expect(doc.opd[0].file).toBe("rusak.xlsx");
    expect(stderr.join("\n")).toContain("rusak.xlsx");
    expect(doc.output).toBe(out);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  it("per file, the row equals what pk hitung --json gives for that file", async () => {
    const checked: string[] = [];
    for (const row of doc.opd.filter((r: Doc) => r.file !== "rusak.xlsx")) {
      const hasil = path.join(tempDir(), "hasil.xlsx");
      const h = await pk("hitung", path.join(dir, row.file), "--out", hasil, "--json");
      if (h.code === 1) {
        // Nothing to compute: the row says why, as hitung does.
        expect(row.ok).toBe(false);
        expect(h.stderr.join("\n")).toContain(row.alasan);
        continue;
      }
      expect(h.code).toBe(0);
      const expected = expectedRow(JSON.parse(h.stdout[0]), row.kepala);
      for (const [k, v] of Object.entries(expected)) {
        if (typeof v === "number" && !Number.isInteger(v)) expect([row.file, k, row[k]]).toEqual([row.file, k, expect.closeTo(v, 9)]);
        else expect([row.file, k, row[k]]).toEqual([row.file, k, v]);
      }
      checked.push(row.file);
    }
    expect(checked.length).toBeGreaterThanOrEqual(9);
  }, 120_000);

  it("the findings of every file, each with its file; the IKU rows of the eselon II PKs", () => {
    const dinkes = doc.temuan.filter((f: Doc) => f.file === "kabupaten-contoh-dinkes-2025.xlsx" && !f.lintasBerkas);
    expect(dinkes.length).toBe(doc.opd.find((r: Doc) => r.file === "kabupaten-contoh-dinkes-2025.xlsx").peringatan + doc.opd.find((r: Doc) => r.file === "kabupaten-contoh-dinkes-2025.xlsx").kesalahan + doc.opd.find((r: Doc) => r.file === "kabupaten-contoh-dinkes-2025.xlsx").info);
    for (const f of doc.temuan) expect(Object.keys(f)).toEqual(expect.arrayContaining(["file", "rule", "severity", "sheet", "cell", "message"]));
    expect(doc.indikator.length).toBeGreaterThan(0);
    for (const i of doc.indikator) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("the written workbook holds the four rekap sheets, each marked as the add-in's own", async () => {
    const grids = await readXlsx(out);
    expect(grids.map((g) => g.name)).toEqual(["Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"]);
    expect(validasi(grids).model.sheets.every((s) => s.kind === "own")).toBe(true);
  });

  it("--jsonl: one line per workbook as it finishes, then the pemda's line; DuckDB-ready (each line one object)", async () => {
    const r = await pk("rekap", DINKES, PUPR, path.join(dir, "rusak.xlsx"), "--out", path.join(tempDir(), "r.xlsx"), "--jsonl");
    expect(r.code).toBe(0);
    const lines = r.stdout.map((l) => JSON.parse(l));
    expect(r.stdout.every((l) => !l.includes("\n"))).toBe(true);
    expect(lines.map((l) => [l.jenis, l.file ?? null])).toEqual([
      ["opd", "kabupaten-contoh-dinkes-2025.xlsx"],
      ["opd", "kabupaten-contoh-pupr-2025.xlsx"],
      ["opd", "rusak.xlsx"],
      ["pemda", null],
    ]);
    expect(lines[0].iku.length).toBeGreaterThan(0);
    expect(lines[3].kurvaS.pagu).toBeGreaterThan(0);
  });

  it("a readable report without --json; exit 1 when nothing could be counted; exit 2 for usage and an unwritable output", async () => {
    const text = await pk("rekap", DINKES, "--out", path.join(tempDir(), "t.xlsx"));
    expect(text.code).toBe(0);
    expect(text.stdout.join("\n")).toMatch(/Rekap 1 buku kerja tahun 2025/);
    const none = await pk("rekap", path.join(dir, "rusak.xlsx"), "--out", path.join(tempDir(), "n.xlsx"));
    expect(none.code).toBe(1);
    const empty = await pk("rekap", tempDir());
    expect(empty.code).toBe(1);
    expect((await pk("rekap", DINKES, "--json", "--jsonl")).code).toBe(2);
    expect((await pk("rekap")).code).toBe(2);
    const blocked = await pk("rekap", DINKES, "--out", path.join(tempDir(), "tidak-ada", "r.xlsx"));
    expect(blocked.code).toBe(2);
    expect(blocked.stderr.join("\n")).toMatch(/folder tujuan tidak ada/);
  });

  it("--help describes the command, its options and exit codes", async () => {
    const r = await pk("rekap", "--help");
    expect(r.code).toBe(0);
    for (const s of ["--out REKAP.xlsx", "--triwulan", "--jsonl", "Kode keluar", "Rekap OPD"]) expect(r.stdout.join("\n")).toContain(s);
  });
});

test("pk rekap --triwulan II computes every file at the second quarter", async () => {
  const r = await pk("rekap", DINKES, PUPR, "--out", path.join(tempDir(), "tw2.xlsx"), "--triwulan", "II", "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout[0]);
  expect(doc.triwulan).toBe(2);
  expect(doc.opd.map((o: { triwulan: number }) => o.triwulan)).toEqual([2, 2]);
});
