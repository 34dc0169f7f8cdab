/**
 * A ZIP archive over bytes, read part by part and never more than the limits allow: sizes are checked in the
 * central directory before a part is inflated, and counted again while it inflates. Pure: no Node API.
 */
import { Inflate, inflateSync } from "fflate";
import { concatBytes } from "./bytes";
import { overLimit, type Limits } from "./limits";
import { WorkbookError } from "./workbook-error";

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Deflate expands at most 1:1032, so the compressed size bounds the work of inflating a part, whatever its header says. */
const MAX_RATIO = 1032;
/** Parts that cannot inflate past this are inflated in one call; larger ones stream. */
const ONE_CALL_BYTES = 16 * 2 ** 20;
/** Compressed bytes handed to the streaming inflater at a time: one step produces at most 4 MB, checked before the next. */
const STEP = 4 * 1024;
const STORED_STEP = 256 * 1024;

export const TRUNCATED = "berkas .xlsx rusak atau terpotong dan tidak dapat dibuka";
const broken = (detail?: string) => new WorkbookError("damaged", detail ? `${TRUNCATED} (${detail})` : TRUNCATED);

/**
 * Raw inflate of a part in one call. Given the size the archive states, `inflate` returns the bytes, or `size + 1` or
 * more of them when the stream holds more than it says; it throws on damage. fflate by default (pure, runs in a
 * browser); Node's zlib where there is one, about three times faster.
 */
export interface Inflater {
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** It stops once past the size: then the stated size alone bounds the call, whatever the compressed length. */
  stopsAtSize: boolean;
}

export const FFLATE_INFLATER: Inflater = {
  inflate: (data, size) => {
    // Given no bytes, fflate hands back the whole output buffer unwritten; even an empty deflate stream has two.
    if (!data.length) throw broken();
    return inflateSync(data, { out: new Uint8Array(size + 1) });
  },
  stopsAtSize: false,
};

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: Limits,
    private readonly inflater: Inflater = FFLATE_INFLATER,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  /** Part names as stored (OPC part names compare case-insensitively). */
  get names(): string[] {
    return Array.from(this.entries.values(), (e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(key(name));
  }

  /** Uncompressed bytes inflated so far, over every part read. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /**
   * Streams a part's bytes to `sink`, chunk by chunk; false when the part is absent. `what` names the part
   * in a refusal ("lembar \"PK\"").
   */
  read(name: string, what: string, sink: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(key(name));
    if (!entry) return false;
    if (entry.flags & 1) throw new WorkbookError("format", "berkas .xlsx ini dienkripsi di tingkat ZIP; simpan ulang dari Excel tanpa kata sandi");
    if (entry.size > this.limits.partBytes) throw overLimit("partBytes", this.limits, what);
    if (this.inflated + entry.size > this.limits.totalBytes) throw overLimit("totalBytes", this.limits);
    const data = this.dataOf(entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw broken();
      for (let at = 0; at < data.length; at += STORED_STEP) sink(data.subarray(at, at + STORED_STEP));
    } else if (entry.method === 8) {
      this.inflate(entry, data, sink);
    } else {
      throw new WorkbookError("format", `berkas .xlsx memakai metode kompresi ZIP yang tidak dikenal (${entry.method}); simpan ulang dari Excel`);
    }
    this.inflated += entry.size;
    return true;
  }

  /** A small part whole (the mimetype of an .ods, a rels part); null when absent. */
  readBytes(name: string, what: string): Uint8Array | null {
    const chunks: Uint8Array[] = [];
    return this.read(name, what, (c) => chunks.push(c.slice())) ? concatBytes(chunks) : null;
  }

  private inflate(entry: ZipEntry, data: Uint8Array, sink: (chunk: Uint8Array) => void): void {
    // No deflate stream of that length can inflate to the size stated.
    if (entry.size > data.length * MAX_RATIO + 64) throw broken(`isi ${entry.name} tidak sesuai ukurannya`);
    if ((this.inflater.stopsAtSize ? entry.size : data.length * MAX_RATIO) <= ONE_CALL_BYTES) this.inflateAtOnce(entry, data, sink);
    else this.inflateStreaming(entry, data, sink);
  }

  /** Small parts: one byte of room past the stated size shows a part that inflates to more than it says. */
  private inflateAtOnce(entry: ZipEntry, data: Uint8Array, sink: (chunk: Uint8Array) => void): void {
    let out: Uint8Array;
    try {
      out = this.inflater.inflate(data, entry.size);
    } catch {
      throw broken(`isi ${entry.name} tidak dapat diurai`);
    }
    if (out.length > entry.size) throw broken(`isi ${entry.name} lebih besar dari yang dinyatakan arsipnya`);
    if (out.length !== entry.size) throw broken(`isi ${entry.name} tidak sesuai ukurannya`);
    if (out.length) sink(out);
  }

  private inflateStreaming(entry: ZipEntry, data: Uint8Array, sink: (chunk: Uint8Array) => void): void {
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      // The directory said how big the part is; more is a lie, and inflating further would cost what it likes.
      if (produced > entry.size) throw broken(`isi ${entry.name} lebih besar dari yang dinyatakan arsipnya`);
      if (chunk.length) sink(chunk);
    });
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw broken(`isi ${entry.name} tidak dapat diurai`);
    }
    if (produced !== entry.size) throw broken(`isi ${entry.name} tidak sesuai ukurannya`);
  }

  private dataOf(entry: ZipEntry): Uint8Array {
    const at = entry.headerOffset;
    if (at + 30 > this.bytes.length || this.u32(at) !== LOCAL) throw broken();
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw broken();
    return this.bytes.subarray(start, end);
  }

  private readDirectory(): void {
    const eocd = this.findEocd();
    let count = this.u16(eocd + 10);
    let offset = this.u32(eocd + 16);
    if (count === 0xffff || offset === 0xffffffff) ({ count, offset } = this.zip64Directory(eocd));
    if (count > this.limits.entries) throw overLimit("entries", this.limits);
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > this.bytes.length || this.u32(p) !== CENTRAL) throw broken();
      const nameLength = this.u16(p + 28);
      const extraLength = this.u16(p + 30);
      const next = p + 46 + nameLength + extraLength + this.u16(p + 32);
      if (next > this.bytes.length) throw broken();
      const name = DECODER.decode(this.bytes.subarray(p + 46, p + 46 + nameLength));
      const entry: ZipEntry = {
        name,
        flags: this.u16(p + 8),
        method: this.u16(p + 10),
        compressedSize: this.u32(p + 20),
        size: this.u32(p + 24),
        headerOffset: this.u32(p + 42),
      };
      this.zip64Sizes(entry, p + 46 + nameLength, extraLength);
      // The first of two entries with one name wins, as in most readers.
      if (!this.entries.has(key(name))) this.entries.set(key(name), entry);
      p = next;
    }
  }

  private findEocd(): number {
    const stop = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let p = this.bytes.length - 22; p >= stop; p--) if (this.u32(p) === EOCD) return p;
    throw broken();
  }

  private zip64Directory(eocd: number): { count: number; offset: number } {
    const locator = eocd - 20;
    if (locator < 0 || this.u32(locator) !== ZIP64_LOCATOR) throw broken();
    const record = this.u64(locator + 8);
    if (record + 56 > this.bytes.length || this.u32(record) !== ZIP64_EOCD) throw broken();
    return { count: this.u64(record + 32), offset: this.u64(record + 48) };
  }

  /** ZIP64 extra field: the 64-bit values of the fields whose 32-bit slot is full, in this order. */
  private zip64Sizes(entry: ZipEntry, extra: number, length: number): void {
    if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.headerOffset !== 0xffffffff) return;
    for (let p = extra; p + 4 <= extra + length; ) {
      const id = this.u16(p);
      const size = this.u16(p + 2);
      if (id === 1) {
        let q = p + 4;
        const take = () => {
          if (q + 8 > p + 4 + size) throw broken();
          const v = this.u64(q);
          q += 8;
          return v;
        };
        if (entry.size === 0xffffffff) entry.size = take();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
        if (entry.headerOffset === 0xffffffff) entry.headerOffset = take();
        return;
      }
      p += 4 + size;
    }
    throw broken();
  }

  private u16(p: number): number {
    return p + 2 <= this.bytes.length ? this.view.getUint16(p, true) : 0;
  }

  private u32(p: number): number {
    return p + 4 <= this.bytes.length ? this.view.getUint32(p, true) : 0;
  }

  private u64(p: number): number {
    if (p + 8 > this.bytes.length) throw broken();
    // Exact below 2^53, which no archive this reader accepts comes near.
    return this.view.getUint32(p, true) + this.view.getUint32(p + 4, true) * 2 ** 32;
  }
}

const DECODER = new TextDecoder("utf-8");

function key(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();
}
