/** How the pane shows the engine's account of each sheet ("Cara membaca"): words for kinds and parts, unread first. */
import type { Bacaan } from "../../engine/model";
import { PLANNER_MEANINGS } from "../../engine/read/words/headers";

export const JENIS_LABEL: Record<Bacaan["jenis"], string> = {
  pk: "Perjanjian Kinerja",
  renaksi: "Rencana Aksi",
  realisasi: "Realisasi",
  pengaturan: "PENGATURAN",
  pernyataan: "Pernyataan PK",
  sampul: "Sampul",
  hasil: "Lembar hasil add-in",
  lain: "Tidak dibaca",
  tersembunyi: "Tersembunyi, tidak dibaca",
};

export const SEBAGAI_LABEL: Record<string, string> = {
  judul: "Judul",
  kinerja: "Tabel kinerja",
  anggaran: "Tabel anggaran",
  "rencana-kinerja": "Target triwulan",
  "rencana-keuangan": "Rencana keuangan",
  "realisasi-kinerja": "Realisasi kinerja",
  "realisasi-keuangan": "Realisasi keuangan",
  "tanda-tangan": "Tanda tangan",
  pernyataan: "Pernyataan",
  catatan: "Catatan",
  pengaturan: "Pengaturan",
};

/** The meanings a planner may give a header, in the words of the Pengaturan tab. */
export const MEANING_CHOICES: { value: string; label: string }[] = Object.keys(PLANNER_MEANINGS).map((m) => ({ value: m, label: meaningLabel(m) }));

function meaningLabel(m: string): string {
  if (/^tw[1-4]$/.test(m)) return `Target triwulan ${["I", "II", "III", "IV"][Number(m[2]) - 1]}`;
  if (m === "abaikan") return "Abaikan kolom ini";
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** The first cell of `A5:E14` (or `A5`): where a click goes. */
export function firstCell(range: string): string {
  return range.split(":")[0];
}

/** A hidden row (`13:13`) or column (`D:D`): its first cell, where a click goes. */
export function hiddenCell(range: string): string {
  const [first] = range.split(":");
  return /^\d+$/.test(first) ? `A${first}` : `${first}1`;
}

/** `13:13` → `baris 13`, `D:D` → `kolom D`. */
export function hiddenLabel(range: string): string {
  const [first] = range.split(":");
  return /^\d+$/.test(first) ? `baris ${first}` : `kolom ${first}`;
}

export interface SheetReading extends Bacaan {
  /** A sheet the add-in reads (its unread ranges matter); not a hidden, foreign or own sheet. */
  read: boolean;
}

/** Sheets with unread ranges first, then the read ones, then those not read at all; workbook order within each. */
export function readingOrder(bacaan: Bacaan[]): SheetReading[] {
  const rank = (b: Bacaan) => (b.takTerbaca.length ? 0 : ["lain", "tersembunyi", "hasil"].includes(b.jenis) ? 2 : 1);
  return bacaan
    .map((b, i) => ({ b, i }))
    .sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i)
    .map(({ b }) => ({ ...b, read: !["lain", "tersembunyi", "hasil"].includes(b.jenis) }));
}

/** Unknown headers of every sheet, once each (the same header on several sheets is one name to give). */
export function unknownHeaders(bacaan: Bacaan[]): { text: string; sheet: string; cell: string }[] {
  const seen = new Set<string>();
  const out: { text: string; sheet: string; cell: string }[] = [];
  for (const b of bacaan) {
    for (const h of b.judulTakDikenal) {
      const key = h.text.toLowerCase().replace(/\s+/g, " ").trim();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: h.text, sheet: b.sheet, cell: h.cell });
    }
  }
  return out;
}
