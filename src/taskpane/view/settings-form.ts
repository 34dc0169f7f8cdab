/** Text fields of the settings form, to and from the values the use-case takes. */
import { DEFAULT_SKALA, type SettingsValues } from "../../app/settings";

export interface SettingsForm {
  polaritasNegatif: "2T-R" | "T/R";
  /** As typed, id-ID decimals allowed ("120" or "112,5"); empty: Tanpa batas. */
  batas: string;
  /** "default" (Permendagri 86/2017) or "custom". */
  skalaMode: "default" | "custom";
  /** Four thresholds as typed, "91;76;66;51". */
  skalaCustom: string;
  /** "" (otomatis) or "1".."4". */
  triwulan: string;
  /** Header → meaning named by the planner ("" for none yet). */
  judulKolom: { header: string; meaning: string }[];
}

export function toForm(v: SettingsValues): SettingsForm {
  const custom = v.skala !== DEFAULT_SKALA;
  return {
    polaritasNegatif: v.polaritasNegatif,
    batas: v.batas === null ? "" : String(v.batas).replace(".", ","),
    skalaMode: custom ? "custom" : "default",
    skalaCustom: custom ? v.skala : "91;76;66;51",
    triwulan: v.triwulan === null ? "" : String(v.triwulan),
    judulKolom: v.judulKolom.map((j) => ({ ...j })),
  };
}

/** The form with the headers the last run could not read, each once, as rows still to be given a meaning. */
export function withHeaders(f: SettingsForm, unknown: { text: string }[]): SettingsForm {
  const known = new Set(f.judulKolom.map((j) => j.header.toLowerCase().trim()));
  const added = unknown.filter((h) => !known.has(h.text.toLowerCase().trim())).map((h) => ({ header: h.text, meaning: "" }));
  return added.length ? { ...f, judulKolom: [...f.judulKolom, ...added] } : f;
}

export type FormErrors = Partial<Record<"batas" | "skalaCustom", string>>;

export function fromForm(f: SettingsForm): { values: SettingsValues } | { errors: FormErrors } {
  const errors: FormErrors = {};
  let batas: number | null = null;
  const b = f.batas.trim();
  if (b !== "") {
    batas = Number(b.replace(/\./g, "").replace(",", "."));
    if (!Number.isFinite(batas) || batas <= 0) errors.batas = "Isi angka persen lebih dari 0, misalnya 120, atau kosongkan untuk tanpa batas.";
  }
  let skala = DEFAULT_SKALA;
  if (f.skalaMode === "custom") {
    const parts = f.skalaCustom.split(";").map((p) => p.trim());
    if (parts.length !== 4 || parts.some((p) => p === "" || !Number.isFinite(Number(p.replace(",", "."))))) {
      errors.skalaCustom = "Isi empat batas dipisah titik koma, dari tinggi ke rendah, misalnya 91;76;66;51.";
    }
    skala = parts.join(";");
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    values: {
      polaritasNegatif: f.polaritasNegatif,
      batas,
      skala,
      triwulan: f.triwulan === "" ? null : Number(f.triwulan),
      // A header left without a meaning is not written.
      judulKolom: f.judulKolom.filter((j) => j.meaning !== ""),
    },
  };
}
