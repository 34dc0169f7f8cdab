/** The readable form of the bench result, in Bahasa Indonesia. */
import type { BenchResult } from "./result";

const id = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? "—" : n.toLocaleString("id-ID", { maximumFractionDigits: digits });
const yes = (b: boolean | null) => (b === null ? "belum dapat diukur" : b ? "tercapai" : "TIDAK tercapai");

export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push("Tolok ukur PK Kinerja", "");
  lines.push("Mesin (baca + validasi + hitung), median:");
  lines.push("  PK      indikator   lembar      ms        putaran  galat");
  for (const e of r.engine) {
    lines.push(`  ${pad(id(e.pk), 7)} ${pad(id(e.indikator), 11)} ${pad(id(e.sheets), 11)} ${pad(id(e.ms), 9)} ${pad(id(e.runs ?? null), 8)} ${id(e.errors ?? null)}`);
  }
  for (const e of r.engine) if (e.note) lines.push(`  catatan (${e.pk} PK): ${e.note}`);
  lines.push(`  pertumbuhan 1.000/100 PK: ${id(r.growth.ratio)} kali`, "");

  lines.push(`Pembanding (HyperFormula, rumus per indikator), ${id(r.peer.pk)} PK, ${id(r.peer.indikator)} indikator:`);
  lines.push(`  ${id(r.peer.ms)} ms; rasio mesin / pembanding: ${id(r.peer.ratio, 3)}`, "");

  lines.push("Sinkronisasi (context.sync) pada Excel tiruan:");
  lines.push(`  Validasi: kecil ${id(r.syncs.validasi.small)}, besar ${id(r.syncs.validasi.large)}`);
  lines.push(`  Hitung Capaian: kecil ${id(r.syncs.hitung.small)}, besar ${id(r.syncs.hitung.large)}`);
  lines.push(`  permintaan terbesar: ${id(r.syncs.maxRequestBytes)} byte; jawaban terbesar: ${id(r.syncs.maxResponseBytes)} byte`);
  if (r.syncs.note) lines.push(`  catatan: ${r.syncs.note}`);
  lines.push("");

  lines.push("Excel di web (batas 5 MB per permintaan dan jawaban):");
  lines.push("  PK      Validasi: sync ditolak jawaban-maks    Hitung: sync ditolak jawaban-maks  permintaan-maks");
  for (const w of r.web ?? [])
    lines.push(
      `  ${pad(id(w.pk), 7)} ${pad(id(w.validasi.syncs), 15)}${pad(id(w.validasi.refused), 8)}${pad(id(w.validasi.maxResponseBytes), 17)}` +
        `${pad(id(w.hitung.syncs), 13)}${pad(id(w.hitung.refused), 8)}${pad(id(w.hitung.maxResponseBytes), 14)}${id(Math.max(w.validasi.maxRequestBytes, w.hitung.maxRequestBytes))}`,
    );
  lines.push("");

  lines.push(`Ukuran task pane (gzip -9): ${id(r.bundle.taskpaneGzipBytes)} byte, dimuat saat dibuka ${id(r.bundle.initialGzipBytes ?? null)} byte`);
  if (r.bundle.note) lines.push(`  catatan: ${r.bundle.note}`);
  lines.push("");

  lines.push("Perintah pk (proses utuh), median; lantai = membuka ZIP dan mengurai XML lembar saja:");
  lines.push("  PK      validasi ms  hitung ms  lantai ms  validasi/lantai  hitung/lantai  memori puncak MiB");
  for (const c of r.cli) {
    lines.push(`  ${pad(id(c.pk), 7)} ${pad(id(c.validasiMs, 0), 12)} ${pad(id(c.hitungMs, 0), 10)} ${pad(id(c.floorMs, 0), 10)} ${pad(id(c.validasiFloorRatio), 16)} ${pad(id(c.hitungFloorRatio), 14)} ${id(c.peakMiB, 1)}`);
    if (c.note) lines.push(`  catatan (${c.pk} PK): ${c.note}`);
  }
  lines.push("");
  if (r.rekap) {
    const k = r.rekap;
    lines.push(`pk rekap ${k.files} berkas × ${k.pkPerFile} PK: ${id(k.ms, 0)} ms, lantai per berkas dijumlahkan ${id(k.floorMs, 0)} ms (${id(k.floorRatio)} ×), lantai satu proses ${id(k.floorOneProcessMs, 0)} ms, memori puncak ${id(k.peakMiB, 1)} MiB`);
    lines.push(`  satu utas ${id(k.threads.one, 0)} ms, dua worker thread ${id(k.threads.two, 0)} ms${k.note ? ` · catatan: ${k.note}` : ""}`);
    lines.push("");
  }

  lines.push("Sasaran:");
  for (const [name, met] of Object.entries(r.targetsMet)) lines.push(`  ${pad(LABELS[name] ?? name, 44)} ${yes(met)}`);
  lines.push("", `Selesai dalam ${id(r.totalSeconds, 1)} detik.`);
  return lines.join("\n");
}

const LABELS: Record<string, string> = {
  engineLarge: "mesin 1.000 PK < 300 ms",
  linearGrowth: "pertumbuhan linear (1.000/100 ≤ 12)",
  fasterThanPeer: "mesin ≥ 5 kali lebih cepat dari pembanding",
  syncsSmall: "sync buku kecil: Validasi ≤ 2, Hitung ≤ 4",
  syncsLarge: "sync buku 1.000 PK: Validasi ≤ 2, Hitung ≤ 4",
  requestSize: "permintaan terbesar < 5 MB",
  responseSize: "jawaban terbesar < 5 MB",
  bundle: "task pane < 200.000 byte gzip",
  webSyncsSmall: "web s.d. 300 PK: Validasi ≤ 3, Hitung ≤ 5",
  webSyncsLarge: "web 1.000 PK: Validasi ≤ 5, Hitung ≤ 7",
  webRefused: "web: tidak ada permintaan yang ditolak",
  cliValidasi: "pk validasi 1.000 PK ≤ 2 × lantai",
  cliHitung: "pk hitung 1.000 PK ≤ 3 × lantai",
  cliSmall: "pk validasi 1 PK ≤ 1 detik",
  cliPeak: "memori pk validasi 1.000 PK ≤ 250 MiB",
  rekapFloor: "pk rekap 100 berkas ≤ 1,3 × jumlah lantai per berkas",
  rekapPeak: "memori pk rekap 100 berkas ≤ 1 GiB",
};

const pad = (s: string, width: number) => s.padEnd(width);
