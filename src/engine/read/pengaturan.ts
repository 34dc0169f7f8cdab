/** The PENGATURAN sheet: key/value rows (workbook.md §4). Unusable values are findings; defaults apply. */
import type { Pengaturan, PengaturanKey } from "../model";
import type { SheetReader } from "./sheet-reader";
import type { Vocabulary } from "./vocab";
import { PLANNER_MEANINGS } from "./words/headers";
import { squash } from "../parse/text";
import { parseNumberText } from "../parse/number";

export const PERMENDAGRI_86 = { name: "Permendagri 86/2017", thresholds: [91, 76, 66, 51] };

export function defaultPengaturan(): Pengaturan {
  return {
    polaritasNegatif: "2T-R",
    batas: null,
    skala: PERMENDAGRI_86,
    triwulan: null,
    statusIndikator: [95, 85],
    statusKurvaS: [-5, -10],
    sheet: null,
    cells: {},
    judulKolom: [],
  };
}

export const PENGATURAN_LABELS: Record<PengaturanKey, string> = {
  polaritasNegatif: "Rumus polaritas negatif",
  batas: "Batas capaian",
  skala: "Skala predikat",
  triwulan: "Triwulan pelaporan",
  statusIndikator: "Batas status indikator",
  statusKurvaS: "Batas status Kurva S",
};

function keyOf(text: string): PengaturanKey | null {
  const k = squash(text).replace(/[:]+$/, "");
  for (const [key, label] of Object.entries(PENGATURAN_LABELS)) if (k === label.toLowerCase()) return key as PengaturanKey;
  return null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** `a;b;...` strictly decreasing, n numbers; null when not. */
export function readThresholds(text: string, n: number): number[] | null {
  const parts = text.split(/\s*;\s*/).map((p) => parseNumberText(p.trim()));
  if (parts.length !== n || parts.some((p) => p.kind !== "number")) return null;
  const values = parts.map((p) => (p as { value: number }).value);
  for (let i = 1; i < values.length; i++) if (!(values[i] < values[i - 1])) return null;
  return values;
}

export function readTriwulan(text: string): number | null {
  const k = squash(text).replace(/^(tw|triwulan)\s*/, "");
  return ROMAN[k] ?? null;
}

export function readPengaturan(rd: SheetReader, titleRow: number, vocab: Vocabulary): Pengaturan {
  const p = defaultPengaturan();
  p.sheet = rd.name;
  const part = rd.account.open("pengaturan");
  rd.account.claimRow(part, titleRow);
  for (const r of rd.sheet.rows) {
    if (r <= titleRow) continue;
    const cols = rd.sheet.cols(r);
    const keyCol = cols[0];
    const label = rd.text(r, keyCol);
    if (isJudulKolom(label)) {
      const taught = readJudulKolom(rd, r, cols, vocab);
      if (taught) p.judulKolom.push(taught);
      rd.account.claimRow(part, r);
      continue;
    }
    const key = keyOf(label);
    if (!key) continue;
    rd.account.claimRow(part, r);
    const vc = cols[1] ?? keyCol + 1;
    const cell = rd.addr(r, vc);
    p.cells[key] = cell;
    const raw = cols[1] !== undefined ? rd.sheet.value(r, vc) : null;
    const text = raw === null ? "" : String(raw).trim();
    if (text === "") continue;
    const problem = apply(p, key, text, raw);
    if (problem) rd.report("pengaturan-invalid", "error", cell, `Pengaturan "${PENGATURAN_LABELS[key]}" bernilai "${text}": ${problem}. Nilai bawaan dipakai.`);
  }
  return p;
}

const isJudulKolom = (label: string) => /^judul kolom\b/.test(squash(label).replace(/[:]+$/, ""));

/** `Judul kolom | <header text> | <meaning>`: the planner names a header the vocabulary does not know. */
function readJudulKolom(rd: SheetReader, r: number, cols: number[], vocab: Vocabulary): Pengaturan["judulKolom"][number] | null {
  const header = cols[1] !== undefined ? rd.text(r, cols[1]) : "";
  const meaningCol = cols[2];
  const meaning = meaningCol !== undefined ? squash(rd.text(r, meaningCol)) : "";
  if (!header || !meaning) {
    rd.report("pengaturan-invalid", "error", rd.addr(r, meaningCol ?? cols[1] ?? cols[0] + 1),
      "Baris Judul kolom harus berisi judul kolom dan artinya di dua sel berikutnya, misalnya: Judul kolom | Uraian Kinerja | indikator.");
    return null;
  }
  const field = PLANNER_MEANINGS[meaning];
  if (!field) {
    rd.report("pengaturan-invalid", "error", rd.addr(r, meaningCol!),
      `Arti judul kolom "${header}" tertulis "${rd.text(r, meaningCol!)}": pilih salah satu dari ${Object.keys(PLANNER_MEANINGS).join(", ")}. Judul ini tidak dipakai.`);
    return null;
  }
  vocab.teach(header, field);
  return { header, meaning, cell: rd.addr(r, meaningCol!) };
}

function apply(p: Pengaturan, key: PengaturanKey, text: string, raw: unknown): string | null {
  const s = squash(text).replace(/\s/g, "");
  switch (key) {
    case "polaritasNegatif":
      if (/^\(?2t-r\)?(\/t)?(\*|x)?(100)?$/.test(s)) p.polaritasNegatif = "2T-R";
      else if (/^t\/r(\*|x)?(100)?$/.test(s)) p.polaritasNegatif = "T/R";
      else return "rumus tidak dikenal; pilih 2T-R atau T/R";
      return null;
    case "batas": {
      if (s === "tanpabatas" || s === "-") return (p.batas = null), null;
      const n = typeof raw === "number" ? { kind: "number", value: raw } : parseNumberText(text);
      if (n.kind !== "number" || !("value" in n) || n.value <= 0) return "batas harus angka persen (misalnya 120) atau Tanpa batas";
      p.batas = n.value;
      return null;
    }
    case "skala": {
      if (/^permendagri(no\.?)?86\/2017$/.test(s)) return (p.skala = PERMENDAGRI_86), null;
      const t = readThresholds(text, 4);
      if (!t) return "skala harus Permendagri 86/2017 atau empat ambang menurun seperti 91;76;66;51";
      p.skala = { name: t.join(";"), thresholds: t };
      return null;
    }
    case "triwulan": {
      const q = typeof raw === "number" ? (ROMAN[String(raw)] ?? null) : readTriwulan(text);
      if (q === null) return "triwulan harus I, II, III atau IV";
      p.triwulan = q;
      return null;
    }
    case "statusIndikator": {
      const t = readThresholds(text, 2);
      if (!t) return "harus dua ambang capaian dari tinggi ke rendah, tanpa tumpang tindih, seperti 95;85";
      p.statusIndikator = [t[0], t[1]];
      return null;
    }
    case "statusKurvaS": {
      const t = readThresholds(text, 2);
      if (!t || t[0] > 0) return "harus dua ambang deviasi (poin persen) dari tinggi ke rendah, seperti -5;-10";
      p.statusKurvaS = [t[0], t[1]];
      return null;
    }
  }
}
