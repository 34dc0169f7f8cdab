/** The readable report of `pk validasi` and `pk hitung`, in Bahasa Indonesia. */
import type { ValidasiOutput, HitungOutput } from "../engine/run";
import { countBySeverity } from "../engine/finding";
import { groupBySheet } from "../engine/report/group";
import { formatNumber, formatPercent } from "../engine/format";
import { SEVERITY_LABEL } from "../engine/plan/validasi-sheet";
import { romanOf } from "../engine/domain/calendar";

export function validasiText(file: string, out: ValidasiOutput): string {
  const lines: string[] = [`Validasi ${file} (tahun ${out.model.tahun ?? "tidak diketahui"}, ${out.model.pk.length} PK)`];
  const n = countBySeverity(out.findings);
  lines.push(`  ${n.error} kesalahan · ${n.warning} peringatan · ${n.info} info`);
  if (n.error === 0) lines.push(n.warning === 0 && n.info === 0 ? "  Buku kerja bersih: tidak ada temuan." : "  Tidak ada kesalahan: angka dapat dipercaya.");
  for (const g of groupBySheet(out.findings)) {
    lines.push("", `  ${g.sheet}`);
    for (const f of g.findings) lines.push(`    ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(6)} ${f.message} [${f.rule}]`);
  }
  return lines.join("\n");
}

export function hitungText(file: string, out: HitungOutput, written: string): string {
  const r = out.results;
  const lines = [validasiText(file, out), "", `Capaian triwulan ${romanOf(r.triwulan)} (rumus negatif ${r.pengaturan.polaritasNegatif}, skala ${r.pengaturan.skala})`];
  for (const pk of r.pk) {
    lines.push("", `  ${pk.jabatan ?? pk.sheet} [${pk.sheet}]: ${pk.capaian === null ? "belum ada data" : formatPercent(pk.capaian) + " %"} ${pk.predikat ?? ""} · ${pk.status}`);
    for (const c of r.capaian.filter((x) => x.sheet === pk.sheet)) {
      lines.push(`    ${c.capaian === null ? "   N/A" : formatPercent(c.capaian).padStart(7)}  ${(c.predikat ?? "").padEnd(13)} ${c.indikator}`);
      lines.push(`             ${c.perhitungan}`);
    }
  }
  if (r.kurvaS.length) {
    lines.push("", "Kurva S");
    for (const k of r.kurvaS) {
      const m = (k.lastMonth ?? 1) - 1;
      const pct = (v: number | null | undefined) => (v === null || v === undefined ? "–" : formatNumber(v) + " %");
      lines.push(`  ${k.jabatan ?? k.sheet}: keuangan ${pct(k.realisasiKeuangan[m])} dari rencana ${pct(k.rencanaKeuangan[m])}, fisik ${pct(k.realisasiFisik?.[m])} dari ${pct(k.rencanaFisik?.[m])} · ${k.status}`);
    }
  }
  lines.push("", `Hasil ditulis ke ${written} (lembar Capaian, Kurva S dengan grafik, Validasi).`);
  return lines.join("\n");
}
