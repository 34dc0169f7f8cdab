/**
 * The compiled command as a process: what it loads, and what a failed or racing write leaves behind
 * (a file-size limit set with ulimit -f makes the write fail halfway, as a full disk would).
 */
import * as fs from "fs";
import * as path from "path";
import { spawn, spawnSync } from "child_process";
import { readWorkbookBytes } from "../../src/xlsx/read-bytes";
import { sampleCopy, sha256, tempDir, DINKES } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCliBuilt } = require("../../scripts/cli-build");

let MAIN = "";
beforeAll(() => {
  MAIN = ensureCliBuilt();
}, 180_000);

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

test("the compiled command loads neither ts-node nor exceljs nor JSZip", () => {
  const script = `require(${JSON.stringify(MAIN)}).run(["validasi", ${JSON.stringify(DINKES)}], () => {}, () => {})
    .then(() => console.log(JSON.stringify(Object.keys(require.cache))))`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(r.status).toBe(0);
  const loaded: string[] = JSON.parse(r.stdout);
  expect(loaded.some((m) => m.includes(`${path.sep}build${path.sep}cli${path.sep}`))).toBe(true);
  expect(loaded.filter((m) => /node_modules[\\/](exceljs|jszip|ts-node|typescript)[\\/]/.test(m))).toEqual([]);
});

test("a write stopped by a file-size limit: exit 2, one line, the earlier output and the input intact, no temporary file", () => {
  const dir = tempDir("pk-ulimit-");
  const input = sampleCopy(DINKES, dir);
  const out = path.join(dir, "hasil.xlsx");
  fs.writeFileSync(out, "hasil sebelumnya");
  const inputHash = sha256(input);
  // ulimit -f counts 1024-byte blocks: the workbook needs more than 8 of them.
  const r = spawnSync("bash", ["-c", `ulimit -f 8; exec "${process.execPath}" "${MAIN}" hitung "${input}" --out "${out}"`], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(lines(r.stderr)).toEqual([`pk: ${out}: berkas hasil tidak dapat ditulis (melebihi batas ukuran berkas)`]);
  expect(fs.readFileSync(out, "utf8")).toBe("hasil sebelumnya");
  expect(fs.readdirSync(dir).sort()).toEqual([path.basename(input), "hasil.xlsx"].sort());
  expect(sha256(input)).toBe(inputHash);
});

test("two commands writing the same output at once leave one whole workbook, nothing mixed, no temporary file", async () => {
  const dir = tempDir("pk-race-");
  const input = sampleCopy(DINKES, dir);
  const out = path.join(dir, "hasil.xlsx");
  const runOnce = () =>
    new Promise<number>((resolve) => spawn(process.execPath, [MAIN, "hitung", input, "--out", out, "--json"], { stdio: "ignore" }).on("exit", (code) => resolve(code ?? -1)));
  expect(await Promise.all([runOnce(), runOnce(), runOnce()])).toEqual([0, 0, 0]);
  const grids = readWorkbookBytes(fs.readFileSync(out));
  expect(grids.map((g) => g.name)).toEqual(["Capaian", "Kurva S", "Validasi"]);
  expect(fs.readdirSync(dir).sort()).toEqual([path.basename(input), "hasil.xlsx"].sort());
});
