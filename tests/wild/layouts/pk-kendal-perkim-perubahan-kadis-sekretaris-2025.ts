/**
 * Kabupaten Kendal (made up), Dinas Perumahan dan Kawasan Permukiman: the PK PERUBAHAN 2025 of the Kepala Dinas
 * (eselon2) and of the Sekretaris (eselon3) in one workbook, a cascade of two sheets named `Lamp PK` and `Sheet2`.
 * The Kadis's program list is the one a CodeIgniter portal keeps per PK Perubahan Eselon II: `Nama Program` picked
 * from a list and `Pagu Anggaran` typed as a plain number (`<input type="number">`), printed as
 * `No | Nama Program | Pagu Anggaran` with number cells, no kode. The Pihak Kedua of the Kadis is a `Pj. BUPATI`
 * (a civil servant: pangkat line and NIP under his name, unlike an elected Bupati). Each signature has a pangkat
 * line between name and NIP; the Sekretaris's NIP is written without spaces after `NIP.`; on `Sheet2` the date
 * line stands in the middle column C, not over either signature (A, E). Targets: satuan in its own column and
 * glued to the target as well (`85 %`, `1.250 Unit`, `100 persen`, `12 Dokumen`), one qualitative (`BB`); the
 * Sekretaris's anggaran as text (`Rp 1.250.000.000,00`).
 *
 * Source: index id 49364637297 (CodeIgniter view `portal/…/pk_kadis_perubahan/…/lampiran/…/program_pk_kadis_edit`,
 * `Perjanjian Kinerja Perubahan Esselon II`, fields `Nama Program *`, `Pagu Anggaran *` type number; repository not
 * named). The print layout of the lampiran, the pemda, names, NIP, sasaran, indikator, targets, programs, kegiatan
 * and amounts are made up, after workbook.md §1 (the two-column signature, pangkat line) and the brief's list.
 *
 * Correct reading (workbook.md §1, §5; rules.md), written before the engine was run:
 * - `Lamp PK`: one eselon2 PK (`KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN KENDAL`), Pihak Kedua
 *   `Pj. BUPATI KENDAL` with name and NIP (the level after the prefix is kepala-daerah; not in the workbook:
 *   atasan-missing, a warning), three indikator 85, 1250 (`1.250` is id-ID grouping), `BB`; the numbering row
 *   `(1)..(5)` is no indikator; three programs (no kode) with their number pagu, `Jumlah` adds up.
 * - `Sheet2`: one eselon3 PK (Sekretaris of a dinas), Pihak Kedua the Kadis with the same name and NIP as on
 *   `Lamp PK`: atasan `Lamp PK`, no atasan-missing, no atasan-mismatch. Two indikator 100, 12; three kegiatan with
 *   text pagu, `Jumlah` adds up. `Sasaran Program` and `Kegiatan` agree with eselon3: no level-mismatch.
 * - The pangkat lines are no part of any name; no NIP is invalid. No kode anywhere, so no kode or rollup rule can
 *   apply (the spec ties kode-orphan and anggaran-rollup to kodes).
 */
import { Book, rp } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK1 = "Lamp PK";
const PK2 = "Sheet2";
const PJ = { nama: "Drs. SUDARYANTO WIBOWO, M.M.", nip: "19690412 199003 1 005", jab: "Pj. BUPATI KENDAL", pangkat: "Pembina Utama Madya (IV/d)" };
const KADIS = { nama: "Ir. HERU PRASETYO, M.T.", nip: "19720815 199803 1 004", jab: "KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN KENDAL", pangkat: "Pembina Utama Muda (IV/c)" };
const SEK = { nama: "RINA KURNIASARI, S.E., M.Si.", nip: "197508122000031003", jab: "SEKRETARIS DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN KENDAL", pangkat: "Pembina (IV/a)" };

const SS1 = ["Meningkatnya kualitas lingkungan permukiman", "Meningkatnya akuntabilitas kinerja perangkat daerah"];
const IND1 = [
  { s: 0, nama: "Persentase kawasan permukiman kumuh yang tertangani", satuan: "%", text: "85 %", target: 85 as number | string },
  { s: 0, nama: "Jumlah rumah tidak layak huni yang direhabilitasi", satuan: "Unit", text: "1.250 Unit", target: 1250 as number | string },
  { s: 1, nama: "Nilai SAKIP Dinas Perumahan dan Kawasan Permukiman", satuan: "Predikat", text: "BB", target: "BB" as number | string },
];
const PROG = [
  { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 6_482_350_000 },
  { nama: "PROGRAM PENGEMBANGAN PERUMAHAN", pagu: 12_750_000_000 },
  { nama: "PROGRAM KAWASAN PERMUKIMAN", pagu: 8_315_600_000 },
];
const SS2 = ["Meningkatnya kualitas pelayanan administrasi perangkat daerah", "Meningkatnya kualitas perencanaan dan pelaporan kinerja"];
const IND2 = [
  { s: 0, nama: "Persentase layanan administrasi perkantoran yang terpenuhi", satuan: "%", text: "100 persen", target: 100 },
  { s: 1, nama: "Jumlah dokumen perencanaan dan pelaporan yang disusun tepat waktu", satuan: "Dokumen", text: "12 Dokumen", target: 12 },
];
const KEG = [
  { nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: 185_400_000 },
  { nama: "Administrasi Keuangan Perangkat Daerah", pagu: 4_912_750_000 },
  { nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", pagu: 1_250_000_000 },
];

function build(): Book {
  const book = new Book("pk-kendal-perkim-perubahan-kadis-sekretaris-2025.xlsx");
  const a = book.sheet(PK1);
  a.merge("A1:E1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025");
  a.merge("A2:E2", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN");
  a.merge("A3:E3", "KABUPATEN KENDAL");
  a.row("A5", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  a.row("A6", ["(1)", "(2)", "(3)", "(4)", "(5)"]);
  a.merge("A7:A8", 1).merge("B7:B8", SS1[0]).put("A9", 2).put("B9", SS1[1]);
  IND1.forEach((i, k) => a.row(`C${7 + k}`, [i.nama, i.satuan, i.text])); // 7..9
  a.row("A11", ["No", "Nama Program"]).put("E11", "Pagu Anggaran").merge("B11:D11");
  PROG.forEach((p, k) => a.put(`A${12 + k}`, k + 1).merge(`B${12 + k}:D${12 + k}`, p.nama).put(`E${12 + k}`, rp(p.pagu))); // 12..14
  a.merge("A15:D15", "Jumlah").put("E15", rp(sum(PROG.map((p) => p.pagu))));
  a.put("E17", "Kendal, 2 Januari 2025");
  a.put("A18", "PIHAK KEDUA,").put("E18", "PIHAK PERTAMA,");
  a.put("A19", `${PJ.jab},`).put("E19", `${KADIS.jab},`);
  a.put("A23", PJ.nama).put("E23", KADIS.nama);
  a.put("A24", PJ.pangkat).put("E24", KADIS.pangkat);
  a.put("A25", `NIP. ${PJ.nip}`).put("E25", `NIP. ${KADIS.nip}`);

  const b = book.sheet(PK2);
  b.merge("A1:E1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025");
  b.merge("A2:E2", "SEKRETARIS DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN");
  b.merge("A3:E3", "KABUPATEN KENDAL");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  IND2.forEach((i, k) => b.row(`A${6 + k}`, [k + 1, SS2[i.s], i.nama, i.satuan, i.text])); // 6..7
  b.row("A9", ["No", "Kegiatan"]).put("E9", "Anggaran (Rp)").merge("B9:D9");
  KEG.forEach((g, k) => b.put(`A${10 + k}`, k + 1).merge(`B${10 + k}:D${10 + k}`, g.nama).put(`E${10 + k}`, `Rp ${idr(g.pagu, 2)}`)); // 10..12
  b.merge("A13:D13", "Jumlah").put("E13", `Rp ${idr(sum(KEG.map((g) => g.pagu)), 2)}`);
  b.put("C15", "Kendal, 2 Januari 2025");
  b.put("A16", "PIHAK KEDUA,").put("E16", "PIHAK PERTAMA,");
  b.put("A17", `${KADIS.jab},`).put("E17", `${SEK.jab},`);
  b.put("A21", KADIS.nama).put("E21", SEK.nama);
  b.put("A22", KADIS.pangkat).put("E22", SEK.pangkat);
  b.put("A23", `NIP. ${KADIS.nip}`).put("E23", `NIP.${SEK.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pkKendalPerkimCascade: Layout = {
  name: "pk-kendal-perkim-perubahan-kadis-sekretaris-2025",
  source: "index id 49364637297 (CodeIgniter `pk_kadis_perubahan` lampiran: `Nama Program` + `Pagu Anggaran` as a number); print layout, pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        sheet: PK1, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: PJ.jab, nama: PJ.nama, nip: digits(PJ.nip) },
        indikator: IND1.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS1[i.s] })),
        anggaran: PROG.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: PK2, jabatan: SEK.jab, level: "eselon3", atasan: PK1, nama: SEK.nama, nip: SEK.nip,
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND2.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS2[i.s] })),
        anggaran: KEG.map((g) => ({ kode: null, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }],
    absent: [PK1, PK2].flatMap((sheet) => [
      { rule: "level-mismatch", sheet }, { rule: "jumlah-mismatch", sheet }, { rule: "pihak-missing", sheet },
      { rule: "value-unreadable", sheet }, { rule: "target-missing", sheet }, { rule: "nip-invalid", sheet },
      { rule: "level-unknown", sheet }, { rule: "atasan-mismatch", sheet }, { rule: "tabel-missing", sheet },
      { rule: "indikator-duplicate", sheet }, { rule: "isi-tak-terbaca", sheet },
    ]).concat([{ rule: "atasan-missing", sheet: PK2 }]),
  },
  checks: [
    {
      name: "the numbering row (1)..(5) is no indikator, and the pangkat lines are no party's name",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK1);
        expect((pk?.indikator ?? []).map((i) => i.cell)).not.toContain("C6");
        const names = out.model.pk.flatMap((p) => [p.pihakPertama?.nama ?? "", p.pihakKedua?.nama ?? ""]);
        expect(names.filter((n) => /Pembina/.test(n))).toEqual([]);
      },
    },
  ],
};
