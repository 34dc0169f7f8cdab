/**
 * From grids to the model: each sheet recognised by its content, seen as blocks, read block by block, and
 * accounted for: every non-empty cell is read, recognised as layout, or reported as `isi-tak-terbaca`.
 */
import { mostCommon } from "../count";
import { Sheet, type Grid } from "../grid";
import type { Finding } from "../finding";
import type { Bacaan, Model, PkSheet, SheetKind } from "../model";
import { SheetReader } from "./sheet-reader";
import { Vocabulary } from "./vocab";
import { segment, type Block } from "./layout/segment";
import { findTitle, type TitleInfo } from "./sheets/title";
import { readPkSheet, settlePk, type PkRead } from "./sheets/pk-sheet";
import { readRealisasiSheet, readRenaksiSheet } from "./sheets/companion-sheet";
import { defaultPengaturan, readPengaturan } from "./pengaturan";
import { describeUnread } from "./unread";
import type { UnreadRange } from "./account";
import { linkCascade, linkSheets } from "./link";
import { fill } from "./parties/merge";
import { sheetNotRead, type NotRead } from "./not-read";
import { reportColumnChoice, type ColumnChoice } from "./tables/claims";
import { hiddenCells } from "./hidden";
import { sideBySide } from "./side-by-side";
import { cachedIndikatorKey } from "../domain/indikator-key";
import { lastBudgetHeader, readContinuation } from "./sheets/continuation";
import { lastKinerjaHeader, readKinerjaContinuation } from "./sheets/kinerja-continuation";
import { pkCaption, pkReportTitle } from "./sheets/pk-report";
import { statementFor } from "./statement-choice";

export interface ReadOutput {
  model: Model;
  /** Findings made while reading cells: value-unreadable, cell-error, pengaturan-invalid, isi-tak-terbaca, ... */
  findings: Finding[];
}

const JENIS: Record<SheetKind, Bacaan["jenis"]> = {
  pk: "pk", renaksi: "renaksi", realisasi: "realisasi", pengaturan: "pengaturan", pernyataan: "pernyataan",
  own: "hasil", cover: "sampul", hidden: "tersembunyi", unknown: "lain",
};

export function readWorkbook(grids: Grid[]): ReadOutput {
  // PENGATURAN first: its `Judul kolom` rows teach the vocabulary every other sheet is read with.
  const reader = new WorkbookReader(grids.find((g) => pengaturanOf(g) !== null) ?? null);
  for (const g of grids) reader.add(g);
  return reader.finish();
}

/**
 * The workbook read one sheet at a time, in order, each let go once read: a thousand sheets are never all held
 * at once, and a reader that receives them as they are unpacked can read while the rest is still unpacking.
 */
export class WorkbookReader {
  private readonly findings: Finding[] = [];
  private readonly model: Model = { tahun: null, sheets: [], pk: [], renaksi: [], realisasi: [], pengaturan: defaultPengaturan(), bacaan: [] };
  private readonly vocab = new Vocabulary();
  private readonly pernyataan: { index: number; parties: Extract<PkRead, { kind: "pernyataan" }>["parties"] }[] = [];
  private settings: { grid: Grid; rd: SheetReader; title: TitleInfo } | null = null;
  /** The last PK of the sheet just read, and its last budget table's header row: what a next page would go on. */
  /** The PK just read, and the header rows (budget, kinerja) its next page would open with. */
  private lastPk: { pk: PkSheet; header: string | null; kinerjaHeader: string | null } | null = null;
  private readAny = false;
  /** Unread companions' accounts, given in finish() when the sheet names a PK's indikator (holdUnreadCompanion). */
  private readonly unreadCompanions: { at: number; bacaan: Bacaan; findings: Finding[]; keys: Set<string> }[] = [];

  /** `pengaturan`: the workbook's PENGATURAN sheet, read before any other (null when it has none or it comes first). */
  constructor(pengaturan: Grid | null = null) {
    if (pengaturan) this.adopt(pengaturan);
  }

  /**
   * Reads the next sheet. A PENGATURAN sheet met after other sheets were read without its vocabulary returns
   * false, and nothing is read: the workbook must be read again with it given first, as readWorkbook does.
   */
  add(grid: Grid): boolean {
    const { model, findings, vocab } = this;
    if (grid.hidden) {
      model.sheets.push({ name: grid.name, kind: "hidden" });
      model.bacaan.push({ sheet: grid.name, jenis: "tersembunyi", bagian: [], takTerbaca: [], judulTakDikenal: [] });
      findings.push(sheetNotRead(grid.name, { why: "hidden" }));
      return true;
    }
    if (!this.settings && mayBePengaturan(grid)) {
      if (!this.readAny) this.adopt(grid);
      else if (pengaturanOf(grid)) return false;
    }
    this.readAny = true;
    const known = this.settings?.grid === grid ? this.settings : null;
    const halves = known || grid.hiddenRows || grid.hiddenCols ? null : sideBySide(grid);
    if (halves) {
      this.readHalves(halves, grid.name);
      return true;
    }
    const rd = known?.rd ?? new SheetReader(new Sheet(grid), findings, vocab);
    const title = known ? known.title : findTitle(rd.sheet);
    const before = this.lastPk;
    this.lastPk = null;
    // No title, and the budget table's header of the PK just read printed again: that PK's next page.
    const blocksOf = lazyBlocks(rd);
    if (!title && before && ((before.header !== null && readContinuation(rd, before.pk, before.header, blocksOf())) || (before.kinerjaHeader !== null && readKinerjaContinuation(rd, before.pk, before.kinerjaHeader, blocksOf())))) {
      model.sheets.push({ name: grid.name, kind: "pk" });
      const bacaan = account(rd, "pk", findings);
      model.bacaan.push(bacaan);
      // A third page may go on from this one.
      this.lastPk = { pk: before.pk, header: lastBudgetHeader(rd.sheet, before.pk) ?? before.header, kinerjaHeader: lastKinerjaHeader(rd.sheet, bacaan) };
      return true;
    }
    const pks = model.pk.length;
    const { kind, notRead } = readOne(rd, title, model, this.onPernyataan, blocksOf);
    const last = model.pk.length > pks ? model.pk[model.pk.length - 1] : null;
    const header = last ? lastBudgetHeader(rd.sheet, last) : null;
    model.sheets.push({ name: grid.name, kind });
    const bacaan = notRead?.why === "no-table" ? this.holdUnreadCompanion(rd, kind) : account(rd, kind, findings);
    model.bacaan.push(bacaan);
    const kinerjaHeader = last ? lastKinerjaHeader(rd.sheet, bacaan) : null;
    if (last && (header || kinerjaHeader)) this.lastPk = { pk: last, header, kinerjaHeader };
    if (notRead) findings.push(sheetNotRead(grid.name, notRead));
    return true;
  }

  /** Reads `grid` as the PENGATURAN sheet when it is one. */
  private adopt(grid: Grid): void {
    const found = pengaturanOf(grid);
    if (!found) return;
    const rd = new SheetReader(found.sheet, this.findings, this.vocab);
    this.model.pengaturan = readPengaturan(rd, found.title.row, this.vocab);
    this.settings = { grid, rd, title: found.title };
  }

  /**
   * A sheet titled as a Rencana Aksi or Realisasi whose table could not be read: its account is kept aside, and given
   * once the PKs are known if the sheet names one of their indikator (it was meant for that PK, and the checks
   * against it would otherwise be silently missing). A report of another kind under such a title stays one line:
   * the account returned is the one of a sheet not read.
   */
  private holdUnreadCompanion(rd: SheetReader, kind: SheetKind): Bacaan {
    const found: Finding[] = [];
    const bacaan = account(rd, kind, found, true);
    const notRead: Bacaan = { sheet: rd.name, jenis: JENIS[kind], bagian: [], takTerbaca: [], judulTakDikenal: [] };
    if (!found.length) return notRead;
    const keys = new Set<string>();
    for (const r of rd.sheet.rows) {
      for (const c of rd.sheet.cols(r)) {
        const t = rd.sheet.str(r, c);
        if (t && t.length >= 8 && t.length <= 300) keys.add(cachedIndikatorKey(t));
      }
    }
    this.unreadCompanions.push({ at: this.model.bacaan.length, bacaan, findings: found, keys });
    return notRead;
  }

  finish(): ReadOutput {
    const { model, findings } = this;
    if (this.unreadCompanions.length) {
      const names = new Set(model.pk.flatMap((pk) => pk.indikator.map((i) => cachedIndikatorKey(i.nama))));
      for (const u of this.unreadCompanions) {
        if (![...u.keys].some((k) => names.has(k))) continue;
        model.bacaan[u.at] = u.bacaan;
        findings.push(...u.findings);
      }
    }
    lendStatementParties(model, this.pernyataan);
    model.tahun = mostCommon(model.pk.map((p) => p.tahun));
    linkCascade(model.pk);
    linkSheets(model);
    return { model, findings };
  }

  private readonly onPernyataan = (parties: Extract<PkRead, { kind: "pernyataan" }>["parties"]) =>
    this.pernyataan.push({ index: this.model.sheets.length, parties });

  /** Each half read as a sheet of its own; one sheet and one account in the model. */
  private readHalves(halves: Grid[], name: string): void {
    const { model, findings, vocab } = this;
    const accounts: Bacaan[] = [];
    let kind: SheetKind = "unknown";
    for (const half of halves) {
      const rd = new SheetReader(new Sheet(half), findings, vocab);
      const before = { pk: model.pk.length, renaksi: model.renaksi.length, realisasi: model.realisasi.length };
      const read = readOne(rd, findTitle(rd.sheet), model, this.onPernyataan, lazyBlocks(rd));
      // Each half names its PKs after the sheet, as a sheet of its own would: the later ones are numbered on.
      for (const pk of model.pk.slice(before.pk)) {
        if (!model.pk.slice(0, before.pk).some((p) => p.id === pk.id)) continue;
        const old = pk.id;
        pk.id = `${name} (${model.pk.filter((p) => p.sheet === name).length})`;
        for (const c of [...model.renaksi.slice(before.renaksi), ...model.realisasi.slice(before.realisasi)]) if (c.pk === old) c.pk = pk.id;
      }
      if (read.kind === "pk") kind = "pk";
      else if (kind === "unknown") kind = read.kind;
      accounts.push(account(rd, read.kind, findings));
    }
    model.sheets.push({ name, kind });
    model.bacaan.push({
      sheet: name,
      jenis: JENIS[kind],
      bagian: accounts.flatMap((a) => a.bagian),
      takTerbaca: accounts.flatMap((a) => a.takTerbaca),
      judulTakDikenal: accounts.flatMap((a) => a.judulTakDikenal),
    });
  }
}

/** A visible sheet titled PENGATURAN, with its Sheet and title; null for any other. */
function pengaturanOf(g: Grid): { sheet: Sheet; title: TitleInfo } | null {
  if (g.hidden || !mayBePengaturan(g)) return null;
  const sheet = new Sheet(g);
  const title = findTitle(sheet);
  return title?.kind === "pengaturan" ? { sheet, title } : null;
}

/** A `PENGATURAN` cell among the first rows: worth a closer look before the other sheets are read. */
function mayBePengaturan(g: Grid): boolean {
  for (let r = 0; r < Math.min(12, g.values.length); r++) {
    for (const v of g.values[r] ?? []) if (typeof v === "string" && v.length < 20 && v.trim().toLowerCase() === "pengaturan") return true;
  }
  return false;
}

/** The sheet's blocks, segmented once whichever reading takes the sheet: segmenting is most of a sheet's reading. */
function lazyBlocks(rd: SheetReader): () => Block[] {
  let blocks: Block[] | null = null;
  return () => (blocks ??= segment(rd));
}

function readOne(rd: SheetReader, found: TitleInfo | null, model: Model, onPernyataan: (p: Extract<PkRead, { kind: "pernyataan" }>["parties"]) => void, blocksOf: () => Block[]): { kind: SheetKind; notRead?: NotRead } {
  // No title, but a caption naming the PK over its indikator by quarter (`LAPORAN DETAIL PK BUPATI 2025`): its Realisasi.
  const caption = found ? null : pkCaption(rd.sheet);
  const title = found ?? (caption && pkReportTitle(caption, blocksOf()));
  if (!title) return { kind: "unknown", notRead: { why: "no-title" } };
  if (title.kind === "own") return { kind: "own" };
  if (title.kind === "pengaturan") return { kind: "pengaturan" };
  if (title.kind === "other" && ANNUAL_REPORT.test(title.text)) {
    // A page of the LKjIP pasted in: its `Pencapaian Kinerja` table measures the PK (indikator, realisasi), so it
    // is read as a Realisasi; a realisasi of the year, with no quarter said, stays unread and is reported.
    const blocks = blocksOf();
    if (blocks.some((b) => b.kind === "table" && measuresPk(b.band.columns))) {
      const read = readRealisasiSheet(rd, blocks, { ...title, kind: "realisasi" });
      model.realisasi.push(...(read ? (read.perUnit ?? [read.sheet]) : [{ sheet: rd.name, titleCell: rd.addr(title.row, title.col), tahun: title.tahun, jabatan: null, jabatanCell: null, pk: null, indikator: [], budget: [] }]));
      if (read) reportPaguChoices(rd, read.paguChoices);
      return { kind: "realisasi" };
    }
  }
  if (title.kind === "other" || title.kind === "unknown") return { kind: "unknown", notRead: { why: "other-report", title: title.text } };
  const blocks = blocksOf();
  if (title.kind === "pk") {
    const read = readPkSheet(rd, blocks, title);
    if (read.kind === "pk") {
      model.pk.push(...read.pks);
      // A PK's budget table with Pagu Murni beside Pagu Perubahan: which one is the pagu is said, as for companions.
      const choices = new Map(read.pks.flatMap((pk) => pk.budgetTables.flatMap((t) => (t.paguChoice ? [[t.paguChoice.cell, t.paguChoice] as const] : []))));
      reportPaguChoices(rd, [...choices.values()]);
      for (const c of read.companions) {
        if (c.kind === "renaksi") model.renaksi.push(c.sheet);
        else model.realisasi.push(c.sheet);
        reportPaguChoices(rd, c.paguChoices);
      }
    }
    else if (read.kind === "pernyataan") onPernyataan(read.parties);
    return { kind: read.kind, notRead: read.kind === "cover" ? { why: "cover" } : undefined };
  }
  const read = title.kind === "renaksi" ? readRenaksiSheet(rd, blocks, title) : readRealisasiSheet(rd, blocks, title);
  if (!read) return { kind: "unknown", notRead: { why: "no-table", title: title.text, kind: title.kind as "renaksi" | "realisasi", headers: blocks.flatMap((b) => (b.kind === "table" ? [headerText(rd, b.band.top)] : [])) } };
  // One sheet for several OPD is one part per unit, each tied to its own PK.
  const parts = read.perUnit ?? [read.sheet];
  if (title.kind === "renaksi") model.renaksi.push(...(parts as never[]));
  else model.realisasi.push(...(parts as never[]));
  reportPaguChoices(rd, read.paguChoices);
  return { kind: title.kind };
}

const ANNUAL_REPORT = /^\s*(lkjip|lakip|laporan kinerja|monitoring( dan evaluasi)?( kinerja)?\s*$)/i;

const measuresPk = (columns: { field: string; quarter?: number }[]) => columns.some((c) => c.field === "indikator") && columns.some((c) => c.field === "realisasi");

function reportPaguChoices(rd: SheetReader, choices: ColumnChoice[]): void {
  for (const choice of choices) reportColumnChoice(rd, "pagu-ganda", choice);
}


function headerText(rd: SheetReader, r: number): string {
  return rd.sheet.cols(r).map((c) => rd.sheet.text(r, c).replace(/\s+/g, " ")).slice(0, 6).join(" | ");
}

/** The account of a read sheet: its parts, and each unread range as an `isi-tak-terbaca` finding. */
function account(rd: SheetReader, kind: SheetKind, findings: Finding[], unreadCompanion = false): Bacaan {
  const recognised = unreadCompanion || (kind !== "unknown" && kind !== "own" && kind !== "hidden");
  // A sheet not read has no parts to show, whatever its title rows looked like.
  const bagian = recognised ? rd.account.usedParts().map((p) => ({ range: rd.account.address(p), sebagai: p.sebagai })) : [];
  const takTerbaca: string[] = [];
  const judulTakDikenal: Bacaan["judulTakDikenal"] = [];
  if (recognised) {
    for (const range of rd.account.unread()) {
      const address = rd.account.address(range);
      takTerbaca.push(address);
      judulTakDikenal.push(...headerLike(rd, range));
      findings.push({
        rule: "isi-tak-terbaca",
        severity: "warning",
        sheet: rd.name,
        cell: rd.addr(range.cells[0][0], range.cells[0][1]),
        message: `${describeUnread(rd.sheet, range)} tidak terbaca: isinya bukan tabel, judul, catatan atau tanda tangan yang dikenali, sehingga tidak ikut diperiksa maupun dihitung (${address}). Bila ini tabel yang seharusnya dibaca, beri arti judul kolomnya lewat Judul kolom di lembar PENGATURAN.`,
      });
    }
  }
  const hidden = recognised ? hiddenCells(rd) : null;
  if (hidden) findings.push(hidden.finding);
  return { sheet: rd.name, jenis: JENIS[kind], bagian, takTerbaca, judulTakDikenal, ...(hidden ? { tersembunyi: hidden.ranges } : {}) };
}

/** The texts on top of an unread range that reads like a table (a header over rows, or a row of several words). */
function headerLike(rd: SheetReader, range: UnreadRange): Bacaan["judulTakDikenal"] {
  const top = range.cells.filter(([r]) => r === range.top);
  const texts = top.filter(([r, c]) => { const t = rd.sheet.str(r, c); return t && t.length <= 80 && isNaN(Number(t)) && rd.vocab.meaning(t)?.field !== "no"; });
  if (!(range.bottom > range.top || texts.length >= 2)) return [];
  return texts.map(([r, c]) => ({ cell: rd.addr(r, c), text: rd.sheet.str(r, c) }));
}

/** A lampiran without its parties takes them from its statement page (statement-choice.ts). */
function lendStatementParties(model: Model, pages: { index: number; parties: { pertama: PkSheet["pihakPertama"]; kedua: PkSheet["pihakKedua"] } }[]): void {
  if (!pages.length) return;
  const order = new Map(model.sheets.map((s, i) => [s.name, i]));
  for (const pk of model.pk) {
    if (pk.pihakPertama?.nama && pk.pihakPertama.jabatan) continue;
    const at = order.get(pk.sheet)!;
    const page = statementFor(pk.jabatan ?? pk.pihakPertama?.jabatan ?? null, at, pages);
    if (!page) continue;
    pk.pihakPertama = fill(pk.pihakPertama, page.parties.pertama);
    pk.pihakKedua = fill(pk.pihakKedua, page.parties.kedua);
    settlePk(pk);
  }
}
