/**
 * A streaming XML scanner for the parts of a package: elements, attributes, text, CDATA, the five named
 * entities and character references, comments and processing instructions skipped. No DTD is accepted (so no
 * entity can expand and nothing external is fetched); anything not well-formed is an error. It does what a
 * general parser does for these parts at a fraction of the work: the sheet XML of a large workbook is most of
 * what the command spends reading it (measured against saxes in tests/xlsx/xml-scan.test.ts).
 */

/**
 * A start tag's attributes, lent to `open` and valid during that call only: the scanner fills the same one for the
 * next tag. Two arrays instead of an object per tag: a sheet has a tag per cell, and an object keyed by whatever the
 * file names was most of the scanner's time.
 */
export class Attributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }

  /** The value of the first attribute whose name passes `test`. */
  find(test: (name: string) => boolean): string | undefined {
    for (let i = 0; i < this.count; i++) if (test(this.names[i])) return this.values[i];
    return undefined;
  }

  /** A copy that outlives the call. */
  record(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) out[this.names[i]] = this.values[i];
    return out;
  }

  /** @internal the scanner's */
  clear(): void {
    this.count = 0;
  }

  /** @internal the scanner's; false when the tag names it already. */
  add(name: string, value: string): boolean {
    if (this.get(name) !== undefined) return false;
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
    return true;
  }
}

export interface ScanSink {
  open(name: string, attrs: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

export type ScanErrorKind = "doctype" | "malformed" | "too-long";

export class XmlScanError extends Error {
  constructor(readonly kind: ScanErrorKind, detail: string) {
    super(detail);
  }
}

const GT = 62, SLASH = 47, EQ = 61, QUOT = 34, APOS = 39, BANG = 33, QUESTION = 63;
/** Characters XML 1.0 does not allow anywhere in a document. */
const DISALLOWED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const NAME = /^[A-Za-z_:\u00C0-\uFFFD][-A-Za-z0-9._:\u00B7\u00C0-\uFFFD]*$/;
const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A comment, instruction or CDATA section longer than this is read as it streams, not waited for whole. */
const LONG = 4096;
const XML_DECLARATION = /^xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][-A-Za-z0-9._]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/;
const BANGS = ["<!--", "<![CDATA[", "<!DOCTYPE"];

/** The characters of NAME, one at a time: as the regular expression, without slicing the name first. */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || (c >= 0xc0 && c <= 0xfffd);
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner {
  /** Input not yet scanned: a construct cut by the end of a chunk waits here for the next one. */
  private rest = "";
  /** An open comment, processing instruction or CDATA section: its end marker, and (CDATA) its text so far. */
  private inside: { marker: string; keep: boolean; parts: string[]; length: number; tail: string } | null = null;
  private seenMarkup = false;
  private declared = false;
  /** Characters scanned before the current chunk's start: the XML declaration may stand only at 0. */
  private consumed = 0;
  /** Raw text since the last markup, emitted (decoded) when markup or the end comes. */
  private pendingText = "";
  private readonly stack: string[] = [];
  private rootClosed = false;
  private rootSeen = false;
  private readonly attrs = new Attributes();

  /** `maxPending`: the longest construct (a tag, a comment, a CDATA section) waited for across chunks. */
  constructor(private readonly sink: ScanSink, private readonly maxPending = 1_048_576) {}

  write(chunk: string): void {
    if (DISALLOWED.test(chunk)) throw new XmlScanError("malformed", "karakter yang tidak boleh ada dalam XML");
    let s: string;
    let i = 0;
    if (this.inside) {
      // Inside a comment, a processing instruction or CDATA: only its end marker matters, found in this chunk.
      const joined = this.inside.tail + chunk;
      const end = joined.indexOf(this.inside.marker);
      if (end < 0) {
        this.stayInside(joined, chunk);
        return;
      }
      this.leaveInside(chunk, end);
      s = joined;
      i = end + this.inside!.marker.length;
      this.consumed -= this.inside!.tail.length;
      this.inside = null;
    } else s = this.rest ? this.rest + chunk : chunk;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        this.addText(s, i, s.length);
        i = s.length;
        break;
      }
      if (lt > i) this.addText(s, i, lt);
      const end = this.markup(s, lt);
      if (end < 0) {
        i = lt;
        break;
      }
      i = end;
    }
    this.consumed += Math.min(i, s.length);
    this.rest = i < s.length ? s.slice(i) : "";
    if (this.rest.length > this.maxPending) throw new XmlScanError("too-long", "satu tanda XML terlalu panjang");
  }

  /**
   * A comment, processing instruction or CDATA section (its content from `from`) not ended in its chunk: the rest is
   * read as it comes. The whole chunk is consumed.
   */
  private untilEnd(s: string, from: number, marker: string, keep: boolean): number {
    this.flushText();
    const content = s.slice(from);
    this.inside = { marker, keep, parts: keep ? [content] : [], length: content.length, tail: content.slice(-(marker.length - 1)) };
    if (content.length > this.maxPending && keep) throw new XmlScanError("too-long", "satu tanda XML terlalu panjang");
    return s.length;
  }

  private stayInside(joined: string, chunk: string): void {
    const inside = this.inside!;
    if (inside.keep) {
      inside.parts.push(chunk);
      inside.length += chunk.length;
      if (inside.length > this.maxPending) throw new XmlScanError("too-long", "satu tanda XML terlalu panjang");
    }
    inside.tail = joined.slice(-(inside.marker.length - 1));
  }

  /** The marker found at `end` of tail + chunk: a CDATA section's text is said. */
  private leaveInside(chunk: string, end: number): void {
    const inside = this.inside!;
    if (!inside.keep) return;
    const all = inside.parts.join("") + chunk;
    this.sink.text(lineEnds(all.slice(0, inside.length - inside.tail.length + end)));
  }

  close(): void {
    if (this.rest || this.inside) throw new XmlScanError("malformed", "bagian berakhir di tengah tanda XML");
    this.flushText();
    if (!this.rootSeen || this.stack.length) throw new XmlScanError("malformed", "elemen tidak ditutup");
  }

  private addText(s: string, from: number, to: number): void {
    if (!this.seenMarkup) {
      // As saxes does: white space before the first markup is no text at all.
      for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) throw new XmlScanError("malformed", "teks di luar elemen akar");
      return;
    }
    this.pendingText = this.pendingText ? this.pendingText + s.slice(from, to) : s.slice(from, to);
  }

  private flushText(): void {
    const raw = this.pendingText;
    if (!raw) return;
    this.pendingText = "";
    if (this.stack.length === 0) {
      // Outside the root only white space may stand.
      for (let k = 0; k < raw.length; k++) if (!isSpace(raw.charCodeAt(k))) throw new XmlScanError("malformed", "teks di luar elemen akar");
    }
    if (raw.indexOf("]]>") >= 0) throw new XmlScanError("malformed", "]]> di dalam teks");
    this.sink.text(decodeText(raw));
  }

  /** Scans the markup at `lt`; the index after it, or -1 when the chunk ends before it does. */
  private markup(s: string, lt: number): number {
    if (lt + 1 >= s.length) return -1;
    const c = s.charCodeAt(lt + 1);
    this.seenMarkup = true;
    if (c === BANG) return this.bang(s, lt);
    if (c === QUESTION) {
      const end = s.indexOf("?>", lt + 2);
      if (end < 0) return s.length - lt < LONG ? -1 : this.untilEnd(s, lt + 2, "?>", false);
      this.instruction(s.slice(lt + 2, end), lt);
      return end + 2;
    }
    if (c === SLASH) {
      const end = s.indexOf(">", lt + 2);
      if (end < 0) return -1;
      this.flushText();
      let stop = end;
      while (stop > lt + 2 && isSpace(s.charCodeAt(stop - 1))) stop--;
      const name = s.slice(lt + 2, stop);
      if (this.stack.pop() !== name) throw new XmlScanError("malformed", `tag penutup </${name}> tidak cocok`);
      if (this.stack.length === 0) this.rootClosed = true;
      this.sink.close(name);
      return end + 1;
    }
    return this.startTag(s, lt);
  }

  /** A processing instruction: skipped, but the XML declaration must be well-formed and come first. */
  private instruction(body: string, lt: number): void {
    const target = /^[^\s?]*/.exec(body)![0];
    if (!NAME.test(target)) throw new XmlScanError("malformed", "instruksi pemrosesan tanpa nama");
    if (target.toLowerCase() !== "xml") return;
    if (target !== "xml" || this.declared || this.consumed + lt !== 0 || !XML_DECLARATION.test(body)) throw new XmlScanError("malformed", "deklarasi XML tidak sah");
    this.declared = true;
  }

  private bang(s: string, lt: number): number {
    const head = s.slice(lt, lt + 9);
    // Too short yet to tell a comment from CDATA or a DOCTYPE.
    if (head.length < 9 && !head.startsWith("<!--") && BANGS.some((k) => k.startsWith(head))) return -1;
    if (s.startsWith("<!--", lt)) {
      // "--" may stand only in the comment's end.
      const end = s.indexOf("--", lt + 4);
      if (end < 0 || end + 2 >= s.length) return s.length - lt < LONG ? -1 : this.untilEnd(s, lt + 4, "-->", false);
      if (s.charCodeAt(end + 2) !== GT) throw new XmlScanError("malformed", "-- di dalam komentar");
      this.flushText();
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      if (this.stack.length === 0) throw new XmlScanError("malformed", "CDATA di luar elemen akar");
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return s.length - lt < LONG ? -1 : this.untilEnd(s, lt + 9, "]]>", true);
      this.flushText();
      this.sink.text(lineEnds(s.slice(lt + 9, end)));
      return end + 3;
    }
    if (s.startsWith("<!DOCTYPE", lt)) throw new XmlScanError("doctype", "deklarasi DTD");
    throw new XmlScanError("malformed", "tanda <! yang tidak dikenal");
  }

  private startTag(s: string, lt: number): number {
    let p = lt + 1;
    const n = s.length;
    if (p < n && !isNameStart(s.charCodeAt(p))) throw new XmlScanError("malformed", "nama elemen tidak sah");
    while (p < n) {
      const c = s.charCodeAt(p);
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (!isNameChar(c)) throw new XmlScanError("malformed", "nama elemen tidak sah");
      p++;
    }
    if (p >= n) return -1;
    const name = s.slice(lt + 1, p);
    const attrs = this.attrs;
    attrs.clear();
    for (;;) {
      const before = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === GT || c === SLASH) {
        let selfClosing = false;
        if (c === SLASH) {
          if (p + 1 >= n) return -1;
          if (s.charCodeAt(p + 1) !== GT) throw new XmlScanError("malformed", "tanda / yang salah tempat");
          selfClosing = true;
          p++;
        }
        this.element(name, attrs, selfClosing);
        return p + 1;
      }
      if (p === before) throw new XmlScanError("malformed", "atribut tanpa spasi pemisah");
      const nameStart = p;
      if (!isNameStart(c)) throw new XmlScanError("malformed", "nama atribut tidak sah");
      while (p < n) {
        const d = s.charCodeAt(p);
        if (d === EQ || isSpace(d) || d === GT || d === SLASH) break;
        if (!isNameChar(d)) throw new XmlScanError("malformed", "nama atribut tidak sah");
        p++;
      }
      if (p >= n) return -1;
      const attr = s.slice(nameStart, p);
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== EQ) throw new XmlScanError("malformed", "atribut tidak sah");
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const q = s.charCodeAt(p);
      if (q !== QUOT && q !== APOS) throw new XmlScanError("malformed", "nilai atribut tanpa tanda kutip");
      const close = s.indexOf(q === QUOT ? '"' : "'", p + 1);
      if (close < 0) return -1;
      const raw = s.slice(p + 1, close);
      if (raw.indexOf("<") >= 0) throw new XmlScanError("malformed", "tanda < di dalam nilai atribut");
      if (!attrs.add(attr, decodeAttribute(raw))) throw new XmlScanError("malformed", "atribut ganda");
      p = close + 1;
    }
  }

  private element(name: string, attrs: Attributes, selfClosing: boolean): void {
    if (this.stack.length === 0 && (this.rootClosed || this.rootSeen)) throw new XmlScanError("malformed", "lebih dari satu elemen akar");
    this.flushText();
    this.rootSeen = true;
    this.sink.open(name, attrs);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.sink.close(name);
    } else this.stack.push(name);
  }

  /** Nesting depth now: the caller bounds it. */
  get depth(): number {
    return this.stack.length;
  }
}

function decodeText(raw: string): string {
  const t = lineEnds(raw);
  return t.indexOf("&") >= 0 ? decodeEntities(t) : t;
}

/** Line ends as XML reads them: CR LF and a lone CR are LF. */
function lineEnds(t: string): string {
  return t.indexOf("\r") >= 0 ? t.replace(/\r\n?/g, "\n") : t;
}

/** Attribute values are normalised as XML says: each white-space character becomes a space. */
function decodeAttribute(raw: string): string {
  let plain = true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 38 || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  const t = raw.replace(/\r\n|[\t\n\r]/g, " ");
  return t.indexOf("&") >= 0 ? decodeEntities(t) : t;
}

function decodeEntities(t: string): string {
  // An ampersand that no entity explains.
  if (t.replace(ENTITY, "").indexOf("&") >= 0) throw new XmlScanError("malformed", "entitas XML tidak dikenal");
  return t.replace(ENTITY, (_m, e: string) => {
    if (e.charCodeAt(0) !== 35) return NAMED[e];
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!allowedChar(code)) throw new XmlScanError("malformed", "rujukan karakter tidak sah");
    return String.fromCodePoint(code);
  });
}

function allowedChar(code: number): boolean {
  if (!Number.isFinite(code)) return false;
  if (code === 9 || code === 10 || code === 13) return true;
  if (code < 32) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code === 0xfffe || code === 0xffff) return false;
  return code <= 0x10ffff;
}
