/** From grids to the model: recognise each sheet by its content, read it, link the cascade. */
import { Sheet, type Grid } from "../grid";
import type { Finding } from "../finding";
import type { Model, PkSheet, SheetKind } from "../model";
import { SheetReader } from "./context";
import { findTitle } from "./title";
import { readPkSheet } from "./pk-sheet";
import { readRealisasiSheet, readRenaksiSheet } from "./renaksi-sheet";
import { defaultPengaturan, readPengaturan } from "./pengaturan";
import { JabatanIndex } from "../domain/jabatan-index";
import { cachedIndikatorKey } from "../domain/indikator-key";

export interface ReadOutput {
  model: Model;
  /** Findings made while reading cells: value-unreadable, cell-error, pengaturan-invalid. */
  findings: Finding[];
}

export function readWorkbook(grids: Grid[]): ReadOutput {
  const findings: Finding[] = [];
  const model: Model = { tahun: null, sheets: [], pk: [], renaksi: [], realisasi: [], pengaturan: defaultPengaturan() };
  for (const grid of grids) {
    const rd = new SheetReader(new Sheet(grid), findings);
    const title = findTitle(rd.sheet);
    let kind: SheetKind = title?.kind ?? "unknown";
    if (title && kind === "pk") {
      // Read into a scratch list first: a cover page's cells are not the add-in's business.
      const scratch: Finding[] = [];
      const pk = readPkSheet(new SheetReader(rd.sheet, scratch), title);
      if (!pk.hasKinerjaTable && !pk.budgetHeader && !pk.pihakPertama && !pk.pihakKedua) kind = "cover";
      else {
        findings.push(...scratch);
        model.pk.push(pk);
      }
    } else if (title && kind === "renaksi") model.renaksi.push(readRenaksiSheet(rd, title));
    else if (title && kind === "realisasi") model.realisasi.push(readRealisasiSheet(rd, title));
    else if (title && kind === "pengaturan" && model.pengaturan.sheet === null) model.pengaturan = readPengaturan(rd, title.row);
    model.sheets.push({ name: grid.name, kind });
  }
  model.tahun = majorityYear(model.pk.map((p) => p.tahun));
  linkCascade(model.pk);
  linkSheets(model);
  return { model, findings };
}

function majorityYear(years: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/** The superior of a PK is the PK whose Pihak Pertama jabatan is this PK's Pihak Kedua jabatan. */
function linkCascade(pks: PkSheet[]): void {
  const index = new JabatanIndex(pks, (pk) => [pk.pihakPertama?.jabatan]);
  for (const pk of pks) {
    const kedua = pk.pihakKedua?.jabatan;
    if (kedua) pk.atasan = index.find(kedua, pk)?.sheet ?? null;
  }
}

/**
 * The PK a Rencana Aksi or Realisasi sheet belongs to: by its jabatan line; without one (or when it names no
 * PK), the only PK, or else the PK that shares the most indikator names and kode with it.
 */
function linkSheets(model: Model): void {
  const index = new JabatanIndex(model.pk, (pk) => [pk.pihakPertama?.jabatan, pk.jabatan]);
  let byContent: ContentIndex | null = null;
  for (const s of [...model.renaksi, ...model.realisasi]) {
    s.pk = s.jabatan ? (index.find(s.jabatan)?.sheet ?? null) : null;
    if (s.pk) continue;
    if (!s.jabatan && model.pk.length === 1) s.pk = model.pk[0].sheet;
    else s.pk = (byContent ??= new ContentIndex(model.pk)).best(s.indikator.map((i) => i.nama), ("plan" in s ? s.plan : s.budget).map((b) => b.kode));
  }
}

/** Which PK lists these indikator names and kode: the one sharing the most, when it is the only one. */
class ContentIndex {
  private owners = new Map<string, Set<string>>();

  constructor(pks: PkSheet[]) {
    for (const pk of pks) {
      for (const i of pk.indikator) this.add("i:" + cachedIndikatorKey(i.nama), pk.sheet);
      for (const a of pk.anggaran) if (a.kode) this.add("k:" + a.kode, pk.sheet);
    }
  }

  private add(key: string, sheet: string): void {
    let set = this.owners.get(key);
    if (!set) this.owners.set(key, (set = new Set()));
    set.add(sheet);
  }

  best(names: string[], kodes: (string | null)[]): string | null {
    const score = new Map<string, number>();
    const keys = [...names.map((n) => "i:" + cachedIndikatorKey(n)), ...kodes.filter((k): k is string => !!k).map((k) => "k:" + k)];
    for (const key of keys) for (const sheet of this.owners.get(key) ?? []) score.set(sheet, (score.get(sheet) ?? 0) + 1);
    const ranked = [...score].sort((a, b) => b[1] - a[1]);
    return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  }
}
