/**
 * Writes a generated workbook to .xlsx, to run the `pk` command on it:
 *   npx ts-node --transpile-only bench/make-workbook.ts 1000 hasil/generated-1000.xlsx [--seed N]
 */
import { generateWorkbook, generatedToXlsx } from "./generate";

async function main(): Promise<void> {
  const [count, path] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const seedAt = process.argv.indexOf("--seed");
  const pkCount = Number(count);
  if (!Number.isInteger(pkCount) || pkCount < 1 || !path) {
    console.error("pemakaian: make-workbook.ts JUMLAH_PK FILE.xlsx [--seed N]");
    process.exit(2);
  }
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : undefined;
  const grids = generateWorkbook(pkCount, seed === undefined ? {} : { seed });
  await generatedToXlsx(grids, path);
  console.log(`${path}: ${pkCount} PK, ${grids.length} lembar`);
}

main().catch((error) => {
  console.error(`gagal: ${(error as Error).message}`);
  process.exit(1);
});
