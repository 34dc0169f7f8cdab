/**
 * A PK sheet (workbook.md §1, §6): title rows, kinerja tables, budget tables (one per level, or one split in
 * several), the statement and the signature blocks, in whatever order the sheet holds them.
 */
import type { BudgetTable, BudgetWord, Indikator, PkSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";
import { jabatanLine, unitLine } from "./title";
import { readLayout } from "./layout-parts";
import { readKinerja } from "../tables/kinerja";
import { readAnggaran } from "../tables/anggaran";
import { mergeParties } from "../parties/merge";
import { levelOfJabatan } from "../../domain/jabatan";
import { WORD_OF_LEVEL } from "../vocab";
import { pkSegments } from "./stacked";

export type PkRead =
  /** One PK, or several stacked in the sheet (the second is `Lembar (2)`). */
  | { kind: "pk"; pks: PkSheet[] }
  /** A PK's first page: the statement and the signatures, no table. Its parties may serve the lampiran. */
  | { kind: "pernyataan"; parties: ReturnType<typeof mergeParties> }
  | { kind: "cover" };

export function readPkSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): PkRead {
  const segments = pkSegments(rd, blocks, title);
  if (segments.length === 1) return readPk(rd, blocks, title, rd.name);
  const pks = segments.flatMap((seg, i) => {
    const read = readPk(rd, seg.blocks, seg.title, i === 0 ? rd.name : `${rd.name} (${i + 1})`);
    return read.kind === "pk" ? read.pks : [];
  });
  return { kind: "pk", pks };
}

function readPk(rd: SheetReader, blocks: Block[], title: TitleInfo, id: string): PkRead {
  const layout = readLayout(rd, blocks, title);
  const indikator: Indikator[] = [];
  let sasaranHeader: PkSheet["sasaranHeader"] = null;
  let hasKinerjaTable = false;
  const budgetTables: BudgetTable[] = [];
  for (const t of layout.tables) {
    if (t.kind === "kinerja" || t.kind === "kinerja-tw") {
      const k = readKinerja(rd, t.block, t.columns, rd.account.open("kinerja"));
      indikator.push(...k.indikator);
      sasaranHeader ??= k.sasaranHeader;
      hasKinerjaTable = true;
    } else if (t.kind === "anggaran") budgetTables.push(readAnggaran(rd, t.block, t.columns, rd.account.open("anggaran")));
  }
  const signed = layout.signatures.filter((s) => s.signed);
  const parties = mergeParties(signed, layout.statements);
  if (!hasKinerjaTable && !budgetTables.length) {
    if (layout.statements.length) return { kind: "pernyataan", parties };
    if (!signed.length) return { kind: "cover" };
  }

  const jab = jabatanLine(layout.lines);
  const pk: PkSheet = {
    sheet: rd.name,
    id,
    titleCell: rd.addr(title.row, title.col),
    tahun: title.tahun,
    unit: unitLine(layout.lines)?.text ?? null,
    jabatan: jab?.text ?? null,
    level: null,
    sasaranHeader,
    budgetHeader: null,
    hasKinerjaTable,
    indikator,
    anggaran: [],
    budgetTables,
    jumlah: null,
    pihakPertama: parties.pertama,
    pihakKedua: parties.kedua,
    atasan: null,
  };
  settlePk(pk);
  return { kind: "pk", pks: [pk] };
}

/**
 * What follows from the parties: the level (from Pihak Pertama's jabatan, else the title's jabatan line), the
 * jabatan shown, and which budget tables are the PK's own. Again when a statement page lends the parties.
 */
export function settlePk(pk: PkSheet): void {
  const titleJabatan = pk.jabatan && pk.jabatan !== pk.pihakPertama?.jabatan?.replace(/,\s*$/, "") ? pk.jabatan : null;
  pk.level = levelOfJabatan(pk.pihakPertama?.jabatan ?? "") ?? (titleJabatan ? levelOfJabatan(titleJabatan) : null);
  pk.jabatan = titleJabatan ?? pk.pihakPertama?.jabatan?.replace(/,\s*$/, "") ?? null;
  const own = ownTables(pk.budgetTables, pk.level);
  const first = own.find((t) => t.word);
  pk.budgetHeader = first?.word ? { word: first.word, cell: first.headerCell } : null;
  pk.anggaran = own.flatMap((t) => t.items);
  pk.jumlah = own.find((t) => t.jumlah)?.jumlah ?? null;
}

/**
 * The PK's own budget tables: those of its level's word (a Kadis lists Program; a Kegiatan table below is the
 * breakdown); when the level is unknown or no table has its word, the first table's word decides.
 */
function ownTables(tables: BudgetTable[], level: PkSheet["level"]): BudgetTable[] {
  if (tables.length <= 1) return tables;
  const want: BudgetWord | null = level ? WORD_OF_LEVEL[level] : null;
  const byLevel = want ? tables.filter((t) => t.word === want) : [];
  if (byLevel.length) return byLevel;
  const word = tables[0].word;
  return tables.filter((t) => t.word === word);
}
