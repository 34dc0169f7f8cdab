/** Perangkat daerah (OPD) of the fictional Kabupaten Contoh, with the urusan/bidang kode of their programs. */

export interface Unit {
  /** `DINAS KESEHATAN`: the unit line, and the tail of every jabatan in it. */
  name: string;
  /** Short form for sheet names (≤ 10 characters). */
  abbr: string;
  /** Urusan and bidang urusan, `1.02`: the first two parts of every kode of the unit. */
  bidang: string;
}

const UNITS: Unit[] = [
  ["DINAS PENDIDIKAN", "Disdik", "1.01"],
  ["DINAS KESEHATAN", "Dinkes", "1.02"],
  ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "DPUPR", "1.03"],
  ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "Disperkim", "1.04"],
  ["BADAN PENANGGULANGAN BENCANA DAERAH", "BPBD", "1.05"],
  ["DINAS SOSIAL", "Dinsos", "1.06"],
  ["DINAS TENAGA KERJA", "Disnaker", "2.07"],
  ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "DP3A", "2.08"],
  ["DINAS KETAHANAN PANGAN", "DKP", "2.09"],
  ["DINAS PERTANAHAN", "Distanah", "2.10"],
  ["DINAS LINGKUNGAN HIDUP", "DLH", "2.11"],
  ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Disdukcap", "2.12"],
  ["DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "DPMD", "2.13"],
  ["DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", "DPPKB", "2.14"],
  ["DINAS PERHUBUNGAN", "Dishub", "2.15"],
  ["DINAS KOMUNIKASI DAN INFORMATIKA", "Kominfo", "2.16"],
  ["DINAS KOPERASI DAN USAHA MIKRO", "Diskop", "2.17"],
  ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", "DPMPTSP", "2.18"],
  ["DINAS KEPEMUDAAN DAN OLAHRAGA", "Dispora", "2.19"],
  ["DINAS KEBUDAYAAN", "Disbud", "2.22"],
  ["DINAS PERPUSTAKAAN", "Dispus", "2.23"],
  ["DINAS KEARSIPAN", "Disarsip", "2.24"],
  ["DINAS PERIKANAN", "Diskan", "3.25"],
  ["DINAS PARIWISATA", "Dispar", "3.26"],
  ["DINAS PERTANIAN", "Distan", "3.27"],
  ["DINAS PERDAGANGAN", "Disdag", "3.30"],
  ["DINAS PERINDUSTRIAN", "Disperin", "3.31"],
  ["DINAS TRANSMIGRASI", "Distrans", "3.32"],
  ["BADAN PERENCANAAN PEMBANGUNAN DAERAH", "Bappeda", "5.01"],
  ["BADAN PENGELOLAAN KEUANGAN DAERAH", "BPKAD", "5.02"],
  ["BADAN PENDAPATAN DAERAH", "Bapenda", "5.03"],
  ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "BKPSDM", "5.04"],
  ["BADAN PENELITIAN DAN PENGEMBANGAN DAERAH", "Balitbang", "5.05"],
  ["BADAN KESATUAN BANGSA DAN POLITIK", "Kesbang", "8.01"],
].map(([name, abbr, bidang]) => ({ name, abbr, bidang }));

/** The n-th unit; past the real list, numbered units with kodes no real unit uses (urusan 9, then 7, 6). */
export function unitAt(n: number): Unit {
  if (n < UNITS.length) return UNITS[n];
  const extra = n - UNITS.length;
  const urusan = [9, 7, 6, 4][Math.floor(extra / 99)];
  if (urusan === undefined) throw new Error(`generate: terlalu banyak perangkat daerah (${n + 1})`);
  const number = extra + 1;
  return { name: `DINAS WILAYAH ${number}`, abbr: `Wil${number}`, bidang: `${urusan}.${String((extra % 99) + 1).padStart(2, "0")}` };
}

/** `DINAS KESEHATAN` -> `Dinas Kesehatan`, for names inside sentences. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(" ")
    .map((w) => (w === "dan" ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}
