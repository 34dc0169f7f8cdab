/**
 * Kabupaten Magelang, Dinas Koperasi dan UKM: a Kasi's PK PERUBAHAN 2025 (revised pagu) and a Realisasi sheet whose
 * money table keeps BOTH budgets, `Pagu Awal (Rp) | Pagu Perubahan (Rp)`, then `Uraian` (`Realisasi Keuangan` /
 * `Realisasi Fisik (%)` on two rows per sub kegiatan, No / Kode / name / pagu merged over the pair) and `Jan .. Des`;
 * the kode typed in the two-digit-middle form `2.17.07.02.01.0001`; Jan–Jun filled. A kinerja part above it.
 *
 * Source. The brief (round 8): "a budget table with `Kode Rekening`, `Uraian`, `Pagu Awal`, `Pagu Perubahan`" and
 * "anggaran realisasi per sub kegiatan"; workbook.md §3 (money table with one `Realisasi Keuangan` and one
 * `Realisasi Fisik` row per budget object, told apart by a column `Jenis` | `Uraian Rencana`), §5 (the two-digit
 * middle part is normalised), §6 (budgets before and after a revision side by side); the `Pagu Murni | Pagu Perubahan`
 * pair as in probolinggo-satpol-pagu-murni-perubahan-2025. No repository print with exactly this table was found in
 * time. Made up: names, NIP, indikator, amounts; kode after Kepmendagri 050-5889/2021 (2.17.07 / 2.17.08).
 *
 * What a correct reader does. The Realisasi ties to the Kasi's PK (jabatan line); each sub kegiatan ties by kode after
 * normalising (`2.17.07.02.01.0001` = `2.17.07.2.01.0001`); the pagu is the revised one (`Pagu Perubahan`, the latest,
 * as the PK Perubahan states), so no pagu-mismatch against the PK (a reader taking `Pagu Awal` gives two false
 * pagu-mismatch ERRORS, at the rows of the first and the third sub kegiatan); the realisasi keuangan is the `Realisasi Keuangan` row, the fisik the
 * `Fisik` row (cumulative, rising: no fisik-invalid). The unused `Pagu Awal` column may be named in a `pagu-ganda`
 * warning or reported (not asserted). Capaian anggaran at June: Σ Jan–Jun / Pagu Perubahan. The spec tells the two rows
 * apart by a column `Jenis` | `Uraian Rencana` or by `Fisik (%)` in the name column; here the column is headed `Uraian`
 * and holds `Realisasi Keuangan` / `Realisasi Fisik (%)`: the same clue in an app's wording (§6), so the fisik row is
 * expected read.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KABID = { jab: "KEPALA BIDANG USAHA MIKRO", nama: "Ir. HERU PRASETYO", nip: "19731005 199903 1 004" };
const KASI = { nama: "RINA KUSUMAWARDANI, S.E., M.M.", nip: "19850614 201001 2 019", jab: "KEPALA SEKSI PEMBERDAYAAN USAHA MIKRO" };
const PK = "PK Perubahan Kasi";
const RL = "Realisasi 2025";
const SK = "Meningkatnya kapasitas usaha mikro binaan";
const IND = [
  { nama: "Jumlah usaha mikro yang mendapat pendampingan", satuan: "unit usaha", target: 240, tw: [52, 71] },
  { nama: "Persentase usaha mikro binaan yang naik kelas", satuan: "%", target: 12, tw: [4.5, 6] },
];
const SUB = [
  { kode: "2.17.07.2.01.0001", typed: "2.17.07.02.01.0001", nama: "Fasilitasi Kemudahan Perizinan Berusaha bagi Usaha Mikro", awal: 185_000_000, pagu: 172_500_000,
    keu: [0, 12_500_000, 18_000_000, 15_000_000, 22_000_000, 20_000_000], fisik: [0, 8, 18, 27, 40, 52] },
  { kode: "2.17.07.2.01.0002", typed: "2.17.07.02.01.0002", nama: "Fasilitasi Kemitraan Usaha Mikro dengan Usaha Kecil, Menengah dan Besar", awal: 96_400_000, pagu: 96_400_000,
    keu: [4_200_000, 6_800_000, 7_500_000, 8_100_000, 6_600_000, 9_300_000], fisik: [5, 12, 20, 28, 35, 44] },
  { kode: "2.17.08.2.01.0001", typed: "2.17.08.02.01.0001", nama: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil", awal: 248_000_000, pagu: 263_750_000,
    keu: [0, 0, 35_000_000, 28_500_000, 41_000_000, 30_000_000], fisik: [0, 0, 15, 25, 40, 52] },
];
const MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];
const pad = (xs: number[]) => [...xs, ...Array(12 - xs.length).fill(null)] as (number | null)[];

function build(): Book {
  const book = new Book("magelang-dinkop-real-bulanan-pagu-perubahan-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025").merge("A2:E2", KASI.jab).merge("A3:E3", "DINAS KOPERASI DAN USAHA KECIL DAN MENENGAH KABUPATEN MAGELANG");
  p.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A7", 1).merge("B6:B7", SK);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.target]));
  p.row("A9", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  SUB.forEach((s, k) => p.row(`A${10 + k}`, [k + 1, s.kode, s.nama, idr(s.pagu)]));
  p.merge("A13:C13", "Jumlah").put("D13", idr(sum(SUB.map((s) => s.pagu))));
  p.put("D15", "Kota Mungkid, 2 Juni 2025");
  p.rows("B16", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KABID.jab},`, null, `${KASI.jab},`]]);
  p.row("B21", [KABID.nama, null, KASI.nama]);
  p.row("B22", [`NIP. ${KABID.nip}`, null, `NIP. ${KASI.nip}`]);

  const r = book.sheet(RL);
  r.merge("A1:R1", "LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN 2025").merge("A2:R2", KASI.jab);
  ["A4:A5", "B4:B5", "C4:C5", "D4:D5"].forEach((m, k) => r.merge(m, ["No", "Indikator Kinerja", "Satuan", "Target"][k]));
  r.merge("E4:H4", "Realisasi").row("E5", ["TW I", "TW II", "TW III", "TW IV"]);
  IND.forEach((i, k) => r.row(`A${6 + k}`, [k + 1, i.nama, i.satuan, i.target, ...i.tw]));
  r.row("A10", ["No", "Kode", "Sub Kegiatan", "Pagu Awal (Rp)", "Pagu Perubahan (Rp)", "Uraian", ...MON]);
  SUB.forEach((s, k) => {
    const row = 11 + 2 * k;
    r.merge(`A${row}:A${row + 1}`, k + 1).merge(`B${row}:B${row + 1}`, s.typed).merge(`C${row}:C${row + 1}`, s.nama)
      .merge(`D${row}:D${row + 1}`, idr(s.awal)).merge(`E${row}:E${row + 1}`, idr(s.pagu));
    r.row(`F${row}`, ["Realisasi Keuangan", ...s.keu.map((v) => idr(v))]);
    r.row(`F${row + 1}`, ["Realisasi Fisik (%)", ...s.fisik]);
  });
  r.put("O19", "Kota Mungkid, 7 Juli 2025");
  r.put("O20", `${KASI.jab},`);
  r.put("O24", KASI.nama);
  r.put("O25", `NIP. ${KASI.nip}`);
  return book;
}

export const magelangPaguPerubahan: Layout = {
  name: "magelang-dinkop-real-bulanan-pagu-perubahan-2025",
  source: "brief round 8 (`Pagu Awal | Pagu Perubahan`, anggaran realisasi per sub kegiatan) + workbook.md §3/§5/§6; no repository print; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KASI.jab, level: "eselon4", atasan: null, nama: KASI.nama, nip: KASI.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: KABID.jab, nama: KABID.nama, nip: KABID.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        anggaran: SUB.map((s) => ({ kode: s.kode, nama: s.nama, pagu: s.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed", "renaksi-missing"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pagu-mismatch", sheet: RL }, { rule: "kode-invalid", sheet: RL }, { rule: "fisik-invalid", sheet: RL },
      { rule: "realisasi-over-pagu", sheet: RL }, { rule: "value-unreadable", sheet: RL }, { rule: "pk-unlinked", sheet: RL },
      { rule: "indikator-unknown", sheet: RL }, { rule: "sheet-unrecognised", sheet: RL },
    ],
  },
  checks: [
    {
      name: "Realisasi 2025: each sub kegiatan by its normalised kode, pagu from Pagu Perubahan, keuangan and fisik Jan–Jun",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s?.budget.map((b) => [b.kode, b.pagu, b.keuangan?.values ?? null, b.fisik?.values ?? null]) ?? "not a Realisasi").toEqual(
          SUB.map((x) => [x.kode, x.pagu, pad(x.keu), pad(x.fisik)]));
      },
    },
    {
      name: "capaian anggaran at June: Σ Jan–Jun / Pagu Perubahan",
      run(out) {
        const got = out.results.anggaran.filter((a) => a.sheet === PK).map((a) => [a.kode, a.realisasi, a.capaian === null ? null : Number(a.capaian.toFixed(2))]);
        expect(got).toEqual(SUB.map((x) => [x.kode, sum(x.keu), Number(((sum(x.keu) / x.pagu) * 100).toFixed(2))]));
      },
    },
  ],
};
