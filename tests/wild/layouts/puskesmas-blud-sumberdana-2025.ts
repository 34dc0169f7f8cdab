/**
 * A Puskesmas that is a BLUD: the PK of the Kepala UPTD Puskesmas, typed by hand, with its sub kegiatan table pasted
 * from the Dinas Kesehatan's budget app, which splits each sub kegiatan's money by funding source and prints no total.
 *
 * Layout of the budget table: index id 46676895067 (a Vue/Inertia page `Detail Anggaran Sub Kegiatan`, repository not
 * named by the index). Real, from the page: `Kode | Sub Kegiatan | Sumber Anggaran | DAU | DAK Peruntukan | DAK Fisik |
 * DAK Non Fisik | BLUD` (one amount column per funding source, NO total column, no Jumlah row), the kode in its own
 * column, the Sumber Anggaran cell listing the sources ticked, amounts through `formatCurrency` (`Rp 1.845.260.000`), a
 * source not used printing `Rp 0`. The kinerja table, title and signature are the common PK of workbook.md §1.
 * Made up: the pemda (Kabupaten Banyumas), the Puskesmas, names, NIPs, indikator, targets, amounts; sub kegiatan
 * names and kode are Kepmendagri 050-5889/2021 nomenclature.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";
import { reportedUnread } from "../truth";

const KAPUS = "dr. RINA PRASETYANINGRUM";
const KADIS = "dr. ANI RUSPITAWATI, M.M.";
const KAPUS_JAB = "KEPALA UPTD PUSKESMAS KEMBARAN I";
const KADIS_JAB = "KEPALA DINAS KESEHATAN KABUPATEN BANYUMAS";
const rp = (n: number) => `Rp ${idr(n)}`;

const SOURCES = ["DAU", "DAK Peruntukan", "DAK Fisik", "DAK Non Fisik", "BLUD"] as const;
const SUB = [
  { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", src: [0, 0, 0, 85_400_000, 12_600_000] },
  { kode: "1.02.02.2.02.0020", nama: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", src: [0, 0, 0, 64_800_000, 0] },
  { kode: "1.02.02.2.02.0033", nama: "Operasional Pelayanan Puskesmas", src: [120_000_000, 0, 0, 312_500_000, 1_845_260_000] },
];
const SK = "Meningkatnya derajat kesehatan masyarakat di wilayah kerja Puskesmas";
const IND = [
  { nama: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", satuan: "%", target: 100 },
  { nama: "Prevalensi balita stunting di wilayah kerja Puskesmas", satuan: "%", target: 14.5 },
  { nama: "Indeks Kepuasan Masyarakat terhadap layanan Puskesmas", satuan: "Indeks", target: 82 },
];

function build(): Book {
  const book = new Book("puskesmas-blud-sumberdana-2025.xlsx");
  const s = book.sheet("PK Kapus");
  s.merge("A1:H1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:H2", KAPUS_JAB).merge("A3:H3", "DINAS KESEHATAN KABUPATEN BANYUMAS");
  s.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  s.merge("A6:A8", 1).merge("B6:B8", SK);
  IND.forEach((i, j) => s.row(`C${6 + j}`, [i.nama, i.satuan, i.target]));
  s.row("A10", ["Kode", "Sub Kegiatan", "Sumber Anggaran", ...SOURCES]);
  SUB.forEach((g, i) =>
    s.row(`A${11 + i}`, [g.kode, g.nama, SOURCES.filter((_, k) => g.src[k] > 0).join(", "), ...g.src.map(rp)]),
  );
  s.put("E15", "Banyumas, 3 Januari 2025");
  s.row("B16", ["PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"]);
  s.row("B17", [`${KADIS_JAB},`, null, null, `${KAPUS_JAB},`]);
  s.row("B21", [KADIS, null, null, KAPUS]);
  s.row("B22", ["Pembina Utama Muda (IV/c)", null, null, "Penata Tingkat I (III/d)"]);
  s.row("B23", ["NIP. 19700718 199803 2 004", null, null, "NIP. 19850302 201001 2 019"]);
  return book;
}

const PK = "PK Kapus";
const total = (g: (typeof SUB)[number]) => sum(g.src);

export const puskesmasBlud: Layout = {
  name: "puskesmas-blud-sumberdana-2025",
  source: "index id 46676895067 (Vue page `Detail Anggaran Sub Kegiatan`, one amount column per funding source, DAU .. BLUD)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk" },
    pk: [
      {
        // Kepala UPT / Kepala Puskesmas: eselon4 (workbook.md §1), Sasaran Kegiatan and Sub Kegiatan agree.
        sheet: PK, jabatan: KAPUS_JAB, level: "eselon4", atasan: null, nama: KAPUS, nip: "198503022010012019",
        pihakKedua: { jabatan: KADIS_JAB, nama: KADIS, nip: "197007181998032004" },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        // anggaran left to the check below: the spec names one pagu column, this table has five.
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "level-mismatch", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "value-unreadable", sheet: PK },
      { rule: "kode-level-mismatch", sheet: PK }, { rule: "kode-invalid", sheet: PK }, { rule: "tabel-missing", sheet: PK },
      { rule: "pihak-missing", sheet: PK },
    ],
    unreadOrRead: [
      { sheet: PK, cells: ["D11", "E11", "F11", "G11", "H11", "D13", "H13"], what: "the funding-source amount columns" },
    ],
  },
  checks: [
    {
      // Spec silent on one amount column per funding source. A planner's pagu is the DPA's: all sources together.
      // issue 11 item 4: when it is unclear which budget column is the pagu, say so in a finding. So: either each
      // sub kegiatan's pagu is the sum of its five sources, or a finding on the budget table says the pagu is unclear;
      // never one source's column (DAU: 0 for two of the three) taken silently as the pagu.
      name: "three sub kegiatan; pagu = the sum of DAU .. BLUD, or a finding that names the budget columns (or the whole table reported)",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK);
        // A reader that cannot place the table at all reports it whole (kode and names too) and reads no budget.
        if (!pk?.anggaran.length && ["A11", "B11", "A13", "B13", "H13"].every((c) => reportedUnread(out.model, PK, c))) return;
        expect((pk?.anggaran ?? []).map((a) => a.kode)).toEqual(SUB.map((g) => g.kode));
        const summed = (pk?.anggaran ?? []).map((a) => a.pagu);
        // Flagged: the BLUD column reported unread, or a warning/error that speaks of the pagu of this sheet.
        const flagged = reportedUnread(out.model, PK, "H13") || out.findings.some((f) => f.sheet === PK && f.severity !== "info" && /pagu/i.test(f.message));
        if (!flagged) expect(summed).toEqual(SUB.map(total));
      },
    },
  ],
};
