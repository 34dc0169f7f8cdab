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

/**
 * Cell text as element content: what XML cannot hold dropped, a carriage return and a literal "_x0041_" kept
 * through OOXML's own escape (XML would turn CR LF into LF; a reader would decode the other).
 */
export function cellTextEscape(text: string): string {
  return xmlEscape(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")).replace(/\r/g, "_x000D_");
}
