/**
 * One XML part of the package, streamed from the ZIP into the scanner (xml-scan.ts): no DTD (so no entity can
 * expand and nothing external is fetched), nesting bounded, and malformed XML named as damage. Element names
 * lose their prefix.
 */
import { overLimit, type Limits } from "./limits";
import { WorkbookError } from "./workbook-error";
import { XmlScanError, XmlScanner, type Attributes } from "./xml-scan";
import type { ZipArchive } from "./zip-read";

export interface XmlSink {
  /** `attrs` is lent for the call only. */
  open(name: string, attrs: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses `part` into `sink`; false when the package has no such part. `what` names it in messages. */
export function parsePart(zip: ZipArchive, part: string, what: string, sink: XmlSink, limits: Limits): boolean {
  let depth = 0;
  const close = sink.close?.bind(sink);
  const text = sink.text?.bind(sink);
  const scanner = new XmlScanner({
    open(name, attrs) {
      if (++depth > limits.depth) throw overLimit("depth", limits, what);
      sink.open(localName(name), attrs);
    },
    close(name) {
      depth--;
      close?.(localName(name));
    },
    text(t) {
      text?.(t);
    },
  }, limits.textChars);
  let decoder: TextDecoder | null = null;
  // Text up to the next "<" is gathered before it is said: a run that long is refused first.
  let run = 0;
  const feed = (chunk: string) => {
    run = longestRun(chunk, run, limits.textChars, what, limits);
    scanner.write(chunk);
  };
  try {
    const found = zip.read(part, what, (chunk) => {
      decoder ??= new TextDecoder(encodingOf(chunk));
      feed(decoder.decode(chunk, { stream: true }));
    });
    if (!found) return false;
    feed((decoder as TextDecoder | null)?.decode() ?? "");
    scanner.close();
  } catch (e) {
    if (!(e instanceof XmlScanError)) throw e;
    if (e.kind === "doctype") throw new WorkbookError("damaged", `berkas .xlsx ditolak: ${what} memuat deklarasi DTD atau entitas XML, yang tidak boleh ada dalam buku kerja`);
    if (e.kind === "too-long") throw overLimit("textChars", limits, what);
    throw new WorkbookError("damaged", `berkas .xlsx rusak: ${what} bukan XML yang utuh`);
  }
  return true;
}

/** Checks every run of characters without "<" in `text` (the first continues `carried`); the run left open at its end. */
function longestRun(text: string, carried: number, max: number, what: string, limits: Limits): number {
  // No run can pass the limit inside a text that short: only the run left open at its end counts.
  if (carried + text.length <= max) {
    const last = text.lastIndexOf("<");
    return last < 0 ? carried + text.length : text.length - last - 1;
  }
  let from = 0;
  let run = carried;
  for (let lt = text.indexOf("<"); lt >= 0; lt = text.indexOf("<", from)) {
    if (run + lt - from > max) throw overLimit("textChars", limits, what);
    run = 0;
    from = lt + 1;
  }
  run += text.length - from;
  if (run > max) throw overLimit("textChars", limits, what);
  return run;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Package parts are UTF-8 or, rarely, UTF-16 with a byte-order mark. */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}
