/**
 * Kabupaten Tabalong, Dinas Kesehatan: the PK 2025 of the Kepala Bidang Pencegahan dan Pengendalian Penyakit and its
 * monthly measurement sheet `LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN JUNI TAHUN 2025`: no quarter columns at all, one
 * `Realisasi s.d Bulan ini` column under `TARGET DAN CAPAIAN` (`Target | Realisasi s.d Bulan ini | % Capaian`), the
 * jabatan only in a label row `NAMA JABATAN | : …`, each indikator written `- <name>`, a `Capaian Tahun Lalu` column
 * (the template prints 100), a `Target Akhir Renstra` column (a second target, the Renstra's, not the PK's), the app's
 * own `capaian kinerja bulan Juni (realisasi:targetx100%)`, then `Penjelasan per Indikator Kinerja` with `Upaya :`,
 * `Hambatan :`, `Rencana Tindak Lanjut :` lines, and a report signature `Yang Melaporkan` twice with the template's
 * placeholders `(Nama Atasan)` and `NIP. ....`.
 *
 * Source. Code index id 28695564200 (Laravel blade for an Excel download, Dinas Kesehatan Provinsi Kalimantan Selatan:
 * title `LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN {{ $namaBulan }} TAHUN {{ $tahun }}`, `NAMA SKPD` / `NAMA JABATAN`
 * rows, the header above, `- {{ $ind->nama_indikator }}`, `Capaian Tahun Lalu` hard-coded 100, `Yang Melaporkan` /
 * `Sekretaris,` / `(Nama Atasan)` / `Pembina (IV/a)`; repository not named) and its sibling id 8743591010 (same form).
 * Made up: the pemda (Kabupaten Tabalong), names, NIP, indikator, targets, realisasi, kegiatan and pagu (kode in the
 * Kepmendagri 050-5889/2021 shape). The PK sheet is workbook.md §1's plain form.
 *
 * What a correct reader does. The title says PENGUKURAN KINERJA with the year: a Realisasi sheet (workbook.md §3), tied
 * to the Kabid's PK by its jabatan label and by its indikator (the `- ` list mark is no part of the name: issue 11 item
 * 2). The spec knows quarters, not a month `s.d.`; it is silent on a one-month running total. A Bappeda planner reads
 * `s.d. Bulan Juni` as the running total at the end of June, the end of TW II: the reporting quarter is TW II and each
 * indikator's R at TW II is the G cell (for the `Jumlah …` count, Kumulatif, the running total 131, not a quarter's
 * own count; for the three Akhir ones the value measured at the end of June). The target is column F (the PK's), never
 * `Target Akhir Renstra` (I: 95, 520, 100, 85 would give four false target-mismatch errors) nor `Capaian Tahun Lalu`
 * (D). A realisasi above target (hipertensi 78,3 against 75) is just a capaian above 100 (no `Batas capaian`). The
 * companion's signature names no party of a PK (no nip-invalid on the placeholder `NIP. ....`). D, H, I, J: read or
 * reported, never dropped (D, H, J eased to notes after the first run, see the truth). The `Upaya / Hambatan / Rencana
 * Tindak Lanjut` lines are notes (layout, workbook.md §6) or reported; the truth does not test them.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kabid P2P";
export const RL = "Ukur Juni";
const KADIS = { nama: "dr. H. MUHAMMAD RIFANI, M.Kes.", nip: "19690321 199503 1 004", jab: "KEPALA DINAS KESEHATAN KABUPATEN TABALONG" };
const KABID = { nama: "HJ. NOOR LAILA HIDAYATI, S.KM., M.Kes.", nip: "19780914 200501 2 009", jab: "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT" };
const SAS = [
  "Menurunnya angka kesakitan penyakit menular",
  "Meningkatnya pengendalian penyakit tidak menular",
];
export const IND = [
  { s: 0, nama: "Persentase kasus TBC yang ditemukan dan diobati", satuan: "%", target: 90, sd: 52.6, renstra: 95 },
  { s: 0, nama: "Jumlah orang dengan HIV yang mendapatkan pengobatan ARV", satuan: "Orang", target: 240, sd: 131, renstra: 520 },
  { s: 0, nama: "Persentase kasus DBD yang ditangani sesuai standar", satuan: "%", target: 100, sd: 100, renstra: 100 },
  { s: 1, nama: "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar", satuan: "%", target: 75, sd: 78.3, renstra: 85 },
];
const KEG = [
  { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", pagu: 1_846_320_000 },
  { kode: "1.02.02.2.05", nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi", pagu: 212_500_000 },
];
const dec = (n: number) => String(n).replace(".", ",");
const pctOf = (i: (typeof IND)[number]) => dec(Number(((i.sd / i.target) * 100).toFixed(2)));

export function build(): Book {
  const book = new Book("co-tabalong-dinkes-pengukuran-sd-bulan-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", KABID.jab).merge("A3:E3", "DINAS KESEHATAN KABUPATEN TABALONG");
  p.row("A5", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SAS[0]);
  p.put("A9", 2).put("B9", SAS[1]);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, dec(i.target)]));
  p.row("A11", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, k) => p.row(`A${12 + k}`, [k + 1, g.kode, g.nama, idr(g.pagu)]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(sum(KEG.map((g) => g.pagu))));
  p.put("D16", "Tanjung, 3 Januari 2025");
  p.rows("B17", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${KADIS.jab},`, null, `${KABID.jab},`]]);
  p.row("B22", [KADIS.nama, null, KABID.nama]);
  p.row("B23", ["Pembina Utama Muda (IV/c)", null, "Pembina (IV/a)"]);
  p.row("B24", [`NIP. ${KADIS.nip}`, null, `NIP. ${KABID.nip}`]);

  // The blade leaves row 1 and row 3 empty, the title in row 2.
  const r = book.sheet(RL);
  r.merge("A2:J2", "LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN JUNI TAHUN 2025");
  r.merge("A4:B4", "NAMA SKPD").merge("C4:J4", ": Dinas Kesehatan Kabupaten Tabalong");
  r.merge("A5:B5", "NAMA JABATAN").merge("C5:J5", ": Kepala Bidang Pencegahan dan Pengendalian Penyakit");
  r.merge("A6:A7", "No.").merge("B6:B7", "Kinerja Utama").merge("C6:C7", "Indikator").merge("D6:D7", "Capaian Tahun Lalu");
  r.merge("E6:E7", "Satuan Indikator Kinerja Utama").merge("F6:H6", "TARGET DAN CAPAIAN");
  r.merge("I6:I7", "Target Akhir Renstra").merge("J6:J7", "capaian kinerja bulan Juni\n(realisasi:targetx100%)");
  r.row("F7", ["Target", "Realisasi s.d Bulan ini", "% Capaian"]);
  r.merge("A8:A10", "1.").merge("B8:B10", SAS[0]);
  r.put("A11", "2.").put("B11", SAS[1]);
  IND.forEach((i, k) => r.row(`C${8 + k}`, [`- ${i.nama}`, 100, i.satuan, dec(i.target), dec(i.sd), pctOf(i), dec(i.renstra), pctOf(i)]));
  r.merge("A13:J13", "Penjelasan per Indikator Kinerja");
  r.merge("A14:J14", "Upaya :");
  r.merge("A15:J15", "1. Pelacakan kontak serumah kasus TBC oleh kader di 12 Puskesmas");
  r.merge("A16:J16", "2. Layanan ARV dibuka di RSUD H. Badaruddin Kasim dan 3 Puskesmas");
  r.merge("A17:J17", "Hambatan :");
  r.merge("A18:J18", "1. Stok reagen TCM terbatas pada bulan April");
  r.merge("A19:J19", "Rencana Tindak Lanjut :");
  r.merge("A20:J20", "1. Usulan tambahan reagen ke Dinas Kesehatan Provinsi");
  r.merge("F22:J22", "Tanjung, 4 Juli 2025");
  r.merge("A23:E23", "Yang Melaporkan").merge("F23:J23", "Yang Melaporkan");
  r.merge("A24:E24", "Sekretaris,").merge("F24:J24", "Kepala Bidang Pencegahan dan Pengendalian Penyakit");
  r.merge("A25:E25", "Dinas Kesehatan Kabupaten Tabalong").merge("F25:J25", "Dinas Kesehatan Kabupaten Tabalong");
  r.merge("A27:E27", "(Nama Atasan)").merge("F27:J27", KABID.nama);
  r.merge("A28:E28", "Pembina (IV/a)").merge("F28:J28", "Pembina (IV/a)");
  r.merge("A29:E29", "NIP. ..........................").merge("F29:J29", `NIP. ${KABID.nip}`);
  r.merge("A31:J31", "keterangan:");
  r.merge("A32:J32", "\"- indikator kinerja dimasukkan semua dalam satu kolom, disesuaikan dengan kinerja utama\"");
  return book;
}

const col = (c: string) => IND.map((_, k) => `${c}${8 + k}`);

export const coTabalongPengukuranSdBulan: Layout = {
  name: "co-tabalong-dinkes-pengukuran-sd-bulan-2025",
  source: "code index ids 28695564200, 8743591010 (Laravel blade `LAPORAN PENGUKURAN KINERJA BULAN S/D BULAN …`, Dinkes Provinsi Kalimantan Selatan; repository not named); pemda and content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [RL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KABID.jab, level: "eselon3", atasan: null, nama: KABID.nama, nip: KABID.nip.replace(/\D/g, ""),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: KADIS.nip.replace(/\D/g, "") },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SAS[i.s] })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "target-mismatch", sheet: RL }, { rule: "indikator-unknown", sheet: RL }, { rule: "pk-unlinked", sheet: RL },
      { rule: "satuan-mismatch", sheet: RL }, { rule: "value-unreadable", sheet: RL }, { rule: "nip-invalid", sheet: RL },
      { rule: "sheet-unrecognised", sheet: RL }, { rule: "tahun-missing", sheet: RL }, { rule: "realisasi-after-period", sheet: RL },
    ],
    // Eased after the first run (as for the `Penyebab / Hambatan` columns of round 4): D (`Capaian Tahun Lalu`), H and J
    // (the app's capaian) are capaian columns the vocabulary takes as notes (`keterangan`), layout by workbook.md §6.
    unreadOrRead: [{ sheet: RL, cells: col("I"), what: "Target Akhir Renstra" }],
  },
  checks: [
    {
      name: "Ukur Juni is the Kabid's Realisasi, its four indikator named without the `- ` mark",
      run(out) {
        const pk = out.model.pk.find((x) => x.sheet === PK);
        const s = out.model.realisasi.find((x) => x.sheet === RL);
        expect(s ? { pk: s.pk, ind: s.indikator.map((i) => i.nama) } : "not a Realisasi").toEqual({ pk: pk?.id ?? "(Kabid PK)", ind: IND.map((i) => i.nama) });
      },
    },
    {
      // `s.d. Bulan Juni` ends with TW II: the reporting quarter is TW II and R is the June running total (131 for the count).
      name: "capaian at TW II (s.d. Juni) uses the `Realisasi s.d Bulan ini` values against the PK targets",
      run(out) {
        expect(out.results.triwulan).toBe(2);
        expect(out.results.capaian.map((c) => [c.indikator, c.realisasi, c.targetTahunan])).toEqual(IND.map((i) => [i.nama, i.sd, i.target]));
      },
    },
  ],
};
