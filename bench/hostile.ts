/**
 * The hostile-file table of issue 13: each case of bench/generate/hostile-cases.ts through the whole `pk validasi`
 * process at the default limits, with exit status, wall time and peak memory.
 *   npx ts-node --transpile-only bench/hostile.ts [--timeout SECONDS]
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HOSTILE_CASES } from "./generate/hostile-cases";
import { runPk } from "./measure/run-pk";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../scripts/cli-build");

const SAMPLE = path.resolve(__dirname, "../../shared/samples/kabupaten-contoh-dinkes-2025.xlsx");

function main(): void {
  const at = process.argv.indexOf("--timeout");
  const timeoutMs = (at > 0 ? Number(process.argv[at + 1]) : 60) * 1000;
  const cli: string = ensureCliBuilt();
  const sample = new Uint8Array(fs.readFileSync(SAMPLE));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pk-hostile-"));
  const rows = ["| case | file | exit | time | peak memory | answer |", "|---|---|---|---|---|---|"];
  try {
    for (const c of HOSTILE_CASES) {
      const file = path.join(dir, c.file);
      fs.writeFileSync(file, c.make(sample));
      const r = runPk(cli, ["validasi", file], timeoutMs);
      const answer = r.timedOut
        ? `killed after ${timeoutMs / 1000} s`
        : r.stderr.trim()
          ? r.stderr.trim().split("\n")[0].replace(`pk: ${file}: `, "")
          : `complete report (${r.stdout.split("\n")[1]?.trim()})`;
      const size = fs.statSync(file).size;
      rows.push(`| ${c.name} | ${size >= 2 ** 20 ? `${(size / 2 ** 20).toFixed(1)} MB` : `${Math.ceil(size / 1024)} KB`} | ${r.timedOut ? "—" : r.code} | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMiB ?? "—"} MiB | ${answer} |`);
      process.stderr.write(`${c.name}: ${r.code} ${Math.round(r.ms)} ms\n`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(rows.join("\n"));
}

main();
