/**
 * Kabupaten Tanah Datar, Bappeda: a hand-kept PK whose budget table was copied from the Renja, money in THOUSANDS of
 * rupiah (`Pagu Indikatif (Rp.000)`), beside a Rencana Aksi whose cash plan is in rupiah.
 *
 * Source of the header wording: the Renja/RKPD review form of Permendagri 54/2010 (T-V.C.7) as an e-Musrenbang Yii view
 * prints it: `Program / Kegiatan | Lokasi | Indikator Kinerja | Target Capaian | Pagu Indikatif (Rp.000)`, `Kebutuhan Dana
 * (Rp.000)` (the code index's find_string id 11961820384; the index does not name its repository). Planners copy these
 * program rows into the PK lampiran as they are. The rest is the common layout of workbook.md §1-2.
 * Made up: every value. Beyond workbook.md §5 (which lists no unit in a header): the reading below multiplies by 1.000,
 * because that is what the sheet says; a reader that cannot should say so at the header, never read Rp 3.450.000.
 */
import { Book } from "../book";
import { sum, type Layout } from "../layout";

const KABAN = "Ir. YUSRIZAL DATUAK BANDARO, M.T.";
const JABATAN = "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN TANAH DATAR";
const PROG = [
  { kode: "5.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ribu: 3_450_000, rak: [150, 280, 310, 290, 300, 285, 290, 305, 280, 300, 260, 400] },
  { kode: "5.01.02", nama: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", ribu: 1_875_500, rak: [0, 60, 140, 180, 210, 160, 175, 190, 200, 185, 170, 205.5] },
];
// RAK in millions per month, written in rupiah in the sheet; each row adds up to its pagu.
const rupiahRak = (p: (typeof PROG)[number]) => p.rak.map((m) => Math.round(m * 1_000_000));
const FISIK = [5, 12, 20, 30, 40, 50, 60, 70, 80, 88, 95, 100];

function build(): Book {
  for (const p of PROG) if (sum(rupiahRak(p)) !== p.ribu * 1000) throw new Error(`RAK of ${p.kode} does not add up`);
  const book = new Book("tanahdatar-bappeda-2025.xlsx");
  const pk = book.sheet("PK Kaban");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], [JABATAN]]);
  pk.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  pk.rows("A5", [
    [1, "Meningkatnya kualitas perencanaan pembangunan daerah", "Persentase konsistensi program RPJMD dalam RKPD", "%", 95],
    [null, null, "Nilai evaluasi RKPD", "Nilai", 88],
  ]);
  pk.merge("A5:A6").merge("B5:B6");
  pk.row("A8", ["No", "Kode", "Program", "Pagu Indikatif (Rp.000)"]);
  PROG.forEach((p, i) => pk.row(`A${9 + i}`, [i + 1, p.kode, p.nama, p.ribu]));
  pk.row("C11", ["Jumlah", sum(PROG.map((p) => p.ribu))]);
  pk.put("D13", "Batusangkar, 6 Januari 2025");
  pk.row("B14", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B15", ["BUPATI TANAH DATAR,", null, `${JABATAN},`]);
  pk.row("B19", ["EKA PUTRA, S.E., M.M.", null, KABAN]);
  pk.put("D20", "NIP. 19720806 199903 1 002");

  const ra = book.sheet("Rencana Aksi");
  ra.rows("A1", [["RENCANA AKSI TAHUN 2025"], [JABATAN]]);
  ra.row("A4", ["No", "Indikator Kinerja", "Satuan", "Target"]).merge("E4:H4", "Target Triwulan");
  ra.row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  for (const c of ["A", "B", "C", "D"]) ra.merge(`${c}4:${c}5`);
  ra.rows("A6", [[1, "Persentase konsistensi program RPJMD dalam RKPD", "%", 95, 95, 95, 95, 95], [2, "Nilai evaluasi RKPD", "Nilai", 88, 88, 88, 88, 88]]);
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
  ra.row("A9", ["Kode", "Program", "Pagu", "Jenis", ...MONTHS]);
  PROG.forEach((p, i) => {
    ra.row(`A${10 + 2 * i}`, [p.kode, p.nama, p.ribu * 1000, "Rencana Keuangan", ...rupiahRak(p)]);
    ra.row(`D${11 + 2 * i}`, ["Rencana Fisik", ...FISIK]);
  });
  return book;
}

export const tanahdatar: Layout = {
  name: "tanahdatar-bappeda-2025",
  source: "Renja/RKPD header `Pagu Indikatif (Rp.000)` (Permendagri 54/2010 T-V.C.7, e-Musrenbang view; repository not named by the index); hand-kept PK",
  build,
  truth: {
    tahun: 2025,
    sheets: { "PK Kaban": "pk", "Rencana Aksi": "renaksi" },
    pk: [
      {
        sheet: "PK Kaban", jabatan: JABATAN, level: "eselon2", atasan: null, nama: KABAN, nip: "197208061999031002",
        pihakKedua: { jabatan: "BUPATI TANAH DATAR", nama: "EKA PUTRA, S.E., M.M.", nip: null },
        indikator: [
          { nama: "Persentase konsistensi program RPJMD dalam RKPD", target: 95, satuan: "%" },
          { nama: "Nilai evaluasi RKPD", target: 88, satuan: "Nilai" },
        ],
        // (Rp.000): 3.450.000 thousand rupiah is Rp 3.450.000.000.
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.ribu * 1000 })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: "PK Kaban" }],
    absent: [
      { rule: "pagu-mismatch", sheet: "Rencana Aksi" }, { rule: "rak-sum", sheet: "Rencana Aksi" },
      { rule: "jumlah-mismatch", sheet: "PK Kaban" }, { rule: "target-mismatch", sheet: "Rencana Aksi" },
    ],
  },
  checks: [
    {
      name: "Kurva S: the plan reaches 100 % of the PK's pagu in December (not 100.000 %)",
      run(out) {
        const k = out.results.kurvaS.find((x) => x.sheet === "PK Kaban");
        expect({ pagu: k?.pagu, december: k?.rencanaKeuangan[11] === undefined || k?.rencanaKeuangan[11] === null ? null : Math.round(k.rencanaKeuangan[11]!) }).toEqual({ pagu: sum(PROG.map((p) => p.ribu * 1000)), december: 100 });
      },
    },
  ],
};
