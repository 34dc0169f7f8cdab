/**
 * Kabupaten Tegal, Dinas Perhubungan: the PK 2025 of the Kepala Dinas and of the Sekretaris kept SIDE BY SIDE on one
 * sheet (`PK Es II-III`): the Kadis in columns A:E, the Sekretaris in H:L, one blank column between, each with its own
 * title rows, kinerja table, budget table, `Jumlah` row and signature block, all on the same rows.
 *
 * Source. No repository print was found that lays two PKs side by side (the e-SAKIP apps print one PK per page); this
 * is the planner's own working sheet the brief (issue 11, round 6) names as not yet met: "several OPD or several PKs
 * in one sheet side by side". Pemda: Kabupaten Tegal (LKIP Kecamatan Bojong 2023, https://lawinsider.com/id/contracts/
 * gcAWkQp6SsG, `pages` corpus, names the PK of a Tegal perangkat daerah in its BAB II; the place of signing `Slawi` is
 * the kabupaten's seat). Each half follows workbook.md §1 exactly (`No | Sasaran Strategis | Indikator Kinerja |
 * Satuan | Target`, `No | Kode | Program | Anggaran (Rp)`, `Jumlah`, PIHAK KEDUA left / PIHAK PERTAMA right).
 * Made up: names, NIPs, indikator, targets, amounts; kode from Kepmendagri 050-5889/2021 (urusan 2.15 perhubungan).
 *
 * What a correct reader does: workbook.md §6 "every header row starts a table": two header rows on the same row,
 * far apart, are two tables; two title cells `PERJANJIAN KINERJA TAHUN 2025` on one sheet are two PKs. The spec does
 * not name this arrangement; a Bappeda planner expects two PKs, the Sekretaris under the Kadis (the cascade), and
 * nothing of one half in the other. A reader that reports the right half as unread is wrong but honest; one that
 * glues the rows of both halves into one PK (Sekretaris kegiatan as Kadis programs, eight indikator) is silently wrong.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const SHEET = "PK Es II-III";
const BUPATI = "ISCHAK MAULANA ROHMAN";
const KADIS = { nama: "Drs. HERU SUSANTO WIBOWO, M.Si.", nip: "19720305 199703 1 004", jab: "KEPALA DINAS PERHUBUNGAN KABUPATEN TEGAL" };
const SEK = { nama: "ANIK PURWANINGSIH, S.E., M.M.", nip: "19790912 200604 2 013", jab: "SEKRETARIS DINAS PERHUBUNGAN KABUPATEN TEGAL" };

const SS = "Meningkatnya kualitas pelayanan perhubungan darat";
const KADIS_IND = [
  { nama: "Persentase kendaraan wajib uji yang lulus uji berkala", satuan: "%", target: 87 },
  { nama: "Persentase ruas jalan kabupaten yang dilengkapi perlengkapan jalan", satuan: "%", target: 62.5, text: "62,5" },
  { nama: "Jumlah kecelakaan lalu lintas di jalan kabupaten", satuan: "Kejadian", target: 140 },
];
const SP = "Meningkatnya akuntabilitas kinerja dan keuangan Dinas Perhubungan";
const SEK_IND = [
  { nama: "Nilai SAKIP Dinas Perhubungan", satuan: "Predikat", target: "BB" as number | string },
  { nama: "Persentase realisasi anggaran Dinas Perhubungan", satuan: "%", target: 95 },
];
const PROG = [
  { kode: "2.15.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_284_515_000 },
  { kode: "2.15.02", nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", pagu: 3_912_400_000 },
];
const KEG = [
  { kode: "2.15.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: 48_600_000 },
  { kode: "2.15.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", pagu: 5_436_915_000 },
  { kode: "2.15.01.2.06", nama: "Administrasi Umum Perangkat Daerah", pagu: 799_000_000 },
];

function build(): Book {
  const book = new Book("tegal-dishub-berdampingan-2025.xlsx");
  const s = book.sheet(SHEET);
  // Left: the Kadis.
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KADIS.jab);
  s.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A5:A7", 1).merge("B5:B7", SS);
  KADIS_IND.forEach((i, k) => s.row(`C${5 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  s.row("A9", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => s.row(`A${10 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  s.merge("A12:C12", "Jumlah").put("D12", idr(sum(PROG.map((p) => p.pagu))));
  s.put("D14", "Slawi, 2 Januari 2025");
  s.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI TEGAL,", null, `${KADIS.jab},`]]);
  s.row("B20", [BUPATI, null, KADIS.nama]);
  s.row("D21", ["Pembina Utama Muda (IV/c)"]);
  s.row("D22", [`NIP. ${KADIS.nip}`]);
  // Right: the Sekretaris, same rows, columns H:L.
  s.merge("H1:L1", "PERJANJIAN KINERJA TAHUN 2025").merge("H2:L2", SEK.jab);
  s.row("H4", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("H5:H6", 1).merge("I5:I6", SP);
  SEK_IND.forEach((i, k) => s.row(`J${5 + k}`, [i.nama, i.satuan, i.target]));
  s.row("H9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, k) => s.row(`H${10 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  s.merge("H13:J13", "Jumlah").put("K13", idr(sum(KEG.map((g) => g.pagu))));
  s.put("K14", "Slawi, 2 Januari 2025");
  s.rows("I15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${SEK.jab},`]]);
  s.row("I20", [KADIS.nama, null, SEK.nama]);
  s.row("I21", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  s.row("I22", [`NIP. ${KADIS.nip}`, null, `NIP. ${SEK.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const tegalBerdampingan: Layout = {
  name: "tegal-dishub-berdampingan-2025",
  source: "planner's working sheet, two PKs side by side (brief issue 11 round 6); pemda Kabupaten Tegal (lawinsider gcAWkQp6SsG); no repository print",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: "BUPATI TEGAL", nama: BUPATI, nip: null },
        indikator: KADIS_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        // The Sekretaris's Pihak Kedua is the Kadis of the left half: the superior is on the same sheet.
        sheet: SHEET, jabatan: SEK.jab, level: "eselon3", atasan: SHEET, nama: SEK.nama, nip: digits(SEK.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: SEK_IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // 2.15.01 = 48.600.000 + 5.436.915.000 + 799.000.000 = 6.284.515.000: the Sekretaris carries the whole penunjang
    // program. Both Jumlah rows add up.
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: SHEET }, // the Kadis's Bupati Tegal has no PK in the workbook
      { rule: "kode-uncovered", sheet: SHEET, cell: "B11" }, // 2.15.02 carried by no Kabid PK in the workbook
    ],
    absent: [
      { rule: "kode-uncovered", sheet: SHEET, cell: "B10" },
      { rule: "kode-orphan", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET }, { rule: "jumlah-mismatch", sheet: SHEET },
      { rule: "anggaran-rollup", sheet: SHEET }, { rule: "kode-level-mismatch", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
      { rule: "value-unreadable", sheet: SHEET }, { rule: "isi-tak-terbaca", sheet: SHEET },
    ],
  },
  checks: [
    {
      name: "each half's cells belong to its own PK (Kadis A:E, Sekretaris H:L)",
      run(out) {
        const cols = out.model.pk.map((p) => ({
          jabatan: p.pihakPertama?.jabatan?.replace(/,\s*$/, "") ?? null,
          cells: [...p.indikator.map((i) => i.cell), ...p.anggaran.map((a) => a.paguCell)].map((c) => (c ?? "?").replace(/\d+/g, "")),
        }));
        expect(cols).toEqual(expect.arrayContaining([
          { jabatan: KADIS.jab, cells: ["C", "C", "C", "D", "D"] },
          { jabatan: SEK.jab, cells: ["J", "J", "K", "K", "K"] },
        ]));
      },
    },
  ],
};
