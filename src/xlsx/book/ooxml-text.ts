const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML's escape for characters XML cannot carry: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPED, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of a string item (<si> or <is>): plain <t>, or the <t> of each rich-text run <r>; the
 * phonetic runs (<rPh>) are a reading aid, not the text.
 */
export class StringItem {
  private parts: string[] = [];
  private inText = false;
  private inPhonetic = 0;

  open(name: string): void {
    if (name === "rPh") this.inPhonetic++;
    else if (name === "t" && this.inPhonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.inPhonetic--;
    else if (name === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inText = false;
    this.inPhonetic = 0;
    return unescapeOoxml(text);
  }
}
