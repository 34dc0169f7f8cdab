/**
 * Kabupaten Kendal (made up), Dinas Kesehatan: the PK 2025 of the Kepala Dinas (programs with kode and pagu) and
 * the PK of a Kepala UPTD Puskesmas whose lampiran has NO budget table: the money stands only in a sentence under
 * the kinerja table, `Jumlah Anggaran Sub Kegiatan Tahun 2025 : Rp 1.250.000.000,-`, as the PermenPAN-RB 53/2014
 * lampiran form prints `Jumlah Anggaran … Tahun … : Rp …` (recalled, not found in the corpus this round; the brief
 * lists "a PK whose pagu is written only in a sentence under the table" as never found). The Puskesmas targets are
 * a range (`80 - 85 %`), a bound (`≥ 90 %`) and a text (`Paripurna`, the accreditation grade). The Puskesmas PK is
 * signed on the Dinas side by a `Plh. KEPALA DINAS KESEHATAN KABUPATEN KENDAL` (the Sekretaris standing in: another
 * name and NIP than the Kadis's own PK).
 *
 * Source: PermenPAN-RB 53/2014 lampiran (PK format, `Jumlah Anggaran` line; from memory), the lead named in the brief
 * (round 10); index id 1889803239 (a hospital UPT's document list: `Perjanjian Kinerja Perubahan Kepala UPT …`) for
 * a UPT head signing his own PK. Everything else made up.
 *
 * Correct reading (workbook.md §1, §5, §6; rules.md), written before the engine was run:
 * - `PK Kadis`: eselon2, three programs with kode (`1.02.01`, `1.02.02`, `1.02.05`) and pagu, `Jumlah` adds up;
 *   Pihak Kedua `BUPATI KENDAL` not in the workbook: atasan-missing (warning).
 * - `Lamp PK Kapus`: eselon4 (`KEPALA UPTD PUSKESMAS KALIWUNGU`: Kepala Puskesmas / Kepala UPT), three indikator
 *   {80..85}, {≥90}, `Paripurna`. Pihak Kedua `Plh. KEPALA DINAS KESEHATAN KABUPATEN KENDAL`: the prefix is ignored in
 *   the comparison, so the superior is `PK Kadis`, and since name and NIP differ, atasan-mismatch (ERROR) at the
 *   Pihak Kedua name cell (A20), and at the NIP cell (A21) as well (both differ): rules.md is explicit ("the link still stands and atasan-mismatch says so"). A
 *   planner would call this a false alarm (a Plh. signs in the Kadis's place); the spec is literal, so the truth is.
 * - The `Jumlah Anggaran …` sentence (A11) holds the Kapus's only pagu. The spec is silent on a pagu in a sentence;
 *   §6 says no cell is dropped: a correct reader either reads it (one budget object of 1.250.000.000, no kode) or
 *   reports it isi-tak-terbaca. Dropping it as a "note" is silently wrong (the Kapus would have no money at all).
 * - kode-uncovered on the Kadis programs is left open (the Kapus carries no kode; whether "while it has at least one"
 *   counts subordinates or subordinates with budget objects the spec does not say).
 */
import { Book, rp } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK1 = "PK Kadis";
const PK2 = "Lamp PK Kapus";
const BUPATI = { nama: "Hj. DYAH KARTIKA PERMANASARI, S.E.", jab: "BUPATI KENDAL" };
const KADIS = { nama: "dr. AGUS RIYANTO, M.Kes.", nip: "19700305 199903 1 006", jab: "KEPALA DINAS KESEHATAN KABUPATEN KENDAL" };
const PLH = { nama: "SRI WAHYUNINGSIH, S.KM., M.M.", nip: "19740921 199803 2 004", jab: "Plh. KEPALA DINAS KESEHATAN KABUPATEN KENDAL" };
const KAPUS = { nama: "drg. FITRI HANDAYANI", nip: "19800617 200604 2 013", jab: "KEPALA UPTD PUSKESMAS KALIWUNGU" };

const IND1 = [
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Angka Kematian Ibu", text: "85 per 100.000 KH", target: 85 },
  { s: "Meningkatnya derajat kesehatan masyarakat", nama: "Prevalensi stunting", text: "14 %", target: 14 },
  { s: "Meningkatnya mutu pelayanan kesehatan", nama: "Persentase fasilitas kesehatan yang terakreditasi", text: "100 %", target: 100 },
];
const PROG = [
  { kode: "1.02.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 96_412_500_000 },
  { kode: "1.02.02", nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 74_860_250_000 },
  { kode: "1.02.05", nama: "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", pagu: 1_325_000_000 },
];
const SS2 = "Meningkatnya mutu pelayanan kesehatan di wilayah kerja Puskesmas";
const IND2 = [
  { nama: "Cakupan pelayanan kesehatan ibu hamil sesuai standar", text: "80 - 85 %", target: { min: 80, max: 85 } },
  { nama: "Indeks Kepuasan Masyarakat terhadap layanan Puskesmas", text: "≥ 90 %", target: { min: 90, max: null } },
  { nama: "Status akreditasi Puskesmas", text: "Paripurna", target: "Paripurna" },
];
const PAGU_KAPUS = 1_250_000_000;

function build(): Book {
  const book = new Book("pk-kendal-puskesmas-jumlah-anggaran-kalimat-2025.xlsx");
  const a = book.sheet(PK1);
  a.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "DINAS KESEHATAN KABUPATEN KENDAL");
  a.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]);
  a.merge("A5:A6", 1).merge("B5:B6", IND1[0].s).put("A7", 2).put("B7", IND1[2].s);
  IND1.forEach((i, k) => a.row(`C${5 + k}`, [i.nama, i.text])); // 5..7
  a.row("A9", ["Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, k) => a.row(`A${10 + k}`, [p.kode, p.nama, rp(p.pagu)])); // 10..12
  a.put("B13", "Jumlah").put("C13", rp(sum(PROG.map((p) => p.pagu))));
  a.put("C15", "Kendal, 2 Januari 2025");
  a.put("A16", "PIHAK KEDUA,").put("C16", "PIHAK PERTAMA,");
  a.put("A17", `${BUPATI.jab},`).put("C17", `${KADIS.jab},`);
  a.put("A21", BUPATI.nama).put("C21", KADIS.nama).put("C22", `NIP. ${KADIS.nip}`);

  const b = book.sheet(PK2);
  b.merge("A1:D1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:D2", "UPTD PUSKESMAS KALIWUNGU").merge("A3:D3", "DINAS KESEHATAN KABUPATEN KENDAL");
  b.row("A5", ["No", "Sasaran", "Indikator Kinerja", "Target"]);
  b.merge("A6:A8", 1).merge("B6:B8", SS2);
  IND2.forEach((i, k) => b.row(`C${6 + k}`, [i.nama, i.text])); // 6..8
  b.merge("A11:D11", `Jumlah Anggaran Sub Kegiatan Tahun 2025 : Rp ${idr(PAGU_KAPUS)},-`);
  b.put("C14", "Kendal, 2 Januari 2025");
  b.put("A15", "PIHAK KEDUA,").put("C15", "PIHAK PERTAMA,");
  b.put("A16", `${PLH.jab},`).put("C16", `${KAPUS.jab},`);
  b.put("A20", PLH.nama).put("C20", KAPUS.nama);
  b.put("A21", `NIP. ${PLH.nip}`).put("C21", `NIP. ${KAPUS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const pkKendalPuskesmasKalimat: Layout = {
  name: "pk-kendal-puskesmas-jumlah-anggaran-kalimat-2025",
  source: "PermenPAN-RB 53/2014 lampiran `Jumlah Anggaran … : Rp …` line (recalled); index id 1889803239 (UPT PK); content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        sheet: PK1, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: { jabatan: BUPATI.jab, nama: BUPATI.nama, nip: null },
        indikator: IND1.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
      {
        sheet: PK2, jabatan: KAPUS.jab, level: "eselon4", atasan: PK1, nama: KAPUS.nama, nip: digits(KAPUS.nip),
        pihakKedua: { jabatan: PLH.jab, nama: PLH.nama, nip: digits(PLH.nip) },
        indikator: IND2.map((i) => ({ nama: i.nama, target: i.target, sasaran: SS2 })),
      },
    ],
    errors: [{ rule: "atasan-mismatch", sheet: PK2, cell: "A20" }],
    allowed: ["polaritas-guessed"],
    // rules.md names "the Pihak Kedua name or NIP cell": both differ, so a second finding at the NIP cell is right too.
    allowedAt: [{ rule: "atasan-mismatch", sheet: PK2, cell: "A21" }],
    warnings: [{ rule: "atasan-missing", sheet: PK1 }],
    absent: [PK1, PK2].flatMap((sheet) => [
      { rule: "level-mismatch", sheet }, { rule: "jumlah-mismatch", sheet }, { rule: "pihak-missing", sheet },
      { rule: "value-unreadable", sheet }, { rule: "target-missing", sheet }, { rule: "nip-invalid", sheet },
      { rule: "level-unknown", sheet }, { rule: "tabel-missing", sheet }, { rule: "kode-orphan", sheet },
    ]).concat([{ rule: "atasan-missing", sheet: PK2 }, { rule: "anggaran-rollup", sheet: PK1 }]),
    unreadOrRead: [{ sheet: PK2, cells: ["A11"], what: "the Kapus's pagu in the `Jumlah Anggaran …` sentence" }],
  },
  checks: [
    {
      name: "the `Jumlah Anggaran` sentence is read as 1.250.000.000 or reported, never read as another amount",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK2);
        const pagu = (pk?.anggaran ?? []).map((x) => x.pagu);
        if (pagu.length) expect(pagu).toEqual([PAGU_KAPUS]);
      },
    },
  ],
};
