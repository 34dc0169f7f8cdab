import { cellTextEscape, xmlSafe } from "../xml-text";

// Excel's limit on the text of one cell; longer text makes Excel repair the file.
const MAX_CELL_TEXT = 32767;

/** The workbook's shared-string table: each distinct text written once, cells refer to it by index. */
export class SharedStrings {
  /** A cell's text as given to its index in the table; -1 when nothing of it can be written. */
  private readonly index = new Map<string, number>();
  /** Cleaned text to its index: two texts that clean to the same share it. */
  private readonly cleaned = new Map<string, number>();
  private readonly items: string[] = [];
  private refs = 0;

  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      const clean = xmlSafe(text).slice(0, MAX_CELL_TEXT);
      i = clean === "" ? -1 : this.cleaned.get(clean);
      if (i === undefined) {
        i = this.items.length;
        this.items.push(clean);
        this.cleaned.set(clean, i);
      }
      this.index.set(text, i);
    }
    if (i >= 0) this.refs++;
    return i;
  }

  xml(): string {
    const parts = this.items.map((t) => {
      // Leading or trailing spaces and line breaks survive only when the text says so.
      const preserve = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : "";
      return `<si><t${preserve}>${cellTextEscape(t)}</t></si>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.refs}" uniqueCount="${this.items.length}">` +
      parts.join("") +
      "</sst>"
    );
  }
}
