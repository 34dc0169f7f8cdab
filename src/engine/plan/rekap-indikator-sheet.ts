/** The `Rekap Indikator` sheet: every indikator of the eselon II PKs (the OPD's IKU), as one filterable Excel table. */
import type { Rekap } from "../rekap/types";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { HEADER_FILL, HEADER_FONT, PREDIKAT_FILL, STATUS_FILL } from "./colors";
import type { SheetPlan } from "./sheet-plan";
import { targetText } from "../format";
import { rekapSource } from "./rekap-opd-sheet";

const COLUMNS = [
  "No", "Perangkat Daerah", "Jabatan", "Sasaran", "Indikator", "Satuan", "Target Tahunan", "Realisasi", "Capaian (%)",
  "Predikat", "Status", "Jumlah Temuan", "Temuan", "Lembar", "Sel", "Berkas",
];
const COL = { capaian: 8, predikat: 9, status: 10 } as const;
const LAST = COLUMNS.length - 1;

export function planRekapIndikatorSheet(name: string, replace: boolean, rekap: Rekap): SheetPlan {
  const b = new PlanBuilder(name, "rekap-indikator", replace);
  writeHeader(b, "REKAP INDIKATOR KINERJA UTAMA PERANGKAT DAERAH", LAST, null, null, rekapSource(rekap));
  b.row([rekap.indikator.length
    ? `${rekap.indikator.length} indikator PK eselon II dari ${new Set(rekap.indikator.map((i) => i.file)).size} buku kerja. Tombol saring di baris judul tabel memilih OPD, predikat atau status.`
    : "Belum ada indikator PK eselon II di buku kerja mana pun."]);
  b.blank();
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vertical: "middle" });
  b.freeze(h + 1);
  rekap.indikator.forEach((i, n) =>
    b.row([
      n + 1, i.unit ?? i.file, i.jabatan, i.sasaran, i.indikator, i.satuan, targetText(i.target), i.realisasi, i.capaian,
      i.predikat, i.status, i.temuan.length, i.temuan.map((t) => `${t.rule} (${t.sheet}!${t.cell})`).join("; ") || null, i.sheet, i.cell, i.file,
    ]),
  );
  const end = b.nextRow - 1;
  if (end > h) {
    b.style(h + 1, 0, end, LAST, { wrap: true, vertical: "top" });
    // Realisasi of a rata-rata indikator is a mean: two decimals, as the Capaian sheet shows it.
    b.format(h + 1, COL.capaian - 1, end, COL.capaian, "0.00");
    b.fillByValue(COL.predikat, h + 1, end, PREDIKAT_FILL);
    b.fillByValue(COL.status, h + 1, end, STATUS_FILL);
    b.table(h, 0, end, LAST);
  }
  b.widths([6, 28, 26, 34, 44, 10, 12, 12, 11, 14, 14, 9, 30, 18, 7, 22]);
  return b.build();
}
