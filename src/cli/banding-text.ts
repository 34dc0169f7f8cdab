/** The readable report of `pk banding`, in Bahasa Indonesia: the changes by PK, each with its cells and findings. */
import type { Banding } from "../engine/compare";
import { JENIS_LABEL, JENIS_ORDER, changesByPk } from "../engine/compare";
import { cellText, jenisInText, selisihText, valueText } from "../engine/compare/describe";
import { formatRupiah } from "../engine/format";
import { SEVERITY_LABEL } from "../engine/plan/validasi-sheet";

export function bandingText(lama: string, baru: string, banding: Banding, written: string): string {
  const { perubahan, ringkasan } = banding;
  const changed = ringkasan.pk.filter((p) => p.perubahan > 0).length;
  const lines = [`Banding ${lama} (lama) dengan ${baru} (baru)`];
  if (!perubahan.length) lines.push("  Tidak ada perubahan: isi kedua versi sama.");
  else {
    lines.push(`  ${perubahan.length} perubahan di ${changed} PK: ${JENIS_ORDER.filter((j) => ringkasan.jenis[j]).map((j) => `${ringkasan.jenis[j]} ${jenisInText(j)}`).join(" · ")}`);
    const unsettled = perubahan.filter((c) => c.temuan.length).length;
    lines.push(unsettled ? `  ${unsettled} perubahan belum konsisten dengan isi versi baru (lihat temuan di bawahnya).` : "  Versi baru tetap konsisten di semua sel yang berubah.");
  }
  const pagu = (v: number | null) => (v === null ? "—" : formatRupiah(v));
  for (const { pk: p, perubahan: changes } of changesByPk(banding)) {
    if (!changes.length) continue;
    lines.push("", `  ${p.pk} [${p.sheetBaru ?? p.sheetLama}] · pagu ${pagu(p.paguLama)} → ${pagu(p.paguBaru)}`);
    for (const c of changes) {
      const diff = selisihText(c);
      lines.push(`    ${JENIS_LABEL[c.jenis].padEnd(17)} ${c.apa}: ${valueText(c, c.lama)} → ${valueText(c, c.baru)}${diff ? ` (selisih ${diff})` : ""}`);
      lines.push(`${" ".repeat(22)}sel ${cellText(c.sheetLama, c.cellLama)} → ${cellText(c.sheetBaru, c.cellBaru)}`);
      for (const t of c.temuan) lines.push(`${" ".repeat(22)}${SEVERITY_LABEL[t.severity]} ${t.sheet}!${t.cell}: ${t.message} [${t.rule}]`);
    }
  }
  lines.push("", `Lembar Perubahan ditulis ke ${written}.`);
  return lines.join("\n");
}
