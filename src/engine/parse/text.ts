/** Comparing names and header words the way planners mean them. */

/** Lower case, single spaces, no line breaks. */
export function squash(text: string): string {
  const lower = text.toLowerCase();
  // Most cells need no whitespace work: skip the replace (and its garbage) for them.
  return UNTIDY.test(lower) ? lower.replace(/\s+/g, " ").trim() : lower;
}
const UNTIDY = /\s\s|[^\S ]|^\s|\s$/;

/** Indikator names: case, spacing, punctuation and `persentase`/`prosentase` ignored (rules.md). */
export function indikatorKey(name: string): string {
  return squash(name.replace(/[^\p{L}\p{N}\s]/gu, " "))
    .split(" ")
    .filter((w) => w && w !== "persentase" && w !== "prosentase")
    .join(" ");
}

/** Jabatan: `Plt.`/`Plh.`/`Pj.`/`Penjabat` prefixes, case, spacing and trailing commas ignored. */
export function jabatanKey(jabatan: string): string {
  let s = squash(jabatan).replace(/[,.;:\s]+$/, "");
  for (;;) {
    const next = s.replace(/^(plt|plh|pj|penjabat)\b\.?\s*/i, "");
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Levenshtein distance, early exit beyond `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Satuan compared loosely: `%`/`persen`, case, spacing. */
export function satuanKey(satuan: string): string {
  const s = squash(satuan).replace(/[.]+$/, "");
  return s === "persen" || s === "prosen" ? "%" : s;
}
