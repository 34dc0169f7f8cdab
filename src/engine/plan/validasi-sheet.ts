/** The `Validasi` sheet: every finding with its sheet, a link to its cell, its rule (id and name), errors first. */
import type { Finding } from "../finding";
import { countBySeverity } from "../finding";
import { PlanBuilder } from "./block";
import { writeHeader } from "./header";
import { HEADER_FILL, HEADER_FONT, LINK_FONT } from "./colors";
import type { SheetPlan } from "./sheet-plan";
import { SEVERITY_LABEL } from "../report/peringatan";
import { ruleName } from "../report/rule-names";

export { SEVERITY_LABEL };
const SEVERITY_FILL = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
const CELL_COL = 3;
const LAST = 6;

export function planValidasiSheet(name: string, replace: boolean, findings: Finding[]): SheetPlan {
  const b = new PlanBuilder(name, "validasi", replace);
  writeHeader(b, "HASIL VALIDASI", LAST, null);
  const n = countBySeverity(findings);
  b.row([findings.length ? `${n.error} kesalahan · ${n.warning} peringatan · ${n.info} info` : "Tidak ada temuan: buku kerja ini bersih."]);
  if (findings.length) b.row(["Klik alamat sel di kolom Sel untuk membuka sel itu."]);
  b.blank();
  const h = b.row(["No", "Tingkat", "Lembar", "Sel", "Aturan", "Nama aturan", "Pesan"]);
  b.style(h, 0, h, LAST, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, border: true });
  b.freeze(h + 1);
  findings.forEach((f, i) => {
    const r = b.row([i + 1, SEVERITY_LABEL[f.severity], f.sheet, f.cell, f.rule, ruleName(f.rule), f.message]);
    b.link(r, CELL_COL, f.sheet, f.cell);
  });
  b.fillByValue(1, h + 1, b.nextRow - 1, Object.fromEntries(Object.entries(SEVERITY_FILL).map(([k, fill]) => [SEVERITY_LABEL[k as keyof typeof SEVERITY_LABEL], fill])));
  if (findings.length) {
    b.style(h + 1, 0, b.nextRow - 1, LAST, { border: true, wrap: true, vertical: "top" });
    b.style(h + 1, CELL_COL, b.nextRow - 1, CELL_COL, { fontColor: LINK_FONT });
  }
  b.widths([5, 12, 24, 8, 22, 24, 90]);
  return b.build();
}
