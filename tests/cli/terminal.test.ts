/** Text output never carries control characters or bidi overrides to the terminal; --json stays as it is. */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { terminalSafe } from "../../src/cli/terminal-text";
import { pk, tempDir, DINKES } from "./harness";

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe("terminalSafe", () => {
  test("ESC, CR, BEL, C1 controls and bidi overrides become visible escapes", () => {
    expect(terminalSafe("a\u001b[31mmerah\u001b[0m")).toBe("a\\x1B[31mmerah\\x1B[0m");
    expect(terminalSafe("timpa\rbaris\u0007")).toBe("timpa\\x0Dbaris\\x07");
    expect(terminalSafe("\u009b2J\u0085")).toBe("\\x9B2J\\x85");
    expect(terminalSafe("gnp.\u202Eexe \u2066x\u2069 \u200F")).toBe("gnp.\\u202Eexe \\u2066x\\u2069 \\u200F");
  });

  test("lines, tabs and ordinary text, Indonesian or not, pass unchanged", () => {
    const text = "Validasi PK\n\tAngka Kematian Ibu: 98 per 100.000 KH — ≥ 95 % 🙂 ꦗꦮ عربى";
    expect(terminalSafe(text)).toBe(text);
  });

  test("property: nothing unsafe survives, and safe text is left alone", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const out = terminalSafe(s);
        return !UNSAFE.test(out) && (UNSAFE.test(s) || out === s);
      }),
    );
  });
});

describe("pk on a workbook whose text carries terminal controls", () => {
  const dir = tempDir("pk-terminal-");
  // The sample with an ESC sequence (OOXML's _x001B_ escape), a C1 CSI and a right-to-left override in its text,
  // and an override in a sheet name; the file name itself carries an ESC sequence.
  const file = path.join(dir, "jahat\u001b[2J.xlsx");
  beforeAll(() => {
    const parts = unzipSync(fs.readFileSync(DINKES));
    const dec = new TextDecoder();
    const enc = new TextEncoder();
    const sst = dec.decode(parts["xl/sharedStrings.xml"]).replace("Angka Kematian Ibu", "Angka_x001B_[31m Kematian\u202E Ibu_x009B_2J");
    expect(sst).toContain("_x001B_");
    parts["xl/sharedStrings.xml"] = enc.encode(sst);
    parts["xl/workbook.xml"] = enc.encode(dec.decode(parts["xl/workbook.xml"]).replace('name="PK Kadis"', 'name="PK Kadis\u202E"'));
    fs.writeFileSync(file, zipSync(parts));
  });

  test("the text report shows every control as an escape, cell text and file name alike", async () => {
    const r = await pk("hitung", file, "--out", path.join(dir, "hasil.xlsx"));
    expect(r.code).toBe(0);
    const text = r.stdout.join("\n");
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain("Angka\\x1B[31m Kematian\\u202E Ibu\\x9B2J");
    expect(text).toContain("jahat\\x1B[2J.xlsx");
    expect(text).toContain("PK Kadis\\u202E");
  });

  test("an error line names the file escaped", async () => {
    const missing = path.join(dir, "hilang\u001b]0;judul\u0007.xlsx");
    const r = await pk("validasi", missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`pk: ${dir}/hilang\\x1B]0;judul\\x07.xlsx: berkas tidak ditemukan`]);
  });

  test("--json is unchanged: the same characters, as JSON carries them", async () => {
    const r = await pk("validasi", file, "--json");
    const doc = JSON.parse(r.stdout[0]);
    expect(doc.file).toBe("jahat\u001b[2J.xlsx");
    const names = JSON.stringify(doc);
    expect(names).toContain("Angka\\u001b[31m Kematian\u202E Ibu\u009b2J");
  });
});
