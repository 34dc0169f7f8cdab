/**
 * Kabupaten Pringsewu, Diskominfo: the PK 2025 of a functional official (Pranata Komputer), as the kabupaten's eKin
 * "Ruang OPD" page prints it (statement and lampiran one after the other, printed to one sheet).
 *
 * Layout: index id 70083703527 (repository not named by the index; an AKSARA+ / eKin CodeIgniter view, `ruang_opd/…`
 * "dokumen PK satu pegawai"). Real, from the template: `Perjanjian Kinerja Tahun <year>` / the unit in capitals; each
 * party as FOUR rows `Nama | : | NAME`, `NIP | : | …`, `Pangkat/Gol. | : | …`, `Jabatan | : | …` (NIP and pangkat on
 * their own rows); `Selanjutnya disebut PIHAK PERTAMA.` / `Selaku atasan langsung PIHAK PERTAMA, selanjutnya disebut
 * PIHAK KEDUA.`; `Pringsewu, <date>` right; the signature with `PIHAK KEDUA,` / a status chip (`ditandatangani <date>`,
 * `diajukan`) / the name / `NIP. …` and NO jabatan line; page 2 `Lampiran Perjanjian Kinerja Tahun <year>` / unit /
 * `Nama` / `Jabatan` / `Unit kerja` rows, then `No | Sasaran / Rencana Hasil Kerja | Indikator | Satuan |
 * Target Bulanan` (merged over `Jan .. Des`) `| Target Tahunan | Metode`, section rows `Kinerja Utama` /
 * `Kinerja Tambahan` over the whole width, numbers through number_format(…, ',', '.') (`8,50`), Metode
 * `Akumulasi` / `Posisi akhir` / `Rata-rata`.
 * Made up: names, NIP, pangkat, the sub-unit, indikator and targets.
 */
import { Book } from "../book";
import type { Layout } from "../layout";

const PEGAWAI = "RIKO ADITYA PRATAMA, S.KOM.";
const NIP = "199208142019031006";
const KABID = "HENDRA WIJAYA, S.T., M.T.";
const NIP_KABID = "198106232006041002";
const JABATAN = "Pranata Komputer Ahli Pertama";
const KABID_JAB = "Kepala Bidang Aplikasi Informatika";
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const IND = [
  { s: "Terselenggaranya layanan aplikasi pemerintahan yang andal", nama: "Jumlah aplikasi layanan publik yang dikembangkan", satuan: "Aplikasi", months: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1], target: 4, metode: "Akumulasi" },
  { s: "Terselenggaranya layanan aplikasi pemerintahan yang andal", nama: "Persentase ketersediaan layanan (uptime) server aplikasi", satuan: "%", months: [99, 99, 99, 99, 99, 99, 99.5, 99.5, 99.5, 99.5, 99.5, 99.5], target: 99.5, metode: "Posisi akhir" },
  { s: "Meningkatnya keamanan aplikasi perangkat daerah", nama: "Indeks kepuasan pengguna aplikasi", satuan: "Indeks", months: [0, 0, 8.25, 0, 0, 8.25, 0, 0, 8.5, 0, 0, 8.5], target: 8.5, metode: "Rata-rata" },
];
const TAMBAHAN = { s: "Terlaksananya tugas tambahan dari pimpinan", nama: "Jumlah laporan pendampingan SPBE", satuan: "Laporan", months: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1], target: 4, metode: "Akumulasi" };
const fmt = (v: number) => (v === 0 ? "" : Number.isInteger(v) ? String(v) : v.toFixed(2).replace(".", ","));

function build(): Book {
  const book = new Book("pringsewu-ekin-pegawai-2025.xlsx");
  const s = book.sheet("PK Pegawai");
  s.merge("A1:R1", "Perjanjian Kinerja Tahun 2025").merge("A2:R2", "DINAS KOMUNIKASI DAN INFORMATIKA");
  s.put("A4", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  s.rows("A5", [["Nama", ":", PEGAWAI], ["NIP", ":", NIP], ["Pangkat/Gol.", ":", "Penata Muda Tk. I / III b"], ["Jabatan", ":", JABATAN]]);
  s.put("A9", "Selanjutnya disebut PIHAK PERTAMA.");
  s.rows("A10", [["Nama", ":", KABID], ["NIP", ":", NIP_KABID], ["Pangkat/Gol.", ":", "Pembina / IV a"], ["Jabatan", ":", KABID_JAB]]);
  s.put("A14", "Selaku atasan langsung PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.");
  s.put("A15", "PIHAK PERTAMA berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  s.put("A16", "PIHAK KEDUA akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put("K18", "Pringsewu, 6 Januari 2025");
  s.row("B19", ["PIHAK KEDUA,", null, null, null, null, null, null, null, null, "PIHAK PERTAMA,"]);
  s.row("B20", ["ditandatangani 6 Januari 2025", null, null, null, null, null, null, null, null, "diajukan"]);
  s.row("B21", [KABID, null, null, null, null, null, null, null, null, PEGAWAI]);
  s.row("B22", [`NIP. ${NIP_KABID}`, null, null, null, null, null, null, null, null, `NIP. ${NIP}`]);

  s.merge("A25:R25", "Lampiran Perjanjian Kinerja Tahun 2025").merge("A26:R26", "DINAS KOMUNIKASI DAN INFORMATIKA");
  s.rows("A27", [["Nama", ":", PEGAWAI], ["Jabatan", ":", JABATAN], ["Unit kerja", ":", "Bidang Aplikasi Informatika"]]);
  s.merge("A31:A32", "No").merge("B31:B32", "Sasaran / Rencana Hasil Kerja").merge("C31:C32", "Indikator").merge("D31:D32", "Satuan");
  s.merge("E31:P31", "Target Bulanan").row("E32", MONTHS);
  s.merge("Q31:Q32", "Target Tahunan").merge("R31:R32", "Metode");
  s.merge("A33:R33", "Kinerja Utama");
  IND.forEach((i, k) => s.row(`A${34 + k}`, [k + 1, i.s, i.nama, i.satuan, ...i.months.map(fmt), fmt(i.target), i.metode]));
  s.merge("A37:R37", "Kinerja Tambahan");
  const t = TAMBAHAN;
  s.row("A38", [1, t.s, t.nama, t.satuan, ...t.months.map(fmt), fmt(t.target), t.metode]);
  return book;
}

const PK = "PK Pegawai";

export const pringsewuEkin: Layout = {
  name: "pringsewu-ekin-pegawai-2025",
  source: "index id 70083703527 (AKSARA+/eKin ruang_opd PK pegawai view, Kabupaten Pringsewu)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk" },
    pk: [
      {
        // A functional jabatan names no level of workbook.md §1: level-unknown, never a guess (rules.md). The jabatan
        // stands only in the `Jabatan :` row (workbook.md §6); the status chips under PIHAK are neither jabatan nor name.
        sheet: PK, jabatan: JABATAN, level: null, atasan: null, nama: PEGAWAI, nip: NIP,
        pihakKedua: { jabatan: KABID_JAB, nama: KABID, nip: NIP_KABID },
        // `Target Tahunan` is the target; `Target Bulanan` (Jan..Des) is a monthly plan, never the target. The section
        // rows `Kinerja Utama` / `Kinerja Tambahan` are neither sasaran nor indikator: each row carries its own sasaran.
        indikator: [...IND, TAMBAHAN].map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.s })),
        anggaran: [],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "level-unknown", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "target-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK },
      { rule: "nip-invalid", sheet: PK }, { rule: "tahun-missing", sheet: PK }, { rule: "sasaran-missing", sheet: PK },
      { rule: "tabel-missing", sheet: PK }, { rule: "level-mismatch", sheet: PK },
      // Numbering restarts under `Kinerja Tambahan`: no duplicate.
      { rule: "indikator-duplicate", sheet: PK },
    ],
    unreadOrRead: [
      // Monthly targets and Metode: the model keeps neither on a PK indikator; read or reported, never dropped.
      { sheet: PK, cells: ["G34", "J34", "E35", "P35", "G36", "R34", "R35", "R36", "G38", "R38"], what: "Target Bulanan / Metode of the lampiran" },
    ],
  },
  checks: [
    {
      name: "one PK: the statement half and the lampiran half of the sheet are the same official",
      run(out) {
        const pk = out.model.pk.filter((p) => p.sheet === PK);
        expect(pk.map((p) => ({ jabatan: p.pihakPertama?.jabatan, kedua: p.pihakKedua?.jabatan }))).toEqual([{ jabatan: JABATAN, kedua: KABID_JAB }]);
      },
    },
  ],
};
