/** Command-line arguments of `pk validasi|hitung|banding|rekap`, and the help the command prints about itself. */
export interface Args {
  command: "validasi" | "hitung" | "banding" | "rekap";
  files: string[];
  json: boolean;
  /** rekap: one JSON document per line, each workbook as it finishes. */
  jsonl: boolean;
  out: string | null;
  triwulan: number | null;
}

/** `pk --help`, `pk help [PERINTAH]`, `pk PERINTAH --help`: the text to print, exit 0. */
export interface Help {
  help: string;
}

export const USAGE = `Pemakaian:
  pk validasi BERKAS.xlsx [BERKAS2.xlsx ...] [--json]
  pk hitung BERKAS.xlsx [--out HASIL.xlsx] [--triwulan I|II|III|IV] [--json]
  pk banding LAMA.xlsx BARU.xlsx [--out PERUBAHAN.xlsx] [--json]
  pk rekap BERKAS_ATAU_FOLDER... [--out REKAP.xlsx] [--triwulan I..IV] [--json | --jsonl]
  pk help [PERINTAH]`;

const EXIT_CODES = {
  validasi: `Kode keluar:
  0  tidak ada temuan berderajat kesalahan (peringatan dan info boleh ada)
  1  ada temuan berderajat kesalahan
  2  pemakaian salah, atau berkas tidak dapat dibaca sebagai buku kerja (tidak ada, bukan .xlsx, rusak,
     berkata sandi): satu baris di keluaran galat menyebut berkasnya dan sebabnya`,
  hitung: `Kode keluar:
  0  hasil ditulis (juga bila buku kerja masih memuat kesalahan: angka yang bergantung padanya ditandai)
  1  tidak ada Perjanjian Kinerja yang dapat dihitung: tidak ada berkas yang ditulis, satu baris menyebut sebabnya
  2  pemakaian salah, berkas tidak dapat dibaca sebagai buku kerja, atau berkas hasil tidak dapat ditulis`,
  banding: `Kode keluar:
  0  kedua versi dibandingkan dan lembar Perubahan ditulis (juga bila tidak ada perubahan)
  2  pemakaian salah, salah satu berkas tidak dapat dibaca sebagai buku kerja (satu baris untuk tiap berkas),
     atau berkas hasil tidak dapat ditulis`,
  rekap: `Kode keluar:
  0  rekap ditulis (juga bila sebagian berkas tidak dapat dibaca: tiap berkas itu satu baris dengan sebabnya)
  1  tidak ada berkas .xlsx, atau tidak satu pun buku kerja yang dapat dihitung: rekap tidak ditulis
  2  pemakaian salah, atau berkas hasil tidak dapat ditulis`,
};

const JSON_OPTION = "--json                 satu dokumen JSON di keluaran standar, tanpa teks lain (beberapa berkas: satu larik).\n                         Bawaan: laporan dalam Bahasa Indonesia yang dapat dibaca.";

/** What each command does, its options with their defaults, and its exit codes. */
export const COMMAND_HELP: Record<string, string> = {
  validasi: `pk validasi: memeriksa buku kerja Perjanjian Kinerja tanpa mengubahnya.

Membaca setiap lembar PK, Rencana Aksi dan Realisasi, lalu melaporkan setiap temuan (kesalahan, peringatan,
info) dengan lembar, sel dan aturannya, dikelompokkan per lembar, kesalahan lebih dulu.

Pemakaian:
  pk validasi BERKAS.xlsx [BERKAS2.xlsx ...] [--json]

Opsi:
  ${JSON_OPTION}
  --help                 menampilkan bantuan ini.

${EXIT_CODES.validasi}`,
  hitung: `pk hitung: menghitung capaian, predikat dan Kurva S, lalu menulis buku kerja hasil.

Memvalidasi buku kerja, menghitung capaian tiap indikator, capaian anggaran dan Kurva S tiap PK, lalu menulis
berkas terpisah berisi lembar Capaian, Kurva S (dengan grafik) dan Validasi. Berkas masukan tidak pernah diubah.
Angka yang bergantung pada temuan ditandai di kolom Catatan; spanduk di atas lembar menyebut jumlah kesalahan.

Pemakaian:
  pk hitung BERKAS.xlsx [--out HASIL.xlsx] [--triwulan I|II|III|IV] [--json]

Opsi:
  --out HASIL.xlsx       berkas hasil. Bawaan: BERKAS-hasil.xlsx di folder berkas masukan.
  --triwulan I..IV       triwulan pelaporan (juga 1..4). Bawaan: dari lembar PENGATURAN, atau triwulan
                         terakhir yang sudah ada realisasinya.
  ${JSON_OPTION}
  --help                 menampilkan bantuan ini.

${EXIT_CODES.hitung}`,
  banding: `pk banding: apa yang berubah antara dua versi buku kerja PK (misalnya PK awal tahun dan PK Perubahan).

PK dicocokkan menurut jabatan (tanpa awalan Plt./Pj.), indikator menurut namanya (salah ketik yang dibetulkan
adalah ganti nama), objek anggaran menurut kode. Setiap perubahan disebut dengan jenisnya, nilai lama dan baru,
selnya di kedua buku kerja, dan temuan versi baru pada sel itu (belum konsisten bila ada). Lembar Perubahan
ditulis ke berkas terpisah; kedua berkas masukan tidak pernah diubah.

Pemakaian:
  pk banding LAMA.xlsx BARU.xlsx [--out PERUBAHAN.xlsx] [--json]

Opsi:
  --out PERUBAHAN.xlsx   berkas hasil. Bawaan: BARU-perubahan.xlsx di folder berkas BARU.
  ${JSON_OPTION}
  --help                 menampilkan bantuan ini.

${EXIT_CODES.banding}`,
  rekap: `pk rekap: semua buku kerja PK perangkat daerah satu pemda dalam satu rekap.

Setiap berkas .xlsx yang disebut, atau yang ada di folder yang disebut (beserta subfoldernya), divalidasi dan
dihitung seperti oleh pk hitung, lalu ditulis ke satu buku kerja: Rekap OPD (satu baris per berkas, yang paling
tertinggal lebih dulu, dengan grafik batang capaian dan serapan), Rekap Indikator (IKU tiap OPD dalam tabel
yang dapat disaring), Kurva S Pemda (jumlah semua OPD, dengan grafik) dan Rekap Temuan. Bila salah satu berkas
memuat PK kepala daerah (Bupati, Wali Kota, Gubernur), PK kepala OPD dikaitkan kepadanya dan cascade diperiksa
lintas berkas (program tanpa OPD, program OPD tanpa induk, jumlah pagu, indikator kepala daerah tanpa OPD).
Berkas yang tidak dapat dibaca menjadi satu baris dengan sebabnya. Berkas masukan tidak pernah diubah.

Pemakaian:
  pk rekap BERKAS_ATAU_FOLDER... [--out REKAP.xlsx] [--triwulan I..IV] [--json | --jsonl]

Opsi:
  --out REKAP.xlsx       berkas hasil. Bawaan: rekap.xlsx di folder pertama (atau di folder berkas pertama).
  --triwulan I..IV       triwulan pelaporan untuk semua berkas (juga 1..4). Bawaan: seperti pk hitung, per berkas.
  --json                 satu dokumen JSON di keluaran standar, tanpa teks lain.
  --jsonl                satu dokumen JSON per baris: satu per berkas begitu selesai ("jenis": "opd"), lalu satu
                         untuk pemda ("jenis": "pemda"); untuk ribuan berkas, dimuat ke DuckDB atau BigQuery.
  --help                 menampilkan bantuan ini.

${EXIT_CODES.rekap}`,
};

export const GENERAL_HELP = `pk: PK Kinerja di baris perintah, mesin yang sama dengan add-in Excel, untuk berkas .xlsx.

${USAGE}

Perintah:
  validasi   memeriksa buku kerja dan melaporkan temuan dengan lembar dan selnya.
  hitung     menghitung capaian, predikat dan Kurva S, lalu menulis buku kerja hasil.
  banding    membandingkan dua versi buku kerja PK dan menulis lembar Perubahan.
  rekap      merekap buku kerja semua perangkat daerah satu pemda ke satu buku kerja.
  help       menampilkan bantuan ini, atau bantuan satu perintah: pk help hitung.

Kode keluar: 0 berhasil; 1 validasi: ada kesalahan, hitung dan rekap: tidak ada yang dapat dihitung;
2 pemakaian salah atau berkas tidak dapat dibaca. Rinciannya: pk PERINTAH --help.`;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const HELP_FLAGS = new Set(["--help", "-h"]);

export function parseArgs(argv: string[]): Args | Help | string {
  const [command, ...rest] = argv;
  if (command === undefined) return `Sebutkan perintahnya: validasi, hitung, banding atau rekap (pk --help menjelaskan semuanya).\n${USAGE}`;
  if (HELP_FLAGS.has(command)) return { help: GENERAL_HELP };
  if (command === "help") {
    if (!rest.length) return { help: GENERAL_HELP };
    return COMMAND_HELP[rest[0]] ? { help: COMMAND_HELP[rest[0]] } : `Perintah tidak dikenal: ${rest[0]}.\n${USAGE}`;
  }
  if (command !== "validasi" && command !== "hitung" && command !== "banding" && command !== "rekap") return `Perintah tidak dikenal: ${command}.\n${USAGE}`;
  if (rest.some((a) => HELP_FLAGS.has(a))) return { help: COMMAND_HELP[command] };
  const args: Args = { command, files: [], json: false, jsonl: false, out: null, triwulan: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") args.json = true;
    else if (a === "--jsonl" && command === "rekap") args.jsonl = true;
    else if (a === "--out") {
      if (!rest[i + 1] || rest[i + 1].startsWith("--")) return `--out memerlukan nama berkas hasil.\n${USAGE}`;
      args.out = rest[++i];
    } else if (a === "--triwulan") {
      const q = ROMAN[(rest[i + 1] ?? "").toUpperCase()];
      if (!q) return `--triwulan harus I, II, III atau IV.\n${USAGE}`;
      args.triwulan = q;
      i++;
    } else if (a.startsWith("--")) return `Opsi tidak dikenal: ${a}.\n${USAGE}`;
    else args.files.push(a);
  }
  if (!args.files.length) return `Sebutkan berkas .xlsx${command === "rekap" ? " atau folder" : ""}.\n${USAGE}`;
  if (args.json && args.jsonl) return `Pilih salah satu: --json atau --jsonl.\n${USAGE}`;
  if (args.command === "banding" && args.files.length !== 2) return `banding memerlukan dua berkas: versi lama lalu versi baru.\n${USAGE}`;
  if (args.command === "hitung" && args.files.length > 1 && args.out) return `--out hanya dapat dipakai dengan satu berkas.\n${USAGE}`;
  return args;
}
