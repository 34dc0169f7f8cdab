/**
 * A Dinas Kesehatan workbook of 2024 holding the PK of a Kepala Seksi Kesehatan Keluarga (eselon IV, three SPM
 * indikator, three sub kegiatan) and, beside it, the app's SPM report `LAPORAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG
 * KESEHATAN` / `TAHUN ANGGARAN 2024`: `No | Indikator | Sasaran | Anggaran` (three header rows), `Realisasi` merged over
 * `Tw I .. Tw IV`, each over `Capaian | % | Realisasi Anggaran | %`, then `Realisasi S.d Tw II` over the same four.
 * The indikator are the PK's, word for word, and the anggaran the sub kegiatan pagu. As the template prints it, the
 * `Sasaran` column holds the size of the target population (`4.250` ibu hamil) and every `Capaian` cell holds that same
 * `$item->target` again, not an achievement (the achievement shows only as the float percent beside it, `23.529…%`).
 *
 * Source: index id 38203548028 (Laravel Blade PDF view of an app titled `SAPA`, `LAPORAN STANDAR PELAYANAN MINIMAL (SPM)
 * BIDANG KESEHATAN` / `TAHUN ANGGARAN 2024`, the header rows above, `{{ $item->target }}` under every `Capaian`, `Rp.
 * {{ number_format(…, 0, ',', '.') }}` amounts, PHP's raw float percents `{{ … / … * 100 }}%`; repository not named by
 * the index). Made up: the pemda (Kabupaten Sumbawa), names, NIP, sasaran counts, quarterly figures, pagu; SPM
 * indikator after Permenkes 4/2019; sub kegiatan kode after Kepmendagri 050-5889/2021.
 *
 * Correct reading (workbook.md §1, §3, §6; rules.md): the PK read as it is (eselon4, Pihak Kedua the Kepala Bidang,
 * not in the workbook: atasan-missing). The SPM report is no Realisasi sheet of the PK: its title names neither
 * REALISASI nor PENGUKURAN KINERJA (§3), it is the SPM regime's report (Permendagri 100/2018), and its `Capaian`
 * column is the population target, so reading it as the PK's realisasi would give a capaian of 4.250 % on a 100 %
 * target, silently. It is reported as a sheet not read (sheet-unrecognised), adds nothing to the model, and gives
 * no finding about the PK (no target-mismatch, indikator-unknown, pagu-mismatch, realisasi-over-pagu).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kasi Kesga";
const SPM = "Lap SPM";
const KABID = { nama: "dr. LALU MUHAMMAD HARIS", nip: "19781103 200604 1 012", jab: "KEPALA BIDANG KESEHATAN MASYARAKAT" };
const KASI = { nama: "BAIQ NURUL FITRIANI, S.ST., M.Kes.", nip: "19850521 200903 2 007", jab: "KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI" };
const SK = "Meningkatnya cakupan pelayanan kesehatan ibu dan anak sesuai standar";
const ITEMS = [
  {
    ind: "Persentase ibu hamil mendapatkan pelayanan kesehatan ibu hamil sesuai standar",
    sub: { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 412_750_000 },
    sasaran: 4250, fisik: [1000, 1180], rp: [96_000_000, 121_500_000],
  },
  {
    ind: "Persentase ibu bersalin mendapatkan pelayanan persalinan sesuai standar",
    sub: { kode: "1.02.02.2.02.0002", nama: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", pagu: 268_300_000 },
    sasaran: 4058, fisik: [950, 1012], rp: [60_250_000, 71_800_000],
  },
  {
    ind: "Persentase bayi baru lahir mendapatkan pelayanan kesehatan bayi baru lahir sesuai standar",
    sub: { kode: "1.02.02.2.02.0003", nama: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir", pagu: 175_400_000 },
    sasaran: 3870, fisik: [902, 977], rp: [38_100_000, 44_650_000],
  },
];
/** PHP prints a float quotient as it is: `23.529411764706%`. */
const phpPct = (a: number, b: number) => `${Number(((a / b) * 100).toPrecision(14))}%`;

function build(): Book {
  const book = new Book("sumbawa-dinkes-laporan-spm-tw-2024.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2024");
  p.merge("A2:E2", KASI.jab);
  p.merge("A3:E3", "DINAS KESEHATAN KABUPATEN SUMBAWA");
  p.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SK);
  ITEMS.forEach((x, k) => p.row(`C${6 + k}`, [x.ind, "%", 100]));
  p.row("A10", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  ITEMS.forEach((x, k) => p.row(`A${11 + k}`, [k + 1, x.sub.kode, x.sub.nama, idr(x.sub.pagu)]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(sum(ITEMS.map((x) => x.sub.pagu))));
  p.put("D16", "Sumbawa Besar, 2 Januari 2024");
  p.put("B17", "PIHAK KEDUA,").put("D17", "PIHAK PERTAMA,");
  p.put("B18", `${KABID.jab},`).put("D18", `${KASI.jab},`);
  p.put("B22", KABID.nama).put("D22", KASI.nama);
  p.put("B23", `NIP. ${KABID.nip}`).put("D23", `NIP. ${KASI.nip}`);

  const s = book.sheet(SPM);
  s.merge("A1:X1", "LAPORAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN");
  s.merge("A2:X2", "TAHUN ANGGARAN 2024");
  s.merge("A4:A6", "No").merge("B4:B6", "Indikator").merge("C4:C6", "Sasaran").merge("D4:D6", "Anggaran");
  s.merge("E4:T4", "Realisasi").merge("U4:X5", "Realisasi S.d Tw II");
  ["Tw I", "Tw II", "Tw III", "Tw IV"].forEach((tw, k) => {
    const c0 = 5 + k * 4; // E, I, M, Q
    const col = (n: number) => String.fromCharCode(64 + n);
    s.merge(`${col(c0)}5:${col(c0 + 3)}5`, tw);
  });
  s.row("E6", Array.from({ length: 5 }, () => ["Capaian", "%", "Realisasi Anggaran", "%"]).flat());
  ITEMS.forEach((x, k) => {
    const r = 7 + k;
    const tw = [0, 1, 2, 3].flatMap((q) => {
      const f = x.fisik[q] ?? 0;
      const m = x.rp[q] ?? 0;
      return [x.sasaran, phpPct(f, x.sasaran), `Rp. ${idr(m)}`, phpPct(m, x.sub.pagu)];
    });
    const f2 = x.fisik[0] + x.fisik[1];
    const m2 = x.rp[0] + x.rp[1];
    s.row(`A${r}`, [k + 1, x.ind, x.sasaran, `Rp. ${idr(x.sub.pagu)}`, ...tw, f2, phpPct(f2, x.sasaran), `Rp. ${idr(m2)}`, phpPct(m2, x.sub.pagu)]);
  });
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const sumbawaLaporanSpm: Layout = {
  name: "sumbawa-dinkes-laporan-spm-tw-2024",
  source: "index id 38203548028 (Blade PDF `LAPORAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN`, app `SAPA`; repository not named)",
  build,
  truth: {
    tahun: 2024,
    sheets: { [PK]: "pk", [SPM]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: KASI.jab, level: "eselon4", atasan: null, nama: KASI.nama, nip: digits(KASI.nip),
        pihakKedua: { jabatan: KABID.jab, nama: KABID.nama, nip: digits(KABID.nip) },
        indikator: ITEMS.map((x) => ({ nama: x.ind, target: 100, satuan: "%" })),
        anggaran: ITEMS.map((x) => ({ kode: x.sub.kode, pagu: x.sub.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "jumlah-mismatch", sheet: PK }, { rule: "level-mismatch", sheet: PK },
      { rule: "target-mismatch", sheet: SPM }, { rule: "indikator-unknown", sheet: SPM }, { rule: "pagu-mismatch", sheet: SPM },
      { rule: "realisasi-over-pagu", sheet: SPM }, { rule: "value-unreadable", sheet: SPM }, { rule: "pk-unlinked", sheet: SPM },
      { rule: "tahun-missing", sheet: SPM }, { rule: "satuan-mismatch", sheet: SPM },
    ],
  },
  checks: [
    {
      name: "the SPM report adds nothing to the model (its Capaian column is the population target) and is reported once",
      run(out) {
        expect({ pk: out.model.pk.map((x) => x.sheet), renaksi: out.model.renaksi.length, realisasi: out.model.realisasi.map((r) => r.sheet) })
          .toEqual({ pk: [PK], renaksi: 0, realisasi: [] });
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => f.sheet)).toEqual([SPM]);
      },
    },
  ],
};
