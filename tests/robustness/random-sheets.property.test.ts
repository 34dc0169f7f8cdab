/** Whole workbooks of random sheets: validasi, hitung and planSheets always answer, and every finding points at a real cell. */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/grid";
import { cellValue, numberFormat, KEYWORDS } from "./cell-pool";
import { exerciseEngine } from "./exercise";

const RUNS = { numRuns: Number(process.env.PK_FUZZ_RUNS ?? 150), interruptAfterTimeLimit: Number(process.env.PK_FUZZ_MS ?? 60_000) };

/** A rectangular used range with formats of the same shape, shorter, or none at all. */
function grid(name: string, rows: number, cols: number): fc.Arbitrary<Grid> {
  return fc
    .record({
      values: fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      fmt: numberFormat,
      formatsKind: fc.constantFrom("full", "none", "short"),
      top: fc.nat(6),
      left: fc.nat(4),
    })
    .map(({ values, fmt, formatsKind, top, left }) => ({
      name,
      values: rows === 0 ? [] : values,
      formats: formatsKind === "none" ? [] : values.slice(0, formatsKind === "short" ? 1 : undefined).map((r) => r.map(() => fmt)),
      top: rows === 0 ? 0 : top,
      left: rows === 0 ? 0 : left,
    }));
}

const randomGrid = (name: string) => fc.tuple(fc.nat(14), fc.integer({ min: 1, max: 10 })).chain(([r, c]) => grid(name, r, c));

/** Parts of the layouts of workbook.md, in random order, with random or missing content. */
const block: fc.Arbitrary<CellValue[][]> = fc.oneof(
  fc.constantFrom(...KEYWORDS.filter((k) => /KINERJA|RENCANA AKSI|REALISASI|PENGATURAN/i.test(k))).chain((t) =>
    fc.tuple(fc.constantFrom<CellValue>("TAHUN 2025", "2024", null, "DINAS KESEHATAN")).map(([y]) => [[t], [y]]),
  ),
  fc.shuffledSubarray(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025", "Target Triwulan", "Sifat", "Polaritas"], { minLength: 1 }).map((h) => [h as CellValue[]]),
  fc.shuffledSubarray(["No", "Kode", "Program", "Sub Kegiatan", "Anggaran (Rp)", "Pagu", "Keterangan"], { minLength: 1 }).map((h) => [h as CellValue[]]),
  fc.constant<CellValue[][]>([[null, null, null, null, "TW I", "TW II", "TW III", "TW IV"]]),
  fc.constant<CellValue[][]>([["Kode", "Uraian", "Pagu", "Jenis", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]]),
  fc.array(fc.array(cellValue, { maxLength: 16 }), { maxLength: 5 }),
  fc.tuple(cellValue, cellValue).map(([a, b]) => [["Jumlah", null, null, a, b]]),
  fc.constant<CellValue[][]>([
    ["Contoh, 3 Februari 2025"],
    ["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
    ["BUPATI CONTOH,", null, null, "KEPALA DINAS KESEHATAN,"],
    [],
    ["H. SURYA", null, null, "dr. BUDI"],
    [null, null, null, "NIP. 19750312 200003 1 004"],
  ]),
  fc.tuple(fc.constantFrom("Rumus polaritas negatif", "Batas capaian", "Skala predikat", "Triwulan pelaporan", "Batas status indikator"), cellValue).map(([k, v]) => [[k, v]]),
);

function stacked(name: string): fc.Arbitrary<Grid> {
  return fc.tuple(fc.array(block, { minLength: 1, maxLength: 9 }), fc.nat(3)).map(([blocks, top]) => {
    const rows = blocks.flat();
    const width = Math.max(1, ...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
    return { name, values, formats: values.map((r) => r.map(() => "General")), top, left: 0 };
  });
}

const sheetNames = fc.uniqueArray(fc.constantFrom("PK Kadis", "PK Kabid", "Renaksi", "Realisasi", "Sheet1", "PENGATURAN", "Capaian", "Kurva S", "Validasi", "Lembar (2)", "ā€“ odd ’name"), {
  minLength: 1,
  maxLength: 5,
  comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
});

const triwulan = fc.constantFrom(undefined, 1, 2, 3, 4);

describe("random sheets", () => {
  it("any grid of random cells: the engine answers and every finding points at a real cell", () => {
    const workbook = sheetNames.chain((names) => fc.tuple(...names.map(randomGrid)));
    fc.assert(
      fc.property(workbook, triwulan, (grids, tw) => {
        expect(exerciseEngine(grids, tw)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("sheets stacked from PK, Rencana Aksi, Realisasi and PENGATURAN parts with random content", () => {
    const workbook = sheetNames.chain((names) => fc.tuple(...names.map(stacked)));
    fc.assert(
      fc.property(workbook, triwulan, (grids, tw) => {
        expect(exerciseEngine(grids, tw)).toEqual([]);
      }),
      RUNS,
    );
  });
});
