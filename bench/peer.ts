/**
 * The peer: the same capaian computed by HyperFormula from a formula-based sheet, i.e. what the workbook
 * would do with Excel formulas. One row per indikator, the same formula copied down every row:
 *   A sifat · B polaritas · C target TW k · D annual target · E..H realisasi TW I..IV ·
 *   I R at TW k · J capaian · K capaianTahunan · L predikat
 */
import { HyperFormula } from "hyperformula";
import { performance } from "node:perf_hooks";
import { columnLetters } from "../src/engine/grid";
import type { GeneratedWorkbook } from "./generate/types";
import { pkSheetName } from "./generate/render/pk-sheet";

export interface PeerRow {
  sheet: string;
  indikator: string;
  sifat: "kumulatif" | "akhir" | "rata-rata";
  polaritas: "positif" | "negatif";
  /** Cumulative target of TW k. */
  target: number;
  targetTahunan: number;
  realisasi: (number | null)[];
}

export interface PeerCapaian {
  sheet: string;
  indikator: string;
  realisasi: number | null;
  capaian: number | null;
  capaianTahunan: number | null;
  predikat: string | null;
}

export interface PeerRun {
  results: PeerCapaian[];
  /** Build the sheet, evaluate every formula, read every result. */
  ms: number;
  formulas: number;
}

const SIFAT = { kumulatif: "Kumulatif", akhir: "Akhir", "rata-rata": "Rata-rata" };
const POLARITAS = { positif: "Positif", negatif: "Negatif" };

/** The peer's input rows from a generated workbook, at quarter k. */
export function peerRows(book: GeneratedWorkbook, k: number): PeerRow[] {
  return book.pks.flatMap((pk) =>
    pk.indikator.map((ind) => ({
      sheet: pkSheetName(pk),
      indikator: ind.nama,
      sifat: ind.sifat,
      polaritas: ind.polaritas,
      target: ind.tw[k - 1],
      targetTahunan: ind.target,
      realisasi: ind.realisasi,
    })),
  );
}

export function runPeer(rows: PeerRow[], k: number): PeerRun {
  const start = performance.now();
  const sheet = rows.map((row, i) => [
    SIFAT[row.sifat],
    POLARITAS[row.polaritas],
    row.target,
    row.targetTahunan,
    ...[0, 1, 2, 3].map((q) => row.realisasi[q] ?? null),
    ...formulas(i + 1, k),
  ]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const ms = performance.now() - start;

  const results = rows.map((row, i) => {
    const [r, capaian, tahunan, predikat] = values[i].slice(8, 12);
    return { sheet: row.sheet, indikator: row.indikator, realisasi: num(r), capaian: num(capaian), capaianTahunan: num(tahunan), predikat: text(predikat) };
  });
  return { results, ms, formulas: rows.length * 4 };
}

/** I..L of sheet row n (1-based): the formulas a planner would copy down. */
function formulas(n: number, k: number): string[] {
  const range = `E${n}:${columnLetters(3 + k)}${n}`;
  // Akhir: the latest reported quarter up to k.
  let latest = '""';
  for (let q = 0; q < k; q++) latest = `IF(ISNUMBER(${columnLetters(4 + q)}${n}),${columnLetters(4 + q)}${n},${latest})`;
  const r = `=IF(COUNT(${range})=0,"",IF(A${n}="Kumulatif",SUM(${range}),IF(A${n}="Rata-rata",AVERAGE(${range}),${latest})))`;
  const capaian = (t: string) =>
    `=IF(I${n}="","",IF(B${n}="Negatif",IF(${t}${n}=0,IF(I${n}=0,100,0),MAX(0,(2*${t}${n}-I${n})/${t}${n}*100)),IF(${t}${n}=0,"",I${n}/${t}${n}*100)))`;
  const predikat = `=IF(J${n}="","",IF(J${n}>=91,"Sangat Tinggi",IF(J${n}>=76,"Tinggi",IF(J${n}>=66,"Sedang",IF(J${n}>=51,"Rendah","Sangat Rendah")))))`;
  return [r, capaian("C"), capaian("D"), predikat];
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const text = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
