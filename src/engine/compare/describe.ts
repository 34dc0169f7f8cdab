/** A change's values in words, for the command line and the task pane: id-ID numbers, rupiah, "—" for nothing. */
import { formatNumber, formatPercent, formatRupiah, targetText } from "../format";
import { JENIS_LABEL, MONEY_KINDS, type JenisPerubahan, type Perubahan } from "./types";

/** A kind inside a sentence: `1 target triwulan`, `1 PK baru` (PK stays a capital abbreviation). */
export function jenisInText(j: JenisPerubahan): string {
  const label = JENIS_LABEL[j];
  return label.startsWith("PK ") ? label : label.toLowerCase();
}

export function valueText(c: Perubahan, v: Perubahan["lama"]): string {
  if (v === null) return "—";
  if (typeof v === "number") return MONEY_KINDS.has(c.jenis) ? formatRupiah(v) : formatNumber(v, 4);
  if (typeof v === "string") return v;
  return String(targetText(v) ?? "—");
}

/** `+Rp 100.000.000 · +10,20 %`; "" when the change moves no money. */
export function selisihText(c: Perubahan): string {
  if (!c.selisih) return "";
  const { rupiah, persen } = c.selisih;
  const sign = rupiah > 0 ? "+" : rupiah < 0 ? "−" : "";
  const pct = persen === null ? "" : ` · ${sign}${formatPercent(Math.abs(persen))} %`;
  return `${sign}${formatRupiah(Math.abs(rupiah))}${pct}`;
}

/** `PK Kadis!E8`, the sheet alone when the item has no cell, "—" when it is not in that version. */
export function cellText(sheet: string | null, cell: string | null): string {
  if (!sheet) return "—";
  return cell ? `${sheet}!${cell}` : sheet;
}
