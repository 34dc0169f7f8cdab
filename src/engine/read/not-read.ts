/** Sheets the add-in does not read, and why, said once per sheet (`sheet-unrecognised`, `sheet-hidden`). */
import type { Finding } from "../finding";

export type NotRead =
  | { why: "no-title" }
  | { why: "other-report"; title: string }
  | { why: "cover" }
  | { why: "hidden" }
  | { why: "no-table"; title: string; kind: "renaksi" | "realisasi"; headers: string[] };

const KIND_WORD = { renaksi: "Rencana Aksi", realisasi: "Realisasi" } as const;

export function sheetNotRead(sheet: string, n: NotRead): Finding {
  if (n.why === "hidden") {
    return { rule: "sheet-hidden", severity: "info", sheet, cell: "A1", message: "Lembar ini tersembunyi, sehingga tidak dibaca: salinan lama yang disembunyikan tidak boleh ikut dihitung. Tampilkan lembarnya (Unhide) bila isinya memang dipakai." };
  }
  return { rule: "sheet-unrecognised", severity: "info", sheet, cell: "A1", message: MESSAGE[n.why](n as never) };
}

const MESSAGE: { [K in Exclude<NotRead["why"], "hidden">]: (n: Extract<NotRead, { why: K }>) => string } = {
  "no-title": () => "Lembar ini tidak dikenali sebagai PK, Rencana Aksi, Realisasi atau PENGATURAN (judulnya tidak memuat PERJANJIAN KINERJA, RENCANA AKSI, REALISASI atau PENGATURAN), sehingga tidak dibaca.",
  "other-report": (n) => `Lembar berjudul "${short(n.title)}" adalah laporan lain, bukan PK, Rencana Aksi, Realisasi atau PENGATURAN, sehingga tidak dibaca.`,
  cover: () => "Lembar ini tampak seperti halaman sampul atau daftar isi: judulnya \"PERJANJIAN KINERJA\" tetapi tidak ada tabel kinerja, tabel anggaran, pernyataan maupun tanda tangan, sehingga tidak dibaca sebagai PK.",
  "no-table": (n) => `${NO_TABLE} "${short(n.title)}" tidak dibaca sebagai ${KIND_WORD[n.kind]}: ${n.headers.length ? `tabelnya (${n.headers.map(short).join("; ")})` : "isinya"} tidak memuat indikator kinerja per triwulan maupun ${n.kind === "renaksi" ? "rencana" : "realisasi"} keuangan per bulan atau triwulan menurut kode atau nama anggaran, sehingga tidak dapat dikaitkan dengan PK. Laporan seperti RFK per unit kerja bukan lembar ${KIND_WORD[n.kind]}.`,
};

const NO_TABLE = "Lembar berjudul";

/** A sheet titled as a Rencana Aksi or Realisasi whose table could not be read: part of the workbook left out. */
export function isUnreadCompanion(f: Finding): boolean {
  return f.rule === "sheet-unrecognised" && f.message.startsWith(NO_TABLE) && / tidak dibaca sebagai (Rencana Aksi|Realisasi):/.test(f.message);
}

function short(t: string): string {
  const s = t.replace(/\s+/g, " ").trim();
  return s.length > 90 ? s.slice(0, 89) + "…" : s;
}
