import JSZip from "jszip";
import { writeWorkbook } from "../../src/xlsx/write";
import { capaianPlan, firstMonthRow, kurvaSPlan, samplePk } from "./plans";

// The largest plan the benchmark uses: 1,000 PKs of about 10 indikator each, one Kurva S chart per PK.
const PKS = 1000;

test(`writes ${PKS} PKs (≈10,000 table rows, ${PKS} charts) in reasonable time`, async () => {
  const plans = [capaianPlan(PKS * 10), kurvaSPlan(Array.from({ length: PKS }, (_, k) => samplePk(k % 10)))];
  const start = performance.now();
  const buffer = await writeWorkbook(plans);
  const ms = performance.now() - start;
  const zip = await JSZip.loadAsync(buffer);
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(PKS);
  const last = await zip.file(`xl/charts/chart${PKS}.xml`)!.async("string");
  expect(last).toContain(`<c:f>'Kurva S'!$B$${firstMonthRow(PKS - 1) + 1}:`);
  console.log(`writeWorkbook, ${PKS} PKs: ${Math.round(ms)} ms, ${(buffer.length / 1e6).toFixed(1)} MB`);
  // Generous bound for slow CI machines; measured on a 2-core build machine in the report.
  expect(ms).toBeLessThan(60_000);
}, 120_000);
