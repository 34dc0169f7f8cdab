/** The readable report of `pk rekap`, in Bahasa Indonesia: one line per OPD, worst first, then the pemda. */
import type { Rekap, Skipped } from "../engine/rekap";
import { formatPercent, formatRupiah } from "../engine/format";
import { MONTH_NAMES } from "../engine/domain/calendar";
import { ruleName } from "../engine/report/rule-names";
import { SEVERITY_LABEL } from "../engine/report/peringatan";

const pct = (v: number | null) => (v === null ? "—" : `${formatPercent(v)} %`);

export function rekapText(rekap: Rekap, written: string, dilewati: Skipped[]): string {
  const lines = [`Rekap ${rekap.opd.length} buku kerja${rekap.periode ? ` ${rekap.periode}` : ""} (yang paling tertinggal lebih dulu)`];
  rekap.opd.forEach((r, i) => {
    const name = `${String(i + 1).padStart(3)}. ${r.unit ?? r.file}`;
    if (!r.ok) {
      lines.push(`${name} [${r.file}]: tidak dihitung, ${r.alasan}`);
      return;
    }
    lines.push(
      `${name} [${r.file}]: capaian ${pct(r.rataCapaian)} · ${r.tertinggal} indikator tertinggal · serapan ${pct(r.serapan)} · ` +
        `Kurva S ${r.statusKurvaS ?? "—"} · ${r.kesalahan} kesalahan, ${r.peringatan} peringatan${r.atasan ? ` · atasan ${r.atasan}` : ""}`,
    );
  });
  const k = rekap.kurvaS;
  lines.push("", k.opd
    ? `Kurva S pemda (${k.opd} OPD, pagu ${formatRupiah(k.pagu)}${k.bulanTerakhir ? `, s.d. ${MONTH_NAMES[k.bulanTerakhir - 1]}` : ""}): ${k.status}${k.deviasi === null ? "" : `, deviasi ${formatPercent(k.deviasi)} poin`}`
    : "Kurva S pemda: tidak ada buku kerja dengan rencana keuangan bulanan.");
  if (rekap.lintasBerkas.length) {
    lines.push("", `Temuan lintas berkas (${rekap.lintasBerkas.length})`);
    for (const f of rekap.lintasBerkas) lines.push(`  ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.file} · ${f.sheet} · ${f.cell}: ${f.message} [${ruleName(f.rule)} · ${f.rule}]`);
  } else lines.push("", "Tidak ada temuan lintas berkas.");
  for (const d of dilewati) lines.push(`Dilewati: ${d.file}, ${d.alasan}.`);
  lines.push("", `Rekap ditulis ke ${written} (lembar Rekap OPD dan Kurva S Pemda dengan grafik, Rekap Indikator, Rekap Temuan).`);
  return lines.join("\n");
}
