/**
 * RSUD Hj. Anna Lasmanah Banjarnegara (a BLUD hospital): the PK 2019 of the Kepala Bidang Penunjang, typed in Word and
 * pasted into Excel as two sheets: the statement page (with the only signature) and the lampiran (no signature).
 *
 * Source: https://lawinsider.com/id/contracts/l6peapWyVbX (pages corpus; names masked by the site: the masked unit
 * `RSUD Xx. Xxxx Xxxxxxxx Xxxxxxxxxxxx` is RSUD Hj. Anna Lasmanah Banjarnegara by its letter counts and the place line).
 * Real, from the page: the statement `Nama : / Jabatan :` table, `Selanjutnya disebut sebagai PIHAK KESATU`, `Selaku
 * atasan pihak kesatu, selanjutnya disebut sebagai PIHAK KEDUA`, the placeholder date `Banjarnegara, Januari 2019`, each
 * side in ONE cell (`PIHAK KEDUA, Direktur RSUD …` and the name with `NIP.` in the next), the lampiran titled
 * `Lampiran : Perjanjian Kinerja Tahun 2019` with no jabatan line and no signature, the section line `I. KINERJA
 * PELAYANAN` above the table, `No | Sasaran | Indikator | Target` with the numbering row `(1) (2) (3) (4)`, no Satuan
 * column, and the targets as typed: `162.081`, `60-75 %`, `3 sd 6 hari`, `1 sd 3 hari`, `50-70 hari`, `18 jenis`,
 * `Paripurna`. Made up: the names and NIPs (the page masks them), the fourth sasaran's indikator (the page is cut
 * there) and section `II. KINERJA KEUANGAN` (the BLUD finance indikator such PKs carry: `≥ 80 %`, `WTP`).
 * Pemda note: Banjarnegara appears once before (Distan, the naufalpi/e-sakip-bna app); this is another OPD and
 * another way of making the PK (Word, not an app).
 */
import { Book } from "../book";
import type { Layout } from "../layout";
import { reportedUnread } from "../truth";

const UNIT = "RSUD Hj. Anna Lasmanah Banjarnegara";
const KABID_JAB = `Kepala Bidang Penunjang ${UNIT}`;
const DIR_JAB = `Direktur ${UNIT}`;
const KABID = "WAHYU PRASETYO, SKM, M.Kes";
const DIREKTUR = "dr. AGUS RAHARJO, M.Kes";
const KABID_NIP = "19700815 199403 1 006";
const DIR_NIP = "19660521 199203 1 004";
const digits = (s: string) => s.replace(/\s/g, "");

type Ind = { nama: string; cell: string; target: number | string | { min: number | null; max: number | null }; satuan?: string };
const PELAYANAN: { sasaran: string; ind: Ind[] }[] = [
  { sasaran: "Meningkatnya kunjungan Rumah Sakit", ind: [{ nama: "Jumlah kunjungan pasien", cell: "162.081", target: 162081 }] },
  {
    sasaran: "Terpenuhinya standar mutu asuhan pelayanan dan keselamatan pasien",
    ind: [
      { nama: "BOR (tingkat pemanfaatan tempat tidur)", cell: "60-75 %", target: { min: 60, max: 75 }, satuan: "%" },
      { nama: "AvLOS (rata-rata lama perawatan pasien)", cell: "3 sd 6 hari", target: { min: 3, max: 6 }, satuan: "hari" },
      { nama: "TOI (rata-rata hari tempat tidur tidak digunakan)", cell: "1 sd 3 hari", target: { min: 1, max: 3 }, satuan: "hari" },
      { nama: "BTO (frekuensi pemakaian tempat tidur)", cell: "50-70 hari", target: { min: 50, max: 70 }, satuan: "hari" },
      { nama: "Kelengkapan jenis spesialis", cell: "18 jenis", target: 18, satuan: "jenis" },
    ],
  },
  { sasaran: "Bertahannya status akreditasi dari penilaian standar akreditasi", ind: [{ nama: "Hasil penilaian Status akreditasi Rumah Sakit", cell: "Paripurna", target: "Paripurna" }] },
  { sasaran: "Terpenuhinya prosentase pengadaan sarana dan prasarana kesehatan", ind: [{ nama: "Prosentase pengadaan sarana dan prasarana kesehatan sesuai kebutuhan", cell: "100 %", target: 100, satuan: "%" }] },
];
const KEUANGAN: { sasaran: string; ind: Ind[] }[] = [
  {
    sasaran: "Meningkatnya kemandirian keuangan BLUD",
    ind: [
      { nama: "Cost Recovery Rate (CRR)", cell: "≥ 80 %", target: { min: 80, max: null }, satuan: "%" },
      { nama: "Opini atas laporan keuangan BLUD", cell: "WTP", target: "WTP" },
    ],
  },
];

function table(s: ReturnType<Book["sheet"]>, row: number, groups: { sasaran: string; ind: Ind[] }[], first: number): number {
  s.row(`A${row}`, ["No", "Sasaran", "Indikator", "Target"]);
  s.row(`A${row + 1}`, ["(1)", "(2)", "(3)", "(4)"]);
  let r = row + 2;
  groups.forEach((g, k) => {
    const n = g.ind.length;
    if (n > 1) s.merge(`A${r}:A${r + n - 1}`, first + k).merge(`B${r}:B${r + n - 1}`, g.sasaran);
    else s.row(`A${r}`, [first + k, g.sasaran]);
    g.ind.forEach((x, j) => s.row(`C${r + j}`, [x.nama, x.cell]));
    r += n;
  });
  return r;
}

function build(): Book {
  const book = new Book("banjarnegara-rsud-kabid-word-2019.xlsx");
  const p = book.sheet("PK");
  p.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2019");
  p.merge("A3:D3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertandatangan dibawah ini:");
  p.rows("A5", [["Nama", ":", KABID], ["Jabatan", ":", KABID_JAB]]);
  p.put("A7", "Selanjutnya disebut sebagai PIHAK KESATU");
  p.rows("A9", [["Nama", ":", DIREKTUR], ["Jabatan", ":", DIR_JAB]]);
  p.put("A11", "Selaku atasan pihak kesatu, selanjutnya disebut sebagai PIHAK KEDUA");
  p.merge("A13:D13", "Pihak kesatu berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggungjawab kami.");
  p.merge("A14:D14", "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka penghargaan dan sanksi.");
  p.put("C16", "Banjarnegara,        Januari 2019");
  p.row("A17", [`PIHAK KEDUA,\n${DIR_JAB}`, null, `PIHAK KESATU,\n${KABID_JAB}`]);
  p.row("A21", [`${DIREKTUR}\nNIP. ${DIR_NIP}`, null, `${KABID}\nNIP. ${KABID_NIP}`]);

  const l = book.sheet("Lampiran");
  l.merge("A1:D1", "Lampiran : Perjanjian Kinerja Tahun 2019");
  l.put("A3", "I. KINERJA PELAYANAN");
  const end = table(l, 4, PELAYANAN, 1); // header 4, numbering 5, indikator 6..13
  l.put(`A${end + 1}`, "II. KINERJA KEUANGAN"); // row 15
  table(l, end + 2, KEUANGAN, 1); // header 16, numbering 17, indikator 18..19
  return book;
}

const ST = "PK";
const LAMP = "Lampiran";
const truthInd = (gs: { sasaran: string; ind: Ind[] }[]) =>
  gs.flatMap((g) => g.ind.map((x) => ({ nama: x.nama, target: x.target, ...(x.satuan ? { satuan: x.satuan } : {}), sasaran: g.sasaran })));

export const banjarnegaraRsud: Layout = {
  name: "banjarnegara-rsud-kabid-word-2019",
  source: "https://lawinsider.com/id/contracts/l6peapWyVbX (PK 2019 Kabid Penunjang RSUD Hj. Anna Lasmanah Banjarnegara, Word: statement page + lampiran without signature)",
  build,
  truth: {
    tahun: 2019,
    // The statement page carries the parties and the only signature; the lampiran (title with the year, kinerja
    // tables) is the PK lampiran (workbook.md §1, §6: statement pages may name the parties).
    sheets: { [ST]: "pernyataan", [LAMP]: "pk" },
    pk: [
      {
        sheet: LAMP, jabatan: KABID_JAB, level: "eselon3", atasan: null, nama: KABID, nip: digits(KABID_NIP),
        pihakKedua: { jabatan: DIR_JAB, nama: DIREKTUR, nip: digits(DIR_NIP) },
        // Two kinerja tables (one per section line), each with its (1)..(4) numbering row: never an indikator.
        // `3 sd 6 hari`: spec §5 lists `80 - 90` and `80–90` as ranges; `sd` (sampai dengan) is the Word way of the
        // same dash; the spec is silent on it: a planner reads 3 to 6 days. `≥ 80 %` is a range with no upper bound.
        // `162.081` is the number 162081 (id-ID grouping); `Jumlah kunjungan pasien` has no unit column (satuan not
        // compared). `Paripurna` and `WTP` are qualitative targets.
        indikator: [...truthInd(PELAYANAN), ...truthInd(KEUANGAN)],
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      // The Direktur's PK is not in the workbook.
      { rule: "atasan-missing", sheet: LAMP },
    ],
    absent: [
      { rule: "pihak-missing", sheet: LAMP }, { rule: "target-missing", sheet: LAMP }, { rule: "value-unreadable", sheet: LAMP },
      { rule: "level-unknown", sheet: LAMP }, { rule: "tahun-missing", sheet: LAMP }, { rule: "tabel-missing", sheet: LAMP },
      { rule: "sasaran-missing", sheet: LAMP }, { rule: "indikator-duplicate", sheet: LAMP },
      { rule: "pk-missing", sheet: ST }, { rule: "nip-invalid", sheet: ST }, { rule: "nip-invalid", sheet: LAMP },
    ],
  },
  checks: [
    {
      // The section lines (`I. KINERJA PELAYANAN`) may be taken as table titles or reported; the indikator and targets
      // of both tables must be read, never reported unread.
      name: "no indikator or target cell of either table is reported unread",
      run(out) {
        const cells = [6, 7, 8, 9, 10, 11, 12, 13, 18, 19].flatMap((r) => [`C${r}`, `D${r}`]);
        expect(cells.filter((c) => reportedUnread(out.model, LAMP, c))).toEqual([]);
      },
    },
  ],
};
