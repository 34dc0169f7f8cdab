/** The real `pk` command in a child process: what reaches the terminal for bad files is one line each, never a stack trace. */
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { tempDir, sampleCopy, DINKES } from "../cli/harness";

const ROOT = path.resolve(__dirname, "../..");

function pkCommand(...argv: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "pk", "--", ...argv], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderrLines: r.stderr.split("\n").filter((l) => l.trim() !== "") };
}

const STACK = /^\s+at |\.ts:\d+|\.js:\d+|Error:|node_modules/m;

describe("npm run pk on files that are no workbook", () => {
  const dir = tempDir("pk-real-");
  const text = path.join(dir, "catatan.xlsx");
  const truncated = path.join(dir, "terpotong.xlsx");
  const encrypted = path.join(dir, "bersandi.xlsx");
  const missing = path.join(dir, "tidak-ada.xlsx");
  fs.writeFileSync(text, "bukan buku kerja");
  fs.writeFileSync(truncated, fs.readFileSync(DINKES).subarray(0, 2000));
  fs.writeFileSync(encrypted, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1016)]));

  it("validasi: exit 2, one Indonesian line per bad file, no stack trace, nothing on stdout", () => {
    const r = pkCommand("validasi", text, truncated, encrypted, missing, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderrLines).toEqual([
      `pk: ${text}: bukan buku kerja .xlsx (isinya bukan format Excel)`,
      `pk: ${truncated}: berkas .xlsx rusak atau terpotong dan tidak dapat dibuka`,
      expect.stringMatching(new RegExp(`^pk: ${encrypted}: berkas terenkripsi dengan kata sandi`)),
      `pk: ${missing}: berkas tidak ditemukan`,
      `pk: ${dir}: ini folder, bukan berkas .xlsx`,
    ]);
    expect(r.stderrLines.join("\n")).not.toMatch(STACK);
  });

  it("hitung with an unwritable --out: exit 2, one line naming the output, no stack trace", () => {
    const input = sampleCopy(DINKES, dir);
    const out = path.join(dir, "tidak", "ada", "hasil.xlsx");
    const r = pkCommand("hitung", input, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderrLines).toEqual([`pk: ${out}: berkas hasil tidak dapat ditulis (folder tujuan tidak ada)`]);
  });

  it("a bad option: exit 2 and the usage, no stack trace", () => {
    const r = pkCommand("hitung", text, "--triwulan", "V");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderrLines[0]).toBe("--triwulan harus I, II, III atau IV.");
    expect(r.stderrLines).toContain("Pemakaian:");
    expect(r.stderrLines.join("\n")).not.toMatch(STACK);
  });
});
