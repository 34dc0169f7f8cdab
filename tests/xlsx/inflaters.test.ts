/**
 * The two inflaters the reader is given (fflate, pure; Node's zlib, native) read a part alike: the same bytes, the
 * same "more than stated" for a part that holds more than its size, and both refuse a damaged stream.
 */
import fc from "fast-check";
import { deflateRawSync } from "zlib";
import { ZLIB_INFLATER } from "../../src/xlsx/node-zlib";
import { FFLATE_INFLATER, type Inflater } from "../../src/xlsx/zip-read";

type Outcome = { bytes: number[] } | "more" | "refused";

/** What the archive concludes: fewer bytes than stated is damage, as a throw is. */
function outcome(inflater: Inflater, data: Uint8Array, size: number): Outcome {
  try {
    const out = inflater.inflate(data, size);
    return out.length > size ? "more" : out.length < size ? "refused" : { bytes: Array.from(out) };
  } catch {
    return "refused";
  }
}

const content = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(3))));

describe("inflaters: fflate and zlib read a part alike", () => {
  test("whole parts, parts stated smaller or larger than they are", () => {
    fc.assert(
      fc.property(content, fc.integer({ min: -20, max: 20 }), (data, delta) => {
        const packed = deflateRawSync(data);
        const size = Math.max(0, data.length + delta);
        const z = outcome(ZLIB_INFLATER, packed, size);
        expect(z).toEqual(outcome(FFLATE_INFLATER, packed, size));
        if (delta === 0) expect(z).toEqual({ bytes: Array.from(data) });
        if (delta < 0 && data.length > 0) expect(z).toBe("more");
        if (delta > 0) expect(z).toBe("refused");
      }),
      { numRuns: 300 },
    );
  });

  test("a stream cut short is refused by both", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 200, maxLength: 2000 }), fc.nat(), (data, at) => {
        const packed = deflateRawSync(data);
        const cut = packed.subarray(0, at % packed.length);
        expect(outcome(ZLIB_INFLATER, cut, data.length)).toBe("refused");
        expect(outcome(FFLATE_INFLATER, cut, data.length)).toBe("refused");
      }),
      { numRuns: 200 },
    );
  });

  test("a bomb stated small stops at the bound: 64 MB of zeros claimed as 1 KB", () => {
    const packed = deflateRawSync(new Uint8Array(64 * 2 ** 20));
    const t = Date.now();
    expect(outcome(ZLIB_INFLATER, packed, 1024)).toBe("more");
    expect(Date.now() - t).toBeLessThan(200);
  });
});
