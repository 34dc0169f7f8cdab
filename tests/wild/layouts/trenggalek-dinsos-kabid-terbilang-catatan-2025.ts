/**
 * Kabupaten Trenggalek, Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak: the PK 2025 of the Kabid
 * Rehabilitasi Sosial, typed in Word and pasted, whose kegiatan table has rows under it that are not budget objects:
 * a footnote right under the last kegiatan (`*) Termasuk DAK Non Fisik` in the name column, no amount), the `Jumlah`
 * row, a `Terbilang :` line (the total in words, merged over the name and amount columns) and a `Sumber dana: …` note.
 *
 * Source. The brief (issue 11, rounds 8–10) asks for "footers … pasted" and rows not of the table's shape (the DataTables
 * pager under a program table was read as a program in sukoharjo-disperkim-datatables-tempel-2025); `Terbilang` lines
 * and `*)` footnotes are how Word PKs and SIPD DPA prints close a money table. No repository print was found in time.
 * Made up: names, NIPs, indikator, targets, amounts; kegiatan kode after Kepmendagri 050-5889/2021 (1.06.04).
 *
 * What a correct reader does (workbook.md §1, §6, rules.md): three kegiatan with kode and pagu; the `Jumlah` row
 * closes the table with its stated total, which is mistyped here (1.928.950.000 against the sum 1.882.950.000, the
 * `Terbilang` copying the typo): ONE jumlah-mismatch error at D14 (what a planner expects). A strict reading of §6
 * ("a table ends at rows that are not of its shape") ends the table at the footnote; then the Jumlah row is no note
 * either and must be reported isi-tak-terbaca: the check accepts either, never the silent note; the footnote is no fourth kegiatan (it has no kode and no amount), `Terbilang` no amount and no
 * kegiatan; those rows are notes (layout) or reported, either is right (spec silent on `Terbilang`).
 */
import { Book } from "../book";
import { idr, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const SHEET = "Lamp PK";
const KADIS = { nama: "Drs. TRI PUJI HARTONO, M.Si.", nip: "19700628 199203 1 006", jab: "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN TRENGGALEK" };
const KABID = { nama: "ENDANG SRI RAHAYU, S.Sos., M.M.", nip: "19780412 200212 2 007", jab: "KEPALA BIDANG REHABILITASI SOSIAL" };
const SP = "Meningkatnya pelayanan rehabilitasi sosial bagi PPKS";
const IND = [
  { nama: "Persentase PPKS yang memperoleh rehabilitasi sosial dasar di luar panti", satuan: "%", target: 85 },
  { nama: "Jumlah penyandang disabilitas terlantar yang mendapat bantuan alat bantu", satuan: "orang", target: 120 },
];
const KEG = [
  { kode: "1.06.04.2.01", nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial", pagu: 1_284_600_000 },
  { kode: "1.06.04.2.02", nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial", pagu: 412_350_000 },
  { kode: "1.06.04.2.03", nama: "Pembinaan Lembaga Kesejahteraan Sosial (LKS)", pagu: 186_000_000 },
];
// The kegiatan sum to 1.882.950.000.
/** The stated total, mistyped (a digit slipped: 1.928.950.000): a correct reader gives jumlah-mismatch on it. */
const TOTAL = 1_928_950_000;

function build(): Book {
  const book = new Book("trenggalek-dinsos-kabid-terbilang-catatan-2025.xlsx");
  const s = book.sheet(SHEET);
  s.merge("A1:D1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", KABID.jab).merge("A3:D3", "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK");
  s.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A6:A7", 1).merge("B6:B7", SP);
  IND.forEach((i, k) => s.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  s.row("A9", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((k, n) => s.row(`A${10 + n}`, [n + 1, k.kode, k.nama, idr(k.pagu, 2)]));
  s.put("C13", "*) Termasuk DAK Non Fisik Bidang Sosial");
  s.merge("A14:C14", "Jumlah").put("D14", idr(TOTAL, 2));
  s.put("A15", "Terbilang :").merge("B15:D15", "Satu miliar sembilan ratus dua puluh delapan juta sembilan ratus lima puluh ribu rupiah");
  s.put("A16", "Sumber dana: APBD Kabupaten Trenggalek Tahun Anggaran 2025 dan DAK Non Fisik");
  s.put("D18", "Trenggalek, 2 Januari 2025");
  s.rows("B19", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${KABID.jab},`]]);
  s.row("B24", [KADIS.nama, null, KABID.nama]);
  s.row("B25", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  s.row("B26", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const trenggalekTerbilang: Layout = {
  name: "trenggalek-dinsos-kabid-terbilang-catatan-2025",
  source: "brief rounds 8–10 (footers and rows not of the table's shape: `*)` footnote, `Terbilang :`, `Sumber dana:` under a kegiatan table); no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [SHEET]: "pk" },
    pk: [
      {
        sheet: SHEET, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((k) => ({ kode: k.kode, nama: k.nama, pagu: k.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    allowedAt: [{ rule: "jumlah-mismatch", sheet: SHEET, cell: "D14" }],
    warnings: [{ rule: "atasan-missing", sheet: SHEET, cell: "B20" }],
    absent: [
      { rule: "value-unreadable", sheet: SHEET }, { rule: "kode-invalid", sheet: SHEET },
      { rule: "level-mismatch", sheet: SHEET }, { rule: "kode-level-mismatch", sheet: SHEET }, { rule: "pihak-missing", sheet: SHEET },
    ],
  },
  checks: [
    {
      name: "the mistyped Jumlah (D14) is checked (jumlah-mismatch) or, if the footnote is taken to end the table, reported unread; never a silent note",
      run(out) {
        const mismatch = out.findings.some((f) => f.rule === "jumlah-mismatch" && f.sheet === SHEET && f.cell === "D14");
        expect({ D14: mismatch || reportedUnread(out.model, SHEET, "D14") }).toEqual({ D14: true });
      },
    },
  ],
};
