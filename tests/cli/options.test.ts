/** Bad command lines: exit 2, the reason and the usage on stderr, nothing on stdout, nothing read or written. */
import * as fs from "fs";
import * as path from "path";
import { pk, sampleCopy, tempDir, DINKES } from "./harness";
import { USAGE } from "../../src/cli/args";

describe("bad options", () => {
  const dir = tempDir();
  const input = sampleCopy(DINKES, dir);
  const cases: [string, string[], RegExp][] = [
    ["no command", [], /Sebutkan perintahnya: validasi, hitung, banding atau rekap/],
    ["an unknown command", ["periksa", input], /Perintah tidak dikenal: periksa/],
    ["no file", ["validasi", "--json"], /Sebutkan berkas \.xlsx/],
    ["an unknown option", ["validasi", input, "--jsn"], /Opsi tidak dikenal: --jsn/],
    ["--triwulan V", ["hitung", input, "--triwulan", "V"], /--triwulan harus I, II, III atau IV/],
    ["--triwulan 0", ["hitung", input, "--triwulan", "0"], /--triwulan harus I, II, III atau IV/],
    ["--triwulan without a value", ["hitung", input, "--triwulan"], /--triwulan harus I, II, III atau IV/],
    ["--out without a value", ["hitung", input, "--out"], /--out memerlukan nama berkas hasil/],
    ["--out followed by another option", ["hitung", input, "--out", "--json"], /--out memerlukan nama berkas hasil/],
    ["--out with several files", ["hitung", input, input, "--out", path.join(dir, "x.xlsx")], /--out hanya dapat dipakai dengan satu berkas/],
  ];

  it.each(cases)("%s: exit 2 with the reason and the usage", async (_name, argv, reason) => {
    const r = await pk(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    const text = r.stderr.join("\n");
    expect(text.split("\n")[0]).toMatch(reason);
    expect(text).toContain(USAGE);
    expect(fs.readdirSync(dir)).toEqual([path.basename(input)]);
  });
});
