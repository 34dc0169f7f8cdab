/** The `Kurva S Pemda` sheet: the pemda's money plan and realisasi by month, summed over every OPD, with its line chart. */
import type { Rekap } from "../rekap/types";
import { PlanBuilder, range } from "./block";
import { writeHeader } from "./header";
import { HEADER_FILL, HEADER_FONT, SERIES_COLORS, STATUS_FILL } from "./colors";
import type { SheetPlan } from "./sheet-plan";
import { MONTH_NAMES, MONTH_SHORT } from "../domain/calendar";
import { formatPercent, formatRupiah } from "../format";
import { axisMax } from "./kurva-s-sheet";
import { rekapSource } from "./rekap-opd-sheet";

const COLUMNS = ["Bulan", "Rencana Keuangan (%)", "Realisasi Keuangan (%)", "Deviasi (poin)", "Rencana Keuangan (Rp)", "Realisasi Keuangan (Rp)"];
const LAST = COLUMNS.length - 1;
const CHART_COL = LAST + 2;

export function planRekapKurvaSSheet(name: string, replace: boolean, rekap: Rekap): SheetPlan {
  const b = new PlanBuilder(name, "rekap-kurva-s", replace);
  const k = rekap.kurvaS;
  writeHeader(b, `KURVA S PEMERINTAH DAERAH${rekap.tahun ? ` TAHUN ${rekap.tahun}` : ""}`, LAST, null, null, rekapSource(rekap));
  if (!k.opd) {
    b.row(["Tidak ada buku kerja dengan rencana keuangan bulanan: Kurva S pemda tidak dapat dibuat."]);
    return b.build();
  }
  const when = k.bulanTerakhir ? `s.d. ${MONTH_NAMES[k.bulanTerakhir - 1]}` : "belum ada realisasi";
  b.row([`Jumlah ${k.opd} perangkat daerah · pagu ${formatRupiah(k.pagu)} · ${when} · deviasi ${k.deviasi === null ? "—" : `${formatPercent(k.deviasi)} poin`}`]);
  const s = b.row(["Status", k.status]);
  b.style(s, 0, s, 0, { bold: true });
  b.fillByValue(1, s, s, STATUS_FILL);
  if (k.belumLengkap.length) b.row([`Realisasinya berhenti sebelum bulan terakhir (nilai terakhirnya dibawa): ${k.belumLengkap.join(", ")}.`]);
  if (k.tanpaKurvaS.length) b.row([`Tidak dijumlahkan (tidak ada Kurva S PK di bawah kepala daerah): ${k.tanpaKurvaS.join(", ")}.`]);
  b.blank();
  const h = b.row(COLUMNS);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center", vertical: "middle", border: true });
  b.freeze(h + 1);
  const first = b.nextRow;
  for (let m = 0; m < 12; m++) {
    const plan = k.rencanaKeuangan[m];
    const real = k.realisasiKeuangan[m];
    b.row([MONTH_SHORT[m], plan, real, plan === null || real === null ? null : real - plan, k.rencanaRupiah[m], k.realisasiRupiah[m]]);
  }
  const last = b.nextRow - 1;
  b.style(first, 0, last, LAST, { border: true });
  b.format(first, 1, last, 3, "0.00");
  b.format(first, 4, last, 5, "#,##0");
  const col = (c: number) => range(first, c, last, c);
  b.chart({
    title: "Kurva S Pemerintah Daerah",
    from: range(h, CHART_COL, h, CHART_COL),
    to: range(last + 6, CHART_COL + 8, last + 6, CHART_COL + 8),
    categories: col(0),
    series: [
      { name: "Rencana Keuangan", values: col(1), color: SERIES_COLORS.rencanaKeuangan, dashed: true },
      { name: "Realisasi Keuangan", values: col(2), color: SERIES_COLORS.realisasiKeuangan },
    ],
    yMin: 0,
    yMax: axisMax({ rencanaKeuangan: k.rencanaKeuangan, realisasiKeuangan: k.realisasiKeuangan, rencanaFisik: null, realisasiFisik: null }),
    yTitle: "Kumulatif (%)",
  });
  b.widths([10, 14, 14, 12, 22, 22, 2]);
  return b.build();
}
