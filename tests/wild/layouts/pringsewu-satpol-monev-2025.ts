/**
 * Kabupaten Pringsewu, Satuan Polisi Pamong Praja: the PK of the Kepala Satpol PP and of one Kepala Bidang, and the
 * app's "Monitoring Capaian Rencana Aksi Perjanjian Kinerja Eselon II / III / IV" print pasted as a third sheet.
 *
 * Layout of the monitoring sheet: index id 56752135436 (CodeIgniter 4 view, PDF of the MONEV PK, default unit
 * `Kabupaten Pringsewu`; repository not named by the index). Real, from the template: judul `Monitoring Capaian Rencana
 * Aksi Perjanjian Kinerja ` + `Eselon II / III / IV` (no eselon filter), subjudul `Tahun 2025`, namaUnit upper-cased;
 * ONE table for every official of the OPD: `No | Pejabat (Eselon) | Sasaran | Indikator | Satuan | Target | Realisasi /
 * Capaian Triwulan (I II III IV) | Total | %`; the Pejabat cell is the jabatan with `<br><small>(Eselon II)</small>`
 * (one cell, two lines), merged down over that official's rows with the sasaran; quarters not reported print `-`; the %
 * is PHP `round(total/target*100, 1) . '%'` (decimal POINT, `94.4%`), `-` without total; No counts on across officials.
 * The order of the kop lines (pemda, unit, judul, subjudul) is assumed: `templates/pdf_kop` is not in the index.
 * The two PK sheets are the common layout of workbook.md §1 (this app's own PK print is the real sample
 * pringsewu-diskominfo-2025).
 * Made up: names, NIPs, sasaran, indikator, targets, realisasi, amounts (kode and program/kegiatan names are
 * Kepmendagri 050-5889/2021 nomenclature for urusan 1.05).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "Hj. RIYANTO PAMUNGKAS";
const KASAT = "Drs. HERMAN SYAHPUTRA, M.Si.";
const KABID = "ANDI WIJAYA KUSUMA, S.STP., M.H.";
const KASAT_JAB = "KEPALA SATUAN POLISI PAMONG PRAJA KABUPATEN PRINGSEWU";
const KABID_JAB = "KEPALA BIDANG KETENTERAMAN DAN KETERTIBAN UMUM";
const UNIT = "SATUAN POLISI PAMONG PRAJA KABUPATEN PRINGSEWU";

const PROG = [
  { kode: "1.05.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_842_315_000 },
  { kode: "1.05.02", nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM", pagu: 1_275_400_000 },
];
const KEG = [
  { kode: "1.05.02.2.01", nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota", pagu: 836_150_000 },
  { kode: "1.05.02.2.02", nama: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota", pagu: 439_250_000 },
];
const SS = ["Meningkatnya ketenteraman dan ketertiban umum", "Meningkatnya akuntabilitas kinerja perangkat daerah"];
const IND_KASAT = [
  { s: 0, nama: "Persentase penegakan Perda dan Perkada", satuan: "%", target: 90, real: [88, 90] },
  { s: 0, nama: "Persentase gangguan trantibum yang dapat diselesaikan", satuan: "%", target: 95, real: [93, 96] },
  { s: 1, nama: "Nilai SAKIP Satuan Polisi Pamong Praja", satuan: "Nilai", target: 72, real: [null, null] },
];
const SP = "Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum";
const IND_KABID = [
  { nama: "Persentase pelanggaran Perda yang ditindaklanjuti", satuan: "%", target: 85, real: [80, 82] },
  { nama: "Jumlah patroli wilayah yang dilaksanakan", satuan: "Kali", target: 240, real: [58, 63] },
];

function build(): Book {
  const book = new Book("pringsewu-satpol-monev-2025.xlsx");

  const k = book.sheet("PK Kasatpol");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", UNIT);
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A6", 1).merge("B5:B6", SS[0]);
  IND_KASAT.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A7", [2, SS[1]]);
  k.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${10 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((p) => p.pagu))));
  k.put("D14", "Pringsewu, 2 Januari 2025");
  k.row("B15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B16", ["BUPATI PRINGSEWU,", null, `${KASAT_JAB},`]);
  k.row("B20", [BUPATI, null, KASAT]);
  k.put("D21", "Pembina Utama Muda (IV/c)");
  k.put("D22", "NIP. 19700412 199303 1 006");

  const b = book.sheet("PK Kabid Trantibum");
  b.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID_JAB).merge("A3:E3", UNIT);
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  b.merge("A6:A7", 1).merge("B6:B7", SP);
  IND_KABID.forEach((i, j) => b.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  b.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => b.row(`A${10 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  b.merge("A12:C12", "Jumlah").put("D12", idr(sum(KEG.map((g) => g.pagu))));
  b.put("D14", "Pringsewu, 2 Januari 2025");
  b.row("B15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("B16", [`${KASAT_JAB},`, null, `${KABID_JAB},`]);
  b.row("B20", [KASAT, null, KABID]);
  b.row("B21", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  b.row("B22", ["NIP. 19700412 199303 1 006", null, "NIP. 19820917 200112 1 002"]);

  const m = book.sheet("Monev RA TW II");
  m.merge("A1:K1", "PEMERINTAH KABUPATEN PRINGSEWU").merge("A2:K2", UNIT);
  m.merge("A3:K3", "Monitoring Capaian Rencana Aksi Perjanjian Kinerja Eselon II / III / IV").merge("A4:K4", "Tahun 2025");
  ["No", "Pejabat (Eselon)", "Sasaran", "Indikator", "Satuan", "Target"].forEach((h, i) => m.merge(`${"ABCDEF"[i]}6:${"ABCDEF"[i]}7`, h));
  m.merge("G6:J6", "Realisasi / Capaian Triwulan").merge("K6:K7", "Total").merge("L6:L7", "%");
  m.row("G7", ["I", "II", "III", "IV"]);
  const pctOf = (total: number | null, target: number) => (total === null ? "-" : `${Math.round((total / target) * 1000) / 10}%`);
  let r = 8;
  const block = (jab: string, eselon: string, groups: { sasaran: string; rows: { nama: string; satuan: string; target: number; real: (number | null)[]; total: number | null }[] }[]) => {
    const n = sum(groups.map((g) => g.rows.length));
    m.merge(`B${r}:B${r + n - 1}`, `${jab}\n(${eselon})`);
    for (const g of groups) {
      m.merge(`C${r}:C${r + g.rows.length - 1}`, g.sasaran);
      for (const i of g.rows) {
        m.put(`A${r}`, r - 7);
        m.row(`D${r}`, [i.nama, i.satuan, i.target, i.real[0] ?? "-", i.real[1] ?? "-", "-", "-", i.total ?? "-", pctOf(i.total, i.target)]);
        r++;
      }
    }
  };
  // monev_total as the app stores it: the latest value for a percentage, the running sum for a count.
  block(KASAT_JAB, "Eselon II", [
    { sasaran: SS[0], rows: IND_KASAT.slice(0, 2).map((i) => ({ ...i, total: i.real[1] })) },
    { sasaran: SS[1], rows: [{ ...IND_KASAT[2], total: null }] },
  ]);
  block(KABID_JAB, "Eselon III", [
    { sasaran: SP, rows: [{ ...IND_KABID[0], total: 82 }, { ...IND_KABID[1], total: 121 }] },
  ]);
  return book;
}

const PK1 = "PK Kasatpol";
const PK2 = "PK Kabid Trantibum";
const MON = "Monev RA TW II";

export const pringsewuSatpol: Layout = {
  name: "pringsewu-satpol-monev-2025",
  source: "index id 56752135436 (CodeIgniter 4 `Monitoring Capaian Rencana Aksi Perjanjian Kinerja` PDF view, Kabupaten Pringsewu)",
  build,
  truth: {
    tahun: 2025,
    // The monitoring sheet is the realisasi of the PKs (header `Realisasi / Capaian Triwulan`, `Monitoring Capaian`),
    // although its title holds both RENCANA AKSI and PERJANJIAN KINERJA: it has no signature, no Target TW group and no
    // budget table, so it is neither a PK (workbook.md §1) nor a Rencana Aksi (§2: Target Triwulan). The spec's
    // Realisasi title words (§3) do not name `Monitoring Capaian`; a Bappeda planner reads it as realisasi. Spec silent.
    sheets: { [PK1]: "pk", [PK2]: "pk", [MON]: "realisasi" },
    pk: [
      {
        sheet: PK1, jabatan: KASAT_JAB, level: "eselon2", atasan: null, nama: KASAT, nip: "197004121993031006",
        pihakKedua: { jabatan: "BUPATI PRINGSEWU", nama: BUPATI, nip: null },
        indikator: IND_KASAT.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS[i.s] })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: PK2, jabatan: KABID_JAB, level: "eselon3", atasan: PK1, nama: KABID, nip: "198209172001121002",
        pihakKedua: { jabatan: KASAT_JAB, nama: KASAT, nip: "197004121993031006" },
        indikator: IND_KABID.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      // The Kabid carries program 1.05.02's kegiatan, nobody the penunjang program (rules.md kode-uncovered).
      { rule: "kode-uncovered", sheet: PK1, cell: "B10" },
    ],
    absent: [
      { rule: "indikator-unknown", sheet: MON }, { rule: "target-mismatch", sheet: MON }, { rule: "tw-target-inconsistent", sheet: MON },
      { rule: "tahun-missing", sheet: MON }, { rule: "value-unreadable", sheet: MON }, { rule: "satuan-mismatch", sheet: MON },
      { rule: "level-unknown", sheet: MON }, { rule: "pihak-missing", sheet: MON }, { rule: "tabel-missing", sheet: MON },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "kode-orphan", sheet: PK2 }, { rule: "atasan-missing", sheet: PK2 },
      { rule: "level-mismatch", sheet: PK1 }, { rule: "level-mismatch", sheet: PK2 },
    ],
    // One table for two PKs: a model Realisasi belongs to one PK, so a reader may read the rows of one official and
    // report the others, or read each official's rows; none may be dropped. `%` and `Total` are the app's own sums.
    unreadOrRead: [
      { sheet: MON, cells: ["G8", "H8", "G9", "H9"], what: "Kepala Satpol PP realisasi TW I, TW II" },
      { sheet: MON, cells: ["G11", "H11", "G12", "H12"], what: "Kepala Bidang realisasi TW I, TW II" },
    ],
  },
  checks: [
    {
      name: "no PK read from the monitoring sheet (its title says PERJANJIAN KINERJA), and its indikator never checked as Rencana Aksi targets",
      run(out) {
        expect(out.model.pk.map((p) => p.sheet).sort()).toEqual([PK1, PK2].sort());
        expect(out.model.renaksi.map((s) => s.sheet)).toEqual([]);
      },
    },
    {
      name: "where a Realisasi of the sheet is read, each indikator sits with its own official's PK and TW II is the realisasi",
      run(out) {
        const byName = new Map(out.model.pk.map((p) => [p.id, p.sheet] as const));
        for (const s of out.model.realisasi.filter((x) => x.sheet === MON)) {
          const own = byName.get(s.pk ?? "");
          const names = (own === PK1 ? IND_KASAT : IND_KABID).map((i) => i.nama);
          for (const i of s.indikator) expect(names).toContain(i.nama.trim());
          const first = s.indikator.find((i) => i.nama.trim() === names[0]);
          if (first) expect(first.tw.slice(0, 2)).toEqual(own === PK1 ? [88, 90] : [80, 82]);
        }
      },
    },
  ],
};
