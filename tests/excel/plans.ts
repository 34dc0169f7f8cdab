/** Hand-built SheetPlans for the door tests (the engine's planSheets is tested elsewhere). */
import { OWN_SHEET_MARK, type SheetPlan } from "../../src/engine/plan/sheet-plan";

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

export function capaianPlan(name = "Capaian", replace = false): SheetPlan {
  return {
    name,
    role: "capaian",
    replace,
    values: [
      ["Capaian Kinerja Triwulan III 2025"],
      [OWN_SHEET_MARK],
      [],
      ["No", "Sheet", "Indikator", "Target", "Realisasi", "Capaian (%)", "Catatan"],
      [1, "PK Kadis", "Persentase ibu hamil mendapatkan pelayanan", 98, 97.5, 99.49, "=HYPERLINK(\"http://x\")"],
      [2, "PK Kadis", "Angka kematian bayi", 10, null, null, "-"],
      [3, "PK Kabid", "+cmd|' /C calc'!A0", 1.5, 1.2, 80, "@SUM(A1:A3)"],
      [4, "PK Kasi", "1.02.02", 100, 100, 100, "-x"],
    ],
    numberFormats: [
      { range: "D5:E8", format: "#,##0.00" },
      { range: "F5:F8", format: "0.00" },
      { range: "G5:G8", format: "#,##0" },
    ],
    styles: [
      { range: "A1:G1", style: { bold: true, fontSize: 14 } },
      { range: "A2", style: { italic: true, fontColor: "#808080" } },
      { range: "A4:G4", style: { bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center", vertical: "middle", border: true } },
      { range: "A5:G8", style: { border: true, vertical: "top" } },
    ],
    merges: ["A1:G1"],
    columnWidths: [5, 18, 48, 12, 12, 12, 30],
    freezeRows: 4,
    charts: [],
    // A dash gets grey; a text with quotes in it must reach Excel's formula with the quotes doubled.
    conditionalFills: [
      { range: "G5:G8", equals: "-", fill: "#EDEDED" },
      { range: "G5:G8", equals: 'Kata "kutip"', fill: "#FFC7CE" },
    ],
  };
}

export function kurvaSPlan(name = "Kurva S", replace = false): SheetPlan {
  const rows = BULAN.map((b, i) => [b, Math.round(((i + 1) / 12) * 10000) / 100, i < 9 ? (i + 1) * 7.5 : null]);
  return {
    name,
    role: "kurva-s",
    replace,
    values: [["Kurva S PK Kadis"], [OWN_SHEET_MARK], [], ["Bulan", "Rencana (%)", "Realisasi (%)"], ...rows],
    numberFormats: [{ range: "B5:C16", format: "0.00" }],
    styles: [{ range: "A4:C4", style: { bold: true, border: true } }],
    merges: [],
    columnWidths: [10, 14, 14],
    freezeRows: 0,
    charts: [
      {
        title: "Kurva S: PK Kadis",
        from: "E4",
        to: "M20",
        categories: "A5:A16",
        series: [
          { name: "Rencana", values: "B5:B16", color: "#1F77B4" },
          { name: "Realisasi", values: "C5:C16", color: "#D62728", dashed: true },
        ],
        yMin: 0,
        yMax: 100,
        yTitle: "Persen",
      },
    ],
    conditionalFills: [],
  };
}

/** A Validasi-like sheet of many rows of long text, for the request-size tests. */
export function bigPlan(rows: number, name = "Validasi"): SheetPlan {
  const values: (string | number)[][] = [["Temuan Validasi"], [OWN_SHEET_MARK], ["No", "Aturan", "Sheet", "Sel", "Pesan"]];
  for (let i = 0; i < rows; i++)
    values.push([i + 1, "anggaran-rollup", `PK Sheet ${i % 50}`, `D${i + 5}`, `Jumlah pagu sub kegiatan tidak sama dengan pagu kegiatan induknya (baris ${i + 5}); periksa kembali.`]);
  return {
    name,
    role: "validasi",
    replace: false,
    values,
    numberFormats: [],
    styles: [{ range: "A3:E3", style: { bold: true } }],
    merges: [],
    columnWidths: [5, 20, 20, 8, 80],
    freezeRows: 3,
    charts: [],
    conditionalFills: rows > 0 ? [{ range: `B4:B${rows + 3}`, equals: "anggaran-rollup", fill: "#FFC7CE" }] : [],
  };
}
