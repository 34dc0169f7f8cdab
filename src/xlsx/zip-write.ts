/**
 * A ZIP archive from parts, each deflated once. The compressor is given: fflate by default (pure, runs in a
 * browser), Node's zlib where there is one, which is about three times faster.
 */
import { deflateSync } from "fflate";

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
    const { time, date, offset } = this;
    // Local header: version 2.0, UTF-8 names (bit 11), deflate.
    const local = header(30, nameBytes, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true);
      v.setUint16(8, 8, true);
      v.setUint16(10, time, true);
      v.setUint16(12, date, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, packed.length, true);
      v.setUint32(22, data.length, true);
      v.setUint16(26, nameBytes.length, true);
    });
    this.central.push(
      header(46, nameBytes, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, 0x0800, true);
        v.setUint16(10, 8, true);
        v.setUint16(12, time, true);
        v.setUint16(14, date, true);
        v.setUint32(16, crc, true);
        v.setUint32(20, packed.length, true);
        v.setUint32(24, data.length, true);
        v.setUint16(28, nameBytes.length, true);
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
    return concat([...this.chunks, ...this.central, end]);
  }
}

function header(size: number, name: Uint8Array, fill: (v: DataView) => void): Uint8Array {
  const out = new Uint8Array(size + name.length);
  fill(new DataView(out.buffer));
  out.set(name, size);
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
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
