/** The blocks every kind of sheet reads the same way: titles, captions and notes are layout, claimed as such. */
import type { SheetReader } from "../sheet-reader";
import type { Block, RowsBlock, TableBlock } from "../layout/segment";
import type { TitleInfo, TitleLine } from "./title";
import { titleLines } from "./title";
import { readSignature, type Signature } from "../parties/signature";
import { readStatement, type StatementParties } from "../parties/statement";
import { firstGroup, tableKind, type TableKind } from "../tables/columns";
import type { Column } from "../layout/header-band";

export interface SheetLayout {
  /** Lines of the title blocks, in order (kop, title, lines under it). */
  lines: TitleLine[];
  signatures: Signature[];
  statements: StatementParties[];
  tables: { block: TableBlock; kind: TableKind | null; columns: Column[] }[];
}

export function readLayout(rd: SheetReader, blocks: Block[], title: TitleInfo): SheetLayout {
  const out: SheetLayout = { lines: [], signatures: [], statements: [], tables: [] };
  for (const b of blocks) {
    if (b.kind === "table") {
      const columns = firstGroup(b.band);
      out.tables.push({ block: b, kind: tableKind(columns), columns });
      continue;
    }
    const part = rd.account.open(SEBAGAI[b.kind]);
    if (b.kind === "signature") out.signatures.push(readSignature(rd, b.rows, part));
    else if (b.kind === "statement") out.statements.push(readStatement(rd, b.rows, part));
    else {
      for (const r of b.rows) rd.account.claimLine(part, r);
      if (b.kind === "title") out.lines.push(...titleLines(rd.sheet, b.rows, title));
    }
  }
  return out;
}

const SEBAGAI = { title: "judul", caption: "judul", note: "catatan", signature: "tanda-tangan", statement: "pernyataan" } as const satisfies Record<RowsBlock["kind"], string>;
