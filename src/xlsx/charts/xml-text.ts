// Characters XML 1.0 cannot carry at all; a single one makes Excel call the file corrupt.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML cannot hold removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Escape for element text and double-quoted attribute values (apostrophes stay, as Excel writes them in formulas). */
export function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/[&<>"]/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Reverse of xmlEscape for the few entities package XML uses. */
export function xmlUnescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] as string;
  });
}
