import fc from "fast-check";
import { readTargetCell } from "../../src/engine/parse/target";

const read = (s: string) => {
  const r = readTargetCell(s);
  return r.kind === "value" ? [r.value, r.unit] : r.kind;
};

describe("targets as prints and planners write them", () => {
  it.each([
    ["85 %", [85, "%"]],
    ["12 Dokumen", [12, "Dokumen"]],
    ["80 - 90", [{ min: 80, max: 90 }, null]],
    ["≥ 80", [{ min: 80, max: null }, null]],
    ["WTP", ["WTP", null]],
    ["Baik Sekali", ["Baik Sekali", null]],
    // A grade with its unit word, either side: the grade is the value, so `BB` realisasi compares equal.
    ["BB Predikat", ["BB", "Predikat"]],
    ["Predikat: A", ["A", "Predikat"]],
    ["Opini WTP", ["WTP", "Opini"]],
    // A note in brackets behind number and unit; a line break a PDF converter left.
    ["140 Kelompok\n(1400 orang)", [140, "Kelompok"]],
    ["100 dari 110\nOrganisasi\nKepemudaan", [100, "Organisasi Kepemudaan"]],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a lower-case word after a grade-like word is no grade; a bracket without words or digits stays.
    ["nilai baik", ["nilai baik", null]],
    ["Nilai 80", "unreadable"],
    ["dari 110", "unreadable"],
    ["85 (%)", [85, "(%)"]],
  ])("near miss %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("never throws, and a number with a bracketed note reads as the number alone", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => { readTargetCell(s); }), { numRuns: 2000 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom("orang", "Dokumen", "Unit"), fc.stringMatching(/^[a-z0-9 ]{1,20}$/), (n, unit, note) =>
        JSON.stringify(read(`${n} ${unit} (${note} 1)`)) === JSON.stringify([n, unit])),
    );
  });
});
