/**
 * `Realisasi s.d. Triwulan II`, `s.d. TW I`, `Realisasi Sampai TW 1`, `Realisasi Kumulatif TW III`: a figure from January
 * up to that period (a running total), not the figure of the period. The words, as data; headers are compared as
 * headerWords gives them (`s.d.` and `s/d` become `s d`).
 */
const RUNNING = /(^| )(s d|sd|s sd|sampai dengan|sampai dgn|sampai|hingga|kumulatif)( |$)/;

/** The header words without the running-total words, or null when they hold none (or nothing else). */
export function withoutRunningWords(words: string): string | null {
  if (!RUNNING.test(words)) return null;
  const rest = words.replace(RUNNING, " ").replace(/\s+/g, " ").trim();
  return rest ? rest : null;
}
