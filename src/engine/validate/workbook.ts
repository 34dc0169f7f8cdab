/** The workbook as a whole: no PK at all, sheets the add-in does not read (rules.md). */
import type { Context } from "./context";

export function checkWorkbook(ctx: Context): void {
  const { model } = ctx;
  if (!model.pk.length && model.sheets.length) {
    ctx.report("pk-missing", "error", model.sheets[0].name, "A1",
      "Workbook ini tidak memuat lembar PK: tidak ada lembar berjudul \"PERJANJIAN KINERJA\" dengan tabel kinerja, tabel anggaran atau tanda tangan.");
  }
  for (const s of model.sheets) {
    if (s.kind === "cover") {
      ctx.report("sheet-unrecognised", "info", s.name, "A1",
        "Lembar ini tampak seperti halaman sampul atau daftar isi: judulnya \"PERJANJIAN KINERJA\" tetapi tidak ada tabel kinerja, tabel anggaran maupun tanda tangan, sehingga tidak dibaca sebagai PK.");
    } else if (s.kind === "unknown") {
      ctx.report("sheet-unrecognised", "info", s.name, "A1",
        "Lembar ini tidak dikenali sebagai PK, Rencana Aksi, Realisasi atau PENGATURAN (judulnya tidak memuat PERJANJIAN KINERJA, RENCANA AKSI, REALISASI atau PENGATURAN), sehingga tidak dibaca.");
    }
  }
}
