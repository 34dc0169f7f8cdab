/** @jest-environment jsdom */
// Offline manifest check: the online validator (office-addin-manifest validate) needs the internet.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const TEXT = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parse(): Document {
  return new DOMParser().parseFromString(TEXT, "application/xml");
}
const doc = parse();
const root = doc.documentElement;

/** Direct child elements of the root, by local name, in order. */
const topLevel = () => Array.from(root.children).map((e) => e.localName);
const one = (name: string) => {
  const found = Array.from(root.children).filter((e) => e.localName === name);
  expect(found).toHaveLength(1);
  return found[0];
};

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
  });

  test("has the required elements in schema order", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
      "Permissions", "VersionOverrides",
    ];
    expect(topLevel()).toEqual(order);
  });

  test("Id is a GUID, Version has four parts, locale and names are Indonesian", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("DefaultLocale").textContent).toBe("id-ID");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("PK Kinerja");
    const description = one("Description").getAttribute("DefaultValue") ?? "";
    expect(description).toMatch(/Perjanjian Kinerja/);
    expect(description.length).toBeLessThanOrEqual(4000);
  });

  test("hosts Excel workbooks with ExcelApi 1.7 or later and ReadWriteDocument", () => {
    const host = one("Hosts").getElementsByTagName("Host")[0];
    expect(host.getAttribute("Name")).toBe("Workbook");
    const sets = Array.from(one("Requirements").getElementsByTagName("Set"));
    const excel = sets.find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excel).toBeDefined();
    const [major, minor] = (excel!.getAttribute("MinVersion") ?? "0").split(".").map(Number);
    expect(major > 1 || (major === 1 && minor >= 7)).toBe(true);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(one("DefaultSettings").getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  test("every URL is https", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue")!)
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    urls.push(...Array.from(doc.getElementsByTagName("AppDomain")).map((e) => e.textContent ?? ""));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("has a ribbon button that shows the task pane", () => {
    const action = Array.from(doc.getElementsByTagName("Action")).find((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane");
    expect(action).toBeDefined();
    expect(action!.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBeTruthy();
  });

  test("every resid resolves to a resource, and resource strings fit their limits", () => {
    const resources = new Map<string, Element>();
    for (const kind of ["Image", "Url", "String"]) {
      for (const e of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
        const id = e.getAttribute("id");
        if (id) {
          expect(resources.has(id)).toBe(false);
          resources.set(id, e);
        }
      }
    }
    const refs = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid")!);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(resources.has(r) ? r : `missing ${r}`).toBe(r);
    for (const e of Array.from(doc.getElementsByTagNameNS(BT, "ShortStrings")[0].children)) {
      expect((e.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    }
    for (const e of Array.from(doc.getElementsByTagNameNS(BT, "LongStrings")[0].children)) {
      expect((e.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
    }
  });

  test("icon files exist with the pixel sizes the manifest claims", () => {
    const icons: [string, number][] = [
      [one("IconUrl").getAttribute("DefaultValue")!, 32],
      [one("HighResolutionIconUrl").getAttribute("DefaultValue")!, 64],
    ];
    for (const img of Array.from(doc.getElementsByTagNameNS(BT, "Images")[0].children)) {
      const size = Number(/(\d+)x\1/.exec(img.getAttribute("id") ?? "")?.[1]);
      icons.push([img.getAttribute("DefaultValue")!, size]);
    }
    for (const [url, size] of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});
