/** The sheets Hitung writes, as plans: banner, Catatan, words for thresholds, both targets, totals, chart places, links. */
import { hitung } from "../../src/engine/run";
import { planSheets } from "../../src/engine/plan/plan-sheets";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";
import { chartAnchor } from "../../src/xlsx/charts/drawing-xml";
import { parseRange } from "../../src/xlsx/charts/range";
import { ruleName } from "../../src/engine/report/rule-names";
import { sampleGrids } from "../support/samples";
import { withCells } from "../support/edit";

async function plansOf(name: "kabupaten-contoh-pupr-2025" | "kabupaten-contoh-dinkes-2025", edits: Record<string, number | string> = {}) {
  const grids = withCells(await sampleGrids(name), edits);
  const out = hitung(grids);
  const plans = planSheets(out, [], { validasiSheet: true });
  const by = (role: SheetPlan["role"]) => plans.find((p) => p.role === role)!;
  return { out, capaian: by("capaian"), kurva: by("kurva-s"), validasi: by("validasi") };
}

const rowWith = (plan: SheetPlan, text: string) => plan.values.findIndex((r) => r.some((v) => typeof v === "string" && v.includes(text)));
const texts = (plan: SheetPlan) => plan.values.flat().filter((v): v is string => typeof v === "string");

describe("Capaian sheet", () => {
  it("PUPR: the banner at the top, a Catatan naming the finding and its cell on every affected row", async () => {
    const { capaian } = await plansOf("kabupaten-contoh-pupr-2025");
    expect(capaian.values[1][0]).toMatch(/^Dibuat oleh PK Kinerja/);
    expect(capaian.values[2][0]).toBe("Buku kerja ini masih memuat 4 kesalahan; 4 angka di bawah bergantung padanya dan ditandai.");
    const header = capaian.values.findIndex((r) => r[0] === "No" && r[14] === "Catatan");
    expect(capaian.values[header].slice(3, 5)).toEqual(["Target TW III", "Target Tahunan"]);
    const row = capaian.values.find((r) => r[2] === "Panjang jalan kabupaten kondisi baik")!;
    expect(row[14]).toBe("Kesalahan: Satuan berbeda (satuan-mismatch) di Renaksi Kabid BM!C7");
    const anggaran = capaian.values.find((r) => r[1] === "1.03.10")!;
    expect(anggaran[6]).toBe("Kesalahan: Anggaran bawahan tidak cocok (anggaran-rollup) di Lampiran PK Kadis PUPR!C11");
    // Every indikator row of the table without a finding has an empty Catatan.
    const clean = capaian.values.filter((r) => typeof r[0] === "number" && r[14] === null && r[12]);
    expect(clean.length).toBe(4);
  });

  it("Dinkes: no banner, thresholds in words, the annual target beside the quarter's, predikat counts, a Jumlah row", async () => {
    const { capaian, out } = await plansOf("kabupaten-contoh-dinkes-2025");
    expect(texts(capaian).some((t) => t.startsWith("Buku kerja ini masih memuat"))).toBe(false);
    expect(texts(capaian)).toContain("Status indikator: ≥ 95 % sesuai rencana · 85–95 % perlu perhatian · < 85 % tertinggal");
    expect(texts(capaian).join("\n")).not.toMatch(/95;85|-5;-10|N\/A/);
    const ibu = capaian.values.find((r) => r[2] === "Jumlah ibu hamil yang mendapat pelayanan sesuai standar")!;
    expect([ibu[3], ibu[4], ibu[5]]).toEqual([9360, 12480, 9280]);
    expect(ibu[12]).toBe("Sesuai rencana: capaian 99,15 %, tidak kurang dari 95 %");
    // Predikat counts: one row each, and a total equal to the number of indikator.
    const t = rowWith(capaian, "JUMLAH INDIKATOR PER PREDIKAT");
    const counts = capaian.values.slice(t + 2, t + 8).map((r) => [r[1], r[3]]);
    expect(counts.map((c) => c[0])).toEqual(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah", "Belum ada data"]);
    expect(capaian.values[t + 8].slice(1, 4)).toEqual(["Jumlah", null, out.results.capaian.length]);
    // Capaian anggaran: no empty header cell, a row per PK with its sums, a Jumlah for the workbook.
    const h = rowWith(capaian, "Program / kegiatan / sub kegiatan");
    expect(capaian.values[h].slice(0, 7).every((v) => typeof v === "string" && v !== "")).toBe(true);
    const kadis = capaian.values.find((r) => r[1] === "PK Kadis" && r[2] === "KEPALA DINAS KESEHATAN")!;
    expect(kadis.slice(3, 5)).toEqual([68850000000, 36331035000]);
    const jumlah = capaian.values.find((r) => r[1] === "Jumlah" && typeof r[4] === "number")!;
    expect(jumlah.slice(2, 5)).toEqual(["Buku kerja (PK Kadis)", 68850000000, 36331035000]);
  });

  it("a workbook without a year gets no blank year in its titles", async () => {
    const { capaian, kurva } = await plansOf("kabupaten-contoh-dinkes-2025");
    expect(capaian.values[0][0]).toBe("CAPAIAN KINERJA TAHUN 2025 — TRIWULAN III");
    expect(kurva.values[0][0]).toBe("KURVA S TAHUN 2025");
    const empty = planSheets(hitung([]), [], { validasiSheet: false });
    expect(empty[0].values[0][0]).toBe("CAPAIAN KINERJA — TRIWULAN I");
    expect(empty[1].values[0][0]).toBe("KURVA S");
  });
});

describe("Kurva S sheet", () => {
  /** Charts as rectangles of zero-based cells, `to` exclusive, as the drawing part anchors them. */
  const boxes = (plan: SheetPlan) => plan.charts.map(chartAnchor);
  const tableRight = (plan: SheetPlan) => Math.max(...plan.values.map((r) => r.reduce<number>((m, v, i) => (v !== null && v !== "" ? i : m), -1)));

  it.each(["kabupaten-contoh-pupr-2025", "kabupaten-contoh-dinkes-2025"] as const)("%s: charts overlap neither each other nor the table; every legend has its four series", async (name) => {
    const { kurva, out } = await plansOf(name);
    const b = boxes(kurva);
    expect(b.length).toBe(out.results.kurvaS.length);
    for (let i = 1; i < b.length; i++) expect(b[i].from.row).toBeGreaterThanOrEqual(b[i - 1].to.row + 1);
    for (const box of b) expect(box.from.col).toBeGreaterThan(tableRight(kurva) + 1);
    for (const c of kurva.charts) expect(c.series.map((s) => s.name)).toEqual(["Rencana Keuangan", "Realisasi Keuangan", "Rencana Fisik", "Realisasi Fisik"]);
    // Each chart's series lie inside its own PK's months, beside it.
    kurva.charts.forEach((c, i) => {
      const months = parseRange(c.categories);
      expect(months.top).toBeGreaterThanOrEqual(b[i].from.row);
      expect(months.bottom).toBeGreaterThanOrEqual(b[i].to.row - 1);
    });
  });

  it("PK rows are not cut: the name, the pagu and the status in words stand in rows of their own", async () => {
    const { kurva } = await plansOf("kabupaten-contoh-pupr-2025");
    const t = kurva.values.findIndex((r) => r[0] === "KEPALA BIDANG BINA MARGA (lembar Lampiran PK Kabid BM)");
    expect(kurva.values[t].slice(1).every((v) => v === null)).toBe(true);
    expect(kurva.merges).toContain(`A${t + 1}:I${t + 1}`);
    expect(kurva.values[t + 1][0]).toBe("Pagu Rp 28.150.000.000 · s.d. September");
    expect(kurva.values[t + 1].slice(7, 9)).toEqual(["Terlambat", "Kesalahan: Jumlah tidak cocok (jumlah-mismatch) di Lampiran PK Kabid BM!C12"]);
    expect(kurva.values[t + 2][0]).toMatch(/^Terlambat: realisasi keuangan 59,40 % dari rencana 68,00 % s\.d\. September, tertinggal 8,60 poin/);
    expect(kurva.values[2][0]).toBe("Buku kerja ini masih memuat 4 kesalahan; 2 angka di bawah bergantung padanya dan ditandai.");
  });

  it("a PK without a money plan gets a line saying why, and no chart", async () => {
    const { kurva } = await plansOf("kabupaten-contoh-dinkes-2025");
    const t = kurva.values.findIndex((r) => r[0] === "BUPATI CONTOH (lembar PK Bupati)");
    expect(kurva.values[t + 1][0]).toBe("Tanpa Kurva S: belum ada Rencana Aksi untuk PK ini, sehingga tidak ada rencana keuangan bulanan untuk Kurva S.");
    expect(kurva.charts.some((c) => c.title.includes("BUPATI"))).toBe(false);
  });

  it("the value axis reaches above 100 % when a value does; stays 0–100 otherwise", async () => {
    expect((await plansOf("kabupaten-contoh-dinkes-2025")).kurva.charts.every((c) => c.yMax === 100)).toBe(true);
    // Realisasi keuangan of Kasi's sub kegiatan in September pushed past its pagu.
    const { kurva, out } = await plansOf("kabupaten-contoh-dinkes-2025", { "Realisasi Kasi Kesga Gizi!M11": 3_000_000_000 });
    const k = out.results.kurvaS.find((x) => x.sheet === "PK Kasi Kesga Gizi")!;
    const top = Math.max(...k.realisasiKeuangan.filter((v): v is number => v !== null));
    expect(top).toBeGreaterThan(100);
    const chart = kurva.charts.find((c) => c.title.includes("KESEHATAN KELUARGA"))!;
    expect(chart.yMax).toBe(Math.ceil(top / 10) * 10);
  });
});

describe("Validasi sheet", () => {
  it("each finding's cell links to that cell (no formula) and its rule shows with its name", async () => {
    const { validasi, out } = await plansOf("kabupaten-contoh-pupr-2025");
    const h = validasi.values.findIndex((r) => r[0] === "No" && r[3] === "Sel");
    expect(validasi.values[h].slice(4, 6)).toEqual(["Aturan", "Nama aturan"]);
    expect(validasi.links).toHaveLength(out.findings.length);
    out.findings.forEach((f, i) => {
      expect(validasi.values[h + 1 + i].slice(2, 6)).toEqual([f.sheet, f.cell, f.rule, ruleName(f.rule)]);
      expect(validasi.links![i]).toEqual({ at: `D${h + 2 + i}`, sheet: f.sheet, cell: f.cell });
    });
    expect(texts(validasi).some((t) => t.startsWith("="))).toBe(false);
  });
});
