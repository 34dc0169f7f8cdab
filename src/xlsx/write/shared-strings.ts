import { cellTextEscape } from "../xml-text";

/** The workbook's shared-string table: each distinct text written once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private refs = 0;

  id(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      this.items.push(text);
    }
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
