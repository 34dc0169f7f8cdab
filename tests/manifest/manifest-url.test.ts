/** @jest-environment jsdom */
/** `PK_ADDIN_URL=https://... npm run build`: dist/manifest.xml points at the real host, every address of it. */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, normalizeHostUrl } = require(path.join(ROOT, "tools/manifest-url.js"));

/** The transform webpack's production build applies to manifest.xml, with PK_ADDIN_URL set as given. */
function builtManifest(url: string | undefined, mode: "production" | "development" = "production"): string {
  const saved = process.env.PK_ADDIN_URL;
  if (url === undefined) delete process.env.PK_ADDIN_URL;
  else process.env.PK_ADDIN_URL = url;
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    const pattern = copy.patterns.find((p: { from: string }) => p.from === "manifest.xml");
    return String(pattern.transform(Buffer.from(SOURCE)));
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.PK_ADDIN_URL;
    else process.env.PK_ADDIN_URL = saved;
  }
}

const urls = (xml: string) => [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g)].map((m) => m[1]);

test("with PK_ADDIN_URL the production manifest points there; the AppDomain is its origin", () => {
  const xml = builtManifest("https://pk.jambikota.go.id/pk-kinerja/");
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length).toBe(0);
  expect(xml).not.toMatch(/localhost/);
  const found = urls(xml);
  expect(found.length).toBe(urls(SOURCE).length);
  for (const u of found) expect(u.startsWith("https://pk.jambikota.go.id")).toBe(true);
  expect(xml).toContain('<SourceLocation DefaultValue="https://pk.jambikota.go.id/pk-kinerja/taskpane.html"/>');
  expect(xml).toContain("<AppDomain>https://pk.jambikota.go.id</AppDomain>");
  expect(xml).toContain('DefaultValue="https://pk.jambikota.go.id/pk-kinerja/assets/icon-32.png"');
});

test("without it, or in a development build, the manifest is the dev server's", () => {
  expect(builtManifest(undefined)).toBe(SOURCE);
  expect(builtManifest("https://pk.example.go.id", "development")).toBe(SOURCE);
});

test("only an https address without query is taken, with a message in Bahasa Indonesia", () => {
  expect(normalizeHostUrl("https://pk.example.go.id")).toBe("https://pk.example.go.id");
  expect(() => manifestFor(SOURCE, "http://pk.example.go.id")).toThrow(/harus https/);
  expect(() => manifestFor(SOURCE, "pk.example.go.id")).toThrow(/bukan alamat yang sah/);
  expect(() => manifestFor(SOURCE, "https://pk.example.go.id/?x=1")).toThrow(/tanpa \? atau #/);
});
