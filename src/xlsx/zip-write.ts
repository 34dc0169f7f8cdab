/**
 * A ZIP archive from parts, each deflated once. The compressor is given: fflate by default (pure, runs in a
 * browser), Node's zlib where there is one, which is about three times faster.
 */
import { deflateSync } from "fflate";
import { concatBytes } from "./bytes";

export interface Compressor {
  /** Raw deflate (no zlib or gzip wrapper). */
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

export const FFLATE: Compressor = { deflate: (data) => deflateSync(data, { level: 6 }), crc32 };

/** Parts are deflated as they are added, so their text can go as soon as it is written. */
export class ZipWriter {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private readonly time: number;
  private readonly date: number;

  constructor(
    private readonly compressor: Compressor,
    modified: Date,
  ) {
    ({ time: this.time, date: this.date } = dosTime(modified));
  }

  add(name: string, content: string | Uint8Array): void {
    const data = typeof content === "string" ? this.encoder.encode(content) : content;
    const nameBytes = this.encoder.encode(name);
    const packed = this.compressor.deflate(data);
    const crc = this.compressor.crc32(data) >>> 0;
    // The fields both headers share, from "version needed": version 2.0, UTF-8 names (bit 11), deflate.
    const shared = (v: DataView, at: number) => {
      v.setUint16(at, 20, true);
      v.setUint16(at + 2, 0x0800, true);
      v.setUint16(at + 4, 8, true);
      v.setUint16(at + 6, this.time, true);
      v.setUint16(at + 8, this.date, true);
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, packed.length, true);
      v.setUint32(at + 18, data.length, true);
      v.setUint16(at + 22, nameBytes.length, true);
    };
    const local = header(30, nameBytes, (v) => {
      v.setUint32(0, 0x04034b50, true);
      shared(v, 4);
    });
    const offset = this.offset;
    this.central.push(
      header(46, nameBytes, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true); // made by
        shared(v, 6);
        v.setUint32(42, offset, true);
      }),
    );
    this.chunks.push(local, packed);
    this.offset += local.length + packed.length;
  }

  /** The archive: the parts, their central directory, its end record. */
  finish(): Uint8Array {
    const directorySize = this.central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.central.length, true);
    v.setUint16(10, this.central.length, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, this.offset, true);
    return concatBytes([...this.chunks, ...this.central, end]);
  }
}

function header(size: number, name: Uint8Array, fill: (v: DataView) => void): Uint8Array {
  const out = new Uint8Array(size + name.length);
  fill(new DataView(out.buffer));
  out.set(name, size);
  return out;
}

/** MS-DOS date and time, as ZIP stores them (local time, two-second steps). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

let TABLE: Uint32Array | null = null;

/** CRC-32 (IEEE), as ZIP wants it. */
export function crc32(data: Uint8Array): number {
  const table = (TABLE ??= makeTable());
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
