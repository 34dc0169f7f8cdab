/** Outputs are written all or nothing: a failure leaves no file behind and an earlier output as it was. */
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../../src/xlsx/atomic-file";
import { writeWorkbookFile } from "../../src/xlsx/write-file";
import { tempDir } from "../cli/harness";
import { capaianPlan } from "./plans";

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
const diskFull = () => Object.assign(new Error("no space left on device"), { code: "ENOSPC" });

/** Fails like a full disk once `limit` bytes are written, after writing what fits. */
function failAfter(limit: number) {
  let written = 0;
  return (fd: number, chunk: Uint8Array) => {
    const room = Math.max(0, limit - written);
    fs.writeSync(fd, chunk, 0, Math.min(room, chunk.length));
    written += Math.min(room, chunk.length);
    if (chunk.length > room) throw diskFull();
  };
}

test("writes the whole file and leaves nothing else in the folder", () => {
  const dir = tempDir("pk-atomic-");
  const target = path.join(dir, "hasil.xlsx");
  writeFileAtomic(target, bytes(3_000_000));
  expect(fs.readFileSync(target).equals(bytes(3_000_000))).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(["hasil.xlsx"]);
});

test("a write failing halfway leaves no file and no temporary file", () => {
  const dir = tempDir("pk-atomic-");
  const target = path.join(dir, "hasil.xlsx");
  expect(() => writeFileAtomic(target, bytes(3_000_000), { writeChunk: failAfter(1_500_000) })).toThrow(expect.objectContaining({ code: "ENOSPC" }));
  expect(fs.readdirSync(dir)).toEqual([]);
});

test("an earlier output at the same path stays intact, mode included", () => {
  const dir = tempDir("pk-atomic-");
  const target = path.join(dir, "hasil.xlsx");
  writeFileAtomic(target, bytes(1000, 1));
  fs.chmodSync(target, 0o640);
  expect(() => writeFileAtomic(target, bytes(3_000_000, 2), { writeChunk: failAfter(10) })).toThrow();
  expect(fs.readFileSync(target).equals(bytes(1000, 1))).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(["hasil.xlsx"]);
  writeFileAtomic(target, bytes(10, 3));
  expect(fs.statSync(target).mode & 0o777).toBe(0o640);
});

test("a folder as the target or a missing folder: refused before anything is written", () => {
  const dir = tempDir("pk-atomic-");
  fs.mkdirSync(path.join(dir, "hasil.xlsx"));
  expect(() => writeFileAtomic(path.join(dir, "hasil.xlsx"), bytes(10))).toThrow(expect.objectContaining({ code: "EISDIR" }));
  expect(() => writeFileAtomic(path.join(dir, "tidak-ada", "hasil.xlsx"), bytes(10))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  expect(fs.readdirSync(dir)).toEqual(["hasil.xlsx"]);
});

test("writeWorkbookFile on a full disk leaves the earlier workbook readable as it was", async () => {
  const dir = tempDir("pk-atomic-");
  const target = path.join(dir, "hasil.xlsx");
  await writeWorkbookFile([capaianPlan(3)], target);
  const before = fs.readFileSync(target);
  await expect(writeWorkbookFile([capaianPlan(3000)], target, {}, { writeChunk: failAfter(4096) })).rejects.toMatchObject({ code: "ENOSPC" });
  expect(fs.readFileSync(target).equals(before)).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(["hasil.xlsx"]);
});
