/**
 * Kabupaten Banyumas (pemda chosen; content made up), BPBD: the PK 2025 of the Kepala Pelaksana (a plain workbook.md §1
 * PK, programs with kode) and the PK of the Kepala Bidang Kedaruratan dan Logistik typed in Word and pasted, whose
 * budget stands ONLY in sentences under the kinerja table, each kegiatan with its kode:
 * `1. Kegiatan 1.05.03.2.03 Pelayanan Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota, dengan anggaran sebesar
 * Rp 1.185.250.000,00;`, then `Jumlah anggaran Tahun Anggaran 2025 sebesar Rp 1.827.250.000,00 (…)`.
 *
 * Source. The brief (round 12) names "a pagu only in a sentence under the table that a planner expects to be read
 * (`Jumlah anggaran … sebesar Rp 1.234.567.890`)"; near sidoarjo-kec-candi-pagu-kalimat-2025 (the same sentences
 * without kode: reported since layout/budget-sentence.ts) and pk-kendal-puskesmas-jumlah-anggaran-kalimat-2025 (one
 * `Jumlah Anggaran … : Rp …` line). No repository print was found. Made up: names, NIPs, indikator, targets, amounts;
 * kode after Kepmendagri 050-5889/2021 (urusan 1.05, program 1.05.03 penanggulangan bencana).
 *
 * Correct reading. The spec is silent on a budget written as sentences (workbook.md §1 knows the budget table; §6 says
 * nothing is dropped). A Bappeda planner reads them as the Kabid's two kegiatan with kode and pagu and a total that
 * agrees, and expects the cascade checks to run on them; this truth says so (chosen, not spec-literal):
 * - `Lamp PK Kalaksa`: eselon2 (Kepala Pelaksana BPBD), two programs; 1.05.01 is carried by no subordinate:
 *   kode-uncovered at A10. 1.05.03 (1.827.250.000) is exactly the Kabid's two kegiatan: no anggaran-rollup, and no
 *   kode-uncovered at A11 (a reader that leaves the sentences unread gives that false warning).
 * - `Lamp PK Kabid`: eselon3, superior the Kalaksa's PK, three indikator, two kegiatan read from A11 and A12 (kode,
 *   name, pagu), the total of A13 checked (it agrees); none of A11:A13 reported unread (the lead-in line A10,
 *   `Kegiatan dan anggaran …:`, is left open). No level-mismatch, no kode-orphan.
 */
import { Book, rp } from "../book";
import { idr, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KALAKSA_SHEET = "Lamp PK Kalaksa";
const KABID_SHEET = "Lamp PK Kabid";
const BUPATI = { nama: "Ir. SADEWO TRI LASTIONO, M.M.", jab: "BUPATI BANYUMAS" };
const KALAKSA = { nama: "Drs. BUDI NUGROHO SANTOSO, M.Si.", nip: "19700812 199503 1 004", jab: "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BANYUMAS" };
const KABID = { nama: "TRI ANGGORO WIBISONO, S.T.", nip: "19780329 200501 1 006", jab: "KEPALA BIDANG KEDARURATAN DAN LOGISTIK" };

const SS = "Menurunnya risiko bencana di Kabupaten Banyumas";
const IND1 = [
  { nama: "Indeks Risiko Bencana", text: "118,45", target: 118.45 as unknown },
  { nama: "Persentase desa tangguh bencana", text: "35 %", target: 35 },
];
const PROG = [
  { kode: "1.05.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 3_512_600_000 },
  { kode: "1.05.03", nama: "PROGRAM PENANGGULANGAN BENCANA", pagu: 1_827_250_000 },
];
const SP = "Meningkatnya kecepatan penanganan darurat bencana";
const IND2 = [
  { nama: "Persentase korban bencana yang mendapat pertolongan dalam 24 jam", text: "100 %", target: 100 as unknown },
  { nama: "Waktu tanggap darurat bencana", text: "≤ 6 Jam", target: { min: null, max: 6 } },
  { nama: "Persentase ketersediaan logistik kebencanaan", text: "90 %", target: 90 },
];
const KEG = [
  { kode: "1.05.03.2.03", nama: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana Kabupaten/Kota", pagu: 1_185_250_000 },
  { kode: "1.05.03.2.04", nama: "Penataan Sistem Dasar Penanggulangan Bencana", pagu: 642_000_000 },
];
const TOTAL = sum(KEG.map((k) => k.pagu)); // 1.827.250.000

function build(): Book {
  const book = new Book("pg-banyumas-bpbd-kabid-kegiatan-kalimat-2025.xlsx");
  const a = book.sheet(KALAKSA_SHEET);
  a.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BANYUMAS");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  a.merge("A5:A6", 1).merge("B5:B6", SS);
  IND1.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.text]));
  a.row("A9", ["Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => a.row(`A${10 + k}`, [p.kode, p.nama, rp(p.pagu)])); // 10..11
  a.put("B12", "Jumlah").put("C12", rp(sum(PROG.map((p) => p.pagu))));
  a.put("C14", "Purwokerto, 2 Januari 2025");
  a.row("A15", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  a.row("A16", [`${BUPATI.jab},`, null, `${KALAKSA.jab},`]);
  a.row("A21", [BUPATI.nama, null, KALAKSA.nama]);
  a.put("C22", `NIP. ${KALAKSA.nip}`);

  const b = book.sheet(KABID_SHEET);
  b.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", KABID.jab).merge("A3:D3", "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN BANYUMAS");
  b.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Target"]);
  b.merge("A6:A8", 1).merge("B6:B8", SP);
  IND2.forEach((i, k) => b.row(`C${6 + k}`, [i.nama, i.text])); // 6..8
  b.merge("A10:D10", "Kegiatan dan anggaran yang mendukung sasaran tersebut:");
  KEG.forEach((g, k) => b.merge(`A${11 + k}:D${11 + k}`, `${k + 1}. Kegiatan ${g.kode} ${g.nama}, dengan anggaran sebesar Rp ${idr(g.pagu, 2)}${k === 0 ? ";" : "."}`)); // 11..12
  b.merge("A13:D13", `Jumlah anggaran Tahun Anggaran 2025 sebesar Rp ${idr(TOTAL, 2)} (satu miliar delapan ratus dua puluh tujuh juta dua ratus lima puluh ribu rupiah).`);
  b.put("C15", "Purwokerto, 2 Januari 2025");
  b.row("A16", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  b.row("A17", [`${KALAKSA.jab},`, null, `${KABID.jab},`]);
  b.row("A22", [KALAKSA.nama, null, KABID.nama]);
  b.row("A23", [`NIP. ${KALAKSA.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pgBanyumasKegiatanKalimat: Layout = {
  name: "pg-banyumas-bpbd-kabid-kegiatan-kalimat-2025",
  source: "brief round 12 (a pagu only in sentences that a planner expects read); near sidoarjo-kec-candi-pagu-kalimat-2025 and pk-kendal-puskesmas-jumlah-anggaran-kalimat-2025; no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [KALAKSA_SHEET]: "pk", [KABID_SHEET]: "pk" },
    pk: [
      {
        sheet: KALAKSA_SHEET, jabatan: KALAKSA.jab, level: "eselon2", atasan: null, nama: KALAKSA.nama, nip: digits(KALAKSA.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND1.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: KABID_SHEET, jabatan: KABID.jab, level: "eselon3", atasan: KALAKSA_SHEET, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KALAKSA.jab, nama: KALAKSA.nama, nip: digits(KALAKSA.nip) },
        indikator: IND2.map((i) => ({ nama: i.nama, target: i.target as never, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: KALAKSA_SHEET },
      { rule: "kode-uncovered", sheet: KALAKSA_SHEET, cell: "A10" },
    ],
    absent: [
      { rule: "kode-uncovered", sheet: KALAKSA_SHEET, cell: "A11" }, { rule: "anggaran-rollup", sheet: KALAKSA_SHEET },
      { rule: "kode-orphan", sheet: KABID_SHEET }, { rule: "level-mismatch", sheet: KABID_SHEET },
      { rule: "jumlah-mismatch", sheet: KABID_SHEET }, { rule: "value-unreadable", sheet: KABID_SHEET }, { rule: "atasan-missing", sheet: KABID_SHEET },
      { rule: "level-unknown", sheet: KALAKSA_SHEET }, { rule: "kode-level-mismatch", sheet: KABID_SHEET },
    ],
  },
  checks: [
    {
      name: "the sentences are read, not reported unread",
      run(out) {
        expect(["A11", "A12", "A13"].filter((c) => reportedUnread(out.model, KABID_SHEET, c))).toEqual([]);
      },
    },
    {
      name: "the sentences' total is the Kabid's stated Jumlah",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === KABID_SHEET);
        expect(pk?.jumlah?.value ?? null).toBe(TOTAL);
      },
    },
  ],
};
