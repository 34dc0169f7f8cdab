/**
 * A signature block in any of its forms (workbook.md §1, §6): with or without PIHAK words (`PIHAK KESATU`,
 * `Pihak Kedua,`), label and jabatan in one cell or two, each side one multi-line cell or one line per row, the
 * name before or after the jabatan, a line of underscores, pangkat and NIP in one cell, a placeholder date.
 * Without PIHAK words the superior signs on the left and the official on the right.
 */
import type { Pihak } from "../../model";
import type { SheetReader } from "../sheet-reader";
import { isNipLine, nipDigits } from "../../parse/nip";
import { nipValueIndex } from "./nip-split";
import { squash } from "../../parse/text";
import { levelOfJabatan } from "../../domain/jabatan";
import { NAME_TITLES, PANGKAT, PIHAK_LABEL, SIGN_LINE, SIGN_WORDS, isPlaceDate, pihakSideOf, type PihakSide } from "../words/layout";
import { linesOf } from "../layout/rows";
import { isJabatanLine } from "../layout/signals";
import { middleWitnessCols } from "./witness-column";
import { isOnBehalfLine, signerLines } from "./on-behalf";

export interface Line {
  text: string;
  row: number;
  col: number;
  /** Order within the block: rows, then lines of a multi-line cell. */
  order: number;
}

export interface Signature {
  pertama: Pihak | null;
  kedua: Pihak | null;
  /** How much it says: PIHAK labels, jabatan and NIP lines. The block that says most is trusted first. */
  strength: number;
  /** A sign that this is a signature: a PIHAK label, a place-date, a NIP or a jabatan with a level. */
  signed: boolean;
}

export function readSignature(rd: SheetReader, rows: number[], part: number): Signature {
  const lines: Line[] = [];
  const labels: { side: PihakSide; col: number }[] = [];
  let signed = false;
  let order = 0;
  // `Mengetahui, / a.n. BUPATI ...` under two labelled parties: a witness who signs too, no party of the PK.
  let witness = false;
  const [lo, hi] = signatureSpan(rd, rows);
  // `PIHAK KEDUA, | Mengetahui, | PIHAK PERTAMA,` on one row: the middle column is a witness who signs too.
  const witnessCols = new Set<number>();
  for (const r of rows) {
    if (!witness && labels.some((l) => l.side === "pertama") && labels.some((l) => l.side === "kedua") && rowStartsWitness(rd, r, lines)) witness = true;
    if (witness) continue;
    const cols = rd.sheet.cols(r);
    if (cols.length >= 3 && cols.some((c) => PIHAK_LABEL.test(squash(rd.text(r, c)))))
      for (const c of cols) if (WITNESS.test(rd.text(r, c).trim())) witnessCols.add(c);
    for (const c of middleWitnessCols(rd, r, lo, hi)) witnessCols.add(c);
    for (const c of cols) {
      if (c < lo || c > hi || witnessCols.has(c)) continue;
      const v = rd.sheet.value(r, c);
      // A number in a signature block is its date cell.
      if (typeof v === "number") {
        signed = true;
        continue;
      }
      for (const raw of linesOf(rd.text(r, c))) {
        const label = PIHAK_LABEL.exec(squash(raw));
        if (label) {
          labels.push({ side: pihakSideOf(label[0]), col: c });
          signed = true;
          const rest = raw.slice(restStart(raw, label[0])).replace(/^[\s,.:]+/, "").trim();
          if (rest) lines.push({ text: rest, row: r, col: c, order: order++ });
          continue;
        }
        if (isPlaceDate(raw) || SIGN_WORDS.test(raw.trim())) {
          signed = true;
          continue;
        }
        lines.push({ text: raw, row: r, col: c, order: order++ });
      }
    }
  }
  const sides = splitSides(lines, labels);
  const pertama = pihakOf(rd, sides.pertama);
  const kedua = pihakOf(rd, sides.kedua);
  signed ||= [pertama, kedua].some((p) => p && (p.nip || (p.jabatan && levelOfJabatan(p.jabatan))));
  // Lines without any sign of a signature are not one: they stay for the account to report.
  if (!signed) return { pertama: null, kedua: null, signed, strength: 0 };
  for (const r of rows) rd.account.claimRow(part, r, lo, hi);
  const strength = labels.length + lines.filter((l) => { const k = kindOf(l.text); return k === "jabatan" || k === "nip"; }).length;
  return { pertama, kedua, signed, strength };
}

/**
 * The columns a signature stands in: around its labels, date, NIP and sign words. A cell further to the side is
 * something else (a note, a stray figure): it is no part of a party, and stays for the account to report.
 */
export function signatureSpan(rd: SheetReader, rows: number[]): [number, number] {
  const span = new SignatureSpan();
  for (const r of rows) span.add(rd, r);
  return span.range();
}

/** The span grown row by row, as a block is segmented (each row looked at once). */
export class SignatureSpan {
  private lo = Infinity;
  private hi = -Infinity;
  add(rd: SheetReader, r: number): void {
    for (const c of rd.sheet.cols(r)) {
      const t = rd.sheet.str(r, c);
      if (!t || t.length > 600) continue;
      const anchor = linesOf(t).some((l) => PIHAK_LABEL.test(squash(l)) || isPlaceDate(l) || SIGN_WORDS.test(l.trim()) || isNipLine(l) || isJabatanLine(l));
      if (anchor) [this.lo, this.hi] = [Math.min(this.lo, c), Math.max(this.hi, c)];
    }
  }
  range(): [number, number] {
    return this.lo === Infinity ? [0, Infinity] : [this.lo - SIGNATURE_REACH, this.hi + SIGNATURE_REACH];
  }
}

/** How far beside its labels and NIP a signature's names and jabatan may stand (merged cells shift them a little). */
const SIGNATURE_REACH = 2;

const WITNESS = /^(mengetahui|a\.\s?n\.?\s|an\.\s)/i;

/**
 * `Mengetahui` starts a witness; an `a.n.` row only once both parties' offices are written above it: right under
 * the labels it is a party's own signing formula (on-behalf.ts).
 */
function rowStartsWitness(rd: SheetReader, r: number, above: Line[]): boolean {
  const cols = rd.sheet.cols(r);
  if (!cols.length || cols.length > 2) return false;
  const first = rd.sheet.str(r, cols[0]);
  if (!WITNESS.test(first)) return false;
  return !isOnBehalfLine(first) || above.filter((l) => kindOf(l.text) === "jabatan").length >= 2;
}

/** Where the text after a PIHAK label starts in the raw line (the label was matched on squashed text). */
function restStart(raw: string, squashedLabel: string): number {
  const words = squashedLabel.trim().split(" ").length;
  const m = new RegExp(`^\\s*(\\S+\\s*){${words}}`).exec(raw);
  return m ? m[0].length : raw.length;
}

/** Lines to the side of the nearest label's column; without labels, left is Pihak Kedua and right Pihak Pertama. */
function splitSides(lines: Line[], labels: { side: PihakSide; col: number }[]): Record<PihakSide, Line[]> {
  const out: Record<PihakSide, Line[]> = { pertama: [], kedua: [] };
  if (!lines.length) return out;
  // The sides are where offices and NIPs are written; a stray note beside the block does not make a side.
  const strong = lines.filter((l) => { const k = kindOf(l.text); return k === "jabatan" || k === "nip" || k === "pangkat"; });
  const cols = [...new Set((strong.length ? strong : lines).map((l) => l.col))].sort((a, b) => a - b);
  let anchors: { side: PihakSide; col: number }[] = labels;
  const sides = new Set(labels.map((a) => a.side));
  if (!labels.length) {
    anchors = cols.length === 1 ? [{ side: "pertama", col: cols[0] }] : [{ side: "kedua", col: cols[0] }, { side: "pertama", col: cols[cols.length - 1] }];
  } else if (sides.size === 1) {
    // One side labelled: the other, if any, signs on the far side of the label.
    const label = labels[0];
    const other = label.side === "kedua" ? cols.filter((c) => c > label.col).pop() : cols.find((c) => c < label.col);
    anchors = other === undefined ? [label] : [label, { side: label.side === "kedua" ? "pertama" : "kedua", col: other }];
  }
  for (const l of lines) {
    let best = anchors[0];
    for (const a of anchors) if (Math.abs(a.col - l.col) < Math.abs(best.col - l.col)) best = a;
    out[best.side].push(l);
  }
  return out;
}

type LineKind = "nip" | "pangkat" | "sign-line" | "jabatan" | "other" | "noise";

const kinds = new Map<string, LineKind>();

/** The kind of a signature line, remembered: the same jabatan lines come back on every sheet. */
function kindOf(text: string): LineKind {
  let k = kinds.get(text);
  if (k === undefined) {
    if (kinds.size > 50_000) kinds.clear();
    kinds.set(text, (k = lineKind(text)));
  }
  return k;
}

function lineKind(text: string): LineKind {
  // A NIP may be printed bare; otherwise no person and no office is written without letters.
  if (isNipLine(text)) return "nip";
  if (!/\p{L}{2}/u.test(text)) return SIGN_LINE.test(text) ? "sign-line" : "noise";
  if (SIGN_LINE.test(text)) return "sign-line";
  if (text.length <= 60 && PANGKAT.test(text)) return "pangkat";
  if (isJabatanLine(text) && !NAME_TITLES.test(text)) return "jabatan";
  return "other";
}

/** One side's lines to a Pihak: the name is the line by the NIP, pangkat or signing line, the jabatan the office lines. */
export function pihakOf(rd: SheetReader, lines: Line[]): Pihak | null {
  if (!lines.length) return null;
  // Lines arrive in reading order (rows, then a cell's lines); an `a.n.` office is not the signer's.
  const sorted = signerLines(lines, isNipLine);
  if (!sorted.length) return null;
  const kinds = sorted.map((l) => kindOf(l.text));
  const at = (l: Line | undefined) => (l ? rd.addr(l.row, l.col) : null);
  const nipIdx = kinds.indexOf("nip");
  const pangkatIdx = kinds.indexOf("pangkat");

  const others = sorted.map((_, i) => i).filter((i) => kinds[i] === "other");
  let nameIdx = -1;
  const before = (i: number) => (i > 0 && kinds[i - 1] === "other" ? i - 1 : -1);
  const byPangkatOrNip = Math.max(pangkatIdx >= 0 ? before(pangkatIdx) : -1, nipIdx >= 0 && pangkatIdx < 0 ? before(nipIdx) : -1);
  const afterSign = kinds.findIndex((k, i) => k === "other" && i > 0 && kinds[i - 1] === "sign-line");
  if (byPangkatOrNip >= 0) nameIdx = byPangkatOrNip;
  else if (afterSign >= 0) nameIdx = afterSign;
  // Otherwise the person signs under the office: the first plain line after the jabatan, else a titled name.
  else if (others.length) {
    const lastJabatan = kinds.lastIndexOf("jabatan");
    nameIdx = others.find((i) => i > lastJabatan && lastJabatan >= 0) ?? others.find((i) => NAME_TITLES.test(sorted[i].text)) ?? others[others.length - 1];
  }

  // The jabatan: office lines, and the lines that continue one (`KEPALA DINAS KESEHATAN` / `KABUPATEN CONTOH,`).
  const jab: Line[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === nameIdx) continue;
    if (kinds[i] === "jabatan") jab.push(sorted[i]);
    else if (kinds[i] === "other" && jab.length && jab[jab.length - 1] === sorted[i - 1] && sorted[i].row - sorted[i - 1].row <= 1) jab.push(sorted[i]);
  }
  // Two plain lines and nothing else: the first is the office, the last the person.
  if (!jab.length && others.length >= 2 && nameIdx === others[others.length - 1]) jab.push(sorted[others[0]]);
  // A single line ending in a comma is the jabatan of an unsigned PK, not a name.
  let name = nameIdx >= 0 ? sorted[nameIdx] : undefined;
  if (name && !jab.length && /,\s*$/.test(name.text) && nipIdx < 0) {
    jab.push(name);
    name = undefined;
  }
  const nipAt = nipValueIndex(kinds, sorted);
  const nip = nipAt >= 0 ? sorted[nipAt] : undefined;
  if (!jab.length && !name && !nip) return null;
  return {
    jabatan: jab.length ? jab.map((l) => l.text).join(" ").replace(/\s+/g, " ").trim() : null,
    jabatanCell: at(jab[0]),
    nama: name ? name.text : null,
    namaCell: at(name),
    pangkat: pangkatIdx >= 0 ? sorted[pangkatIdx].text : null,
    nip: nip ? nipDigits(nip.text) : null,
    nipCell: at(nip),
  };
}
