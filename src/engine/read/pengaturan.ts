/** The PENGATURAN sheet: key/value rows (workbook.md §4). Unusable values are findings; defaults apply. */
import type { Pengaturan, PengaturanKey } from "../model";
import type { SheetReader } from "./context";
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

export function readPengaturan(rd: SheetReader, titleRow: number): Pengaturan {
  const p = defaultPengaturan();
  p.sheet = rd.name;
  for (let r = titleRow + 1; r < rd.sheet.rowCount; r++) {
    for (let c = 0; c < rd.sheet.colCount; c++) {
      const key = keyOf(rd.text(r, c));
      if (!key) continue;
      let vc = c + 1;
      while (vc < rd.sheet.colCount && rd.sheet.value(r, vc) === null) vc++;
      const cell = rd.addr(r, vc < rd.sheet.colCount ? vc : c + 1);
      p.cells[key] = cell;
      const raw = vc < rd.sheet.colCount ? rd.sheet.value(r, vc) : null;
      const text = raw === null ? "" : String(raw).trim();
      if (text === "") break;
      const problem = apply(p, key, text, raw);
      if (problem) rd.report("pengaturan-invalid", "error", cell, `Pengaturan "${PENGATURAN_LABELS[key]}" bernilai "${text}": ${problem}. Nilai bawaan dipakai.`);
      break;
    }
  }
  return p;
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
