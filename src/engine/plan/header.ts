/** The top rows every sheet the add-in writes starts with: title, the own-sheet mark, the settings used. */
import type { Results } from "../compute/results";
import type { PlanBuilder } from "./block";
import { OWN_SHEET_MARK } from "./sheet-plan";
import { MUTED_FONT } from "./colors";
import { formatNumber } from "../format";
import { romanOf } from "../domain/calendar";

export function writeHeader(b: PlanBuilder, title: string, width: number, results: Results | null): void {
  const t = b.row([title]);
  b.style(t, 0, t, 0, { bold: true, fontSize: 14 });
  const m = b.row([`${OWN_SHEET_MARK} dari isi buku kerja ini. Lembar ini ditimpa setiap kali PK Kinerja dijalankan; jangan mengetik di sini.`]);
  b.style(m, 0, m, 0, { italic: true, fontColor: MUTED_FONT });
  if (results) {
    const p = results.pengaturan;
    const s = b.row([
      `Triwulan ${romanOf(results.triwulan)} · rumus polaritas negatif ${p.polaritasNegatif} · batas capaian ${p.batas === null ? "tanpa batas" : formatNumber(p.batas) + " %"} · skala predikat ${p.skala} · status indikator ${p.statusIndikator.map((x) => formatNumber(x)).join(";")} · status Kurva S ${p.statusKurvaS.map((x) => formatNumber(x)).join(";")}`,
    ]);
    b.style(s, 0, s, 0, { fontColor: MUTED_FONT });
  }
  void width;
  b.blank();
}
