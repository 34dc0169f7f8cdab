/**
 * The `Capaian` sheet: per PK its indikator with both targets, realisasi, capaian, predikat, status in words and the
 * computation, a note on every row that rests on a finding; then the count per predikat and the capaian anggaran
 * with its sums per PK and for the workbook.
 */
import type { Model } from "../model";
import type { Finding } from "../finding";
import type { Results } from "../compute/results";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { BANNER_FONT, GROUP_FILL, HEADER_FILL, HEADER_FONT, PREDIKAT_FILL, STATUS_FILL } from "./colors";
import { formatNumber, targetText } from "../format";
import type { CellStyle, SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, romanOf } from "../domain/calendar";
import { catatanOf, figuresOf, peringatanOf } from "../report/peringatan";
import { resultsByPk } from "../report/by-pk";

const SIFAT = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" } as const;
const PERCENT = "0.00";
const MONEY = "#,##0";
const HEADER: CellStyle = { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle", border: true };

// Column positions: predikat and status stay in K and L, where the fills by value are.
const COL = { capaian: 8, predikat: 10, status: 11, penjelasan: 12, catatan: 14 } as const;
const LAST = COL.catatan;

export function planCapaianSheet(name: string, replace: boolean, model: Model, results: Results, findings: Finding[] = []): SheetPlan {
  const b = new PlanBuilder(name, "capaian", replace);
  const tw = romanOf(results.triwulan);
  const year = model.tahun ? `TAHUN ${model.tahun} ` : "";
  writeHeader(b, `CAPAIAN KINERJA ${year}— TRIWULAN ${tw}`, LAST, results, peringatanOf(findings, figuresOf(results, "capaian")));
  const h = b.row([
    "No", "Sasaran", "Indikator", `Target TW ${tw}`, "Target Tahunan", "Realisasi", "Satuan", "Sifat · Polaritas",
    "Capaian (%)", "Capaian Tahunan (%)", "Predikat", "Status", "Penjelasan Status", "Perhitungan", "Catatan",
  ]);
  b.style(h, 0, h, LAST, HEADER);
  b.freeze(h + 1);

  const byPk = new Map<string, Results["capaian"]>();
  for (const c of results.capaian) (byPk.get(c.pk) ?? byPk.set(c.pk, []).get(c.pk)!).push(c);
  // Borders, wrap and number formats go on the whole table at once: per-PK runs would swell the Office.js request.
  const tableTop = b.nextRow;
  const groupRows: number[] = [];
  for (const pk of results.pk) {
    const g = b.row([
      `${pk.jabatan ?? pk.sheet} (lembar ${pk.sheet})`, null, null, null, null, null, null, null,
      pk.capaian, null, pk.predikat, pk.status, `${pk.penjelasanStatus}. Capaian PK: rata-rata capaian sasarannya.`, null, null,
    ]);
    groupRows.push(g);
    (byPk.get(pk.pk) ?? []).forEach((c, i) =>
      b.row([
        i + 1, c.sasaran, c.indikator, targetText(c.target), targetText(c.targetTahunan), c.realisasi, c.satuan,
        `${SIFAT[c.sifat]} · ${c.polaritas === "positif" ? "positif" : "negatif"}`, c.capaian, c.capaianTahunan, c.predikat, c.status,
        c.penjelasanStatus, c.perhitungan, catatanOf(c.temuan),
      ]),
    );
  }
  if (b.nextRow > tableTop) {
    const end = b.nextRow - 1;
    b.style(tableTop, 0, end, LAST, { border: true, vertical: "top", wrap: true });
    b.format(tableTop, COL.capaian, end, COL.capaian + 1, PERCENT);
    b.style(tableTop, COL.catatan, end, COL.catatan, { fontColor: BANNER_FONT });
    // A PK's name spans the columns left of its capaian instead of wrapping in the narrow No column, and its
    // status in words spans the explanation columns, so the row stays a few lines high.
    for (const g of groupRows) {
      b.style(g, 0, g, LAST, { bold: true, fill: GROUP_FILL });
      b.merge(g, 0, COL.capaian - 1);
      b.merge(g, COL.penjelasan, LAST);
    }
    // Colours follow the value: a colleague who edits a predikat sees its colour change too.
    b.fillByValue(COL.predikat, tableTop, end, PREDIKAT_FILL);
    b.fillByValue(COL.status, tableTop, end, STATUS_FILL);
  }

  writePredikatCount(b, model, results);
  writeAnggaran(b, results);
  b.widths([5, 22, 30, 16, 16, 14, 8, 12, 10, 10, 13, 14, 28, 36, 30]);
  return b.build();
}

/** How many indikator got each predikat, with the scale's lower bounds in words. */
function writePredikatCount(b: PlanBuilder, model: Model, results: Results): void {
  if (!results.capaian.length) return;
  b.blank();
  const t = b.row([`JUMLAH INDIKATOR PER PREDIKAT (skala ${results.pengaturan.skala})`]);
  b.style(t, 0, t, 0, { bold: true, fontSize: 12 });
  const h = b.row([null, "Predikat", "Batas capaian", "Jumlah indikator"]);
  b.style(h, 1, h, 3, HEADER);
  const th = model.pengaturan.skala.thresholds;
  const bounds = th.map((x, i) => (i === 0 ? `≥ ${formatNumber(x)} %` : `≥ ${formatNumber(x)} % dan < ${formatNumber(th[i - 1])} %`));
  bounds.push(`< ${formatNumber(th[th.length - 1])} %`);
  const first = b.nextRow;
  Object.entries(results.jumlah.predikat).forEach(([predikat, n], i) =>
    b.row([null, predikat, predikat === "Belum ada data" ? "tanpa capaian" : bounds[i] ?? null, n]),
  );
  const total = b.row([null, "Jumlah", null, results.capaian.length]);
  b.style(first, 1, total, 3, { border: true });
  b.style(total, 1, total, 3, { bold: true });
}

/** Capaian anggaran: per PK a row with its sums, then its budget objects; a Jumlah row for the workbook at the end. */
function writeAnggaran(b: PlanBuilder, results: Results): void {
  if (!results.anggaran.length) return;
  b.blank();
  const month = MONTH_NAMES[results.triwulan * 3 - 1];
  const t = b.row([`CAPAIAN ANGGARAN S.D. ${month.toUpperCase()}`]);
  b.style(t, 0, t, 0, { bold: true, fontSize: 12 });
  const last = 6;
  const h = b.row(["No", "Kode / lembar PK", "Program / kegiatan / sub kegiatan", "Pagu (Rp)", `Realisasi s.d. ${month} (Rp)`, "Serapan (%)", "Catatan"]);
  b.style(h, 0, h, last, HEADER);
  const first = b.nextRow;
  const groups: number[] = [];
  const of = resultsByPk(results);
  for (const pk of results.jumlah.anggaranPk) {
    groups.push(b.row([null, pk.sheet, pk.jabatan ?? pk.sheet, pk.pagu, pk.realisasi, pk.capaian, null]));
    of(pk.pk).anggaran.forEach((a, i) => b.row([i + 1, a.kode, a.nama, a.pagu, a.realisasi, a.capaian, catatanOf(a.temuan)]));
  }
  const whole = results.jumlah.anggaran;
  if (whole) {
    const j = b.row([null, "Jumlah", `Buku kerja (${whole.dari.join(", ")})`, whole.pagu, whole.realisasi, whole.capaian, null]);
    b.style(j, 0, j, last, { bold: true });
  }
  const end = b.nextRow - 1;
  if (whole) b.row([null, "Jumlah buku kerja menjumlahkan PK teratas yang beranggaran saja: anggaran PK di bawahnya merinci anggaran yang sama."]);
  b.style(first, 0, end, last - 1, { border: true, wrap: true, vertical: "top" });
  b.style(first, last, end, last, { border: true, vertical: "top", fontColor: BANNER_FONT });
  for (const g of groups) b.style(g, 0, g, last, { bold: true, fill: GROUP_FILL });
  b.format(first, 3, end, 4, MONEY);
  b.format(first, 5, end, 5, PERCENT);
}
