import fc from "fast-check";
import { kodeDepth, kodeUnder, normaliseKode, splitLeadingKode } from "../../src/engine/parse/kode";
import { formatNip, nipDigits, nipProblem } from "../../src/engine/parse/nip";

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const kode = fc.tuple(digits(1), digits(2), digits(2), digits(1), digits(2), digits(4), fc.constantFrom(3, 5, 6)).map(([a, b, c, d, e, f, depth]) => [a, b, c, d, e, f].slice(0, depth).join("."));

describe("kode", () => {
  it("normalises spaces, a trailing dot and a two-digit middle part", () => {
    expect(normaliseKode(" 1.02.02. ")).toBe("1.02.02");
    expect(normaliseKode("1.02.02.02.02.0001")).toBe("1.02.02.2.02.0001");
    expect(normaliseKode("1. 02. 02.2.02")).toBe("1.02.02.2.02");
    expect(kodeDepth("1.02.02.2.02.0001")).toBe(6);
    expect(kodeDepth("1.2.2")).toBeNull();
    expect(kodeUnder("1.02.02.2.02", "1.02.02")).toBe(true);
    expect(kodeUnder("1.02.020", "1.02.02")).toBe(false);
    expect(splitLeadingKode("1.02.02 Program Pemenuhan")).toEqual({ kode: "1.02.02", rest: "Program Pemenuhan" });
    expect(splitLeadingKode("Program 1.02")).toBeNull();
  });

  it("round-trips: a valid kode, spaced out or with a trailing dot, normalises back to itself", () => {
    fc.assert(fc.property(kode, fc.boolean(), fc.boolean(), (k, spaced, dot) => {
      const written = (spaced ? k.split(".").join(". ") : k) + (dot ? "." : "");
      return normaliseKode(written) === k && kodeDepth(k) !== null;
    }));
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => { kodeDepth(normaliseKode(s)); splitLeadingKode(s); }));
  });
});

describe("NIP", () => {
  it("reads digits with or without spaces and explains what is wrong", () => {
    expect(nipDigits("NIP. 19750312 200003 2 004")).toBe("197503122000032004");
    expect(nipProblem("197503122000032004")).toBeNull();
    expect(nipProblem("19750312200003200")).toContain("18 angka");
    expect(nipProblem("197513122000032004")).toContain("tanggal lahir");
    expect(nipProblem("197503122000033004")).toContain("angka ke-15");
  });

  it("round-trips: formatNip then nipDigits gives the NIP back", () => {
    fc.assert(fc.property(digits(18), (nip) => nipDigits("NIP. " + formatNip(nip)) === nip));
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => { const d = nipDigits(s); if (d) nipProblem(d); }));
  });
});
