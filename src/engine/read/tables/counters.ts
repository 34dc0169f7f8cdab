/**
 * A template that counts the indikator of each sasaran into the name cell (`{{ $x }} {{ name }}`: `1 IPM`, `2 RLS`,
 * then `1 LPE` under the next sasaran): the bare number is the list's, though a lone `5 besar penyakit` keeps its own.
 * The clue is the column as a whole: every name opens with a number, and the numbers count 1, 2, 3 … from 1,
 * starting again at 1.
 */
const COUNTER = /^\s*(\d{1,2})\s*[.)]?\s+(?=\p{L})/u;

/** True when the names (two at least) carry such a counter. */
export function countedNames(names: string[]): boolean {
  if (names.length < 2) return false;
  let prev = 0;
  for (const n of names) {
    const m = COUNTER.exec(n);
    if (!m) return false;
    const k = Number(m[1]);
    if (k !== 1 && k !== prev + 1) return false;
    prev = k;
  }
  return true;
}

/** The name without its counter. */
export function stripCounter(name: string): string {
  const m = COUNTER.exec(name);
  return m ? name.slice(m[0].length).trim() : name;
}
