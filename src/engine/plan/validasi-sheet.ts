/** The `Validasi` sheet: every finding with its sheet and cell, errors first. */
import type { Finding } from "../finding";
import { countBySeverity } from "../finding";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { HEADER_FILL, HEADER_FONT } from "./colors";
import type { SheetPlan } from "./sheet-plan";

export const SEVERITY_LABEL = { error: "Kesalahan", warning: "Peringatan", info: "Info" } as const;
const SEVERITY_FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

export function planValidasiSheet(name: string, replace: boolean, findings: Finding[]): SheetPlan {
  const b = new PlanBuilder(name, "validasi", replace);
  writeHeader(b, "HASIL VALIDASI", 5, null);
  const n = countBySeverity(findings);
  b.row([findings.length ? `${n.error} kesalahan · ${n.warning} peringatan · ${n.info} info` : "Tidak ada temuan: buku kerja ini bersih."]);
  b.blank();
  const h = b.row(["No", "Tingkat", "Lembar", "Sel", "Aturan", "Pesan"]);
  b.style(h, 0, h, 5, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, border: true });
  b.freeze(h + 1);
  findings.forEach((f, i) => b.row([i + 1, SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.rule, f.message]));
  b.fillByValue(1, h + 1, b.nextRow - 1, Object.fromEntries(Object.entries(SEVERITY_FILL).map(([k, fill]) => [SEVERITY_LABEL[k as keyof typeof SEVERITY_LABEL], fill])));
  if (findings.length) b.style(h + 1, 0, b.nextRow - 1, 5, { border: true, wrap: true, vertical: "top" });
  b.widths([5, 12, 24, 7, 22, 90]);
  return b.build();
}
