/** What a run without errors says at the top: never "can be trusted" when part of the workbook was not read. */
import type { Finding } from "../finding";

export type Verdict =
  | { kind: "errors" }
  | { kind: "clean"; text: string }
  | { kind: "trusted"; text: string }
  | { kind: "unread"; unread: number; text: string };

export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return { kind: "errors" };
  if (findings.length === 0) return { kind: "clean", text: "Buku kerja ini bersih: tidak ada kesalahan, peringatan, maupun info." };
  const unread = findings.filter((f) => f.rule === "isi-tak-terbaca").length;
  if (unread === 0) return { kind: "trusted", text: "Tidak ada kesalahan: angka di buku kerja ini dapat dipercaya." };
  return {
    kind: "unread",
    unread,
    text: `Tidak ada kesalahan pada yang terbaca, tetapi ${unread} bagian tidak terbaca dan tidak ikut diperiksa maupun dihitung (temuan isi-tak-terbaca).`,
  };
}
