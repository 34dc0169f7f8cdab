/** The workbook as a whole: no PK at all, companion sheets tied to no PK (rules.md). Sheets not read are the reader's to say. */
import type { Context } from "./context";

export function checkWorkbook(ctx: Context): void {
  const { model } = ctx;
  if (!model.pk.length && model.sheets.length) {
    ctx.report("pk-missing", "error", model.sheets[0].name, "A1",
      "Buku kerja ini tidak memuat lembar PK: tidak ada lembar berjudul \"PERJANJIAN KINERJA\" dengan tabel kinerja, tabel anggaran atau tanda tangan.");
  }
  // A Rencana Aksi or Realisasi that belongs to no PK would otherwise vanish silently.
  for (const sh of [...model.renaksi, ...model.realisasi]) {
    if (sh.pk || !model.pk.length) continue;
    const what = "plan" in sh ? "Rencana Aksi" : "Realisasi";
    ctx.report("pk-unlinked", "warning", sh.sheet, sh.unitCell ?? sh.jabatanCell ?? sh.titleCell,
      sh.unit
        ? `Baris ${what} untuk OPD "${sh.unit}" di lembar ini tidak cocok dengan PK mana pun: tidak ada PK dengan unit atau jabatan itu, dan isinya tidak cocok dengan satu PK pun; baris ini tidak ikut dihitung.`
        : sh.jabatan
        ? unlinkedByJabatan(what, sh.jabatan, (sh.pkCandidates ?? []).map((id) => ctx.pkById.get(id)?.sheet ?? id))
        : `Lembar ${what} ini tidak menyebut jabatan di bawah judulnya dan isinya tidak cocok dengan satu PK pun; tulis jabatan Pihak Pertama PK-nya agar lembar ini ikut dihitung.`);
  }
}

/** Several PKs of that jabatan (two of one version, or a copy left in the workbook) are not "none": both are named. */
function unlinkedByJabatan(what: string, jabatan: string, sheets: string[]): string {
  if (sheets.length < 2) return `Lembar ${what} ini untuk jabatan "${jabatan}", tetapi tidak ada PK dengan Pihak Pertama berjabatan itu, dan isinya tidak cocok dengan satu PK pun; lembar ini tidak ikut dihitung.`;
  return `Lembar ${what} ini untuk jabatan "${jabatan}", yang menjadi Pihak Pertama di ${sheets.length} PK (${sheets.map((s) => `"${s}"`).join(", ")}); judul dan isinya tidak menunjukkan PK yang mana, sehingga lembar ini tidak ikut dihitung.`;
}
