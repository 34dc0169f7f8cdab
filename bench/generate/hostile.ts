/**
 * Hostile files, as they arrive by email: zip bombs, lying headers, far-apart cells, entity tricks, other formats.
 * Each is generated small (a few KB to a few MB) whatever it inflates to. Used by the tests (with lowered limits)
 * and by bench/hostile.ts (the whole process, default limits).
 */
import { unzipSync, zipSync } from "fflate";
import { constants, deflateRawSync } from "zlib";
import { concatBytes } from "../../src/xlsx/bytes";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const enc = new TextEncoder();
const dec = new TextDecoder();

export interface SheetSpec {
  name: string;
  /** The part's XML, or its bytes already deflated with a stated size (see bombEntry). */
  xml: string | RawEntry;
  state?: "hidden" | "veryHidden";
}

/** A ZIP entry given as deflated bytes and the uncompressed size its headers state (true or not). */
export interface RawEntry {
  deflated: Uint8Array;
  statedSize: number;
}

/** An .xlsx package of the given sheets (and shared strings), the rest as Excel writes it. */
export function workbook(sheets: SheetSpec[], options: { sharedStrings?: string | RawEntry; extra?: Record<string, string | Uint8Array>; mainType?: string } = {}): Uint8Array {
  const entries: [string, string | Uint8Array | RawEntry][] = [
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${options.mainType ?? `${CT}.sheet.main+xml`}"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("") +
        "</Types>",
    ],
    ["_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
        "</sheets></workbook>",
    ],
    [
      "xl/_rels/workbook.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        (options.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
        "</Relationships>",
    ],
    ...sheets.map((s, i): [string, string | RawEntry] => [`xl/worksheets/sheet${i + 1}.xml`, s.xml]),
  ];
  if (options.sharedStrings) entries.push(["xl/sharedStrings.xml", options.sharedStrings]);
  for (const [name, data] of Object.entries(options.extra ?? {})) entries.push([name, data]);
  return zipEntries(entries);
}

/** A worksheet part around some sheetData content. */
export const sheetXml = (rows: string, after = "") => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/**
 * A ZIP of the entries; raw entries keep their deflated bytes and their stated size. With `zip64`, sizes and
 * offsets go in ZIP64 extra fields and a ZIP64 end record, as some writers save even small files.
 */
export function zipEntries(entries: [string, string | Uint8Array | RawEntry][], zip64 = false): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const raw = content instanceof Uint8Array || typeof content === "string" ? null : content;
    const bytes = typeof content === "string" ? enc.encode(content) : content instanceof Uint8Array ? content : null;
    const data = raw ? raw.deflated : deflateRawSync(bytes!, { level: 1 });
    const size = raw ? raw.statedSize : bytes!.length;
    if (!zip64 && (size >= 2 ** 32 || data.length >= 2 ** 32)) throw new Error(`${name}: past 4 GiB, which needs ZIP64`);
    const n = enc.encode(name);
    const head = new Uint8Array(30 + n.length);
    const hv = new DataView(head.buffer);
    hv.setUint32(0, 0x04034b50, true);
    hv.setUint16(4, zip64 ? 45 : 20, true);
    hv.setUint16(8, 8, true);
    hv.setUint32(18, data.length, true);
    hv.setUint32(22, size, true);
    hv.setUint16(26, n.length, true);
    head.set(n, 30);
    const extra = zip64 ? 28 : 0;
    const dir = new Uint8Array(46 + n.length + extra);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, zip64 ? 45 : 20, true);
    dv.setUint16(6, zip64 ? 45 : 20, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(20, zip64 ? 0xffffffff : data.length, true);
    dv.setUint32(24, zip64 ? 0xffffffff : size, true);
    dv.setUint16(28, n.length, true);
    dv.setUint16(30, extra, true);
    dv.setUint32(42, zip64 ? 0xffffffff : offset, true);
    dir.set(n, 46);
    if (zip64) {
      const x = 46 + n.length;
      dv.setUint16(x, 1, true);
      dv.setUint16(x + 2, 24, true);
      dv.setBigUint64(x + 4, BigInt(size), true);
      dv.setBigUint64(x + 12, BigInt(data.length), true);
      dv.setBigUint64(x + 20, BigInt(offset), true);
    }
    local.push(head, data);
    central.push(dir);
    offset += head.length + data.length;
  }
  const size = central.reduce((s, c) => s + c.length, 0);
  return concatBytes([...local, ...central, zip64 ? zip64End(entries.length, size, offset) : end(entries.length, size, offset)]);
}

function end(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(22);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return out;
}

/** ZIP64 end record, its locator, and the classic end record with every field full. */
function zip64End(count: number, size: number, offset: number): Uint8Array {
  const out = new Uint8Array(56 + 20 + 22);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x06064b50, true);
  v.setBigUint64(4, 44n, true);
  v.setUint16(12, 45, true);
  v.setUint16(14, 45, true);
  v.setBigUint64(24, BigInt(count), true);
  v.setBigUint64(32, BigInt(count), true);
  v.setBigUint64(40, BigInt(size), true);
  v.setBigUint64(48, BigInt(offset), true);
  v.setUint32(56, 0x07064b50, true);
  v.setBigUint64(64, BigInt(offset + size), true);
  v.setUint32(72, 1, true);
  v.setUint32(76, 0x06054b50, true);
  v.setUint16(84, 0xffff, true);
  v.setUint16(86, 0xffff, true);
  v.setUint32(88, 0xffffffff, true);
  v.setUint32(92, 0xffffffff, true);
  return out;
}

/**
 * A deflate stream of `prefix`, then `megabytes` MB of `fill`, then `suffix`, built without ever holding the
 * inflated data: one fully flushed megabyte block repeated (each flush starts afresh, so copies chain).
 */
export function bombEntry(prefix: string, fill: string, megabytes: number, suffix: string, statedSize?: number): RawEntry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  // Whole copies of `fill` in each block, so a block boundary never cuts one.
  const unit = fill.repeat(Math.floor(2 ** 20 / fill.length));
  const block = deflateRawSync(Buffer.from(unit), flush);
  const parts = [deflateRawSync(Buffer.from(prefix), flush), ...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.from(suffix))];
  const size = enc.encode(prefix).length + megabytes * enc.encode(unit).length + enc.encode(suffix).length;
  return { deflated: concatBytes(parts), statedSize: statedSize ?? size };
}

/** `count` shared strings of one character each, in a few hundred KB. */
export function manySharedStrings(count: number): RawEntry {
  const item = "<si><t>x</t></si>";
  const perMb = Math.floor(2 ** 20 / item.length);
  // Whole megabytes of items: the count is rounded up to them.
  const megabytes = Math.ceil(count / perMb);
  return bombEntry(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${count}">`, item, megabytes, "</sst>");
}

/** Two numbers as far apart as a sheet allows: A1 and XFD1048576. */
export const farApart = () => workbook([{ name: "Jauh", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>') }]);

/** Elements nested `depth` deep inside one cell's row. */
export const deepXml = (depth: number) => workbook([{ name: "Dalam", xml: sheetXml(`<row r="1">${"<x>".repeat(depth)}${"</x>".repeat(depth)}</row>`) }]);

/** Billion laughs: entities that expand to gigabytes if anything expanded them. */
export function entityExpansion(): Uint8Array {
  const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
  const sst = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol0 "lol">${levels}]><sst xmlns="${MAIN}"><si><t>&lol10;</t></si></sst>`;
  return workbook([{ name: "Tawa", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], { sharedStrings: sst });
}

/** An external entity (a local file) and an external relationship target: nothing may be fetched. */
export function externalEntity(): Uint8Array {
  return workbook([{ name: "Luar", xml: `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>` }]);
}

/** A sheet whose part is an external URL, and a cell that reads another workbook (its cached value is what counts). */
export function externalLinks(): Uint8Array {
  const bytes = workbook([{ name: "Tautan", xml: sheetXml('<row r="1"><c r="A1"><f>[1]Sheet1!A1</f><v>42</v></c></row>') }], {
    extra: {
      "xl/externalLinks/externalLink1.xml": `<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${REL}" r:id="rId1"/></externalLink>`,
      "xl/externalLinks/_rels/externalLink1.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="http://127.0.0.1:9/rahasia.xlsx" TargetMode="External"/></Relationships>`,
    },
  });
  return bytes;
}

/** `count` small sheets. */
export const manySheets = (count: number) => workbook(Array.from({ length: count }, (_, i) => ({ name: `L${i + 1}`, xml: sheetXml(`<row r="1"><c r="A1"><v>${i}</v></c></row>`) })));

/** One cell holding `megabytes` MB of text, inline. */
export const hugeCell = (megabytes: number) => workbook([{ name: "Besar", xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"teks ".repeat((megabytes * 2 ** 20) / 5)}</t></is></c><c r="B1"><v>1</v></c></row>`) }]);

/** An OLE compound file holding the named streams (their names in UTF-16, as in a directory sector). */
export function compoundFile(streams: string[]): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => {
    const at = 1024 + i * 128;
    for (let k = 0; k < name.length; k++) b[at + 2 * k] = name.charCodeAt(k);
  });
  return b;
}

export const passwordProtected = () => compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
export const oldXls = () => compoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]);

export const ods = () =>
  zipSync({
    mimetype: [enc.encode("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": enc.encode('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    "META-INF/manifest.xml": enc.encode("<manifest/>"),
  });

/** A workbook saved as macro-enabled (.xlsm): the same cells, a VBA project beside them that nothing runs. */
export function xlsmOf(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const types = dec.decode(parts["[Content_Types].xml"]).replace(`${CT}.sheet.main+xml`, "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  parts["[Content_Types].xml"] = enc.encode(types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  parts["xl/vbaProject.bin"] = compoundFile(["Root Entry", "VBA", "dir", "Module1"]);
  const rels = dec.decode(parts["xl/_rels/workbook.xml.rels"]);
  parts["xl/_rels/workbook.xml.rels"] = enc.encode(rels.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  return zipSync(parts);
}

/** A sample with one more number far down and right (ZZ20000) in its first sheet. */
export function withFarCell(xlsx: Uint8Array, ref = "ZZ20000"): Uint8Array {
  const parts = unzipSync(xlsx);
  const row = ref.replace(/^[A-Z]+/, "");
  const sheet = dec.decode(parts["xl/worksheets/sheet1.xml"]).replace("</sheetData>", `<row r="${row}"><c r="${ref}"><v>7</v></c></row></sheetData>`);
  parts["xl/worksheets/sheet1.xml"] = enc.encode(sheet);
  return zipSync(parts);
}

export const csv = () => enc.encode("No;Indikator Kinerja;Satuan;Target\n1;Angka Kematian Ibu;per 100.000 KH;98\n2;Angka Kematian Bayi;per 1.000 KH;7\n");

/** The same package in ZIP64 form. */
export const asZip64 = (zip: Uint8Array) => zipEntries(Object.entries(unzipSync(zip)), true);
