/** Comparing names and header words the way planners mean them. */

/** Lower case, single spaces, no line breaks. */
export function squash(text: string): string {
  const lower = text.toLowerCase();
  // Most cells need no whitespace work: skip the replace (and its garbage) for them.
  return isTidy(lower) ? lower : lower.replace(/\s+/g, " ").trim();
}

/** No leading, trailing or doubled space and no other whitespace: nothing for squash to do. */
function isTidy(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c < 32 || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x85) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

/** Indikator names: case, spacing, punctuation and `persentase`/`prosentase` ignored (rules.md). */
export function indikatorKey(name: string): string {
  return squash(name.replace(/[^\p{L}\p{N}\s]/gu, " "))
    .split(" ")
    .filter((w) => w && w !== "persentase" && w !== "prosentase")
    .join(" ");
}

/** Names compared without case, spacing or punctuation (`dr. RATNA, M.Kes.` = `Dr Ratna M Kes`). */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
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
