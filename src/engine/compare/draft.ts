/** A change before its findings are looked up: what it is, and which cells of the new version it touches. */
import type { JenisPerubahan, NilaiPerubahan, Perubahan } from "./types";

/** A row of a sheet in the new version (null: the whole sheet), optionally only one cell of it, or only some rules. */
export interface Anchor {
  sheet: string;
  row: number | null;
  /** Only this cell of the row: a signature block holds both parties on the same rows. */
  cell?: string;
  rules?: ReadonlySet<string>;
}

export interface Draft extends Omit<Perubahan, "selisih" | "temuan"> {
  /** Where findings of the new version would say whether this change left it consistent; asked only for a change. */
  anchors: () => Anchor[];
}

/** One side of a change: a sheet and a cell, or nothing (the item does not exist on that side). */
export interface Side {
  sheet: string;
  cell: string | null;
}

export function draft(jenis: JenisPerubahan, pk: string, apa: string, lama: NilaiPerubahan, baru: NilaiPerubahan, before: Side | null, after: Side | null, anchors: () => Anchor[]): Draft {
  return {
    jenis,
    pk,
    apa,
    lama,
    baru,
    sheetLama: before?.sheet ?? null,
    cellLama: before?.cell || null,
    sheetBaru: after?.sheet ?? null,
    cellBaru: after?.cell || null,
    anchors,
  };
}
