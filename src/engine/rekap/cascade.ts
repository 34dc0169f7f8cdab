/**
 * The cascade across workbooks. One combined model holds what the cascade needs of every workbook (its
 * kepala daerah PKs, the PKs directly below them, its PKs without a superior), each id qualified by its file;
 * an OPD head whose Pihak Kedua is a kepala daerah in another workbook gets that PK as its atasan. The
 * engine's own rules then run on the combined model (kode-orphan, kode-uncovered, anggaran-rollup,
 * target-cascade, atasan-mismatch: not written again), with iku-uncovered beside them, and only what the
 * workbooks do not already say about themselves is kept: the findings that cross files.
 */
import type { Model, PkSheet, RenaksiSheet } from "../model";
import { makeContext } from "../validate/context";
import { checkCascadeBudget } from "../validate/cascade-budget";
import { checkTargetCascade } from "../validate/cascade";
import { checkAtasan } from "../validate/parties";
import { JabatanIndex } from "../domain/jabatan-index";
import { jabatanKey } from "../parse/text";
import { defaultPengaturan } from "../read/pengaturan";
import type { CascadePart, RekapFinding } from "./types";
import { checkIkuCoverage } from "./iku-uncovered";

export interface CascadeInput {
  file: string;
  cascade: CascadePart | null;
  /** The workbook's own findings: a cross-file run that says the same thing again is not kept. */
  temuan: RekapFinding[];
}

export interface CascadeOutput {
  findings: RekapFinding[];
  /** The PKs linked to a kepala daerah of another workbook: file, PK id, and that superior as the sheets name it. */
  links: { file: string; pk: string; atasan: string }[];
}

/** How the combined model names a sheet, so messages say which workbook: `PK Bupati (bupati.xlsx)`. */
export const sheetLabel = (file: string, sheet: string) => `${sheet} (${file})`;
const qualify = (file: string, id: string) => `${file} :: ${id}`;

interface Kd {
  pk: PkSheet;
  file: string;
  /** No PK of its own workbook is below it. */
  free: boolean;
  /** Its jabatan as compared: copies of the same kepala daerah's PK share it. */
  key: string;
}

export function crossFileCascade(inputs: CascadeInput[]): CascadeOutput {
  const place = new Map<string, { file: string; sheet: string }>();
  const pks: PkSheet[] = [];
  const renaksi: RenaksiSheet[] = [];
  const kds: Kd[] = [];
  const unlinked: { pk: PkSheet; file: string; id: string }[] = [];
  const carried = new Set<string>();
  for (const { file, cascade } of inputs) {
    if (!cascade) continue;
    for (const key of cascade.carried) carried.add(key);
    for (const p of cascade.pks) {
      const sheet = sheetLabel(file, p.sheet);
      place.set(sheet, { file, sheet: p.sheet });
      const q: PkSheet = { ...p, id: qualify(file, p.id), sheet, atasan: p.atasan ? qualify(file, p.atasan) : null };
      pks.push(q);
      if (p.level === "kepala-daerah") kds.push({ pk: q, file, free: cascade.free.includes(p.id), key: jabatanKey(p.pihakPertama?.jabatan ?? p.jabatan ?? p.sheet) });
      else if (!p.atasan) unlinked.push({ pk: q, file, id: p.id });
    }
    for (const s of cascade.renaksi) renaksi.push({ ...s, sheet: sheetLabel(file, s.sheet), pk: s.pk && qualify(file, s.pk) });
  }
  if (!kds.length) return { findings: [], links: [] };

  // One kepala daerah per jabatan: its own workbook's PK when there is one, else the first copy met; only the
  // former takes PKs of other workbooks below it.
  const heads = representatives(kds);
  const index = new JabatanIndex(heads.filter((h) => h.free).map((h) => h.pk), (pk) => [pk.pihakPertama?.jabatan]);
  const fileOf = new Map(kds.map((k) => [k.pk, k.file]));
  const links: CascadeOutput["links"] = [];
  const across = new Set<PkSheet>();
  for (const u of unlinked) {
    const sup = index.find(u.pk.pihakKedua!.jabatan!);
    if (!sup || fileOf.get(sup) === u.file) continue;
    u.pk.atasan = sup.id;
    across.add(sup);
    links.push({ file: u.file, pk: u.id, atasan: sup.sheet });
  }

  const model: Model = { tahun: null, sheets: [], pk: pks, renaksi, realisasi: [], pengaturan: defaultPengaturan(), bacaan: [] };
  const ctx = makeContext(model);
  for (const sup of across) {
    checkCascadeBudget(ctx, sup);
    checkTargetCascade(ctx, sup);
    for (const sub of ctx.subordinates.get(sup.id) ?? []) if (fileOf.get(sup) !== fileOfSheet(place, sub.sheet)) checkAtasan(ctx, sub);
  }
  // An indikator of the kepala daerah is looked for once some PK, in any workbook, is below one of its copies.
  for (const h of heads) if (kds.some((k) => k.key === h.key && ctx.subordinates.has(k.pk.id))) checkIkuCoverage(ctx, h.pk, carried);

  const known = new Set(inputs.flatMap((i) => i.temuan.map(findingKey)));
  const findings: RekapFinding[] = [];
  for (const f of ctx.findings) {
    const at = place.get(f.sheet);
    if (!at) continue;
    const found = { file: at.file, ...f, sheet: at.sheet };
    if (!known.has(findingKey(found))) findings.push(found);
  }
  return { findings, links };
}

/** The same rule on the same cell says the same thing, whichever way the sheets were named in it. */
const findingKey = (f: RekapFinding) => `${f.file}\u0000${f.rule}\u0000${f.sheet}\u0000${f.cell}`;

const fileOfSheet = (place: Map<string, { file: string }>, sheet: string) => place.get(sheet)?.file;

function representatives(kds: Kd[]): Kd[] {
  const byKey = new Map<string, Kd>();
  for (const k of kds) {
    const seen = byKey.get(k.key);
    if (!seen || (k.free && !seen.free)) byKey.set(k.key, k);
  }
  return [...byKey.values()];
}
