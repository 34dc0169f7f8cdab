/**
 * One language: English words that crept into planner-facing text. Rule ids, command options and paths are
 * names, not prose, and are taken out before the check.
 */
import { RULE_NAMES } from "../../src/engine/report/rule-names";

export const ENGLISH = [
  "workbook", "worksheet", "sheet", "sheets", "error", "errors", "warning", "warnings", "cell", "cells", "row", "rows",
  "column", "columns", "chart", "charts", "file", "files", "missing", "mismatch", "invalid", "unknown", "found", "not",
  "the", "and", "of", "to", "is", "with", "for", "none", "null", "undefined", "NaN", "Infinity", "true", "false",
  "page", "save", "open", "click", "value", "values", "total", "pp", "settings", "results", "loading", "failed",
];

const WORD = new RegExp(`(?<![\\p{L}\\d_-])(${ENGLISH.join("|")})(?![\\p{L}\\d_-])`, "giu");
const RULE_IDS = Object.keys(RULE_NAMES).sort((a, b) => b.length - a.length);

/** The English words (and N/A) in a text, after names are taken out; empty when the text is all Indonesian. */
export function englishIn(text: string): string[] {
  let t = text;
  for (const id of RULE_IDS) t = t.split(id).join(" ");
  t = t
    .replace(/\S*[/\\]\S*\.xlsx\b/g, " ") // paths of files
    .replace(/(^|\s)--?[a-z]+\b/g, " ") // options: --json, -h
    .replace(/\bpk help\b|^\s*help\s/gm, " "); // the help command's own name
  const found = new Set<string>();
  if (/N\/A/.test(text)) found.add("N/A");
  for (const m of t.matchAll(WORD)) found.add(m[1]);
  return [...found];
}

/** Problems as "word: …context…" lines, to read in a failing test. */
export function englishProblems(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of new Set(texts)) for (const w of englishIn(text)) out.push(`${w}: ${text.slice(0, 160)}`);
  return out;
}
