/** The `Capaian` sheet: per PK its indikator with target, realisasi, capaian, predikat, status and the computation. */
import type { Model } from "../model";
import type { Results } from "../compute/results";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { GROUP_FILL, HEADER_FILL, HEADER_FONT, PREDIKAT_FILL, STATUS_FILL } from "./colors";
import { targetText } from "../format";
import type { SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, romanOf } from "../domain/calendar";

const COLUMNS = ["No", "Sasaran", "Indikator", "Satuan", "Sifat", "Polaritas", "Target", "Realisasi", "Capaian (%)", "Capaian Tahunan (%)", "Predikat", "Status", "Perhitungan"];
const SIFAT = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" } as const;
const PERCENT = "0.00";
const MONEY = "#,##0";


export function planCapaianSheet(name: string, replace: boolean, model: Model, results: Results): SheetPlan {
  const b = new PlanBuilder(name, "capaian", replace);
  const last = COLUMNS.length - 1;
  writeHeader(b, `CAPAIAN KINERJA TAHUN ${model.tahun ?? ""} — TRIWULAN ${romanOf(results.triwulan)}`.trim(), last, results);
  const h = b.row(COLUMNS);
  b.style(h, 0, h, last, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle", border: true });
  b.freeze(h + 1);

  const byPk = new Map<string, Results["capaian"]>();
  for (const c of results.capaian) (byPk.get(c.sheet) ?? byPk.set(c.sheet, []).get(c.sheet)!).push(c);
  // Borders, wrap and number formats go on the whole table at once: per-PK runs would swell the Office.js request.
  const tableTop = b.nextRow;
  const groupRows: number[] = [];
  for (const pk of results.pk) {
    const g = b.row([`${pk.jabatan ?? pk.sheet} (lembar ${pk.sheet})`, null, null, null, null, null, null, null, pk.capaian, null, pk.predikat, pk.status, "Rata-rata capaian sasaran"]);
    groupRows.push(g);
    (byPk.get(pk.sheet) ?? []).forEach((c, i) =>
      b.row([i + 1, c.sasaran, c.indikator, c.satuan, SIFAT[c.sifat], c.polaritas === "positif" ? "Positif" : "Negatif", targetText(c.target), c.realisasi, c.capaian, c.capaianTahunan, c.predikat ?? "N/A", c.status, c.perhitungan]),
    );
  }
  if (b.nextRow > tableTop) {
    b.style(tableTop, 0, b.nextRow - 1, last, { border: true, vertical: "top", wrap: true });
    b.format(tableTop, 8, b.nextRow - 1, 9, PERCENT);
    // After the table-wide run: a PK's name runs across its row instead of wrapping in the narrow No column.
    for (const g of groupRows) b.style(g, 0, g, last, { bold: true, fill: GROUP_FILL, wrap: false });
    // Colours follow the value: a colleague who edits a predikat sees its colour change too.
    b.fillByValue(10, tableTop, b.nextRow - 1, PREDIKAT_FILL);
    b.fillByValue(11, tableTop, b.nextRow - 1, STATUS_FILL);
  }

  if (results.anggaran.length) {
    b.blank();
    const t = b.row(["CAPAIAN ANGGARAN"]);
    b.style(t, 0, t, 0, { bold: true, fontSize: 12 });
    // Columns line up with the table above: names in the wide column C, money in the wide columns G and H.
    const ah = b.row(["No", "Lembar PK", "Kode dan nama program / kegiatan / sub kegiatan", null, null, null, "Pagu (Rp)", `Realisasi s.d. ${MONTH_NAMES[results.triwulan * 3 - 1]} (Rp)`, "Capaian (%)"]);
    b.style(ah, 0, ah, 8, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", border: true });
    const first = b.nextRow;
    results.anggaran.forEach((a, i) => {
      b.row([i + 1, a.sheet, [a.kode, a.nama].filter(Boolean).join(" "), null, null, null, a.pagu, a.realisasi, a.capaian]);
    });
    b.style(first, 0, b.nextRow - 1, 8, { border: true, wrap: true, vertical: "top" });
    b.format(first, 6, b.nextRow - 1, 7, MONEY);
    b.format(first, 8, b.nextRow - 1, 8, PERCENT);
  }
  b.widths([5, 30, 40, 10, 11, 10, 17, 17, 11, 11, 14, 15, 60]);
  return b.build();
}

