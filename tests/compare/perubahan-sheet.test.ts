/** The Perubahan sheet: summary on top, one row per change grouped by PK, the add-in's own sheet once written. */
import { sampleGrids } from "../support/samples";
import { validasi } from "../../src/engine/run";
import { compareVersions, type Banding } from "../../src/engine/compare";
import { planPerubahanSheet } from "../../src/engine/plan/perubahan-sheet";
import { OWN_SHEET_MARK, type SheetPlan } from "../../src/engine/plan/sheet-plan";
import { chooseName } from "../../src/engine/plan/names";
import { readWorkbook } from "../../src/engine/read/workbook";
import { writeWorkbook } from "../../src/xlsx/write";
import { readXlsxBuffer } from "../../src/xlsx/read";
import type { Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";
import { Book } from "./edit";
import { reviseDinkes, withKabidP2P } from "./revision";

let sample: Grid[];
let banding: Banding;
let plan: SheetPlan;
const LABELS = { lama: "pk-2025.xlsx", baru: "pk-2025-perubahan.xlsx", tahun: 2025 };

beforeAll(async () => {
  sample = await sampleGrids("kabupaten-contoh-dinkes-2025");
  banding = compareVersions(validasi(withKabidP2P(new Book(sample)).grids), validasi(reviseDinkes(new Book(sample)).grids));
  plan = planPerubahanSheet("Perubahan", false, banding, LABELS);
});

const rowWith = (p: SheetPlan, text: string) => p.values.findIndex((r) => r.some((v) => v === text));
const asGrid = (p: SheetPlan): Grid => ({ name: p.name, values: p.values, formats: [], top: 0, left: 0 });

test("starts with the title, the add-in's mark and which versions were compared", () => {
  expect(plan.role).toBe("perubahan");
  expect(plan.values[0][0]).toBe("PERUBAHAN PK TAHUN 2025");
  expect(String(plan.values[1][0])).toContain(OWN_SHEET_MARK);
  expect(plan.values.some((r) => r[0] === "Versi lama: pk-2025.xlsx · versi baru: pk-2025-perubahan.xlsx")).toBe(true);
});

test("the summary counts every kind and states each PK's total pagu before and after", () => {
  const counts = rowWith(plan, "Jenis perubahan");
  expect(plan.values[counts + 1].slice(1, 3)).toEqual(["PK baru", 1]);
  expect(plan.values.find((r) => r[1] === "Pagu")?.[2]).toBe(banding.ringkasan.jenis.pagu);
  expect(plan.values.find((r) => r[1] === "Semua perubahan")?.[2]).toBe(banding.perubahan.length);
  const kasi = plan.values.find((r) => r[1] === "PK Kasi Kesga Gizi" && r[2] === "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI")!;
  // 4.350.000.000 − 150.000.000 (gizi cut) + 150.000.000 (lansia added).
  // Its changes: the gizi pagu, the lansia sub kegiatan, a renamed indikator, a quarter.
  expect(kasi.slice(3, 8)).toEqual([4_350_000_000, 4_350_000_000, 0, 0, 4]);
  const removed = plan.values.find((r) => r[1] === "PK Kabid P2P")!;
  expect(removed.slice(3, 6)).toEqual([4_350_000_000, null, null]);
});

test("one row per change under its PK, old and new side by side, with both cells and the findings", () => {
  const header = rowWith(plan, "Apa yang berubah");
  const rows = plan.values.slice(header + 1);
  const changeRows = rows.filter((r) => typeof r[0] === "number");
  expect(changeRows).toHaveLength(banding.perubahan.length);
  const groups = rows.filter((r) => typeof r[0] === "string" && r.slice(1).every((v) => v === null)).map((r) => r[0]);
  expect(groups).toEqual([
    "BUPATI CONTOH (lembar PK Bupati)",
    "KEPALA DINAS KESEHATAN (lembar PK Kadis)",
    "KEPALA BIDANG KESEHATAN MASYARAKAT (lembar PK Kabid Kesmas)",
    "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI (lembar PK Kasi Kesga Gizi)",
    "KEPALA SEKSI PELAYANAN KESEHATAN (lembar PK Kasi Yankes)",
    "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT (lembar PK Kabid P2P)",
  ]);
  const target = changeRows.find((r) => r[1] === "Target")!;
  expect(target.slice(2, 11)).toEqual(["Prevalensi stunting balita", 14, 13.5, null, null, "PK Kadis!E10", "PK Kadis!E9", "Tidak", expect.stringContaining("Kesalahan RA Kadis!D9:")]);
  const pagu = changeRows.find((r) => r[1] === "Pagu")!;
  expect(pagu.slice(3, 10)).toEqual([2_120_000_000, 1_970_000_000, -150_000_000, (-150 / 2120) * 100, "PK Kasi Kesga Gizi!D14", "PK Kasi Kesga Gizi!D14", "Tidak"]);
  const sasaran = changeRows.find((r) => r[1] === "Sasaran")!;
  expect(sasaran.slice(9, 11)).toEqual(["Ya", ""]);
  const removed = changeRows.find((r) => r[1] === "Indikator dihapus")!;
  expect(removed.slice(3, 9)).toEqual([7.2, "—", null, null, "PK Kadis!C9", "—"]);
});

test("rupiah formats only on the money rows, percent and money on the difference columns, Ya and Tidak coloured", () => {
  const header = rowWith(plan, "Apa yang berubah");
  const moneyRows = new Set(plan.values.map((r, i) => (["Pagu", "Anggaran baru", "Anggaran dihapus", "PK baru", "PK dihapus"].includes(r[1] as string) && i > header ? i : -1)).filter((i) => i >= 0));
  const formattedDE = plan.numberFormats.filter((f) => f.range.startsWith("D") && f.format === "#,##0" && parseA1(f.range.split(":")[0])!.row > header);
  const covered = new Set(formattedDE.flatMap((f) => {
    const [a, b] = f.range.split(":").map((x) => parseA1(x)!.row);
    return Array.from({ length: (b ?? a) - a + 1 }, (_, k) => a + k);
  }));
  expect(covered).toEqual(moneyRows);
  expect(plan.numberFormats.some((f) => f.range.startsWith(`F${header + 2}:`) && f.format === "#,##0")).toBe(true);
  expect(plan.numberFormats.some((f) => f.range.startsWith(`G${header + 2}:`) && f.format === "0.00")).toBe(true);
  expect(plan.conditionalFills.map((c) => c.equals).sort()).toEqual(["Tidak", "Ya"]);
});

test("the written sheet is the add-in's own: not read as a PK, replaced on the next run, a user's Perubahan sheet left alone", async () => {
  const [written] = await readXlsxBuffer(await writeWorkbook([plan]));
  expect(written.name).toBe("Perubahan");
  const { model } = readWorkbook([...sample, written]);
  expect(model.sheets.find((s) => s.name === "Perubahan")?.kind).toBe("own");
  expect(model.pk).toHaveLength(4);
  expect(chooseName("Perubahan", [...sample, written])).toEqual({ name: "Perubahan", replace: true });
  const users: Grid = { name: "Perubahan", values: [["Catatan perubahan saya"]], formats: [], top: 0, left: 0 };
  expect(chooseName("Perubahan", [...sample, users])).toEqual({ name: "Perubahan (2)", replace: false });
  expect(readWorkbook([asGrid(plan)]).model.sheets[0].kind).toBe("own");
});

test("two equal versions: the sheet says there is no change", () => {
  const none = compareVersions(validasi(sample), validasi(sample));
  const p = planPerubahanSheet("Perubahan", false, none, LABELS);
  expect(p.values.some((r) => String(r[0]).startsWith("Tidak ada perubahan"))).toBe(true);
  expect(p.values.find((r) => r[1] === "Semua perubahan")?.[2]).toBe(0);
  expect(p.conditionalFills).toEqual([]);
});
