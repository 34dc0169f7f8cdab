import { absoluteRef, parseRange, sheetPrefix } from "../../src/xlsx/charts/range";
import { cellTextEscape, xmlEscape } from "../../src/xlsx/xml-text";
import fc from "fast-check";
import { rowHeights, wrappedLines } from "../../src/xlsx/row-heights";
import { Utf8Chunks } from "../../src/xlsx/bytes";

describe("references", () => {
  test("ranges parse with or without $, in either corner order", () => {
    expect(parseRange("$C$6:$C$17")).toEqual({ top: 5, left: 2, bottom: 16, right: 2 });
    expect(parseRange("C17:C6")).toEqual({ top: 5, left: 2, bottom: 16, right: 2 });
    expect(parseRange("AA1")).toEqual({ top: 0, left: 26, bottom: 0, right: 26 });
    expect(() => parseRange("C6:")).toThrow();
  });

  test("sheet names are quoted when a formula needs it", () => {
    expect(sheetPrefix("Capaian")).toBe("Capaian!");
    expect(sheetPrefix("Kurva S")).toBe("'Kurva S'!");
    expect(sheetPrefix("PK O'Brien")).toBe("'PK O''Brien'!");
    expect(sheetPrefix("A1")).toBe("'A1'!"); // reads as a cell otherwise
    expect(sheetPrefix("R1C1")).toBe("'R1C1'!");
    expect(sheetPrefix("2025")).toBe("'2025'!");
    expect(absoluteRef("Kurva S (2)", parseRange("A6:A17"))).toBe("'Kurva S (2)'!$A$6:$A$17");
  });
});

describe("package XML", () => {
  test("escaping drops what XML cannot hold", () => {
    expect(xmlEscape(`a<b>&"'\u0000\u001F`)).toBe("a&lt;b&gt;&amp;&quot;'");
  });

  test("cell text keeps a carriage return and a literal _x0041_ through OOXML's own escape", () => {
    expect(cellTextEscape("a\r\nb")).toBe("a_x000D_\nb");
    expect(cellTextEscape("kode_x0041_ & _x")).toBe("kode_x005F_x0041_ &amp; _x");
  });
});

describe("row heights for wrapped text", () => {
  test("words wrap at word boundaries; long words break", () => {
    expect(wrappedLines("Rencana Keuangan (%)", 12)).toBe(2);
    expect(wrappedLines("Bulan", 12)).toBe(1);
    expect(wrappedLines("a\nb", 12)).toBe(2);
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
  });

  test("the one-pass count agrees with the rule said with split: paragraphs at \\n, words between \\s runs", () => {
    const bySplit = (text: string, capacity: number) => {
      const cap = Math.max(1, Math.floor(capacity));
      let lines = 0;
      for (const paragraph of text.split(/\r?\n/)) {
        let line = 0;
        lines++;
        for (const word of paragraph.split(/\s+/).filter(Boolean)) {
          const need = line === 0 ? word.length : line + 1 + word.length;
          if (need <= cap) {
            line = need;
            continue;
          }
          if (line > 0) lines++;
          lines += Math.ceil(word.length / cap) - 1;
          line = word.length % cap || cap;
        }
      }
      return lines;
    };
    const piece = fc.constantFrom("a", "kata", "x".repeat(13), " ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "(%)", "é", "😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.double({ min: 0, max: 40, noNaN: true }), (pieces, capacity) => {
        const text = pieces.join("");
        expect(wrappedLines(text, capacity)).toBe(bySplit(text, capacity));
      }),
      { numRuns: 2000 },
    );
  });

  test("only rows that need more than the default height get one", () => {
    const h = rowHeights([
      { row: 4, text: "Rencana Keuangan (%)", width: 12, fontSize: 11, bold: true },
      { row: 5, text: "Jan", width: 12, fontSize: 11, bold: false },
    ]);
    expect(h.get(4)).toBeGreaterThanOrEqual(30); // two or three lines, depending on the font
    expect(h.get(4)! % 15).toBe(0);
    expect(h.has(5)).toBe(false);
  });
});

describe("text kept as UTF-8 chunks", () => {
  test("the bytes are the text's UTF-8, whatever the pieces and wherever a chunk ends", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constant("<row>".repeat(20_000))), { maxLength: 12 }), (pieces) => {
        const chunks = new Utf8Chunks();
        for (const p of pieces) chunks.push(p);
        expect(Buffer.from(chunks.bytes()).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
