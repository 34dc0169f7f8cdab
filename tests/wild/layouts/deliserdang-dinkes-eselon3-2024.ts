/**
 * Kabupaten Deli Serdang, Dinas Kesehatan: the Kadis PK on one sheet and the PKs of the three eselon III officials
 * STACKED on one sheet, one under the other, as a Subbag Program collects them for the Inspektorat.
 *
 * Layout of each PK: page 2 of rendyirawann/esakip-v2 frontend/views/laporan/_cetak_laporan_tapkin.php @86c4da94
 * (`INDIKATOR KINERJA` over two columns with the number `1.1` in the first, `(1)..(5)` first body row, `No | <word> |
 * Anggaran (Rp) | Keterangan`, `Rp. ` money, `Total` over No+name, signature with jabatan lines, `NIP.` for the right side
 * only). Hand-assembled (made up, as a planner does): each block titled `PERJANJIAN KINERJA TAHUN 2024` + the jabatan,
 * the sasaran word and budget word of each level (`SASARAN PROGRAM`, `Kegiatan`), the kode typed before each name.
 * Made up: names, NIP, indikator, amounts. Planted: the three eselon III kegiatan of 1.02.02 add up to 141.818.500.000
 * while the Kadis's program says 142.318.500.000 (a kegiatan split between two Kabid counts both shares).
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

interface Official { nama: string; nip: string; jabatan: string }
interface Block {
  who: Official;
  boss: Official;
  sasaranWord: string;
  budgetWord: string;
  sasaran: [string, [string, string, string, string][]][];
  items: { kode: string; nama: string; pagu: number }[];
}

const KADIS: Official = { nama: "dr. HENDRA SYAHPUTRA SIREGAR, M.Kes", nip: "197608142005011006", jabatan: "KEPALA DINAS KESEHATAN KABUPATEN DELI SERDANG" };
const BUPATI: Official = { nama: "Ir. H. RIZAL FAHMI NASUTION, M.Si", nip: "", jabatan: "BUPATI DELI SERDANG" };
const SEKRETARIS: Official = { nama: "MASNIARI LUBIS, S.KM, M.Kes", nip: "197903212003122002", jabatan: "SEKRETARIS DINAS KESEHATAN KABUPATEN DELI SERDANG" };
const KESMAS: Official = { nama: "dr. RAHMAD HIDAYAT HARAHAP", nip: "198105172009031004", jabatan: "KEPALA BIDANG KESEHATAN MASYARAKAT DINAS KESEHATAN KABUPATEN DELI SERDANG" };
const P2P: Official = { nama: "JULIANA SEMBIRING, S.Kep, M.K.M", nip: "198007092005022003", jabatan: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT DINAS KESEHATAN KABUPATEN DELI SERDANG" };

const KADIS_BLOCK: Block = {
  who: KADIS, boss: BUPATI, sasaranWord: "SASARAN STRATEGIS", budgetWord: "Program",
  sasaran: [["Meningkatnya derajat kesehatan masyarakat", [["1.1", "Angka Kematian Ibu", "per 100.000 KH", "85"], ["1.2", "Angka Kematian Bayi", "per 1.000 KH", "4,2"]]]],
  items: [
    { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 98_456_750_000 },
    { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 142_318_500_000 },
    { kode: "1.02.03", nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 2_150_000_000 },
  ],
};
const STACK: Block[] = [
  {
    who: SEKRETARIS, boss: KADIS, sasaranWord: "SASARAN PROGRAM", budgetWord: "Kegiatan",
    sasaran: [["Meningkatnya kualitas tata kelola administrasi perkantoran", [["1.1", "Nilai SAKIP Dinas Kesehatan", "Predikat", "BB"], ["1.2", "Persentase dokumen perencanaan dan pelaporan yang tepat waktu", "%", "100"]]]],
    items: [
      { kode: "1.02.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: 1_250_000_000 },
      { kode: "1.02.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", pagu: 89_706_750_000 },
      { kode: "1.02.01.2.06", nama: "Administrasi Umum Perangkat Daerah", pagu: 7_500_000_000 },
    ],
  },
  {
    who: KESMAS, boss: KADIS, sasaranWord: "SASARAN PROGRAM", budgetWord: "Kegiatan",
    sasaran: [["Meningkatnya pelayanan kesehatan ibu dan anak", [["1.1", "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar", "%", "100"], ["1.2", "Persentase balita gizi buruk yang ditangani", "%", "100"], ["1.3", "Jumlah tenaga kesehatan yang dilatih", "orang", "120"]]]],
    items: [
      { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 58_318_500_000 },
      { kode: "1.02.03.2.02", nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota", pagu: 2_150_000_000 },
    ],
  },
  {
    who: P2P, boss: KADIS, sasaranWord: "SASARAN PROGRAM", budgetWord: "Kegiatan",
    sasaran: [["Menurunnya angka kesakitan penyakit menular", [["1.1", "Persentase orang terduga TBC mendapatkan pelayanan sesuai standar", "%", "100"], ["1.2", "Cakupan imunisasi dasar lengkap", "%", "95"]]]],
    items: [
      { kode: "1.02.02.2.01", nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", pagu: 3_500_000_000 },
      { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 80_000_000_000 },
    ],
  },
];

/** One PK block from row `top`; returns its rows: the first free row and where the budget rows are. */
function block(s: Sheet, top: number, b: Block): { next: number; budgetRows: number[] } {
  const title = b.who.jabatan.replace(/ DINAS KESEHATAN KABUPATEN DELI SERDANG$/, "").replace(/ KABUPATEN DELI SERDANG$/, "");
  s.merge(`A${top}:F${top}`, "PERJANJIAN KINERJA TAHUN 2024").merge(`A${top + 1}:F${top + 1}`, title);
  s.row(`A${top + 2}`, ["SKPD", ": Dinas Kesehatan"]);
  let r = top + 4;
  s.row(`A${r}`, ["NO", b.sasaranWord, "INDIKATOR KINERJA", null, "SATUAN", "TARGET"]).merge(`C${r}:D${r}`);
  s.row(`A${r + 1}`, ["(1)", "(2)", "(3)", null, "(4)", "(5)"]).merge(`C${r + 1}:D${r + 1}`);
  r += 2;
  b.sasaran.forEach(([text, inds], k) => {
    if (inds.length > 1) s.merge(`A${r}:A${r + inds.length - 1}`).merge(`B${r}:B${r + inds.length - 1}`);
    s.row(`A${r}`, [k + 1, text]);
    s.rows(`C${r}`, inds);
    r += inds.length;
  });
  r++;
  s.row(`A${r++}`, ["No", b.budgetWord, "Anggaran (Rp)", "Keterangan"]);
  const budgetRows: number[] = [];
  b.items.forEach((it, i) => {
    budgetRows.push(r);
    s.row(`A${r++}`, [i + 1, `${it.kode} ${it.nama}`, `Rp. ${idr(it.pagu)}`]);
  });
  s.merge(`A${r}:B${r}`, "Total").put(`C${r}`, `Rp. ${idr(sum(b.items.map((i) => i.pagu)))}`);
  r += 2;
  s.put(`B${r}`, "Lubuk Pakam, 2 Januari 2024");
  s.row(`A${r + 1}`, [b.boss.jabatan, b.who.jabatan]);
  s.row(`A${r + 3}`, [b.boss.nama, b.who.nama]);
  s.put(`B${r + 4}`, `NIP. ${b.who.nip}`);
  return { next: r + 8, budgetRows };
}

let kadisBudgetRows: number[] = [];
function build(): Book {
  const book = new Book("deliserdang-dinkes-eselon3-2024.xlsx");
  kadisBudgetRows = block(book.sheet("PK Kadis"), 1, KADIS_BLOCK).budgetRows;
  const s = book.sheet("PK Eselon III");
  let r = 1;
  for (const b of STACK) r = block(s, r, b).next;
  return book;
}
build();

const pkTruth = (sheet: string, b: Block, atasan: string | null) => ({
  sheet, jabatan: b.who.jabatan, level: (b === KADIS_BLOCK ? "eselon2" : "eselon3") as "eselon2" | "eselon3", atasan, nama: b.who.nama, nip: b.who.nip,
  pihakKedua: { jabatan: b.boss.jabatan, nama: b.boss.nama, nip: null },
  indikator: b.sasaran.flatMap(([text, inds]) => inds.map(([, nama, satuan, t]) => ({ nama, target: /^[\d,]+$/.test(t) ? Number(t.replace(",", ".")) : t, satuan, sasaran: text }))),
  anggaran: b.items.map((i) => ({ kode: i.kode, pagu: i.pagu })),
});

export const deliserdangStack: Layout = {
  name: "deliserdang-dinkes-eselon3-2024",
  source: "rendyirawann/esakip-v2 @86c4da94 frontend/views/laporan/_cetak_laporan_tapkin.php (page 2), three PKs stacked in one sheet",
  build,
  truth: {
    tahun: 2024,
    sheets: { "PK Kadis": "pk", "PK Eselon III": "pk" },
    // The Pihak Kedua NIP is not printed by the template (left side has no NIP line).
    pk: [pkTruth("PK Kadis", KADIS_BLOCK, null), ...STACK.map((b) => pkTruth("PK Eselon III", b, "PK Kadis"))],
    errors: [{ rule: "anggaran-rollup", sheet: "PK Kadis", cell: `C${kadisBudgetRows[1]}` }],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: "PK Kadis" }],
    absent: [
      { rule: "atasan-missing", sheet: "PK Eselon III" }, { rule: "tahun-missing", sheet: "PK Eselon III" },
      { rule: "pihak-missing", sheet: "PK Eselon III" }, { rule: "level-unknown", sheet: "PK Eselon III" },
      { rule: "level-mismatch", sheet: "PK Eselon III" }, { rule: "kode-orphan", sheet: "PK Eselon III" },
      { rule: "kode-uncovered", sheet: "PK Kadis" }, { rule: "jumlah-mismatch", sheet: "PK Eselon III" },
      { rule: "indikator-duplicate", sheet: "PK Eselon III" }, { rule: "tabel-missing", sheet: "PK Eselon III" },
      // No eselon III indikator shares a name with the Kadis's (the `1.1` numbers are no names).
      { rule: "target-cascade", sheet: "PK Eselon III" },
    ],
  },
};
