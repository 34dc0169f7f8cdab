/** Nothing is lost: `pk hitung` never writes its input, whatever --out says, and refuses an --out that is the input. */
import * as fs from "fs";
import * as path from "path";
import { pk, stderrLines, sampleCopy, sha256, tempDir, DINKES, PUPR } from "../cli/harness";

describe("pk hitung leaves its input alone", () => {
  it.each([DINKES, PUPR])("without --out it writes FILE-hasil.xlsx beside %s and the input keeps its bytes", async (sample) => {
    const input = sampleCopy(sample);
    const before = sha256(input);
    const r = await pk("hitung", input);
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(sha256(input)).toBe(sha256(sample));
    const written = path.join(path.dirname(input), path.basename(input, ".xlsx") + "-hasil.xlsx");
    expect(fs.existsSync(written)).toBe(true);
    expect(fs.readdirSync(path.dirname(input)).sort()).toEqual([path.basename(input), path.basename(written)].sort());
  });

  it("with --out elsewhere the input keeps its bytes", async () => {
    const input = sampleCopy(DINKES);
    const before = sha256(input);
    const out = path.join(tempDir(), "hasil.xlsx");
    expect((await pk("hitung", input, "--out", out, "--json")).code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });

  const sameFile: [string, (input: string) => string][] = [
    ["the same path", (input) => input],
    ["the same file through ..", (input) => path.join(path.dirname(input), "..", path.basename(path.dirname(input)), path.basename(input))],
    ["a relative path to it", (input) => path.relative(process.cwd(), input)],
    ["a symbolic link to it", (input) => {
      const link = path.join(path.dirname(input), "tautan.xlsx");
      fs.symlinkSync(input, link);
      return link;
    }],
    ["a hard link to it", (input) => {
      const link = path.join(path.dirname(input), "taut-keras.xlsx");
      fs.linkSync(input, link);
      return link;
    }],
  ];

  it.each(sameFile)("--out naming the input as %s is refused with exit 2 and the input keeps its bytes", async (_how, outOf) => {
    const input = sampleCopy(DINKES);
    const before = sha256(input);
    const r = await pk("hitung", input, "--out", outOf(input));
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(stderrLines(r)).toEqual([`pk: ${input}: berkas hasil tidak boleh sama dengan berkas masukan`]);
    expect(sha256(input)).toBe(before);
  });

  it("validasi writes nothing at all", async () => {
    const input = sampleCopy(PUPR);
    const before = sha256(input);
    await pk("validasi", input, "--json");
    expect(sha256(input)).toBe(before);
    expect(fs.readdirSync(path.dirname(input))).toEqual([path.basename(input)]);
  });
});
