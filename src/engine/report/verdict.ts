/** What a run without errors says at the top: never "can be trusted" when part of the workbook was not read. */
import type { Finding } from "../finding";
import { isUnreadCompanion } from "../read/not-read";

export type Verdict =
  | { kind: "errors" }
  | { kind: "clean"; text: string }
  | { kind: "trusted"; text: string }
  | { kind: "unread"; unread: number; text: string };

export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return { kind: "errors" };
  if (findings.length === 0) return { kind: "clean", text: "Buku kerja ini bersih: tidak ada kesalahan, peringatan, maupun info." };
  const parts = findings.filter((f) => f.rule === "isi-tak-terbaca").length;
  const sheets = findings.filter(isUnreadCompanion).length;
  if (parts + sheets === 0) return { kind: "trusted", text: "Tidak ada kesalahan: angka di buku kerja ini dapat dipercaya." };
  const what = [sheets ? `${sheets} lembar Rencana Aksi atau Realisasi` : "", parts ? `${parts} bagian` : ""].filter(Boolean).join(" dan ");
  const rules = [sheets ? "sheet-unrecognised" : "", parts ? "isi-tak-terbaca" : ""].filter(Boolean).join(", ");
  return {
    kind: "unread",
    unread: parts + sheets,
    text: `Tidak ada kesalahan pada yang terbaca, tetapi ${what} tidak terbaca dan tidak ikut diperiksa maupun dihitung (temuan ${rules}).`,
  };
}
