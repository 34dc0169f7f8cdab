import { OWN_SHEET_MARK, type ChartSpec, type PlanValue, type SheetPlan } from "../../src/engine/plan/sheet-plan";

// Hand-built plans shaped like the engine's Capaian and Kurva S sheets, for the writer's tests.

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
export const LAST_REPORTED_MONTH = 9;

/** Predikat text to fill colour, as in the engine's colours (one with a quote, to test the escaping). */
export const PREDIKAT_FILLS: Record<string, string> = {
  "Sangat Tinggi": "#C6EFCE",
  Sedang: "#FFEB9C",
  "Sangat Rendah": "#FFC7CE",
  'Kata "kutip"': "#DDEBF7",
};

const PREDIKAT_CYCLE = ["Sangat Tinggi", "Sedang", "Sangat Rendah"];

/** Text that a careless writer would turn into formulas. */
export const FORMULA_LIKE = ['=HYPERLINK("http://contoh.invalid","klik")', "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "=1+1"];

export function capaianPlan(rows = 4): SheetPlan {
  const values: PlanValue[][] = [
    ["Capaian Kinerja Triwulan III 2025"],
    [OWN_SHEET_MARK],
    [],
    ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)", "Predikat", "Perhitungan"],
  ];
  for (let i = 0; i < rows; i++) {
    const text = i < FORMULA_LIKE.length ? FORMULA_LIKE[i] : `Indikator ${i + 1}`;
    values.push([i + 1, "Meningkatnya derajat kesehatan masyarakat", text, 9360, 9280 + i, 99.1452 + i, PREDIKAT_CYCLE[i % PREDIKAT_CYCLE.length], "9.280 / 9.360 × 100 = 99,15"]);
  }
  const last = values.length;
  return {
    name: "Capaian",
    role: "capaian",
    replace: false,
    values,
    numberFormats: [
      { range: `D5:E${last}`, format: "#,##0" },
      { range: `F5:F${last}`, format: "#,##0.00" },
    ],
    styles: [
      { range: "A1:H1", style: { bold: true, fontSize: 14 } },
      { range: "A2:A2", style: { italic: true, fontColor: "#808080" } },
      { range: `A4:H${last}`, style: { border: true, vertical: "top" } },
      { range: "A4:H4", style: { bold: true, fill: "#DDEBF7", horizontal: "center", wrap: true } },
      { range: `B5:C${last}`, style: { wrap: true } },
      { range: `H5:H${last}`, style: { wrap: true } },
    ],
    merges: ["A1:H1"],
    columnWidths: [5, 28, 34, 10, 10, 11, 14, 40],
    freezeRows: 4,
    charts: [],
    // As the engine writes them: one rule per predikat over the whole column.
    conditionalFills: Object.entries(PREDIKAT_FILLS).map(([equals, fill]) => ({ range: `G5:G${last}`, equals, fill })),
  };
}

export interface KurvaPk {
  title: string;
  rencanaKeuangan: number[];
  realisasiKeuangan: (number | null)[];
  rencanaFisik: number[];
  realisasiFisik: (number | null)[];
}

const BLOCK_ROWS = 18;

/** Zero-based row of the first month of PK k's table in the Kurva S sheet. */
export function firstMonthRow(k: number): number {
  return 3 + k * BLOCK_ROWS + 2;
}

export function samplePk(k: number): KurvaPk {
  const s = (m: number, end: number) => Math.round((end / (1 + Math.exp(-0.7 * (m - 6.5)))) * 100) / 100;
  const reported = (xs: number[]) => xs.map((x, m) => (m < LAST_REPORTED_MONTH ? x : null));
  const rencanaKeuangan = MONTHS.map((_, m) => (m === 11 ? 100 : s(m + 1, 100)));
  const rencanaFisik = MONTHS.map((_, m) => (m === 11 ? 100 : s(m + 0.5, 100)));
  return {
    title: `Kurva S PK ${k + 1}`,
    rencanaKeuangan,
    realisasiKeuangan: reported(rencanaKeuangan.map((x) => Math.round(x * (0.8 - k * 0.05) * 100) / 100)),
    rencanaFisik,
    realisasiFisik: reported(rencanaFisik.map((x) => Math.round(x * (0.9 - k * 0.05) * 100) / 100)),
  };
}

/** A Kurva S sheet: per PK a heading, a 12-month table and one chart beside it. */
export function kurvaSPlan(pks: KurvaPk[], name = "Kurva S"): SheetPlan {
  const values: PlanValue[][] = [["Kurva S Keuangan dan Fisik"], [OWN_SHEET_MARK], []];
  const styles: SheetPlan["styles"] = [{ range: "A1:A1", style: { bold: true, fontSize: 14 } }];
  const numberFormats: SheetPlan["numberFormats"] = [];
  const merges: string[] = [];
  const charts: ChartSpec[] = [];
  pks.forEach((pk, k) => {
    const top = 3 + k * BLOCK_ROWS; // zero-based row of the PK heading
    values[top] = [`PK ${k + 1}: Dinas Kesehatan`];
    values[top + 1] = ["Bulan", "Rencana Keuangan (%)", "Realisasi Keuangan (%)", "Rencana Fisik (%)", "Realisasi Fisik (%)", "Deviasi Keuangan (pp)", "Deviasi Fisik (pp)"];
    MONTHS.forEach((month, m) => {
      const rk = pk.realisasiKeuangan[m];
      const rf = pk.realisasiFisik[m];
      values[top + 2 + m] = [
        month,
        pk.rencanaKeuangan[m],
        rk,
        pk.rencanaFisik[m],
        rf,
        rk === null ? null : rk - pk.rencanaKeuangan[m],
        rf === null ? null : rf - pk.rencanaFisik[m],
      ];
    });
    values[top + 14] = [];
    const r = (offset: number) => top + 1 + offset; // 1-based row of a zero-based offset from the heading
    const first = r(2);
    const last = r(13);
    merges.push(`A${r(0)}:G${r(0)}`);
    styles.push({ range: `A${r(0)}:G${r(0)}`, style: { bold: true } });
    styles.push({ range: `A${r(1)}:G${last}`, style: { border: true } });
    styles.push({ range: `A${r(1)}:G${r(1)}`, style: { bold: true, wrap: true, fill: "#DDEBF7", horizontal: "center" } });
    numberFormats.push({ range: `B${first}:G${last}`, format: "0.00" });
    charts.push({
      title: pk.title,
      from: `I${r(0)}`,
      to: `Q${r(15)}`,
      categories: `A${first}:A${last}`,
      series: [
        { name: "Rencana Keuangan", values: `B${first}:B${last}`, color: "#4472C4", dashed: true },
        { name: "Realisasi Keuangan", values: `C${first}:C${last}`, color: "#ED7D31" },
        { name: "Rencana Fisik", values: `D${first}:D${last}`, color: "#70AD47", dashed: true },
        { name: "Realisasi Fisik", values: `E${first}:E${last}`, color: "#C00000" },
      ],
      yMin: 0,
      yMax: 100,
      yTitle: "Persen kumulatif",
    });
  });
  for (let i = 0; i < values.length; i++) values[i] = values[i] ?? [];
  return {
    name,
    role: "kurva-s",
    replace: false,
    values,
    numberFormats,
    styles,
    merges,
    columnWidths: [9, 12, 12, 12, 12, 12, 12, 3],
    freezeRows: 0,
    charts,
    conditionalFills: [],
  };
}
