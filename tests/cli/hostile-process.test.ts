/**
 * Hostile files at full size through the whole `pk` process, default limits: each answers within bounds with
 * one line (exit 2) or a complete report, leaves the input as it was and writes no output when it refuses.
 * The far-apart cases pass the door (tests/xlsx/hostile.test.ts) and the engine's readers, which visit the
 * occupied cells only.
 */
import * as fs from "fs";
import * as path from "path";
import { HOSTILE_CASES } from "../../bench/generate/hostile-cases";
import { runPk } from "../../bench/measure/run-pk";
import { sha256, tempDir, DINKES } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../../scripts/cli-build");

jest.setTimeout(120_000);
let MAIN = "";
beforeAll(() => {
  MAIN = ensureCliBuilt();
}, 180_000);

const sample = new Uint8Array(fs.readFileSync(DINKES));
const dir = tempDir("pk-hostile-");
const TIME_LIMIT_MS = 30_000;
const PEAK_LIMIT_MIB = 400;

describe.each(HOSTILE_CASES)("pk on $name", (c) => {
  it.each(["validasi", "hitung"])("%s: within bounds, one line or a complete report, the input unchanged", (command) => {
    const file = path.join(dir, `${command}-${c.file}`);
    fs.writeFileSync(file, c.make(sample));
    const before = sha256(file);
    const out = path.join(dir, `${command}-${c.file}-hasil.xlsx`);
    const r = runPk(MAIN, [command, file, "--out", out], TIME_LIMIT_MS);
    expect(r.timedOut).toBe(false);
    expect([c.exit].flat()).toContain(r.code);
    expect(r.peakMiB).toBeLessThan(PEAK_LIMIT_MIB);
    const errLines = r.stderr.split("\n").filter((l) => l !== "");
    if (c.reason) {
      expect(errLines).toHaveLength(1);
      expect(errLines[0]).toMatch(c.reason);
      expect(errLines[0].startsWith(`pk: ${file}: `)).toBe(true);
      expect(r.stdout).toBe("");
      expect(fs.existsSync(out)).toBe(false);
    } else if (command === "hitung" && errLines.length) {
      // A file holding no PK: nothing to compute, so nothing written, and one line says why.
      expect(r.code).toBe(1);
      expect(errLines).toHaveLength(1);
      expect(errLines[0]).toMatch(/^pk: .*: Tidak ada Perjanjian Kinerja yang dapat dihitung/);
      expect(fs.existsSync(out)).toBe(false);
    } else {
      expect(errLines).toEqual([]);
      expect(r.stdout).toMatch(/^Validasi .*\n {2}\d+ kesalahan · \d+ peringatan · \d+ info/);
      if (command === "hitung") expect(fs.existsSync(out)).toBe(true);
    }
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
