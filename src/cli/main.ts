#!/usr/bin/env node
/** `pk validasi` / `pk hitung` / `pk banding` / `pk rekap` on .xlsx files: the same engine as the add-in. The input file is never written. */
import * as path from "path";
import { parseArgs, type Args } from "./args";
import { WorkbookFileError } from "../xlsx/read";
import { readXlsxModel } from "../xlsx/read-model";
import { validasiOf, hitungOf } from "../engine/run";
import { validasiDoc, hitungDoc } from "../engine/report/json";
import { validasiText, hitungText } from "./text-report";
import { terminalSafe } from "./terminal-text";

export async function run(argv: string[], write: (s: string) => void, writeError: (s: string) => void): Promise<number> {
  // The one place text reaches the terminal: cell text and file names arrive escaped; --json stays as it is.
  const err = (s: string) => writeError(terminalSafe(s));
  const args = parseArgs(argv);
  if (typeof args === "string") {
    err(args);
    return 2;
  }
  if ("help" in args) {
    write(terminalSafe(args.help));
    return 0;
  }
  const out = (s: string) => write(args.json || args.jsonl ? s : terminalSafe(s));
  // Each command loads what only it needs: `validasi` starts without the writer, the planner, banding or rekap.
  if (args.command === "banding") return (await import("./banding")).runBanding(args, out, err);
  if (args.command === "rekap") return (await import("./rekap")).runRekap(args, out, err);
  const docs: unknown[] = [];
  const texts: string[] = [];
  let status = 0;
  for (const file of args.files) {
    try {
      const code = args.command === "validasi" ? await runValidasi(file, args, docs, texts) : await runHitung(file, args, docs, texts);
      status = Math.max(status, code);
    } catch (e) {
      if (e instanceof NothingToCompute) {
        err(`pk: ${e.message}`);
        status = Math.max(status, 1);
        continue;
      }
      if (!(e instanceof WorkbookFileError)) throw e;
      err(`pk: ${e.message}`);
      status = 2;
    }
  }
  if (args.json) {
    if (docs.length) out(JSON.stringify(docs.length === 1 && args.files.length === 1 ? docs[0] : docs, null, 1));
  } else if (texts.length) out(texts.join("\n\n"));
  return status;
}

async function runValidasi(file: string, args: Args, docs: unknown[], texts: string[]): Promise<number> {
  const result = validasiOf(await readXlsxModel(file));
  if (args.json) docs.push(validasiDoc(path.basename(file), result));
  else texts.push(validasiText(file, result));
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

async function runHitung(file: string, args: Args, docs: unknown[], texts: string[]): Promise<number> {
  const result = hitungOf(await readXlsxModel(file), { triwulan: args.triwulan ?? undefined });
  // Nothing to compute: no sheet, no file, one line why.
  if (result.results.tidakDihitung) throw new NothingToCompute(file, result.results.tidakDihitung);
  const target = args.out ?? path.join(path.dirname(file), path.basename(file, path.extname(file)) + "-hasil.xlsx");
  const [{ planSheets }, { writeOutput }] = await Promise.all([import("../engine/plan/plan-sheets"), import("./output-file")]);
  // The output holds only the add-in's sheets: there is no user sheet to avoid, so plan against none.
  const plans = planSheets(result, [], { validasiSheet: true });
  await writeOutput(plans, target, [file], { linkedFile: path.relative(path.dirname(path.resolve(target)), path.resolve(file)) });
  if (args.json) docs.push({ ...hitungDoc(path.basename(file), result), output: target });
  else texts.push(hitungText(file, result, target));
  return 0;
}

class NothingToCompute extends Error {
  constructor(file: string, why: string) {
    super(`${file}: ${why}`);
  }
}

/** The process entry: `pk` as a bin (build/cli/main.js) or through `npm run pk` (scripts/pk.js). */
export function main(): void {
  // Past a file-size limit (ulimit -f) the write should fail with EFBIG, not the process die halfway.
  process.on("SIGXFSZ", () => {});
  // `pk validasi … | head`: a closed pipe ends the output, not the process with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 2));
  run(process.argv.slice(2), (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n"))
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      // The engine reports bad input as findings; reaching here is a defect, still said without a stack trace.
      process.stderr.write(terminalSafe(`pk: kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`) + "\n");
      process.exit(2);
    });
}

if (require.main === module) main();
