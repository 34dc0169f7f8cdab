/**
 * Several PKs stacked in one sheet (a Bagian Organisasi pastes every OPD's lampiran under the last): each PK
 * title opens a new PK when what came before it already had its tables, and what follows has its own parties.
 * A statement without tables belongs to the lampiran after it; tables without parties to the PK before them.
 */
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";
import { titleCol, titleKindOf } from "../layout/signals";
import { firstGroup, tableKind } from "../tables/columns";

export interface Segment {
  blocks: Block[];
  title: TitleInfo;
}

export function pkSegments(rd: SheetReader, blocks: Block[], title: TitleInfo): Segment[] {
  const parts: Segment[] = [{ blocks: [], title }];
  for (const b of blocks) {
    const t = b.kind === "title" ? pkTitle(rd, b.rows[0], title) : null;
    if (t && parts[parts.length - 1].blocks.some(isPkTable)) parts.push({ blocks: [], title: t });
    parts[parts.length - 1].blocks.push(b);
  }
  // Merge back what cannot stand alone: tables without parties go with the PK before them.
  const out: Segment[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && !p.blocks.some((b) => b.kind === "signature" || b.kind === "statement")) prev.blocks.push(...p.blocks);
    else out.push(p);
  }
  return out;
}

function isPkTable(b: Block): boolean {
  if (b.kind !== "table") return false;
  const kind = tableKind(firstGroup(b.band));
  return kind === "kinerja" || kind === "kinerja-tw" || kind === "anggaran";
}

/** A PERJANJIAN KINERJA title in row r, as a title of its own (its year, or the sheet's). */
function pkTitle(rd: SheetReader, r: number, sheetTitle: TitleInfo): TitleInfo | null {
  const c = titleCol(rd.sheet, r);
  if (c < 0) return null;
  const text = rd.sheet.text(r, c);
  if (titleKindOf(text) !== "pk") return null;
  const y = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return { kind: "pk", row: r, col: c, text, tahun: y ? Number(y[1]) : sheetTitle.tahun };
}
