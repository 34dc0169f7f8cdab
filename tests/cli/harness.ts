/** Runs `pk` in-process through run(), and prepares temp copies of the sample workbooks. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createHash } from "crypto";
import { run } from "../../src/cli/main";

export { SAMPLES } from "../support/samples";
import { SAMPLES } from "../support/samples";
export const DINKES = path.join(SAMPLES, "kabupaten-contoh-dinkes-2025.xlsx");
export const PUPR = path.join(SAMPLES, "kabupaten-contoh-pupr-2025.xlsx");

export interface CliResult {
  code: number;
  stdout: string[];
  stderr: string[];
}

export async function pk(...argv: string[]): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(argv, (s) => stdout.push(s), (s) => stderr.push(s));
  return { code, stdout, stderr };
}

/** stderr as the terminal shows it: every write ends with a newline. */
export function stderrLines(r: CliResult): string[] {
  return r.stderr.join("\n").split("\n").filter((l) => l.length > 0);
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = "pk-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A copy of a sample in a fresh temp folder, so nothing the command writes lands beside the shared samples. */
export function sampleCopy(sample: string, dir = tempDir()): string {
  const target = path.join(dir, path.basename(sample));
  fs.copyFileSync(sample, target);
  return target;
}

export function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
