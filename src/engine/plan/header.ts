/** The top rows every sheet the add-in writes starts with: title, the own-sheet mark, the banner, the settings used. */
import type { Results } from "../compute/results";
import type { PlanBuilder } from "./block";
import { OWN_SHEET_MARK } from "./sheet-plan";
import { BANNER_FILL, BANNER_FONT, MUTED_FONT } from "./colors";
import { formatNumber } from "../format";
import { romanOf } from "../domain/calendar";
import { indikatorThresholdsText, kurvaSThresholdsText } from "../compute/status-text";

/** `banner`: a warning that stands out above everything else (the workbook still has errors). `from`: what the sheet is made of. */
export function writeHeader(b: PlanBuilder, title: string, width: number, results: Results | null, banner: string | null = null, from = "isi buku kerja ini"): void {
  const t = b.row([title]);
  b.style(t, 0, t, 0, { bold: true, fontSize: 14 });
  const m = b.row([`${OWN_SHEET_MARK} dari ${from}. Lembar ini ditimpa setiap kali PK Kinerja dijalankan; jangan mengetik di sini.`]);
  b.style(m, 0, m, 0, { italic: true, fontColor: MUTED_FONT });
  if (banner) {
    const w = b.row([banner]);
    b.style(w, 0, w, width, { bold: true, fill: BANNER_FILL, fontColor: BANNER_FONT });
  }
  if (results) {
    const p = results.pengaturan;
    const rows = [
      `Triwulan ${romanOf(results.triwulan)} · rumus polaritas negatif ${p.polaritasNegatif} · batas capaian ${p.batas === null ? "tanpa batas" : formatNumber(p.batas) + " %"} · skala predikat ${p.skala}`,
      `Status indikator: ${indikatorThresholdsText(p.statusIndikator)}`,
      `Status Kurva S: ${kurvaSThresholdsText(p.statusKurvaS)}`,
    ].map((text) => b.row([text]));
    b.style(rows[0], 0, rows[rows.length - 1], 0, { fontColor: MUTED_FONT });
  }
  b.blank();
}
