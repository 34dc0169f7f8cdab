/** The signature block: Pihak Kedua on the left, Pihak Pertama on the right, either label optional. */
import type { Pihak } from "../model";
import type { SheetReader } from "./context";
import { isNipLine, nipDigits } from "../parse/nip";
import { levelOfJabatan } from "../domain/jabatan";

interface Line {
  text: string;
  row: number;
  col: number;
}

// `Contoh, 3 Februari 2025`, `Kota Jambi,    Januari 2025`, `Contoh, 03-02-2025`, or a date alone.
const PLACE_DATE = /^([\p{L} .'-]+,\s*)?((\d{1,2}\s+)?\p{L}+\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/u;
const LABEL = /^pihak\s+(pertama|kedua)\b/i;
const PANGKAT = /\((i{1,3}|iv)\s*\/\s*[a-e]\)|^(pembina|penata|pengatur|juru)\b/i;

export interface SignatureBlock {
  pertama: Pihak | null;
  kedua: Pihak | null;
  found: boolean;
}

export function readSignatureBlock(rd: SheetReader, fromRow: number): SignatureBlock {
  const lines: Line[] = [];
  let found = false;
  for (let r = fromRow; r < rd.sheet.rowCount; r++) {
    for (let c = 0; c < rd.sheet.colCount; c++) {
      // Signature lines are text: a number there is a date cell (the place-date) or a stray figure.
      if (typeof rd.sheet.value(r, c) === "number") {
        found = true;
        continue;
      }
      const text = rd.text(r, c);
      if (!text) continue;
      if (PLACE_DATE.test(text) && !LABEL.test(text)) {
        found = true;
        continue;
      }
      lines.push({ text, row: r, col: c });
    }
  }
  const labels = lines.filter((l) => LABEL.test(l.text));
  const cols = [...new Set(lines.map((l) => l.col))].sort((a, b) => a - b);
  if (!cols.length) return { pertama: null, kedua: null, found: false };

  // Each side is a column: the labels' columns when labelled, otherwise the outermost columns.
  let pertamaCol: number | null = null;
  let keduaCol: number | null = null;
  for (const l of labels) {
    if (/pertama/i.test(l.text)) pertamaCol = l.col;
    else keduaCol = l.col;
  }
  if (pertamaCol === null && keduaCol === null) {
    pertamaCol = cols[cols.length - 1];
    if (cols.length > 1) keduaCol = cols[0];
  } else if (pertamaCol === null && keduaCol !== null) {
    const right = cols.filter((c) => c > keduaCol!);
    if (right.length) pertamaCol = right[right.length - 1];
  } else if (keduaCol === null && pertamaCol !== null) {
    const left = cols.filter((c) => c < pertamaCol!);
    if (left.length) keduaCol = left[0];
  }
  const side = (col: number | null, other: number | null) =>
    col === null ? [] : lines.filter((l) => !LABEL.test(l.text) && (other === null || Math.abs(l.col - col) < Math.abs(l.col - other) || l.col === col));
  const pertama = pihakOf(rd, side(pertamaCol, keduaCol));
  const kedua = pihakOf(rd, side(keduaCol, pertamaCol));
  // Lines under a title are a signature only with a sign of one: a place-date, a PIHAK label, a NIP or a
  // jabatan with a level. Otherwise they are a cover page's unit and pemda lines.
  const signed = found || labels.length > 0 || [pertama, kedua].some((p) => p && (p.nip || levelOfJabatan(p.jabatan ?? "")));
  return signed ? { pertama, kedua, found: true } : { pertama: null, kedua: null, found: false };
}

function pihakOf(rd: SheetReader, lines: Line[]): Pihak | null {
  if (!lines.length) return null;
  const at = (l: Line | undefined) => (l ? rd.addr(l.row, l.col) : null);
  const nipIdx = lines.findIndex((l) => isNipLine(l.text));
  const pangkatIdx = lines.findIndex((l, i) => (nipIdx < 0 || i < nipIdx) && PANGKAT.test(l.text));
  const nameIdx = pangkatIdx > 0 ? pangkatIdx - 1 : nipIdx > 0 ? nipIdx - 1 : lines.length - 1;
  const jabatanLines = lines.slice(0, nameIdx);
  const name = nameIdx >= 0 && nameIdx !== pangkatIdx && nameIdx !== nipIdx ? lines[nameIdx] : undefined;
  // A single line is the jabatan of an unsigned PK, not a name.
  const isJabatanOnly = !jabatanLines.length && name && /,\s*$/.test(name.text);
  const jab = isJabatanOnly ? [name!] : jabatanLines;
  const nameLine = isJabatanOnly ? undefined : name;
  const nip = nipIdx >= 0 ? lines[nipIdx] : undefined;
  if (!jab.length && !nameLine && !nip) return null;
  return {
    jabatan: jab.length ? jab.map((l) => l.text).join(" ").replace(/\s+/g, " ").trim() : null,
    jabatanCell: at(jab[0]),
    nama: nameLine ? nameLine.text : null,
    namaCell: at(nameLine),
    pangkat: pangkatIdx >= 0 ? lines[pangkatIdx].text : null,
    nip: nip ? nipDigits(nip.text) : null,
    nipCell: at(nip),
  };
}
