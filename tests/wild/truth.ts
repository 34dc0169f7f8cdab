/**
 * What a correct engine reads from a wild workbook, written by hand from the layout and the spec
 * (workbook.md, rules.md, capaian.md) before the engine was run, and the checks that compare.
 */
import type { Level, Model, PkSheet, Target, Bacaan } from "../../src/engine/model";
import type { Finding } from "../../src/engine/finding";
import type { HitungOutput } from "../../src/engine/run";
import { parseA1 } from "../../src/engine/grid";

export interface PkTruth {
  /** The sheet the PK is on; `jabatan` tells stacked PKs of one sheet apart. */
  sheet: string;
  jabatan: string;
  level: Level | null;
  /** Sheet of the superior PK, null when it is not in the workbook. */
  atasan: string | null;
  nama: string;
  nip: string | null;
  pihakKedua: { jabatan: string; nama?: string; nip: string | null } | null;
  indikator: { nama: string; target: Target | null; satuan?: string | null; sasaran?: string | null }[];
  /** The PK's own budget objects; omitted where the layout leaves it open (see `accounted`). */
  anggaran?: { kode: string | null; nama?: string; pagu: number }[];
}

export interface FindingAt {
  rule: string;
  sheet: string;
  cell?: string;
}

export interface WildTruth {
  tahun: number;
  /** `bacaan[].jenis` of every sheet. */
  sheets: Record<string, Bacaan["jenis"]>;
  pk: PkTruth[];
  /** Every error the workbook must give (rule, sheet, cell); no other error may appear except `allowed`. */
  errors: Required<FindingAt>[];
  /** Rules whose errors are a consequence of the above, or a reading the spec leaves open (`allowedAt` for one cell). */
  allowed?: string[];
  allowedAt?: Required<FindingAt>[];
  /** Warnings that must appear. */
  warnings: FindingAt[];
  /** Findings (any severity) that must not appear: the false alarms a wrong reading gives. */
  absent?: FindingAt[];
  /**
   * Cells that are neither clearly read nor clearly layout by the spec: each must end up either in the model
   * (the layout file's own check says where) or inside a range reported as isi-tak-terbaca, never dropped.
   */
  unreadOrRead?: { sheet: string; cells: string[]; what: string }[];
}

const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
/** Jabatan as the cascade compares them (workbook.md §1): case, spacing, trailing commas ignored. */
export const jabatanKey = (s: string | null | undefined) => squash(s).toUpperCase().replace(/[,.:;\s]+$/, "");

export function findPk(model: Model, t: { sheet: string; jabatan: string }): PkSheet | undefined {
  const onSheet = model.pk.filter((p) => p.sheet === t.sheet);
  return onSheet.find((p) => jabatanKey(p.pihakPertama?.jabatan) === jabatanKey(t.jabatan)) ?? (onSheet.length === 1 ? onSheet[0] : undefined);
}

/** The PK as the truth spells it, from the model, for one toEqual that shows every difference at once. */
export function pkAsTruth(model: Model, t: PkTruth): PkTruth | { sheet: string; jabatan: string; found: false } {
  const pk = findPk(model, t);
  if (!pk) return { sheet: t.sheet, jabatan: t.jabatan, found: false };
  const atasan = pk.atasan;
  return {
    sheet: pk.sheet,
    jabatan: jabatanKey(pk.pihakPertama?.jabatan) === jabatanKey(t.jabatan) ? t.jabatan : squash(pk.pihakPertama?.jabatan),
    level: pk.level,
    atasan,
    nama: squash(pk.pihakPertama?.nama),
    nip: pk.pihakPertama?.nip ?? null,
    pihakKedua: pk.pihakKedua && {
      jabatan: jabatanKey(pk.pihakKedua.jabatan) === jabatanKey(t.pihakKedua?.jabatan) ? t.pihakKedua!.jabatan : squash(pk.pihakKedua.jabatan),
      ...(t.pihakKedua?.nama !== undefined ? { nama: squash(pk.pihakKedua.nama) } : {}),
      nip: pk.pihakKedua.nip,
    },
    indikator: pk.indikator.map((i, k) => ({
      nama: squash(i.nama),
      target: i.target,
      ...(t.indikator[k]?.satuan !== undefined ? { satuan: i.satuan === null ? null : squash(i.satuan) } : {}),
      ...(t.indikator[k]?.sasaran !== undefined ? { sasaran: i.sasaran === null ? null : squash(i.sasaran) } : {}),
    })),
    ...(t.anggaran ? { anggaran: pk.anggaran.map((a, k) => ({ kode: a.kode, ...(t.anggaran![k]?.nama !== undefined ? { nama: squash(a.nama) } : {}), pagu: a.pagu as number })) } : {}),
  };
}

export const key = (f: FindingAt) => `${f.rule} ${f.sheet}${f.cell ? "!" + f.cell : ""}`;
const matches = (f: Finding, want: FindingAt) => f.rule === want.rule && f.sheet === want.sheet && (!want.cell || f.cell === want.cell);

export function unexpectedErrors(findings: Finding[], t: WildTruth): string[] {
  const allowed = new Set(t.allowed ?? []);
  return findings
    .filter((f) => f.severity === "error" && !allowed.has(f.rule) && !(t.allowedAt ?? []).some((a) => matches(f, a)))
    .filter((f) => !t.errors.some((e) => matches(f, e)))
    .map((f) => `${key(f)}: ${f.message}`);
}

export function missing(findings: Finding[], wanted: FindingAt[], severity?: Finding["severity"]): string[] {
  return wanted.filter((w) => !findings.some((f) => matches(f, w) && (!severity || f.severity === severity))).map(key);
}

export function present(findings: Finding[], unwanted: FindingAt[]): string[] {
  return findings.filter((f) => unwanted.some((u) => matches(f, u))).map((f) => `${key(f)}: ${f.message}`);
}

function inRange(range: string, cell: string): boolean {
  const [a, b = a] = range.split(":");
  const p = parseA1(cell)!;
  const lo = parseA1(a)!;
  const hi = parseA1(b)!;
  return p.row >= lo.row && p.row <= hi.row && p.col >= lo.col && p.col <= hi.col;
}

/** Is this cell inside a range the sheet's bacaan reports as unread? */
export function reportedUnread(model: Model, sheet: string, cell: string): boolean {
  const b = model.bacaan.find((x) => x.sheet === sheet);
  return !!b && b.takTerbaca.some((r) => inRange(r, cell));
}

/** Every cell the model keeps a reference to, as `sheet!A1`: what was read into it. */
export function readCells(out: HitungOutput): Set<string> {
  const cells = new Set<string>();
  const add = (sheet: string, c: string | null | undefined) => c && cells.add(`${sheet}!${c}`);
  const m = out.model;
  for (const pk of m.pk) {
    for (const i of pk.indikator) [i.cell, i.targetCell, i.satuanCell, i.sasaranCell].forEach((c) => add(pk.sheet, c));
    for (const t of pk.budgetTables) for (const a of t.items) [a.kodeCell, a.namaCell, a.paguCell, ...(a.paguParts ?? [])].forEach((c) => add(pk.sheet, c));
    // A stated total is read as well: it is checked against the objects above it.
    for (const t of pk.budgetTables) for (const tot of t.totals) add(tot.sheet ?? pk.sheet, tot.cell);
  }
  for (const s of [...m.renaksi, ...m.realisasi]) {
    for (const i of s.indikator) [i.cell, i.targetCell, i.satuanCell, ...i.twCells, ...("sdCells" in i ? (i.sdCells ?? []) : [])].forEach((c) => add(s.sheet, c));
    const rows = "plan" in s ? s.plan : s.budget;
    for (const r of rows) {
      [r.kodeCell, r.namaCell, r.paguCell].forEach((c) => add(s.sheet, c));
      // `parts`: cells summed into a series (a plan by rekening), read as much as its own cells.
      for (const series of [r.keuangan, r.fisik, r.rencana ?? null]) [...(series?.cells ?? []), ...(series?.parts ?? [])].forEach((c) => add(s.sheet, c));
    }
  }
  return cells;
}

/** The cells of `unreadOrRead` that are neither read into the model nor reported unread. */
export function dropped(out: HitungOutput, t: WildTruth): string[] {
  const read = readCells(out);
  return (t.unreadOrRead ?? []).flatMap((u) =>
    u.cells.filter((c) => !read.has(`${u.sheet}!${c}`) && !reportedUnread(out.model, u.sheet, c)).map((c) => `${u.sheet}!${c} (${u.what})`),
  );
}
