/**
 * The written file, read back: the Validasi sheet's links are hyperlink elements (no formula), internal where the
 * target sheet is in the file, into the input workbook where it is not; the Kurva S drawing anchors no chart over
 * another or over the table.
 */
import JSZip from "jszip";
import { hitung } from "../../src/engine/run";
import { planSheets } from "../../src/engine/plan/plan-sheets";
import { writeWorkbook } from "../../src/xlsx/write";
import { sheetParts, relsPathOf } from "../../src/xlsx/charts/package-parts";
import { sampleGrids } from "../support/samples";
import { findAll, parseXml, type XmlNode } from "../xlsx/xml-tree";

async function written(linkedFile?: string) {
  const out = hitung(await sampleGrids("kabupaten-contoh-pupr-2025"));
  const plans = planSheets(out, [], { validasiSheet: true });
  const zip = await JSZip.loadAsync(await writeWorkbook(plans, linkedFile ? { linkedFile } : {}));
  const parts = await sheetParts(zip);
  const read = async (path: string) => zip.file(path)?.async("string") ?? null;
  return { out, plans, zip, parts, read };
}

const num = (n: XmlNode, tag: string) => Number(findAll(n, tag)[0].text);

describe("the written workbook", () => {
  it("Validasi: every finding's cell is a hyperlink to its sheet and cell, with no formula and no relationship", async () => {
    const { out, parts, read } = await written();
    const part = parts.get("Validasi")!;
    const sheet = parseXml((await read(part))!);
    const links = findAll(sheet, "hyperlink");
    expect(links).toHaveLength(out.findings.length);
    out.findings.forEach((f, i) => {
      expect(links[i].attrs.location).toBe(`'${f.sheet}'!${f.cell}`);
      expect(links[i].attrs.display).toBe(f.cell);
      expect(links[i].attrs["r:id"]).toBeUndefined();
    });
    expect(findAll(sheet, "f")).toEqual([]);
    // Schema order: hyperlinks after the conditional formats, before the page margins.
    const order = sheet.children.map((c) => c.name);
    expect(order.indexOf("hyperlinks")).toBeGreaterThan(order.lastIndexOf("conditionalFormatting"));
    expect(order.indexOf("hyperlinks")).toBeLessThan(order.indexOf("pageMargins"));
    expect((await read(relsPathOf(part))) ?? "").not.toContain("hyperlink");
  });

  it("the command's file, without the input's sheets, links into the input workbook", async () => {
    const { parts, read } = await written("kabupaten-contoh-pupr-2025.xlsx");
    const part = parts.get("Validasi")!;
    const links = findAll(parseXml((await read(part))!), "hyperlink");
    const rels = parseXml((await read(relsPathOf(part)))!);
    const rel = findAll(rels, "Relationship").find((r) => r.attrs.Id === links[0].attrs["r:id"])!;
    expect(rel.attrs).toMatchObject({ Target: "kabupaten-contoh-pupr-2025.xlsx", TargetMode: "External" });
    expect(rel.attrs.Type).toMatch(/\/hyperlink$/);
    expect(links.every((l) => l.attrs["r:id"] === rel.attrs.Id && l.attrs.location.startsWith("'"))).toBe(true);
  });

  it("Kurva S drawing: charts one below the other with a free row between, right of the table", async () => {
    const { plans, parts, read, zip } = await written();
    const plan = plans.find((p) => p.role === "kurva-s")!;
    const rels = parseXml((await read(relsPathOf(parts.get(plan.name)!)))!);
    const drawing = findAll(rels, "Relationship").find((r) => r.attrs.Type.endsWith("/drawing"))!.attrs.Target.replace("..", "xl");
    const anchors = findAll(parseXml((await zip.file(drawing)!.async("string"))), "xdr:twoCellAnchor").map((a) => {
      const [from, to] = [findAll(a, "xdr:from")[0], findAll(a, "xdr:to")[0]];
      return { top: num(from, "xdr:row"), left: num(from, "xdr:col"), bottom: num(to, "xdr:row"), right: num(to, "xdr:col") };
    });
    expect(anchors).toHaveLength(plan.charts.length);
    const tableCols = Math.max(...plan.values.map((r) => r.reduce<number>((m, v, i) => (v !== null ? i + 1 : m), 0)));
    for (const a of anchors) expect(a.left).toBeGreaterThan(tableCols);
    for (let i = 1; i < anchors.length; i++) expect(anchors[i].top).toBeGreaterThan(anchors[i - 1].bottom);
  });
});
