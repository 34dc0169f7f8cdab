/**
 * Kabupaten Sidoarjo, Kecamatan Candi: the PK 2025 of the Camat, whose budget is written ONLY as sentences under the
 * kinerja table (`1. Kegiatan …, dengan anggaran sebesar Rp 1.125.400.000,00`, then `Jumlah anggaran Tahun Anggaran
 * 2025 sebesar Rp 1.842.500.000,- (satu miliar …)`), the way a PK typed in Word from the PermenPAN-RB 53/2014 form is
 * often written: no `Kegiatan | Anggaran` header anywhere.
 *
 * Source. The brief (issue 11, round 10) lists "a PK whose pagu is written only in a sentence under the table
 * (`Jumlah anggaran ... sebesar Rp ...`)" as never found; no repository print or public page with it was found in
 * time (searches in the `pages` and `code` corpora gave none). Made up: names, NIPs, indikator, targets, amounts;
 * kegiatan names after Kepmendagri 050-5889/2021 (7.01.01, kecamatan).
 *
 * What a correct reader does (workbook.md §1, §6): the kinerja table is read as usual (3 indikator, `Sasaran` header:
 * no level conflict for a Camat, eselon3). The spec is silent on a budget written as sentences: a Bappeda planner
 * reads two kegiatan with their pagu (kode absent) and a stated total that agrees. So the three sentence cells are
 * either read into the model (then the two kegiatan with exactly these pagu, no kode) or reported isi-tak-terbaca —
 * never taken as a note and dropped: a pagu dropped silently is the harm. Never a tabel-missing (the kinerja table is
 * there), never a value-unreadable of the sentences as targets, never a fourth indikator.
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";

const SHEET = "PK Camat";
const BUPATI = { nama: "H. SUHARTONO ADI, S.H.", jab: "BUPATI SIDOARJO" };
const CAMAT = { nama: "Drs. MOCHAMAD NUR SALIM, M.Si.", nip: "19720815 199803 1 006", jab: "CAMAT CANDI" };
const S1 = "Meningkatnya kualitas pelayanan administrasi kecamatan";
const S2 = "Meningkatnya partisipasi masyarakat dalam pembangunan";
const IND = [
  { nama: "Indeks Kepuasan Masyarakat (IKM) pelayanan PATEN", satuan: "nilai", target: 82.5, text: "82,5", sasaran: S1 },
  { nama: "Persentase layanan PATEN selesai tepat waktu", satuan: "%", target: 95, sasaran: S1 },
  { nama: "Persentase usulan Musrenbang kecamatan yang terakomodasi", satuan: "%", target: 40, sasaran: S2 },
];
const KEG = [
  { nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", pagu: 1_125_400_000 },
  { nama: "Koordinasi Kegiatan Pemberdayaan Desa", pagu: 717_100_000 },
];
const TOTAL = 1_842_500_000;

function build(): Book {
  const book = new Book("sidoarjo-kec-candi-pagu-kalimat-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", CAMAT.jab).merge("A3:E3", "KABUPATEN SIDOARJO");
  s.row("A5", ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A6:A7", 1).merge("B6:B7", S1).row("A8", [2, S2]);
  IND.forEach((i, k) => s.row(`C${6 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  KEG.forEach((k, n) => s.merge(`A${10 + n}:E${10 + n}`, `${n + 1}. Kegiatan ${k.nama}, dengan anggaran sebesar Rp ${idr(k.pagu, 2)}`));
  s.merge("A12:E12", `Jumlah anggaran Tahun Anggaran 2025 sebesar Rp ${idr(TOTAL)},- (satu miliar delapan ratus empat puluh dua juta lima ratus ribu rupiah).`);
  s.put("D14", "Candi, 2 Januari 2025");
  s.rows("B15", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${BUPATI.jab},`, null, `${CAMAT.jab},`]]);
  s.row("B20", [BUPATI.nama, null, CAMAT.nama]);
  s.put("D21", "Pembina Tingkat I (IV/b)").put("D22", `NIP. ${CAMAT.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");
const SENTENCES = ["A10", "A11", "A12"];

export const sidoarjoPaguKalimat: Layout = {
  name: "sidoarjo-kec-candi-pagu-kalimat-2025",
  source: "brief round 10 (pagu written only in sentences under the kinerja table); no repository print found; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        // anggaran omitted: read from the sentences or reported (the check says which is allowed).
        sheet: SHEET, jabatan: CAMAT.jab, level: "eselon3", atasan: null, nama: CAMAT.nama, nip: digits(CAMAT.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: i.sasaran })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: SHEET, cell: "B16" }],
    absent: [
      { rule: "tabel-missing", sheet: SHEET }, { rule: "value-unreadable", sheet: SHEET }, { rule: "target-missing", sheet: SHEET },
      { rule: "jumlah-mismatch", sheet: SHEET }, { rule: "level-mismatch", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
    ],
    unreadOrRead: [{ sheet: SHEET, cells: SENTENCES, what: "the budget written as sentences (kegiatan + pagu, the total)" }],
  },
  checks: [
    {
      name: "the budget sentences: read as the two kegiatan with their pagu (no kode), or not read at all (then reported)",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === SHEET);
        const got = (pk?.anggaran ?? []).map((a) => ({ kode: a.kode, pagu: a.pagu }));
        if (got.length) expect(got).toEqual(KEG.map((k) => ({ kode: null, pagu: k.pagu })));
        else expect(got).toEqual([]);
      },
    },
  ],
};
