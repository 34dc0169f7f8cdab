/**
 * `a.n. <jabatan>` (also `an.`, `a.n`) and `u.b.` are signing formulas, like `Plt.`/`Plh.`: the office after `a.n.`
 * is the one on whose behalf the PK is signed, and the office that signs (the party, the one the cascade links to
 * the PK above) is the line under it: `a.n. KEPALA DINAS … / SEKRETARIS,` is signed by the Sekretaris. `u.b.`
 * passes it on once more: `a.n. BUPATI / SEKRETARIS DAERAH / u.b. / ASISTEN …` is signed by the Asisten, and
 * `u.b. KEPALA BAGIAN UMUM` names the signer on its own line.
 */

/** `a.n.`, `a.n`, `an.`, `u.b.`, `ub.` leading a line, with what follows it. */
const FORMULA = /^\s*(?:(a\s?\.\s?n\b\.?|an\.)|(u\s?\.\s?b\b\.?|ub\.))\s*/i;

export function isOnBehalfLine(text: string): boolean {
  return FORMULA.test(text);
}

/**
 * The side's lines from the signer's office on: the formula lines and the offices on whose behalf are dropped.
 * Lines after the side's first NIP are no part of its heading and are never looked at; without a formula the lines
 * come back as they are.
 */
export function signerLines<L extends { text: string }>(lines: L[], isNip: (text: string) => boolean): L[] {
  const nip = lines.findIndex((l) => isNip(l.text));
  const head = nip < 0 ? lines.length : nip;
  let from = -1;
  let start = 0;
  for (let i = 0; i < head; i++) {
    const m = FORMULA.exec(lines[i].text);
    if (!m) continue;
    const rest = lines[i].text.slice(m[0].length).trim();
    from = i;
    // `u.b. X`: X signs. `a.n. X`: X is the office on whose behalf; a bare `a.n.` has it on the next line.
    if (m[2] && rest) start = -1;
    else start = m[1] && !rest ? 2 : 1;
  }
  if (from < 0) return lines;
  if (start === -1) {
    const m = FORMULA.exec(lines[from].text)!;
    return [{ ...lines[from], text: lines[from].text.slice(m[0].length).trim() }, ...lines.slice(from + 1)];
  }
  return lines.slice(Math.min(from + start, lines.length));
}
