/**
 * A PK sheet (workbook.md §1, §6): title rows, kinerja tables, budget tables (one per level, or one split in
 * several), the statement and the signature blocks, in whatever order the sheet holds them.
 */
import type { BudgetTable, BudgetWord, Indikator, PkSheet, RealisasiSheet, RenaksiSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";
import { jabatanLine, unitLine } from "./title";
import { readLayout } from "./layout-parts";
import { readKinerja } from "../tables/kinerja";
import { readAnggaran } from "../tables/anggaran";
import { readBudgetSentences } from "../tables/budget-sentences";
import { mergeParties } from "../parties/merge";
import { levelOfJabatanIn } from "../../domain/jabatan";
import { WORD_OF_LEVEL } from "../vocab";
import { pkSegments } from "./stacked";
import { readRealisasiSheet, readRenaksiSheet } from "./companion-sheet";
import { titleCol, titleKindOf } from "../layout/signals";
import type { KeuanganRead } from "../tables/keuangan";
import { isPerubahan } from "./version";

export type PkRead =
  /** One PK, or several stacked in the sheet (the second is `Lembar (2)`), and a Rencana Aksi or Realisasi written under it. */
  | { kind: "pk"; pks: PkSheet[]; companions: Companion[] }
  /** A PK's first page: the statement and the signatures, no table. Its parties may serve the lampiran. */
  | { kind: "pernyataan"; parties: ReturnType<typeof mergeParties> }
  | { kind: "cover" };

export type Companion = { kind: "renaksi"; sheet: RenaksiSheet; paguChoices: PaguChoice[] } | { kind: "realisasi"; sheet: RealisasiSheet; paguChoices: PaguChoice[] };
type PaguChoice = NonNullable<KeuanganRead["paguChoice"]>;

export function readPkSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): PkRead {
  const { own, companion } = splitCompanion(rd, blocks);
  const segments = pkSegments(rd, own, title);
  const reads = segments.length === 1 ? [readPk(rd, own, title, rd.name)] : segments.map((seg, i) => readPk(rd, seg.blocks, seg.title, i === 0 ? rd.name : `${rd.name} (${i + 1})`));
  const pks = reads.flatMap((r) => (r.kind === "pk" ? r.pks : []));
  if (!pks.length) return reads[0];
  const companions: Companion[] = [];
  if (companion) {
    const read = companion.title.kind === "renaksi" ? readRenaksiSheet(rd, companion.blocks, companion.title) : readRealisasiSheet(rd, companion.blocks, companion.title);
    if (read) {
      // Written under its PK, it belongs to that PK.
      read.sheet.pk = pks[pks.length - 1].id;
      companions.push({ kind: companion.title.kind, ...read } as Companion);
    }
  }
  return { kind: "pk", pks, companions };
}

/** A Rencana Aksi or Realisasi written below the PK on the same sheet (`RENCANA AKSI ATAS PERJANJIAN KINERJA ...`). */
function splitCompanion(rd: SheetReader, blocks: Block[]): { own: Block[]; companion: { blocks: Block[]; title: TitleInfo & { kind: "renaksi" | "realisasi" } } | null } {
  const at = blocks.findIndex((b, i) => i > 0 && b.kind === "title" && companionTitle(rd, b.rows[0]) !== null);
  if (at < 0) return { own: blocks, companion: null };
  return { own: blocks.slice(0, at), companion: { blocks: blocks.slice(at), title: companionTitle(rd, blocks[at].kind === "title" ? (blocks[at] as { rows: number[] }).rows[0] : 0)! } };
}

function companionTitle(rd: SheetReader, r: number): (TitleInfo & { kind: "renaksi" | "realisasi" }) | null {
  const c = titleCol(rd.sheet, r);
  if (c < 0) return null;
  const text = rd.sheet.text(r, c);
  const kind = titleKindOf(text);
  if (kind !== "renaksi" && kind !== "realisasi") return null;
  const y = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return { kind, row: r, col: c, text, tahun: y ? Number(y[1]) : null };
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
  // No budget table: the budget may be written as sentences under the kinerja table.
  const sentences = hasKinerjaTable && !budgetTables.length ? readBudgetSentences(rd, blocks) : null;
  if (sentences) budgetTables.push(sentences);
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
  if (isPerubahan(title.text, layout.lines, title.row)) pk.perubahan = true;
  settlePk(pk);
  return { kind: "pk", pks: [pk], companions: [] };
}

/**
 * What follows from the parties: the level (from Pihak Pertama's jabatan, else the title's jabatan line), the
 * jabatan shown, and which budget tables are the PK's own. Again when a statement page lends the parties.
 */
export function settlePk(pk: PkSheet): void {
  const titleJabatan = pk.jabatan && pk.jabatan !== pk.pihakPertama?.jabatan?.replace(/,\s*$/, "") ? pk.jabatan : null;
  pk.level = levelOfJabatanIn(pk.pihakPertama?.jabatan ?? "", pk.unit) ?? (titleJabatan ? levelOfJabatanIn(titleJabatan, pk.unit) : null);
  pk.jabatan = titleJabatan ?? pk.pihakPertama?.jabatan?.replace(/,\s*$/, "") ?? null;
  // Unsigned, but the title names whose PK it is: that is its Pihak Pertama's jabatan (the name stays missing).
  if (!pk.pihakPertama && titleJabatan) pk.pihakPertama = { nama: null, namaCell: null, jabatan: titleJabatan, jabatanCell: pk.titleCell, pangkat: null, nip: null, nipCell: null };
  const own = ownTables(pk.budgetTables, pk.level);
  const first = own.find((t) => t.word);
  pk.budgetHeader = first?.word ? { word: first.word, cell: first.headerCell, ...(first.headerSheet ? { sheet: first.headerSheet } : {}) } : null;
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
