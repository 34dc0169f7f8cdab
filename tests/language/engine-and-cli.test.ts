/** Bahasa Indonesia only in the messages, the sheets' plans and the command's report and help. */
import { hitung, validasi } from "../../src/engine/run";
import { planSheets } from "../../src/engine/plan/plan-sheets";
import { hitungText, validasiText } from "../../src/cli/text-report";
import { COMMAND_HELP, GENERAL_HELP, USAGE, parseArgs } from "../../src/cli/args";
import { errorMessage } from "../../src/app/error-message";
import type { Grid } from "../../src/engine/grid";
import { SAMPLE_NAMES, sampleGrids } from "../support/samples";
import { withCells } from "../support/edit";
import { grid } from "../support/grid";
import { englishIn, englishProblems } from "./words";

/** The samples, and the samples with mistakes that make many rules speak. */
async function workbooks(): Promise<Grid[][]> {
  const [dinkes, pupr] = await Promise.all(SAMPLE_NAMES.map((n) => sampleGrids(n)));
  return [
    dinkes,
    pupr,
    withCells(dinkes, {
      "Realisasi Kadis!G7": "#DIV/0!", "Realisasi Kadis!E14": "satu juta", "PK Kabid Kesmas!D13": 1, "RA Kadis!B8": "Angka Kematian Bayy",
      "PK Kadis!D15": "1.02", "PK Kasi Kesga Gizi!D12": 99, "RA Kadis!C14": 5, "Realisasi Kasi Kesga Gizi!M11": 3_000_000_000,
    }),
    [grid("Catatan", [["Daftar hadir rapat"], ["Nama", "Jabatan"]])],
    [...dinkes, grid("Set", [["PENGATURAN"], ["Batas status indikator", "85;95"], ["Rumus polaritas negatif", "X"]])],
  ];
}

test("the checker finds what it should, and lets names through", () => {
  expect(englishIn("Lembar ini ditimpa; workbook ini N/A")).toEqual(["N/A", "workbook"]);
  expect(englishIn("Satuan berbeda (satuan-mismatch) · pk hitung --json · /tmp/x/hasil.xlsx")).toEqual([]);
});

test("findings, sheets and the command's report say everything in Bahasa Indonesia", async () => {
  const texts: string[] = [];
  for (const grids of await workbooks()) {
    const v = validasi(grids);
    const h = hitung(grids);
    texts.push(...h.findings.map((f) => f.message), validasiText("buku.xlsx", v), hitungText("buku.xlsx", h, "hasil.xlsx"));
    if (h.results.tidakDihitung) texts.push(h.results.tidakDihitung);
    for (const plan of planSheets(h, grids, { validasiSheet: true })) {
      texts.push(plan.name, ...plan.values.flat().filter((x): x is string => typeof x === "string"));
      texts.push(...plan.charts.flatMap((c) => [c.title, c.yTitle, ...c.series.map((s) => s.name)]));
    }
  }
  expect(texts.length).toBeGreaterThan(500);
  expect(englishProblems(texts)).toEqual([]);
});

test("help, usage and failure messages too", () => {
  const bad = [[], ["periksa"], ["validasi"], ["hitung", "a.xlsx", "--triwulan", "V"], ["validasi", "a.xlsx", "--jsn"]].map((a) => parseArgs(a) as string);
  const failures = ["ItemNotFound", "AccessDenied", "InvalidArgument", "GeneralException", "ApiNotFound"].map((code) => errorMessage("Hitung Capaian", { code }));
  expect(englishProblems([GENERAL_HELP, USAGE, ...Object.values(COMMAND_HELP), ...bad, ...failures])).toEqual([]);
});
