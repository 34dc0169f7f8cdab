import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateModel, generateWorkbook, generatedToXlsx } from "../../bench/generate";
import { validasi } from "../../src/engine";
import { readXlsx } from "../../src/xlsx/read";
import { isPk, isRealisasi, isRencanaAksi, planJabatan, readPk, readPlanRows, validNip, type ReadPk } from "./grid-reading";

const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
const under = (kode: string, parent: string) => kode === parent || kode.startsWith(parent + ".");

describe("generateWorkbook: structure on the grids", () => {
  const grids = generateWorkbook(60);
  const pks = grids.filter(isPk).map(readPk);
  const byJabatan = new Map(pks.map((pk) => [pk.pertama.jabatan, pk]));
  const superior = (pk: ReadPk) => (pk.kedua ? byJabatan.get(pk.kedua.jabatan) : undefined);

  it("has a PK, a Rencana Aksi and a Realisasi sheet per PK, with unique names of at most 31 characters", () => {
    expect(pks).toHaveLength(60);
    expect(grids.filter(isRencanaAksi)).toHaveLength(60);
    expect(grids.filter(isRealisasi)).toHaveLength(60);
    const names = grids.map((g) => g.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("cascades: one Bupati, and every other PK's Pihak Kedua is exactly one PK's Pihak Pertama, same name and NIP", () => {
    expect(new Set(pks.map((pk) => pk.pertama.jabatan)).size).toBe(pks.length);
    const tops = pks.filter((pk) => !pk.kedua);
    expect(tops.map((pk) => pk.pertama.jabatan)).toEqual(["BUPATI CONTOH"]);
    for (const pk of pks.filter((p) => p.kedua)) {
      const up = superior(pk);
      expect(up).toBeDefined();
      expect(pk.kedua).toEqual(up!.pertama);
    }
  });

  it("gives every official below the Bupati a valid NIP", () => {
    for (const pk of pks.filter((p) => p.kedua)) expect(validNip(pk.pertama.nip!)).toBe(true);
  });

  it("keeps kode in the cascade and rolls the pagu up exactly", () => {
    for (const pk of pks) {
      expect(pk.jumlah).toBe(sum(pk.budget.map((b) => b.pagu)));
      const up = superior(pk);
      if (up) for (const b of pk.budget) expect(up.budget.some((u) => under(b.kode, u.kode))).toBe(true);
      const children = pks.filter((c) => superior(c) === pk);
      if (children.length === 0) continue;
      for (const b of pk.budget) {
        const parts = children.flatMap((c) => c.budget).filter((c) => under(c.kode, b.kode));
        expect(parts.length).toBeGreaterThan(0); // every object is carried by a subordinate
        expect(sum(parts.map((p) => p.pagu))).toBe(b.pagu);
      }
    }
  });

  it("has about ten indikator and five budget objects per PK below the Bupati", () => {
    for (const pk of pks) expect(pk.indikator).toBe(10);
    for (const pk of pks.filter((p) => p.kedua)) expect(pk.budget).toHaveLength(5);
  });

  it("plans money that adds up exactly to the pagu, and fisik that only rises to 100", () => {
    for (const g of grids.filter(isRencanaAksi)) {
      const pk = pks.find((p) => p.pertama.jabatan === planJabatan(g))!;
      const rows = readPlanRows(g);
      expect(rows.map((r) => [r.kode, r.pagu])).toEqual(pk.budget.map((b) => [b.kode, b.pagu]));
      for (const r of rows) {
        expect(sum(r.money)).toBe(r.pagu);
        for (let m = 1; m < 12; m++) expect(r.fisik[m]!).toBeGreaterThanOrEqual(r.fisik[m - 1]!);
        expect(r.fisik[11]).toBe(100);
      }
    }
  });

  it("reports realisasi to September, within the pagu and with rising fisik", () => {
    for (const g of grids.filter(isRealisasi)) {
      for (const r of readPlanRows(g)) {
        expect(r.money.slice(9)).toEqual([null, null, null]);
        expect(sum(r.money)).toBeLessThanOrEqual(r.pagu);
        for (let m = 1; m < 9; m++) expect(r.fisik[m]!).toBeGreaterThanOrEqual(r.fisik[m - 1]!);
        expect(Math.max(...(r.fisik as number[]).slice(0, 9))).toBeLessThanOrEqual(100);
      }
    }
  });

  it("mixes sifat and polaritas, with cumulative quarterly targets ending at the annual one", () => {
    const indikator = generateModel(60).pks.flatMap((pk) => pk.indikator);
    for (const sifat of ["kumulatif", "akhir", "rata-rata"]) expect(indikator.some((i) => i.sifat === sifat)).toBe(true);
    for (const pol of ["positif", "negatif"]) expect(indikator.some((i) => i.polaritas === pol)).toBe(true);
    for (const i of indikator) {
      expect(i.tw[3]).toBe(i.target);
      expect(i.target).toBeGreaterThan(0);
      expect(i.realisasi.map((r) => r === null)).toEqual([false, false, false, true]);
    }
  });

  it("is deterministic for a seed", () => {
    expect(generateWorkbook(30)).toEqual(generateWorkbook(30));
    expect(generateWorkbook(30, { seed: 7 })).not.toEqual(generateWorkbook(30));
  });

  it("makes a lone eselon2 PK for one PK, signed with a Bupati outside the workbook", () => {
    const one = generateWorkbook(1);
    expect(one.map((g) => g.name)).toEqual(["PK Kadis Disdik", "RA Kadis Disdik", "Realisasi Kadis Disdik"]);
    expect(readPk(one[0]).kedua?.jabatan).toBe("BUPATI CONTOH");
  });
});

describe("generateWorkbook: the engine finds no error", () => {
  it.each([1, 50])("validasi on %i PK gives no error-severity finding", (n) => {
    const { findings, model } = validasi(generateWorkbook(n));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(model.pk).toHaveLength(n);
  });

  it("survives the trip through .xlsx (merges, formats) and stays clean", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pk-bench-"));
    try {
      const file = join(dir, "generated.xlsx");
      await generatedToXlsx(generateWorkbook(8), file);
      const { findings, model } = validasi(await readXlsx(file));
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(model.pk).toHaveLength(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
