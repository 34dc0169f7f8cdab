import { absoluteRef, parseRange, sheetPrefix } from "../../src/xlsx/charts/range";
import { cellTextEscape, xmlEscape } from "../../src/xlsx/xml-text";
import { rowHeights, wrappedLines } from "../../src/xlsx/row-heights";

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
