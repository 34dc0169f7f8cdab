/**
 * Text as it may reach a terminal: control characters (ESC, CR, C1 …) and bidirectional overrides from cell
 * text or file names shown as escapes, so a workbook cannot recolour, rewrite or reorder the report.
 * Line feeds and tabs stay: the report is made of lines.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
