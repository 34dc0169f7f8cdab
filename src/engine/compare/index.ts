/**
 * Bandingkan: two versions of a PK workbook (each read and validated) in, the list of changes out, grouped by PK
 * in the new version's order (removed PKs last), each with the new version's findings on the cells it touches.
 */
import type { Finding } from "../finding";
import type { Model, PkSheet } from "../model";
import { anggaranChanges } from "./anggaran";
import { renaksiRows, type CompareContext } from "./context";
import { draft, type Draft } from "./draft";
import { indikatorChanges } from "./indikator";
import { jabatanOf, pairPks, pkLabel } from "./match-pk";
import { pejabatChanges } from "./pejabat";
import { NewVersion } from "./related";
import { JENIS_ORDER, MONEY_KINDS, type Banding, type JenisPerubahan, type Perubahan, type RingkasanPk } from "./types";

export type { Banding, JenisPerubahan, Perubahan, RingkasanPk, TemuanTerkait, NilaiPerubahan } from "./types";
export { JENIS_LABEL, JENIS_ORDER, MONEY_KINDS } from "./types";

export interface Version {
  model: Model;
  findings: Finding[];
}

export function compareVersions(lama: Version, baru: Version): Banding {
  const now = new NewVersion(baru.model, baru.findings);
  const ctx: CompareContext = { now, renaksiLama: renaksiRows(lama.model), renaksiBaru: renaksiRows(baru.model) };
  const { pairs, removed } = pairPks(lama.model.pk, baru.model.pk);
  const oldOf = new Map(pairs.map(([o, n]) => [n, o]));
  const perubahan: Perubahan[] = [];
  const pk: RingkasanPk[] = [];
  const group = (o: PkSheet | null, n: PkSheet | null, drafts: Draft[]) => {
    const changes = drafts.map((d) => finish(d, now));
    perubahan.push(...changes);
    pk.push({ pk: pkLabel((n ?? o)!), sheetLama: o?.sheet ?? null, sheetBaru: n?.sheet ?? null, paguLama: o ? totalPagu(o) : null, paguBaru: n ? totalPagu(n) : null, perubahan: changes.length });
  };
  for (const n of baru.model.pk) {
    const o = oldOf.get(n);
    const label = pkLabel(n);
    if (o) group(o, n, [...pejabatChanges(ctx, o, n, label), ...indikatorChanges(ctx, o, n, label), ...anggaranChanges(ctx, o, n, label)]);
    else group(null, n, [draft("pk-baru", label, contents(n), null, totalPagu(n), null, { sheet: n.sheet, cell: n.titleCell }, () => now.wholePk(n))]);
  }
  for (const o of removed) {
    group(o, null, [draft("pk-hilang", pkLabel(o), contents(o), totalPagu(o), null, { sheet: o.sheet, cell: o.titleCell }, null, () => now.signedWith(jabatanOf(o)))]);
  }
  const jenis = Object.fromEntries(JENIS_ORDER.map((j) => [j, 0])) as Record<JenisPerubahan, number>;
  for (const p of perubahan) jenis[p.jenis]++;
  return { perubahan, ringkasan: { jenis, pk } };
}

export interface PkChanges {
  pk: RingkasanPk;
  perubahan: Perubahan[];
}

/** The changes of each PK (they come in the summary's order, so each PK's are one stretch). */
export function changesByPk(banding: Banding): PkChanges[] {
  let at = 0;
  return banding.ringkasan.pk.map((pk) => ({ pk, perubahan: banding.perubahan.slice(at, (at += pk.perubahan)) }));
}

function finish(d: Draft, now: NewVersion): Perubahan {
  return {
    jenis: d.jenis, pk: d.pk, apa: d.apa, lama: d.lama, baru: d.baru,
    sheetLama: d.sheetLama, cellLama: d.cellLama, sheetBaru: d.sheetBaru, cellBaru: d.cellBaru,
    selisih: moneyDifference(d), temuan: now.temuan(d.anchors()),
  };
}

/** An object added or removed moves its whole pagu; a pagu that cannot be read on one side has no difference. */
function moneyDifference(d: Draft): Perubahan["selisih"] {
  if (!MONEY_KINDS.has(d.jenis)) return null;
  const a = typeof d.lama === "number" ? d.lama : null;
  const b = typeof d.baru === "number" ? d.baru : null;
  if (a === null && b === null) return null;
  if (d.jenis === "pagu" && (a === null || b === null)) return null;
  const rupiah = (b ?? 0) - (a ?? 0);
  return { rupiah, persen: a ? (rupiah / a) * 100 : null };
}

/** Sum of the budget objects' pagu; null when none states one. */
export function totalPagu(pk: PkSheet): number | null {
  let sum: number | null = null;
  for (const a of pk.anggaran) if (a.pagu !== null) sum = (sum ?? 0) + a.pagu;
  return sum;
}

function contents(pk: PkSheet): string {
  return `${pk.indikator.length} indikator, ${pk.anggaran.length} objek anggaran`;
}
