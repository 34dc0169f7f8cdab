import * as fs from "fs";
import * as path from "path";

// A backspace or other control character in a source file is an escape gone wrong (`\b` in a regex written from a script).
const ROOTS = ["src", "tests"].map((d) => path.join(__dirname, "..", "..", d));

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx|js|css|html)$/.test(e.name) ? [p] : [];
  });
}

test("no source file holds a control character other than tab and newline", () => {
  const bad = ROOTS.flatMap(files).flatMap((f) => {
    const lines = fs.readFileSync(f, "utf8").split("\n");
    return lines.flatMap((l, i) => (/[\x00-\x08\x0b-\x1f\x7f]/.test(l.replace(/\r$/, "")) ? [`${path.relative(process.cwd(), f)}:${i + 1}`] : []));
  });
  expect(bad).toEqual([]);
});
