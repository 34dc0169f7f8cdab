/** Byte arrays one after another, as one. */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A list that gives each distinct key one index, in the order first seen. */
export class IndexedList<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();

  add(key: string, item: T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(key, i);
    }
    return i;
  }
}

/**
 * Text written piece by piece and kept as UTF-8 bytes, a chunk at a time: a sheet of 100,000 rows then leaves
 * a few byte arrays (outside the JavaScript heap) instead of 100,000 strings for the garbage collector to copy.
 * Each piece is encoded whole, so a piece must not end inside a surrogate pair.
 */
export class Utf8Chunks {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private pending = "";

  push(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARS) this.flush();
  }

  /** The bytes so far, as the chunks they are kept in. */
  chunked(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }

  bytes(): Uint8Array {
    const chunks = this.chunked();
    return chunks.length === 1 ? chunks[0] : concatBytes(chunks);
  }

  private flush(): void {
    if (this.pending) this.chunks.push(this.encoder.encode(this.pending));
    this.pending = "";
  }
}

const CHUNK_CHARS = 64 * 1024;
