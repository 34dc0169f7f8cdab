/** Colours of the sheets the add-in writes: predikat and status read at a glance, print well in grey too. */
import type { IndikatorStatus, KurvaSStatus, Predikat } from "../compute/results";

export const HEADER_FILL = "#1F4E78";
export const HEADER_FONT = "#FFFFFF";
export const GROUP_FILL = "#DDEBF7";
export const MUTED_FONT = "#595959";
/** The banner over results that rest on errors, and the notes naming them. */
export const BANNER_FILL = "#FFC7CE";
export const BANNER_FONT = "#9C0006";
/** A cell that links to another cell. */
export const LINK_FONT = "#0563C1";

export const PREDIKAT_FILL: Record<Predikat, string> = {
  "Sangat Tinggi": "#C6EFCE",
  Tinggi: "#E2EFDA",
  Sedang: "#FFEB9C",
  Rendah: "#F8CBAD",
  "Sangat Rendah": "#FFC7CE",
};

export const STATUS_FILL: Record<IndikatorStatus | KurvaSStatus, string> = {
  "Sesuai rencana": "#C6EFCE",
  "Perlu perhatian": "#FFEB9C",
  Terlambat: "#FFEB9C",
  Tertinggal: "#FFC7CE",
  Kritis: "#FFC7CE",
  "Belum ada data": "#EDEDED",
};

export const SERIES_COLORS = { rencanaKeuangan: "#1F4E78", realisasiKeuangan: "#2E75B6", rencanaFisik: "#C55A11", realisasiFisik: "#F4B183" };
