/** A file that exists but the system refuses to read (no permission, locked): exit 2 and one line, no stack trace. */
import * as path from "path";
import * as fs from "fs";

const refused = new Map<string, string>();
jest.mock("fs", () => {
  const real = jest.requireActual<typeof import("fs")>("fs");
  return {
    ...real,
    readFileSync: (file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      const code = refused.get(String(file));
      if (code) throw Object.assign(new Error(`${code}: refused, open '${String(file)}'`), { code });
      return (real.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
    },
  };
});

import { pk, stderrLines, sampleCopy, tempDir, DINKES } from "../cli/harness";

describe("a workbook the system refuses to read", () => {
  it.each([
    ["EACCES", "izin ditolak"],
    ["EBUSY", "sedang dikunci program lain"],
  ])("%s gives exit 2 and says so in one line", async (code, reason) => {
    const input = sampleCopy(DINKES, tempDir());
    refused.set(input, code);
    const r = await pk("validasi", input);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(stderrLines(r)).toEqual([`pk: ${input}: berkas tidak dapat dibaca (${reason})`]);
    expect(fs.existsSync(path.join(path.dirname(input), "kabupaten-contoh-dinkes-2025-hasil.xlsx"))).toBe(false);
  });
});
