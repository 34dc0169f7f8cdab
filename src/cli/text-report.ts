/** The readable report of `pk validasi` and `pk hitung`, in Bahasa Indonesia. */
import type { ValidasiOutput, HitungOutput } from "../engine/run";
import type { Finding } from "../engine/finding";
import { countBySeverity } from "../engine/finding";
import { groupBySheet } from "../engine/report/group";
import { formatPercent, formatRupiah } from "../engine/format";
import { figuresOf, peringatanOf, SEVERITY_LABEL, temuanLine } from "../engine/report/peringatan";
import { ruleName } from "../engine/report/rule-names";
import { verdictOf } from "../engine/report/verdict";
import { indikatorThresholdsText, kurvaSThresholdsText } from "../engine/compute/status-text";
import { MONTH_NAMES, romanOf } from "../engine/domain/calendar";
import { resultsByPk } from "../engine/report/by-pk";

export function validasiText(file: string, out: ValidasiOutput): string {
  const lines: string[] = [`Validasi ${file} (tahun ${out.model.tahun ?? "tidak diketahui"}, ${out.model.pk.length} PK)`];
  const n = countBySeverity(out.findings);
  lines.push(`  ${n.error} kesalahan · ${n.warning} peringatan · ${n.info} info`);
  const verdict = verdictOf(out.findings);
  if (verdict.kind !== "errors") lines.push(`  ${verdict.text}`);
  for (const g of groupBySheet(out.findings)) {
    lines.push("", `  ${g.sheet}`);
    for (const f of g.findings) lines.push(`    ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.cell.padEnd(6)} ${f.message} [${ruleName(f.rule)} · ${f.rule}]`);
  }
  return lines.join("\n");
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${formatPercent(v)} %`);
/** The findings a figure rests on, one per line under it. */
const marks = (temuan: Finding[], indent: string) => temuan.map((t) => `${indent}! ${temuanLine(t)}`);

export function hitungText(file: string, out: HitungOutput, written: string): string {
  const r = out.results;
  const p = r.pengaturan;
  const of = resultsByPk(r);
  const lines = [validasiText(file, out), "", `Capaian triwulan ${romanOf(r.triwulan)} (rumus negatif ${p.polaritasNegatif}, skala ${p.skala})`];
  const banner = peringatanOf(out.findings, figuresOf(r));
  if (banner) lines.push(`  PERHATIAN: ${banner}`, "  Angka bertanda ! di bawah bergantung pada temuan yang disebut di bawahnya.");
  lines.push(`  Status indikator: ${indikatorThresholdsText(p.statusIndikator)}`, `  Status Kurva S: ${kurvaSThresholdsText(p.statusKurvaS)}`);
  for (const pk of r.pk) {
    lines.push("", `  ${pk.jabatan ?? pk.sheet} [${pk.sheet}]: ${pk.capaian === null ? "belum ada data" : pct(pk.capaian)} ${pk.predikat ?? ""} · ${pk.status}`.replace(/ {2,}·/, " ·"));
    lines.push(`    ${pk.penjelasanStatus}`);
    for (const c of of(pk.pk).capaian) {
      const value = c.capaian === null ? "—" : formatPercent(c.capaian);
      lines.push(`    ${c.temuan.length ? "!" : " "}${value.padStart(7)}  ${(c.predikat ?? "").padEnd(13)} ${c.indikator}`);
      lines.push(`             ${c.perhitungan}`, `             ${c.penjelasanStatus}`, ...marks(c.temuan, "             "));
    }
  }
  const count = Object.entries(r.jumlah.predikat).map(([k, n]) => `${k} ${n}`).join(" · ");
  if (r.capaian.length) lines.push("", `Indikator per predikat: ${count}`);
  if (r.anggaran.length) {
    lines.push("", `Capaian anggaran s.d. ${MONTH_NAMES[r.triwulan * 3 - 1]}`);
    for (const t of r.jumlah.anggaranPk) {
      lines.push(`  ${t.jabatan ?? t.sheet}: pagu ${formatRupiah(t.pagu)}, realisasi ${formatRupiah(t.realisasi)}, serapan ${pct(t.capaian)}`);
      for (const a of of(t.pk).anggaran) {
        lines.push(`   ${a.temuan.length ? "!" : " "} ${[a.kode, a.nama].filter(Boolean).join(" ")}: ${pct(a.capaian)} dari ${formatRupiah(a.pagu)}`, ...marks(a.temuan, "      "));
      }
    }
    const whole = r.jumlah.anggaran;
    if (whole) lines.push(`  Jumlah buku kerja (PK teratas: ${whole.dari.join(", ")}): pagu ${formatRupiah(whole.pagu)}, realisasi ${formatRupiah(whole.realisasi)}, serapan ${pct(whole.capaian)}`);
  }
  if (r.pk.length) {
    lines.push("", "Kurva S");
    for (const pk of r.pk) {
      const k = of(pk.pk).kurvaS;
      if (!k) {
        lines.push(`  ${pk.jabatan ?? pk.sheet}: tanpa Kurva S, ${pk.tanpaKurvaS}`);
        continue;
      }
      lines.push(`  ${k.temuan.length ? "! " : ""}${k.jabatan ?? k.sheet} (pagu ${formatRupiah(k.pagu)}): ${k.penjelasanStatus}`, ...marks(k.temuan, "    "));
    }
  }
  lines.push("", `Hasil ditulis ke ${written} (lembar Capaian, Kurva S dengan grafik, Validasi).`);
  return lines.join("\n");
}

