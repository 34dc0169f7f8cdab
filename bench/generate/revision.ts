/** A revision of a generated workbook, as a PK Perubahan would be: some targets lowered, pagu cut, names corrected, new officials, a PK gone. */
import { generateModel } from "./model";
import type { GeneratedWorkbook, GenerateOptions } from "./types";

export interface Revision {
  book: GeneratedWorkbook;
  /** The changes a comparison with the unrevised workbook must find, by kind. */
  expected: { target: number; pagu: number; nama: number; pejabat: number; "pk-hilang": number };
}

/**
 * Every 7th PK: its first target lowered by a tenth, its first pagu cut by Rp 1.000.000, the last letter of its
 * second indikator dropped (a typo), a new official (whom the PKs under it name as Pihak Kedua too); the last PK removed.
 */
export function generateRevision(pkCount: number, options: GenerateOptions = {}): Revision {
  const book = generateModel(pkCount, options);
  const removed = book.pks[book.pks.length - 1];
  const expected = { target: 0, pagu: 0, nama: 0, pejabat: 0, "pk-hilang": 1 };
  book.pks.forEach((pk, i) => {
    if (i % 7 !== 3 || pk === removed) return;
    pk.indikator[0].target = Math.round(pk.indikator[0].target * 0.9);
    pk.budget[0].pagu -= 1_000_000;
    pk.indikator[1].nama = pk.indikator[1].nama.slice(0, -1);
    pk.pihakPertama = { ...pk.pihakPertama, nama: `${pk.pihakPertama.nama} (Plt.)` };
    expected.target++;
    expected.pagu++;
    expected.nama++;
    expected.pejabat += 1 + pk.children.filter((c) => c !== removed).length;
  });
  book.pks.splice(book.pks.indexOf(removed), 1);
  return { book, expected };
}
