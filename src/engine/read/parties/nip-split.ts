/**
 * A NIP split over two lines, as a Word line break after the label lands in Excel: `NIP.` on one row, the number on
 * the next (`19710203 199803 1 007`). The NIP is the first NIP line that holds a number; a bare label whose number
 * never comes stays the NIP line (a blank NIP, reported as such).
 */
import { nipDigits } from "../../parse/nip";

export function nipValueIndex(kinds: string[], lines: { text: string }[]): number {
  const first = kinds.indexOf("nip");
  if (first < 0 || nipDigits(lines[first].text)) return first;
  const next = first + 1;
  return next < lines.length && kinds[next] === "nip" && nipDigits(lines[next].text) ? next : first;
}
