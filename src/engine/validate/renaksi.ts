/** Rencana Aksi and Realisasi indikator against their PK (rules.md "Rencana Aksi and Realisasi against the PK"). */
import type { Indikator, PkSheet, RealisasiIndikator, RealisasiSheet, RenaksiIndikator, RenaksiSheet } from "../model";
import type { Context } from "./context";
import { satuanKey } from "../parse/text";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { matchIndikator } from "../domain/indikator-match";
import { guessPolaritas } from "../domain/indikator-defaults";
import { sameTarget } from "../domain/target-compare";
import { formatTarget } from "./describe";
import { checkQuarterTargets, checkRealisasiPeriod } from "./quarters";

type Row = RenaksiIndikator | RealisasiIndikator;

const SHEET_LABEL = { renaksi: "Rencana Aksi", realisasi: "Realisasi" } as const;

/** The PK indikator a row stands for; reports indikator-unknown when there is none. */
function pkIndikatorOf(ctx: Context, sheet: string, pk: PkSheet, row: Row, kind: keyof typeof SHEET_LABEL): Indikator | null {
  const m = matchIndikator(pk, row.nama);
  if (m.indikator) return m.indikator;
  const hint = m.suggestion
    ? `; mungkin maksudnya "${m.suggestion.nama}"`
    : m.closest
      ? ` (indikator PK yang paling mirip: "${m.closest.nama}")`
      : " (PK itu tidak memiliki indikator)";
  ctx.report("indikator-unknown", "error", sheet, row.cell,
    `Indikator ${SHEET_LABEL[kind]} "${row.nama}" tidak cocok dengan indikator mana pun di PK "${pk.sheet}"${hint}.`);
  return null;
}

function compareWithPk(ctx: Context, sheet: string, pk: PkSheet, row: Row, pkInd: Indikator): void {
  if (row.satuan && pkInd.satuan && satuanKey(row.satuan) !== satuanKey(pkInd.satuan)) {
    ctx.report("satuan-mismatch", "error", sheet, row.satuanCell ?? row.cell,
      `Satuan indikator "${row.nama}" di lembar ini "${row.satuan}", sedangkan di PK "${pk.sheet}" "${pkInd.satuan}".`);
  }
  if (row.target !== null && row.targetCell && pkInd.target !== null && !sameTarget(row.target, pkInd.target)) {
    ctx.report("target-mismatch", "error", sheet, row.targetCell,
      `Target tahunan indikator "${row.nama}" di lembar ini ${formatTarget(row.target)}, sedangkan di PK "${pk.sheet}" ${formatTarget(pkInd.target)}.`);
  }
}

export function checkRenaksiSheet(ctx: Context, s: RenaksiSheet): void {
  const pk = s.pk ? ctx.pkById.get(s.pk) : undefined;
  for (const row of s.indikator) {
    const pkInd = pk ? pkIndikatorOf(ctx, s.sheet, pk, row, "renaksi") : null;
    if (pk && pkInd) compareWithPk(ctx, s.sheet, pk, row, pkInd);
    checkQuarterTargets(ctx, s.sheet, row, row.target ?? pkInd?.target ?? null);
    if (row.polaritas === null) {
      ctx.report("polaritas-guessed", "info", s.sheet, row.cell,
        `Polaritas indikator "${row.nama}" tidak dinyatakan; ditebak ${guessPolaritas(row.nama)} dari namanya. Isi kolom Polaritas bila tebakan ini keliru.`);
    }
  }
}

export function checkRealisasiSheet(ctx: Context, s: RealisasiSheet): void {
  const pk = s.pk ? ctx.pkById.get(s.pk) : undefined;
  for (const row of s.indikator) {
    const pkInd = pk ? pkIndikatorOf(ctx, s.sheet, pk, row, "realisasi") : null;
    if (pk && pkInd) compareWithPk(ctx, s.sheet, pk, row, pkInd);
  }
  checkRealisasiPeriod(ctx, s);
}

/** PK indikator without a Rencana Aksi row; polaritas guessed for those measured without one. */
export function checkPkAgainstRenaksi(ctx: Context, pk: PkSheet): void {
  const hasRenaksi = ctx.renaksiOf.has(pk.id);
  let measured: Set<string> | null = null;
  for (const ind of pk.indikator) {
    const key = indikatorKey(ind.nama);
    if (ctx.renaksiRow(pk.id, key)) continue;
    if (hasRenaksi) {
      ctx.report("renaksi-missing", "warning", ind.sheet ?? pk.sheet, ind.cell,
        `Indikator "${ind.nama}" tidak memiliki baris di Rencana Aksi "${ctx.renaksiOf.get(pk.id)!.map((s) => s.sheet).join('", "')}".`);
    }
    // Polaritas matters only where a capaian will be computed: the indikator has realisasi.
    measured ??= realisasiKeys(ctx, pk.id);
    if (measured.has(key)) {
      ctx.report("polaritas-guessed", "info", ind.sheet ?? pk.sheet, ind.cell,
        `Polaritas indikator "${ind.nama}" tidak dinyatakan (tidak ada di Rencana Aksi); ditebak ${guessPolaritas(ind.nama)} dari namanya.`);
    }
  }
}

function realisasiKeys(ctx: Context, pk: string): Set<string> {
  const keys = new Set<string>();
  for (const s of ctx.realisasiOf.get(pk) ?? []) for (const i of s.indikator) keys.add(indikatorKey(i.nama));
  return keys;
}
