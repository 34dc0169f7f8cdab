/**
 * Which statement page (`PERNYATAAN`, the PK's first page with both parties) lends its parties to a lampiran that has
 * none: sheets are recognised by content, never by position (workbook.md), so a lampiran whose title names its official
 * (`LAMPIRAN PERJANJIAN KINERJA` / `SEKRETARIS DINAS …`) takes the page whose Pihak Pertama holds that jabatan, wherever
 * it stands (statement pages printed together, the lampiran after them). Without a jabatan line: the only page, else
 * the page before it. A jabatan line that no page of several names: none (pihak-missing says so), never a neighbour's.
 */
import { jabatanKey } from "../parse/text";

interface Page { index: number; parties: { pertama: { jabatan: string | null } | null } }

const key = (s: string) => jabatanKey(s).toUpperCase();
/** The same jabatan, or one names less of it (no unit or pemda): `KEPALA BIDANG X` and `KEPALA BIDANG X DINAS Y`. */
function sameJabatan(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return x === y || x.startsWith(y + " ") || y.startsWith(x + " ");
}

export function statementFor<T extends Page>(jabatan: string | null, at: number, pages: T[]): T | undefined {
  if (pages.length === 1) return pages[0];
  if (jabatan) {
    const named = pages.filter((p) => p.parties.pertama?.jabatan && sameJabatan(p.parties.pertama.jabatan, jabatan));
    if (named.length === 1) return named[0];
    if (!named.length) return undefined;
    return [...named].reverse().find((p) => p.index < at) ?? named[0];
  }
  return [...pages].reverse().find((p) => p.index < at);
}
