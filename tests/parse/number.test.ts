import fc from "fast-check";
import { parseNumberText, readNumberCell } from "../../src/engine/parse/number";
import { formatNumber } from "../../src/engine/format";

const value = (s: string) => {
  const r = parseNumberText(s);
  return r.kind === "number" ? r.value : r.kind;
};

describe("numbers as people type them", () => {
  it.each([
    ["1.250.000.000", 1250000000],
    ["1.250.000.000,00", 1250000000],
    ["Rp 1.250.000.000", 1250000000],
    ["Rp. 1.250.000.000,-", 1250000000],
    ["85,5", 85.5],
    ["85.5", 85.5],
    ["412.6", 412.6],
    ["12.480", 12480],
    ["0.855", 0.855],
    ["1,250,000", 1250000],
    ["85%", 85],
    ["85,5 %", 85.5],
    ["-5", -5],
    ["-", "none"],
    ["", "none"],
    ["abc", "unreadable"],
    ["12 orang 3", "unreadable"],
    ["1.2.3", "unreadable"],
  ])("%s", (text, expected) => expect(value(text)).toBe(expected));

  it("keeps the unit written in the cell", () => {
    expect(parseNumberText("12.480 orang")).toEqual({ kind: "number", value: 12480, unit: "orang" });
    expect(parseNumberText("14,5 km")).toEqual({ kind: "number", value: 14.5, unit: "km" });
  });

  it("reads a percent-formatted cell as percent", () => {
    expect(readNumberCell(0.855, "0.0%")).toEqual({ kind: "number", value: 85.5, unit: "%" });
    expect(readNumberCell(0.855, "General")).toEqual({ kind: "number", value: 0.855, unit: null });
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => { parseNumberText(s); }), { numRuns: 2000 });
  });

  it("reads back what it formats in id-ID, money and decimals alike", () => {
    const money = fc.integer({ min: 0, max: 9e14 });
    fc.assert(fc.property(money, (n) => value(formatNumber(n, 0)) === n && value("Rp " + formatNumber(n, 0) + ",-") === n));
    // Two decimals: a comma always makes the decimal unambiguous.
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 99 }), (i, d) => {
      if (d % 10 === 0) return true;
      const x = i + d / 100;
      return Math.abs((value(formatNumber(x, 2)) as number) - x) < 1e-9;
    }));
  });
});
