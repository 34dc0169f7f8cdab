/**
 * Every workbook beside a `.truth.json` in ../shared/samples and ../shared/samples/real reads as its truth says
 * (samples/README.md): adding a workbook there adds a case here.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read";
import { hitung } from "../../src/engine/run";
import { hitungDoc } from "../../src/engine/report/json";
import { SAMPLES } from "../support/samples";

interface Truth {
  tahun: number;
  errors: { rule: string; sheet: string; cell: string }[];
  warnings: { rule: string; sheet: string }[];
  allowed?: string[];
  pk: { sheet: string; level: string; atasan: string | null; nip: string | null; indikator: number; anggaran: { kode: string | null; pagu: number }[] }[];
  triwulan?: number;
  pengaturan?: Record<string, unknown>;
  capaian?: { sheet: string; indikator: string; sifat: string; polaritas: string; target: unknown; realisasi: unknown; capaian: number; capaianTahunan: number; predikat: string }[];
  anggaran?: { sheet: string; kode: string | null; pagu: number; realisasi: number; capaian: number }[];
  kurvaS?: { sheet: string; pagu: number; [series: string]: unknown }[];
}

function truthFiles(): string[] {
  const dirs = [SAMPLES, path.join(SAMPLES, "real")];
  return dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".truth.json")).map((f) => path.join(d, f)) : []));
}

const close = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? a == b : Math.abs(a - b) < 0.01);
const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;

const files = truthFiles();

test("there are truth files to check", () => {
  expect(files.length).toBeGreaterThanOrEqual(8);
});

describe.each(files.map((f) => [path.relative(SAMPLES, f), f]))("%s", (_name, file) => {
  const truth: Truth = JSON.parse(fs.readFileSync(file, "utf8"));
  let doc: ReturnType<typeof hitungDoc>;
  beforeAll(async () => {
    doc = hitungDoc(path.basename(file), hitung(await readXlsx(file.replace(/\.truth\.json$/, ".xlsx"))));
  });

  test("year, and every PK with its level, superior, NIP, indikator count and budget objects", () => {
    expect(doc.tahun).toBe(truth.tahun);
    expect(doc.pk.map((p) => p.sheet)).toEqual(truth.pk.map((p) => p.sheet));
    for (const t of truth.pk) {
      const pk = doc.pk.find((p) => p.sheet === t.sheet)!;
      expect({ sheet: t.sheet, level: pk.level, atasan: pk.atasan, nip: pk.pihakPertama?.nip ?? null, indikator: pk.indikator.length }).toEqual({
        sheet: t.sheet, level: t.level, atasan: t.atasan, nip: t.nip, indikator: t.indikator,
      });
      expect(pk.anggaran.map((a) => ({ kode: a.kode, pagu: a.pagu }))).toEqual(t.anggaran);
    }
  });

  test("exactly the errors of the truth (besides its allowed rules), and every warning it must give", () => {
    const allowed = new Set(truth.allowed ?? []);
    const errors = doc.findings.filter((f) => f.severity === "error" && !allowed.has(f.rule));
    expect(errors.map(key).sort()).toEqual(truth.errors.map(key).sort());
    for (const w of truth.warnings) {
      expect({ ...w, found: doc.findings.some((f) => f.severity === "warning" && f.rule === w.rule && f.sheet === w.sheet) }).toEqual({ ...w, found: true });
    }
  });

  test("every unread range is a finding, and every sheet is accounted for", () => {
    expect(doc.bacaan.map((b) => b.sheet).sort()).toEqual([...new Set(doc.bacaan.map((b) => b.sheet))].sort());
    for (const b of doc.bacaan) {
      for (const range of b.takTerbaca) {
        expect(doc.findings.some((f) => f.rule === "isi-tak-terbaca" && f.sheet === b.sheet && f.message.includes(range))).toBe(true);
      }
    }
  });

  const computed = truth.triwulan !== undefined || truth.capaian || truth.anggaran || truth.kurvaS;
  // Only truth files that state computed figures have them to compare.
  if (computed) test("triwulan, capaian, capaian anggaran and Kurva S as the truth says", () => {
    if (truth.triwulan !== undefined) expect(doc.triwulan).toBe(truth.triwulan);
    if (truth.pengaturan) expect(doc.pengaturan).toMatchObject(truth.pengaturan);
    for (const t of truth.capaian ?? []) {
      const c = doc.capaian.find((x) => x.sheet === t.sheet && x.indikator === t.indikator);
      expect({ indikator: t.indikator, found: !!c }).toEqual({ indikator: t.indikator, found: true });
      expect({ ...c, ok: close(c!.capaian, t.capaian) && close(c!.capaianTahunan, t.capaianTahunan) }).toMatchObject({
        sifat: t.sifat, polaritas: t.polaritas, target: t.target, realisasi: t.realisasi, predikat: t.predikat, ok: true,
      });
    }
    for (const t of truth.anggaran ?? []) {
      const a = doc.anggaran.find((x) => x.sheet === t.sheet && x.kode === t.kode);
      expect({ kode: t.kode, pagu: a?.pagu, realisasi: close(a?.realisasi, t.realisasi), capaian: close(a?.capaian, t.capaian) }).toEqual({ kode: t.kode, pagu: t.pagu, realisasi: true, capaian: true });
    }
    if (truth.kurvaS) expect(doc.kurvaS.map((k) => k.sheet)).toEqual(truth.kurvaS.map((k) => k.sheet));
    for (const t of truth.kurvaS ?? []) {
      const k = doc.kurvaS.find((x) => x.sheet === t.sheet)!;
      expect(k.pagu).toBe(t.pagu);
      for (const s of ["rencanaKeuangan", "realisasiKeuangan", "rencanaFisik", "realisasiFisik"] as const) {
        const want = t[s] as (number | null)[] | null;
        expect({ series: s, ok: want === null ? k[s] === null : k[s]!.every((v, i) => close(v, want[i])) }).toEqual({ series: s, ok: true });
      }
    }
  });
});
