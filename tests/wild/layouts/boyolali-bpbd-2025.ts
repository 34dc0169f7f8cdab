/**
 * Kabupaten Boyolali, BPBD: the PK of the Kepala Pelaksana and of a Kepala Bidang, each printed by the app as ONE page
 * run (statement + signature, lampiran + signature, Rencana Aksi + signature) and copied into one sheet.
 *
 * Layout: ichien86/esakip src/app/(dashboard)/admin/perjakin/PrintLayout.jsx @885e41ec11acd5c03a9acb031df24a537994db41
 * (HEAD f8d9b18b). Real, from the template: kop (PEMERINTAH KABUPATEN BOYOLALI / BADAN PENANGGULANGAN BENCANA DAERAH /
 * address / telephone lines); the title by jenis jabatan (`PERJANJIAN KINERJA TAHUN 2025` for Pimpinan Tinggi,
 * `PERJANJIAN KINERJA PEJABAT ADMINISTRATOR TAHUN 2025` for an Administrator); statement rows `Nama | : | value`,
 * `NIP | : | value` (left out for the Bupati), `Jabatan | : | value`; `Selaku atasan langsung Pihak Pertama, selanjutnya
 * disebut PIHAK KEDUA.`; three signature blocks, each `PIHAK KEDUA` / `Boyolali, <date>` + `PIHAK PERTAMA`, underlined
 * name, pangkat, `NIP.` (none for the Bupati), no jabatan lines; `LAMPIRAN PERJANJIAN KINERJA TAHUN 2025` with
 * `No | Sasaran / Kegiatan | Indikator Kinerja | Target | Anggaran (Rp)`, target and satuan in one cell (`35 %`), the
 * anggaran per indikator row (`toLocaleString('id-ID')`, `0` when none); `RENCANA AKSI ATAS PERJANJIAN KINERJA TAHUN 2025`
 * with the on-screen hint `*Tabel Rencana Aksi ini dirancang memanjang ...`, `Target Tahunan` and `Target Bulan` over
 * `Jan .. Des` (`Ags`), `-` for a month without target.
 * Made up: names, NIP, pangkat, indikator, targets, amounts, the date.
 */
import { Book, type Sheet } from "../book";
import { idr, type Layout } from "../layout";

interface Party { nama: string; nip: string | null; jabatan: string; pangkat?: string }
interface Item { sasaran: string; indikator: string; target: string; anggaran: number; months: string[] }

const BUPATI: Party = { nama: "H. SUTRISNO WIBOWO, S.E.", nip: null, jabatan: "BUPATI BOYOLALI" };
const KALAKSA: Party = { nama: "Ir. DWI PRASETYO HANDOKO, M.T.", nip: "19710305 199803 1 008", jabatan: "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BOYOLALI", pangkat: "Pembina Utama Muda (IV/c)" };
const KABID: Party = { nama: "SRI HANDAYANI, S.Sos., M.M.", nip: "19780422 200604 2 011", jabatan: "KEPALA BIDANG KEDARURATAN DAN LOGISTIK BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BOYOLALI", pangkat: "Pembina (IV/a)" };

const dash = (at: Record<number, string>) => Array.from({ length: 12 }, (_, m) => at[m + 1] ?? "-");
const TANGGUH = "Meningkatnya ketangguhan masyarakat menghadapi bencana";
const AKUNTABEL = "Meningkatnya akuntabilitas kinerja BPBD";
const CEPAT = "Meningkatnya kecepatan penanganan darurat bencana";
const LOGISTIK = "Terpenuhinya kebutuhan logistik korban bencana";

const KALAKSA_ITEMS: Item[] = [
  { sasaran: TANGGUH, indikator: "Indeks Risiko Bencana Daerah", target: "118,5 Indeks", anggaran: 2_150_000_000, months: dash({ 12: "118,5" }) },
  { sasaran: TANGGUH, indikator: "Persentase desa tangguh bencana", target: "35 %", anggaran: 1_125_000_000, months: dash({ 3: "10", 6: "20", 9: "30", 12: "35" }) },
  { sasaran: TANGGUH, indikator: "Persentase penanganan darurat bencana sesuai standar", target: "100 %", anggaran: 1_075_000_000, months: dash(Object.fromEntries(Array.from({ length: 12 }, (_, m) => [m + 1, "100"]))) },
  { sasaran: AKUNTABEL, indikator: "Nilai SAKIP BPBD", target: "BB", anggaran: 3_860_400_000, months: dash({ 12: "BB" }) },
];
const KABID_ITEMS: Item[] = [
  { sasaran: CEPAT, indikator: "Persentase penanganan darurat bencana sesuai standar", target: "100 %", anggaran: 1_075_000_000, months: dash(Object.fromEntries(Array.from({ length: 12 }, (_, m) => [m + 1, "100"]))) },
  { sasaran: CEPAT, indikator: "Rata-rata waktu respon Tim Reaksi Cepat", target: "6 Jam", anggaran: 0, months: dash({ 3: "6", 6: "6", 9: "6", 12: "6" }) },
  { sasaran: LOGISTIK, indikator: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", target: "100 %", anggaran: 650_000_000, months: dash({ 3: "100", 6: "100", 9: "100", 12: "100" }) },
];

/** The two flex boxes of a signature: left column A, right column D. Returns the next free row. */
function signature(s: Sheet, top: number, kedua: Party, pertama: Party): number {
  s.put(`D${top}`, "Boyolali, 6 Januari 2025");
  s.row(`A${top + 1}`, ["PIHAK KEDUA", null, null, "PIHAK PERTAMA"]);
  s.row(`A${top + 3}`, [kedua.nama, null, null, pertama.nama]);
  let r = top + 4;
  if (kedua.pangkat || pertama.pangkat) s.row(`A${r++}`, [kedua.pangkat, null, null, pertama.pangkat]);
  s.row(`A${r++}`, [kedua.nip && `NIP. ${kedua.nip}`, null, null, pertama.nip && `NIP. ${pertama.nip}`]);
  return r + 1;
}

function pkSheet(book: Book, name: string, title: string, pertama: Party, kedua: Party, items: Item[]): void {
  const s = book.sheet(name);
  s.rows("A1", [["PEMERINTAH KABUPATEN BOYOLALI"], ["BADAN PENANGGULANGAN BENCANA DAERAH"],
    ["Jalan Raya Boyolali–Solo KM 1 Kelurahan Mojosongo, Kecamatan Mojosongo, Kabupaten Boyolali Provinsi Jawa Tengah 57372"],
    ["Telepon (0276) 324518, 08112950033 laman: bpbd.boyolali.go.id pos-el: bpbd@boyolali.go.id"]]);
  s.put("A6", title);
  s.put("A8", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  let r = 10;
  const party = (p: Party) => {
    s.row(`A${r++}`, ["Nama", ":", p.nama]);
    if (p.nip) s.row(`A${r++}`, ["NIP", ":", p.nip]);
    s.row(`A${r++}`, ["Jabatan", ":", p.jabatan]);
  };
  party(pertama);
  s.put(`A${r++}`, "Selanjutnya disebut PIHAK PERTAMA.");
  r++;
  party(kedua);
  s.put(`A${r++}`, "Selaku atasan langsung Pihak Pertama, selanjutnya disebut PIHAK KEDUA.");
  r++;
  s.put(`A${r++}`, "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.");
  s.put(`A${r++}`, "Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami. Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  r = signature(s, r + 1, kedua, pertama) + 1;

  s.put(`A${r}`, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025");
  r += 2;
  s.row(`A${r++}`, ["No", "Sasaran / Kegiatan", "Indikator Kinerja", "Target", "Anggaran (Rp)"]);
  items.forEach((it, i) => s.row(`A${r++}`, [i + 1, it.sasaran, it.indikator, it.target, idr(it.anggaran)]));
  r = signature(s, r + 1, kedua, pertama) + 1;

  s.put(`A${r}`, "RENCANA AKSI ATAS PERJANJIAN KINERJA TAHUN 2025");
  s.put(`A${r + 1}`, "*Tabel Rencana Aksi ini dirancang memanjang (landscape) dengan 12 bulan. Jika saat mencetak terpotong, silakan ubah pengaturan kertas (Orientation) ke Landscape.");
  r += 3;
  for (const c of ["A", "B", "C", "D"]) s.merge(`${c}${r}:${c}${r + 1}`);
  s.row(`A${r}`, ["No", "Sasaran / Kegiatan", "Indikator Kinerja", "Target\nTahunan"]).merge(`E${r}:P${r}`, "Target Bulan");
  s.row(`E${r + 1}`, ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]);
  r += 2;
  items.forEach((it, i) => s.row(`A${r++}`, [i + 1, it.sasaran, it.indikator, it.target, ...it.months]));
  signature(s, r + 1, kedua, pertama);
}

function build(): Book {
  const book = new Book("boyolali-bpbd-2025.xlsx");
  pkSheet(book, "PK Kalaksa", "PERJANJIAN KINERJA TAHUN 2025", KALAKSA, BUPATI, KALAKSA_ITEMS);
  pkSheet(book, "PK Kabid KL", "PERJANJIAN KINERJA PEJABAT ADMINISTRATOR TAHUN 2025", KABID, KALAKSA, KABID_ITEMS);
  return book;
}

const digits = (nip: string | null) => nip && nip.replace(/\D/g, "");
const targetOf = (t: string) => {
  const m = /^([\d.,]+)\s*(.*)$/.exec(t);
  return m ? { target: Number(m[1].replace(",", ".")), satuan: m[2] } : { target: t, satuan: null };
};
const indikator = (items: Item[]) => items.map((i) => ({ nama: i.indikator, ...targetOf(i.target), sasaran: i.sasaran }));

/** Rows of the lampiran and of the Rencana Aksi table on a sheet, found in the built workbook by their indikator. */
function tableRows(sheet: string, items: Item[]) {
  const s = build().sheets.find((x) => x.name === sheet)!;
  const rows = (text: string) => [...s.cells].filter(([a, v]) => v === text && a.startsWith("C")).map(([a]) => Number(a.slice(1))).sort((x, y) => x - y);
  return { lampiranRows: items.map((i) => rows(i.indikator)[0]), renaksiRows: items.map((i) => rows(i.indikator)[1]) };
}
const KALAKSA_ROWS = tableRows("PK Kalaksa", KALAKSA_ITEMS);
const KABID_ROWS = tableRows("PK Kabid KL", KABID_ITEMS);
const MONTHS = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"];

export const boyolali: Layout = {
  name: "boyolali-bpbd-2025",
  source: "ichien86/esakip src/app/(dashboard)/admin/perjakin/PrintLayout.jsx @885e41ec",
  build,
  truth: {
    tahun: 2025,
    sheets: { "PK Kalaksa": "pk", "PK Kabid KL": "pk" },
    pk: [
      {
        // workbook.md: Kepala Pelaksana BPBD is eselon2.
        sheet: "PK Kalaksa", jabatan: KALAKSA.jabatan, level: "eselon2", atasan: null, nama: KALAKSA.nama, nip: digits(KALAKSA.nip),
        pihakKedua: { jabatan: BUPATI.jabatan, nama: BUPATI.nama, nip: null },
        // Only the lampiran's rows: the Rencana Aksi table below repeats them and adds no indikator.
        indikator: indikator(KALAKSA_ITEMS),
      },
      {
        sheet: "PK Kabid KL", jabatan: KABID.jabatan, level: "eselon3", atasan: "PK Kalaksa", nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KALAKSA.jabatan, nama: KALAKSA.nama, nip: digits(KALAKSA.nip) },
        indikator: indikator(KABID_ITEMS),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: "PK Kalaksa" }],
    absent: [
      { rule: "atasan-missing", sheet: "PK Kabid KL" }, { rule: "atasan-mismatch", sheet: "PK Kabid KL" },
      { rule: "indikator-duplicate", sheet: "PK Kalaksa" }, { rule: "indikator-duplicate", sheet: "PK Kabid KL" },
      { rule: "pihak-missing", sheet: "PK Kalaksa" }, { rule: "pihak-missing", sheet: "PK Kabid KL" },
      { rule: "level-unknown", sheet: "PK Kalaksa" }, { rule: "level-unknown", sheet: "PK Kabid KL" },
      { rule: "level-mismatch", sheet: "PK Kabid KL" }, { rule: "target-missing", sheet: "PK Kalaksa" },
      { rule: "target-missing", sheet: "PK Kabid KL" }, { rule: "satuan-missing", sheet: "PK Kabid KL" },
    ],
    unreadOrRead: [
      // An anggaran per indikator row under no Program/Kegiatan word, and monthly indikator targets: neither is in
      // workbook.md; each is read (as budget objects, as the PK's Rencana Aksi) or reported, never dropped.
      { sheet: "PK Kalaksa", cells: KALAKSA_ROWS.lampiranRows.map((r) => `E${r}`), what: "Anggaran (Rp) per indikator" },
      { sheet: "PK Kabid KL", cells: KABID_ROWS.lampiranRows.filter((_, i) => KABID_ITEMS[i].anggaran > 0).map((r) => `E${r}`), what: "Anggaran (Rp) per indikator" },
      { sheet: "PK Kalaksa", cells: KALAKSA_ROWS.renaksiRows.flatMap((r, i) => MONTHS.filter((_, m) => KALAKSA_ITEMS[i].months[m] !== "-").map((c) => `${c}${r}`)), what: "Target Bulan" },
      { sheet: "PK Kabid KL", cells: KABID_ROWS.renaksiRows.flatMap((r, i) => MONTHS.filter((_, m) => KABID_ITEMS[i].months[m] !== "-").map((c) => `${c}${r}`)), what: "Target Bulan" },
    ],
  },
};
