/**
 * Which version of the PK a sheet is: the PK Perubahan (signed after the APBD Perubahan) says so in its title
 * (`PERJANJIAN KINERJA PERUBAHAN TAHUN 2025`, `… TAHUN 2025 (PERUBAHAN)`, `PERUBAHAN PERJANJIAN KINERJA`) or on a
 * title line of its own (`PERUBAHAN`); any other PK is the murni one. A unit that only holds the word
 * (`DINAS LINGKUNGAN HIDUP DAN PERUBAHAN IKLIM`) says nothing of the version.
 */
import type { TitleLine } from "./title";

const IN_TITLE = /\bkinerja\s*(?:\(\s*pk\s*\)\s*)?perubahan\b|\bpk\s+perubahan\b|\(\s*perubahan\s*\)|\b(?:19|20)\d{2}\s*[-–—]?\s*perubahan\s*$/i;
/** A line that is the version and nothing else: `PERUBAHAN`, `(PERUBAHAN KE-1)`, `PERUBAHAN TAHUN 2025`, `PERUBAHAN PERJANJIAN KINERJA …`. */
const OWN_LINE = /^\s*\(?\s*(?:pk\s+)?perubahan(?:\s+(?:ke\s*-?\s*\w+|[iv]+|tahun\s+(?:anggaran\s+)?\d{4}|perjanjian\s+kinerja\b.*))?\s*\)?[\s,.:]*$/i;

export function isPerubahan(titleText: string, lines: TitleLine[], titleRow: number): boolean {
  const first = titleText.split("\n")[0];
  return IN_TITLE.test(first) || OWN_LINE.test(first) || lines.some((l) => l.row >= titleRow && OWN_LINE.test(l.text));
}
