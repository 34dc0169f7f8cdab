/**
 * The package's XML scanner against saxes, the general parser it replaced: random documents split into random
 * chunks give the same elements, attributes and text; what is not well-formed is refused, never read.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XmlScanError, XmlScanner } from "../../src/xlsx/xml-scan";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Adjacent text events joined: where a parser cuts a text node in pieces is its own business. */
function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
  else if (e[0] !== "text" || e[1] !== "") events.push(e);
}

function scan(chunks: string[]): Event[] {
  const events: Event[] = [];
  const s = new XmlScanner({
    open: (n, a) => push(events, ["open", n, a.record()]),
    close: (n) => push(events, ["close", n]),
    text: (t) => push(events, ["text", t]),
  });
  for (const c of chunks) s.write(c);
  s.close();
  return events;
}

function saxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ position: false });
  p.on("opentag", (t) => push(events, ["open", t.name, { ...(t.attributes as Record<string, string>) }]));
  p.on("closetag", (t) => push(events, ["close", t.name]));
  p.on("text", (t) => push(events, ["text", t]));
  p.on("cdata", (t) => push(events, ["text", t]));
  p.on("error", (e) => {
    throw e;
  });
  p.write(xml).close();
  return events;
}

const isLow = (s: string, i: number) => i > 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;
/** A lone half of a surrogate pair: text from a TextDecoder, as the scanner gets, never has one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The document cut at the given points, never inside a character (a decoder says whole characters). */
function cut(xml: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (xml.length + 1)).map((p) => (isLow(xml, p) ? p + 1 : p)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of at) {
    out.push(xml.slice(from, p));
    from = p;
  }
  out.push(xml.slice(from));
  return out;
}

const name = fc.constantFrom("c", "v", "row", "x:c", "sheetData", "t", "si", "r", "a_b", "d-1", "é");
const textChar = fc.constantFrom("a", " ", "\n", "\r\n", "\t", "1", "é", "😀", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x1F600;", ">", "]", "'", '"');
const text = fc.array(textChar, { maxLength: 8 }).map((a) => a.join(""));
const attrValue = fc.array(fc.constantFrom("a", " ", "\t", "\n", "1", "&amp;", "&#x41;", ">", "é", "'"), { maxLength: 6 }).map((a) => a.join(""));
const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "x:id", "min", "max", "ref"), attrValue), { selector: (a) => a[0], maxLength: 3 });

interface Node {
  name: string;
  attrs: [string, string][];
  children: (Node | string)[];
}

const tree = fc.letrec<{ node: Node; child: Node | string }>((tie) => ({
  node: fc.record({ name, attrs, children: fc.array(tie("child"), { maxLength: 4 }) }),
  child: fc.oneof({ depthSize: "small" }, text, tie("node"), fc.constant("<!-- komentar <x> -->"), fc.constant("<![CDATA[<a> & ]]>"), fc.constant("<?pi data?>")) as fc.Arbitrary<Node | string>,
}));

function render(n: Node, quote: string): string {
  const a = n.attrs.map(([k, v]) => ` ${k}=${quote}${quote === '"' ? v.replace(/"/g, "&quot;") : v.replace(/'/g, "&apos;")}${quote}`).join("");
  if (n.children.length === 0) return `<${n.name}${a}/>`;
  return `<${n.name}${a}>${n.children.map((c) => (typeof c === "string" ? c : render(c, quote))).join("")}</${n.name} >`;
}

/** `]]>` in text is not well-formed (both parsers refuse it), so a document whose text pieces meet in one is not drawn. */
const wellFormedText = (xml: string) => !xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("]]>");

const documents = fc
  .tuple(tree.node, fc.constantFrom('"', "'"), fc.boolean())
  .map(([root, q, decl]) => (decl ? '<?xml version="1.0" encoding="UTF-8"?>\n' : "") + render(root, q) + "\n")
  .filter(wellFormedText);

describe("xml-scan: the same reading as saxes", () => {
  test("random documents, cut anywhere into chunks", () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(), { maxLength: 6 }), (xml, points) => {
        expect(scan(cut(xml, points))).toEqual(saxes(xml));
      }),
      { numRuns: 400 },
    );
  });

  test("a sheet part cut at every point gives one reading", () => {
    const xml = '<?xml version="1.0"?><worksheet xmlns:r="x"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b </t></is></c></row></sheetData><!-- catatan --><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    const whole = saxes(xml);
    for (let i = 0; i <= xml.length; i++) expect(scan(cut(xml, [i]))).toEqual(whole);
    // One character at a time.
    expect(scan([...xml])).toEqual(whole);
  });

  test("what saxes refuses, the scanner refuses too, and says it as its own error", () => {
    fc.assert(
      fc.property(documents, fc.nat(), fc.constantFrom("", "<", ">", "&", "/", '"', "=", "<!", "</x>", "\u0001"), (xml, at, insert) => {
        const p = at % (xml.length + 1);
        const broken = xml.slice(0, p) + insert + xml.slice(p + (insert === "" ? 1 : 0));
        fc.pre(!LONE_SURROGATE.test(broken));
        let expected: Event[] | null;
        try {
          expected = saxes(broken);
        } catch {
          expected = null;
        }
        let got: Event[] | null;
        try {
          got = scan(cut(broken, [at, at * 7]));
        } catch (e) {
          expect(e).toBeInstanceOf(XmlScanError);
          got = null;
        }
        if (expected === null) expect(got).toBeNull();
        else if (got !== null) expect(got).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
});

describe("xml-scan: refusals", () => {
  const refused = (xml: string | string[], kind: string) => {
    try {
      scan(Array.isArray(xml) ? xml : [xml]);
    } catch (e) {
      expect(e).toBeInstanceOf(XmlScanError);
      expect((e as XmlScanError).kind).toBe(kind);
      return;
    }
    throw new Error(`diterima: ${String(xml)}`);
  };

  test.each([
    ["a DOCTYPE", '<!DOCTYPE x [<!ENTITY a "b">]><x/>', "doctype"],
    ["a DOCTYPE cut after <!", ["<!", "DOCTYPE x><x/>"], "doctype"],
    ["an unknown entity", "<x>&nbsp;</x>", "malformed"],
    ["a bare ampersand", "<x>a & b</x>", "malformed"],
    ["a NUL reference", "<x>&#0;</x>", "malformed"],
    ["a control character", "<x>\u001b</x>", "malformed"],
    ["a mismatched close", "<x><y></x></y>", "malformed"],
    ["an unclosed root", "<x><y/>", "malformed"],
    ["two roots", "<x/><y/>", "malformed"],
    ["text outside the root", "<x/>teks", "malformed"],
    ["no root at all", "   ", "malformed"],
    ["a duplicate attribute", '<x a="1" a="2"/>', "malformed"],
    ["an unquoted attribute", "<x a=1/>", "malformed"],
    ["< inside an attribute", '<x a="<"/>', "malformed"],
    ["attributes without a space", '<x a="1"b="2"/>', "malformed"],
    ["a part cut inside a tag", '<x><c r="A1"', "malformed"],
  ])("%s", (_what, xml, kind) => refused(xml as string | string[], kind));

  test("a CDATA section or a tag longer than the bound is refused, not waited for", () => {
    const cdata = new XmlScanner({ open() {}, close() {}, text() {} }, 10_000);
    cdata.write("<x><![CDATA[");
    expect(() => {
      for (let i = 0; i < 200; i++) cdata.write("<".repeat(100));
    }).toThrow(expect.objectContaining({ kind: "too-long" }));
    const tag = new XmlScanner({ open() {}, close() {}, text() {} }, 10_000);
    tag.write('<x a="');
    expect(() => {
      for (let i = 0; i < 200; i++) tag.write("a".repeat(100));
    }).toThrow(expect.objectContaining({ kind: "too-long" }));
  });

  test("the XML declaration only at the very start", () => {
    expect(scan(['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><x/>'])).toEqual([["open", "x", {}], ["close", "x"]]);
    expect(scan(["<?x", 'ml version="1.0"?>', "<x/>"])).toEqual([["open", "x", {}], ["close", "x"]]);
    refused(['\n<?xml version="1.0"?><x/>'], "malformed");
    refused(["\n", '<?xml version="1.0"?><x/>'], "malformed");
    refused(['<x/><?xml version="1.0"?>'], "malformed");
    refused(['<?xml version="1.0" & ?><x/>'], "malformed");
  });

  test("a comment that never ends costs time in proportion to its length", () => {
    const s = new XmlScanner({ open() {}, close() {}, text() {} }, 64 * 2 ** 20);
    const chunk = "<-".repeat(32 * 1024);
    const start = Date.now();
    s.write("<x><!--");
    for (let i = 0; i < 200; i++) s.write(chunk);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe("xml-scan: what it reads", () => {
  test("attributes: white space normalised (a character reference is kept), entities decoded, prefixes kept", () => {
    expect(scan(['<x:c r="A1" a="1&#9;2\n3" b=\'&lt;&amp;&gt;\'/>'])).toEqual([["open", "x:c", { r: "A1", a: "1\t2 3", b: "<&>" }], ["close", "x:c"]]);
  });

  test("text: line ends made LF, entities decoded, CDATA as it is", () => {
    expect(scan(["<t>a\r\nb\rc &#x41;&#66;<![CDATA[&lt;]]></t>"])).toEqual([["open", "t", {}], ["text", "a\nb\nc AB&lt;"], ["close", "t"]]);
  });

  test("an entity cut between chunks is still one character", () => {
    expect(scan(["<t>a &am", "p; b</t>"])).toEqual([["open", "t", {}], ["text", "a & b"], ["close", "t"]]);
  });

  test("a > inside a quoted attribute does not end the tag", () => {
    expect(scan(['<x a="1>2"/>'])).toEqual([["open", "x", { a: "1>2" }], ["close", "x"]]);
  });
});
