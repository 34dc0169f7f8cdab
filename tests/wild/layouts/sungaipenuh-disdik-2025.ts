/**
 * Kota Sungai Penuh (Jambi), Dinas Pendidikan: PK 2025, the Rencana Aksi as the kota's e-SAKIP prints and imports it,
 * and the realisasi anggaran import sheet (one row per sub kegiatan and triwulan, money per belanja type).
 *
 * Layout: bkerinci/esakip @9977777b3d8a1be693f53287cbebc81f50bd031f, resources/js/Pages/Document/PrintRencanaAksi.jsx
 * (logo `logo_sungai_penuh.png`), app/Imports/RencanaAksiImport.php (`startRow 5`: two title rows and two header rows;
 * columns nomor, sasaran, indikator_kinerja, tw_1..tw_4, aktifitas, penanggung_jawab, anggaran, all strings),
 * app/Imports/RealisasiAnggaranImport.php with its migration (WithHeadingRow: row 1 is the header, no title; tahun,
 * triwulan, program, kegiatan, sub_kegiatan, then anggaran / realisasi keuangan / realisasi fisik for pegawai,
 * barang jasa, modal, hibah). Real, from the print: title `RENCANA AKSI` / `<OPD> TAHUN ANGGARAN <year>`, header
 * `Nomor | Sasaran (Strategis/ Program/ Kegiatan*) | Indikator Kinerja (Program/kegiatan)* | Target Kinerja` over
 * `TW 1 .. TW 4` | `Aktifitas yang direncanakan dilakukan untuk mencapai Target Kinerja` | `Penanggung Jawab` |
 * `Anggaran` over `(Rp.)`; no annual target, no satuan column; the sasaran repeated on every row; no jabatan line.
 * The PK sheet is the common layout of workbook.md §1 (the app prints no PK lampiran).
 * Made up: names, NIP, indikator, targets, activities, amounts; the Anggaran cells typed as text `Rp 1.250.000.000,00`.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KADIS = "Drs. ZULHELMI, M.Pd";
const NIP = "197104151998031005";
const WAKO = "ALFIN, S.H.";
const JABATAN = "KEPALA DINAS PENDIDIKAN KOTA SUNGAI PENUH";
const S1 = "Meningkatnya akses dan mutu pendidikan dasar";
const S2 = "Meningkatnya tata kelola pendidikan";
const IND = [
  { s: S1, nama: "Angka Partisipasi Murni SD/MI", satuan: "%", target: 98, tw: ["97", "97,5", "97,5", "98"], want: [97, 97.5, 97.5, 98] },
  { s: S1, nama: "Jumlah sekolah terakreditasi A", satuan: "sekolah", target: 14, tw: ["3", "6", "10", "14"], want: [3, 6, 10, 14] },
  { s: S1, nama: "Persentase guru bersertifikat pendidik", satuan: "%", target: 82, tw: ["78", "80", "81", "82"], want: [78, 80, 81, 82] },
  { s: S2, nama: "Nilai SAKIP Dinas Pendidikan", satuan: "Predikat", target: "BB", tw: ["-", "-", "-", "BB"], want: [null, null, null, "BB"] },
];
const ACT = [
  "Pendataan anak usia sekolah yang belum bersekolah dan pendampingan pendaftaran",
  "Pendampingan penyusunan dokumen akreditasi dan visitasi",
  "Fasilitasi PPG dalam jabatan bagi guru SD dan SMP",
  "Penyusunan Renstra, Renja, PK dan LKjIP tepat waktu",
];
const PJ = ["Kepala Bidang Pembinaan SD", "Kepala Bidang Pembinaan SD", "Kepala Bidang GTK", "Sekretaris"];
const PROG = [
  { kode: "1.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 48_612_350_000 },
  { kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN", pagu: 21_450_800_000 },
  { kode: "1.01.04", nama: "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", pagu: 1_250_000_000 },
];
const RA_ANGG = [4_380_000_000, 1_250_000_000, 1_250_000_000, 312_500_000];

function build(): Book {
  const book = new Book("sungaipenuh-disdik-2025.xlsx");
  const pk = book.sheet("PK Kadis");
  pk.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["DINAS PENDIDIKAN"], ["KOTA SUNGAI PENUH"]]);
  pk.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  IND.forEach((i, k) => pk.row(`A${6 + k}`, [k === 0 ? 1 : k === 3 ? 2 : null, k === 0 || k === 3 ? i.s : null, i.nama, i.satuan, typeof i.target === "number" ? String(i.target) : i.target]));
  pk.merge("A6:A8").merge("B6:B8");
  pk.row("A11", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => pk.row(`A${12 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  pk.row("C15", ["Jumlah", idr(sum(PROG.map((p) => p.pagu)))]);
  pk.put("D17", "Sungai Penuh, 3 Februari 2025");
  pk.row("B18", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  pk.row("B19", ["WALI KOTA SUNGAI PENUH,", null, `${JABATAN},`]);
  pk.row("B23", [WAKO, null, KADIS]);
  pk.put("D24", "NIP. 19710415 199803 1 005");

  const ra = book.sheet("Rencana Aksi");
  ra.merge("A1:J1", "RENCANA AKSI").merge("A2:J2", "DINAS PENDIDIKAN TAHUN ANGGARAN 2025");
  ra.merge("A3:A4", "Nomor").merge("B3:B4", "Sasaran (Strategis/ Program/ Kegiatan*)").merge("C3:C4", "Indikator Kinerja (Program/kegiatan)*");
  ra.merge("D3:G3", "Target Kinerja").row("D4", ["TW 1", "TW 2", "TW 3", "TW 4"]);
  ra.merge("H3:H4", "Aktifitas yang direncanakan dilakukan untuk mencapai Target Kinerja").merge("I3:I4", "Penanggung Jawab");
  ra.put("J3", "Anggaran").put("J4", "(Rp.)");
  IND.forEach((i, k) => ra.row(`A${5 + k}`, [k + 1, i.s, i.nama, ...i.tw, ACT[k], PJ[k], `Rp ${idr(RA_ANGG[k], 2)}`]));

  const rg = book.sheet("Import Realisasi");
  rg.row("A1", ["Tahun", "Triwulan", "Program", "Kegiatan", "Sub Kegiatan",
    "Pegawai Anggaran", "Pegawai Realisasi Keuangan", "Pegawai Realisasi Fisik",
    "Barang Jasa Anggaran", "Barang Jasa Realisasi Keuangan", "Barang Jasa Realisasi Fisik",
    "Modal Anggaran", "Modal Realisasi Keuangan", "Modal Realisasi Fisik",
    "Hibah Anggaran", "Hibah Realisasi Keuangan", "Hibah Realisasi Fisik"]);
  const SUB = [
    ["PROGRAM PENGELOLAAN PENDIDIKAN", "Pengelolaan Pendidikan Sekolah Dasar", "Penambahan Ruang Kelas Baru", 0, 0, 0, 150_000_000, 1_850_000_000],
    ["PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", "Pemerataan Kuantitas dan Kualitas Pendidik", "Peningkatan Kompetensi Pendidik", 0, 0, 0, 1_250_000_000, 0],
  ] as const;
  let r = 2;
  for (const tw of [1, 2, 3]) {
    for (const [p, k, s, , , , bj, modal] of SUB) {
      const f = tw / 4;
      rg.row(`A${r++}`, [2025, tw, p, k, s, 0, 0, 0, bj, Math.round(bj * f * 0.9), Math.round(f * 90), modal, Math.round(modal * f * 0.8), Math.round(f * 85), 0, 0, 0]);
    }
  }
  return book;
}

const PK = "PK Kadis";
const RA = "Rencana Aksi";
const RG = "Import Realisasi";

export const sungaipenuh: Layout = {
  name: "sungaipenuh-disdik-2025",
  source: "bkerinci/esakip @9977777b resources/js/Pages/Document/PrintRencanaAksi.jsx, app/Imports/{RencanaAksi,RealisasiAnggaran}Import.php",
  build,
  truth: {
    tahun: 2025,
    // The import sheet has no title (workbook.md §3 knows a Realisasi by its REALISASI title): no PK companion.
    sheets: { [PK]: "pk", [RA]: "renaksi", [RG]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: NIP,
        pihakKedua: { jabatan: "WALI KOTA SUNGAI PENUH", nama: WAKO, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        anggaran: PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      // The year stands in the title's next row (`… TAHUN ANGGARAN 2025`), as workbook.md §1 allows for a PK title.
      { rule: "tahun-missing", sheet: RA }, { rule: "sheet-unrecognised", sheet: RA },
      // A single PK: the Rencana Aksi without jabatan line belongs to it (workbook.md §2).
      { rule: "pk-unlinked", sheet: RA }, { rule: "indikator-unknown", sheet: RA }, { rule: "renaksi-missing", sheet: PK },
      { rule: "satuan-mismatch", sheet: RA }, { rule: "target-mismatch", sheet: RA }, { rule: "tw-target-inconsistent", sheet: RA },
      { rule: "pagu-mismatch", sheet: RA }, { rule: "rak-sum", sheet: RA },
      // `-` is none (workbook.md §5), not an unreadable target.
      { rule: "value-unreadable", sheet: RA }, { rule: "target-missing", sheet: RA },
      { rule: "indikator-unknown", sheet: RG }, { rule: "pagu-mismatch", sheet: RG }, { rule: "realisasi-over-pagu", sheet: RG },
      { rule: "pk-unlinked", sheet: RG }, { rule: "tahun-missing", sheet: RG }, { rule: "fisik-invalid", sheet: RG },
    ],
    unreadOrRead: [
      // Activities and the money per indikator row: no field of the model holds them. (`Penanggung Jawab` is a
      // keterangan column, recognised as layout like `Keterangan`: issue 11's third state, neither read nor unread.)
      { sheet: RA, cells: ["H5", "J5", "H8", "J8"], what: "Aktifitas / Anggaran of the Rencana Aksi" },
    ],
  },
  checks: [
    {
      name: "the Rencana Aksi's TW 1..TW 4 are each indikator's quarterly targets (no annual target column)",
      run(out) {
        const ra = out.model.renaksi.find((x) => x.sheet === RA);
        expect(ra?.pk ?? null).toBe(PK);
        const got = IND.map((i) => {
          const x = ra?.indikator.find((y) => y.nama.trim() === i.nama);
          const reported = !!x && x.twCells.some((c) => reportedUnread(out.model, RA, c));
          return { nama: i.nama, tw: reported ? "reported" : x?.tw ?? "missing" };
        });
        expect(got).toEqual(IND.map((i) => ({ nama: i.nama, tw: i.want })));
      },
    },
    {
      name: "the import sheet adds nothing to the model and is reported as a sheet not read (info)",
      run(out) {
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => [f.sheet, f.severity])).toEqual([[RG, "info"]]);
        expect({ realisasi: out.model.realisasi.length, renaksi: out.model.renaksi.map((x) => x.sheet) }).toEqual({ realisasi: 0, renaksi: [RA] });
      },
    },
  ],
};
