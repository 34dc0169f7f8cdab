/**
 * A PK whose KINERJA table runs onto the next page, saved one page per sheet: the next sheet has no title and opens
 * with the kinerja table's header printed again (the `<thead>` repeated per page), its further indikator (the No and
 * Sasaran cells of a sasaran cut by the page left empty), and often the budget table and the signature. It is read as
 * the rest of the PK on the sheet before it, as sheets/continuation.ts reads a budget table's next page.
 */
import type { Bacaan, PkSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Sheet } from "../../grid";
import { parseA1 } from "../../grid";
import { segment, type Block } from "../layout/segment";
import { firstGroup, tableKind } from "../tables/columns";
import { rowKey } from "./continuation";
import { readLayout } from "./layout-parts";
import { readKinerja } from "../tables/kinerja";
import { readAnggaran } from "../tables/anggaran";
import { mergeParties, fill, onSheet } from "../parties/merge";
import { settlePk } from "./pk-sheet";

/** The texts of the header row of the sheet's last kinerja table (its account's `kinerja` part starts there). */
export function lastKinerjaHeader(sheet: Sheet, bacaan: Bacaan): string | null {
  const part = [...bacaan.bagian].reverse().find((b) => b.sebagai === "kinerja");
  const top = part ? parseA1(part.range.split(":")[0]) : null;
  return top ? rowKey(sheet, top.row) : null;
}

/**
 * Reads `rd` as the continuation of `pk` when the sheet opens with a kinerja table whose header row is `header`;
 * false, and nothing read, otherwise.
 */
export function readKinerjaContinuation(rd: SheetReader, pk: PkSheet, header: string, blocks: Block[] = segment(rd)): boolean {
  const first = blocks[0];
  if (!first || first.kind !== "table" || rowKey(rd.sheet, first.band.top) !== header) return false;
  const kind = tableKind(firstGroup(first.band));
  if (kind !== "kinerja" && kind !== "kinerja-tw") return false;
  const layout = readLayout(rd, blocks, { kind: "pk", row: -1, col: -1, text: "", tahun: null });
  for (const t of layout.tables) {
    if (t.kind === "kinerja" || t.kind === "kinerja-tw") {
      const read = readKinerja(rd, t.block, t.columns, rd.account.open("kinerja"));
      // The sasaran cut by the page goes on: its text stayed on the page before.
      const carried = pk.indikator[pk.indikator.length - 1];
      let open = true;
      for (const i of read.indikator) {
        if (i.sasaran !== null) open = false;
        const sasaran = open && carried ? { sasaran: carried.sasaran, sasaranCell: carried.sasaranCell } : {};
        pk.indikator.push({ ...i, ...sasaran, sheet: rd.name });
      }
    } else if (t.kind === "anggaran") {
      const read = readAnggaran(rd, t.block, t.columns, rd.account.open("anggaran"));
      pk.budgetTables.push({
        ...read,
        headerSheet: rd.name,
        items: read.items.map((it) => ({ ...it, sheet: rd.name })),
        totals: read.totals.map((tot) => ({ ...tot, sheet: rd.name })),
        jumlah: read.jumlah ? { ...read.jumlah, sheet: rd.name } : null,
      });
    }
  }
  const parties = mergeParties(layout.signatures.filter((s) => s.signed), layout.statements);
  pk.pihakPertama = fill(pk.pihakPertama, onSheet(parties.pertama, rd.name));
  pk.pihakKedua = fill(pk.pihakKedua, onSheet(parties.kedua, rd.name));
  settlePk(pk);
  return true;
}
