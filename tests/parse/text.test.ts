import fc from "fast-check";
import { editDistance, indikatorKey, jabatanKey, squash } from "../../src/engine/parse/text";

describe("names as planners mean them", () => {
  it("squash folds every kind of whitespace and case, exactly like the plain regex would", () => {
    const ws = fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", "\r\n", "\u2003");
    const text = fc.array(fc.oneof(fc.string({ maxLength: 5 }), ws), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(fc.property(text, (s) => squash(s) === s.replace(/\s+/g, " ").trim().toLowerCase()), { numRuns: 3000 });
  });
  it("indikator keys ignore case, spacing, punctuation and persentase/prosentase", () => {
    expect(indikatorKey("Persentase  Balita Ditimbang (D/S)")).toBe(indikatorKey("prosentase balita ditimbang D/S"));
    expect(indikatorKey("Angka Kematian Ibu")).not.toBe(indikatorKey("Angka Kematian Bayi"));
  });
  it("jabatan keys ignore Plt./Plh./Pj. prefixes and trailing commas", () => {
    expect(jabatanKey("Plt. KEPALA DINAS KESEHATAN,")).toBe("kepala dinas kesehatan");
    expect(jabatanKey("Penjabat Bupati Contoh")).toBe("bupati contoh");
  });
  it("edit distance", () => {
    expect(editDistance("berkla", "berkala")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
