/** Reading rules on the model: year, kinerja table, targets, satuan, sasaran, duplicates (rules.md "Reading"). */
import type { PkSheet } from "../model";
import type { Context } from "./context";
import { cachedIndikatorKey as indikatorKey } from "../domain/indikator-key";
import { formatTarget } from "./describe";

const KIND_LABEL = { pk: "PK", renaksi: "Rencana Aksi", realisasi: "Realisasi" } as const;

export function checkTahun(ctx: Context): void {
  const { model } = ctx;
  const sheets = [
    ...model.pk.map((s) => ({ s, kind: "pk" as const })),
    ...model.renaksi.map((s) => ({ s, kind: "renaksi" as const })),
    ...model.realisasi.map((s) => ({ s, kind: "realisasi" as const })),
  ];
  for (const { s, kind } of sheets) {
    if (s.tahun === null) {
      ctx.report("tahun-missing", "error", s.sheet, s.titleCell,
        `Lembar ${KIND_LABEL[kind]} ini tidak menyebutkan tahun: judul (atau baris sesudahnya) harus memuat tahun empat angka, misalnya "TAHUN ${model.tahun ?? 2025}".`);
    } else if (model.tahun !== null && s.tahun !== model.tahun) {
      ctx.report("tahun-mismatch", "error", s.sheet, s.titleCell,
        `Tahun lembar ${KIND_LABEL[kind]} ini ${s.tahun}, sedangkan sebagian besar lembar PK menyebutkan tahun ${model.tahun}.`);
    }
  }
}

export function checkPkReading(ctx: Context, pk: PkSheet): void {
  if (!pk.hasKinerjaTable) {
    ctx.report("tabel-missing", "error", pk.sheet, pk.titleCell,
      "Lembar PK ini tidak memiliki tabel kinerja: tidak ditemukan baris judul kolom dengan \"Indikator\" dan \"Target\".");
  }
  const seen = new Map<string, string>();
  for (const ind of pk.indikator) {
    // A target cell with text was not readable: the reader said so already.
    if (ind.target === null && ind.targetText === "") {
      ctx.report("target-missing", "error", ind.sheet ?? pk.sheet, ind.targetCell, `Indikator "${ind.nama}" tidak memiliki target; sel target kosong.`);
    }
    if (ind.satuan === null && ind.target !== null && typeof ind.target !== "string") {
      ctx.report("satuan-missing", "warning", ind.sheet ?? pk.sheet, ind.cell,
        `Indikator "${ind.nama}" (target ${formatTarget(ind.target)}) tidak memiliki satuan: tidak ada kolom Satuan, dan satuan tidak tertulis di sel target maupun di nama indikator.`);
    }
    if (ind.sasaran === null) {
      ctx.report("sasaran-missing", "warning", ind.sheet ?? pk.sheet, ind.cell, `Indikator "${ind.nama}" tidak berada di bawah sasaran mana pun; isi kolom Sasaran di atasnya.`);
    }
    const key = indikatorKey(ind.nama);
    const first = seen.get(key);
    if (first) {
      ctx.report("indikator-duplicate", "warning", ind.sheet ?? pk.sheet, ind.cell, `Indikator "${ind.nama}" tercantum dua kali dalam PK ini (pertama di sel ${first}).`);
    } else seen.set(key, ind.cell);
  }
}
