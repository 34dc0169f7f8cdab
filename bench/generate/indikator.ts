/**
 * Indikator of a PK: ten by default, grouped under sasaran, mixing kumulatif / akhir / rata-rata and
 * positif / negatif, with cumulative quarterly targets and realisasi for the reported quarters.
 * Names carry the PK's own unit, so no subordinate repeats a superior's indikator (no target cascade to keep).
 */
import type { Polaritas, Sifat } from "../../src/engine/model";
import { round, type Random } from "../random";
import type { GenIndikator, GenPk } from "./types";
import { titleCase } from "./units";

interface Template {
  nama: string;
  satuan: string;
  sifat: Sifat;
  polaritas: Polaritas;
  /** Range of the annual target and its decimals. */
  min: number;
  max: number;
  decimals: number;
}

const t = (nama: string, satuan: string, sifat: Sifat, polaritas: Polaritas, min: number, max: number, decimals = 0): Template => ({
  nama, satuan, sifat, polaritas, min, max, decimals,
});

/** `{u}` stands for the PK's unit (`Bidang Pelayanan Dinas Kesehatan`). */
const TEMPLATES: Template[] = [
  t("Jumlah layanan {u} yang diselesaikan", "layanan", "kumulatif", "positif", 400, 12000),
  t("Persentase capaian standar pelayanan {u}", "%", "akhir", "positif", 80, 98, 1),
  t("Jumlah pengaduan masyarakat terhadap {u}", "pengaduan", "kumulatif", "negatif", 12, 80),
  t("Indeks kepuasan masyarakat terhadap {u}", "nilai", "rata-rata", "positif", 76, 90, 1),
  t("Persentase temuan pemeriksaan {u} yang belum ditindaklanjuti", "%", "akhir", "negatif", 5, 20, 1),
  t("Jumlah dokumen perencanaan dan pelaporan {u}", "dokumen", "kumulatif", "positif", 8, 40),
  t("Rata-rata waktu penyelesaian layanan {u}", "hari", "rata-rata", "negatif", 3, 14, 1),
  t("Nilai akuntabilitas kinerja {u}", "nilai", "akhir", "positif", 60, 85, 2),
  t("Tingkat keterlambatan pelaporan {u}", "%", "akhir", "negatif", 5, 25, 1),
  t("Jumlah kegiatan pembinaan oleh {u}", "kegiatan", "kumulatif", "positif", 12, 200),
  t("Persentase realisasi anggaran {u}", "%", "akhir", "positif", 90, 98, 1),
  t("Rata-rata nilai kinerja pegawai {u}", "nilai", "rata-rata", "positif", 75, 90, 1),
];

/** The Bupati's IKU (Indikator Kinerja Utama) of the RPJMD. */
const IKU_PEMDA: Template[] = [
  t("Umur Harapan Hidup", "tahun", "akhir", "positif", 70, 74, 2),
  t("Angka Kematian Ibu", "per 100.000 KH", "akhir", "negatif", 80, 120),
  t("Indeks Pembangunan Manusia", "nilai", "akhir", "positif", 68, 75, 2),
  t("Tingkat Pengangguran Terbuka", "%", "akhir", "negatif", 3, 7, 2),
  t("Persentase Penduduk Miskin", "%", "akhir", "negatif", 7, 13, 2),
  t("Laju Pertumbuhan Ekonomi", "%", "akhir", "positif", 4, 6, 2),
  t("Jumlah kunjungan wisatawan", "orang", "kumulatif", "positif", 80000, 200000),
  t("Jumlah kejadian bencana yang tertangani terlambat", "kejadian", "kumulatif", "negatif", 8, 24),
  t("Indeks Kepuasan Masyarakat", "nilai", "rata-rata", "positif", 78, 88, 1),
  t("Indeks Reformasi Birokrasi", "nilai", "akhir", "positif", 60, 75, 2),
];

const SASARAN = [
  "Meningkatnya kualitas pelayanan {u}",
  "Meningkatnya akuntabilitas kinerja {u}",
  "Meningkatnya kualitas perencanaan {u}",
  "Meningkatnya kapasitas aparatur {u}",
];
/** In the order of IKU_PEMDA's groups (3, 3, 2, 2), so each IKU sits under its own sasaran. */
const SASARAN_PEMDA = [
  "Meningkatnya kualitas sumber daya manusia",
  "Meningkatnya kesejahteraan ekonomi masyarakat",
  "Meningkatnya daya saing dan ketahanan daerah",
  "Meningkatnya kualitas tata kelola pemerintahan",
];

export function makeIndikator(pk: GenPk, count: number, random: Random, reportedQuarters: number): GenIndikator[] {
  const pemda = pk.level === "kepala-daerah";
  const pool = pemda ? IKU_PEMDA : TEMPLATES;
  const sasaranPool = pemda ? SASARAN_PEMDA : SASARAN;
  const unit = unitPhrase(pk);
  const offset = pemda ? 0 : random.int(0, pool.length - 1);
  const result: GenIndikator[] = [];
  for (let i = 0; i < count; i++) {
    const template = pool[(offset + i) % pool.length];
    // Past the pool, a numbered variant keeps names unique within the PK.
    const round2 = Math.floor(i / pool.length);
    const nama = template.nama.replace("{u}", unit) + (round2 > 0 ? ` tahap ${round2 + 1}` : "");
    const g = sasaranIndex(i, count);
    const sasaran = sasaranPool[g % sasaranPool.length].replace("{u}", unit) + (g >= sasaranPool.length ? ` (${g + 1})` : "");
    result.push(fill(template, nama, sasaran, random, reportedQuarters));
  }
  return result;
}

/** Sasaran of at most three indikator, sizes as even as possible (10 -> 3, 3, 2, 2). */
function sasaranIndex(i: number, count: number): number {
  const groups = Math.max(1, Math.ceil(count / 3));
  const base = Math.floor(count / groups);
  const bigger = count % groups;
  const inBigger = bigger * (base + 1);
  return i < inBigger ? Math.floor(i / (base + 1)) : bigger + Math.floor((i - inBigger) / base);
}

function fill(template: Template, nama: string, sasaran: string, random: Random, reportedQuarters: number): GenIndikator {
  const { sifat, polaritas, decimals } = template;
  const quarters = [1, 2, 3, 4];
  let target: number;
  let tw: number[];
  let realisasi: (number | null)[];
  if (sifat === "kumulatif") {
    // A multiple of 4, so the quarterly targets are whole.
    target = Math.max(4, Math.round(random.between(template.min, template.max) / 4) * 4);
    tw = quarters.map((q) => (target / 4) * q);
    const spread = polaritas === "positif" ? [0.8, 1.1] : [0.7, 1.3];
    realisasi = quarters.map((q) => (q <= reportedQuarters ? Math.round((target / 4) * random.between(spread[0], spread[1])) : null));
  } else {
    target = round(random.between(template.min, template.max), decimals);
    // Akhir: the target moves toward the annual one; rata-rata: the same every quarter.
    const step = sifat === "akhir" ? Math.max(round(target * 0.02, decimals), 10 ** -decimals) : 0;
    const direction = polaritas === "positif" ? -1 : 1;
    tw = quarters.map((q) => round(target + direction * (4 - q) * step, decimals));
    realisasi = quarters.map((q) => {
      if (q > reportedQuarters) return null;
      const value = round(tw[q - 1] * random.between(0.9, 1.06), decimals);
      return template.satuan === "%" ? Math.min(100, value) : value;
    });
  }
  return { sasaran, nama, satuan: template.satuan, sifat, polaritas, target, tw: tw as GenIndikator["tw"], realisasi };
}

/** The PK's unit inside a sentence: `Sekretariat Dinas Kesehatan`, `Bidang Pelayanan Dinas Kesehatan`. */
function unitPhrase(pk: GenPk): string {
  if (pk.level === "kepala-daerah") return "Kabupaten Contoh";
  if (pk.jabatan.startsWith("SEKRETARIS ")) return "Sekretariat " + titleCase(pk.jabatan.slice("SEKRETARIS ".length));
  return titleCase(pk.jabatan.replace(/^KEPALA /, ""));
}
