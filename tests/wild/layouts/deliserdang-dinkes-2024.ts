/**
 * Kabupaten Deli Serdang (Lubuk Pakam), Dinas Kesehatan, PK 2024 with its "Pagu dan Realisasi Anggaran" report.
 *
 * Layout: rendyirawann/esakip-v2 @ 86c4da945374f8f5dc977b661a2cee9dce0db553 (HEAD b68e84dd),
 * frontend/views/laporan/_cetak_laporan_tapkin.php (PK) and _cetak_laporan_realisasi_anggaran.php.
 * Real, from the templates: page 1 `PERNYATAAN PERJANJIAN KINERJA` / unit / `PERJANJIAN KINERJA TAHUN`, `Nama | : value`
 * rows (the colon inside the value cell), PIHAK KEDUA/PIHAK PERTAMA with no jabatan, NIP only for the Kadis; page 2
 * `PERJANJIAN KINERJA` without a year, `SKPD : ...` / `TAHUN ANGGARAN : 2024` rows, `INDIKATOR KINERJA` over two columns
 * (the number `1.1` in the first, the name in the second), `(1)..(5)` as the first body row with `(3)` over two columns,
 * the indikator counter `sasaran.key+1` whose key array_filter keeps (so sasaran 2 numbers 2.4, 2.5), a sasaran with
 * `Tidak ada indikator` over four columns, `Rp. ` money, `Total` over No+Program, a second signature WITH jabatan lines.
 * Realisasi: title `Pagu dan Realisasi Anggaran - <unit>` / `Periode 2024`, then `... Tahun 2024 <unit>`; `Pagu Anggaran
 * Tahun 2024`; `Triwulan 1..4` each over `Penyerapan | Realisasi (%)`; one `Sasaran: ...` row over all columns per
 * sasaran and a `Total Anggaran:` row under each sasaran's programs; `Rp. 1.234,00` and `12,34`.
 * Made up: names, NIP, indikator, amounts; the fourth quarter left blank (the template prints `Rp. 0.00` there).
 * Pasted the way Excel pastes a print view: each <td> a cell, the two-column signature table in A and B.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const KADIS = "dr. HENDRA SYAHPUTRA SIREGAR, M.Kes";
const NIP = "197608142005011006";
const BUPATI = "Ir. H. RIZAL FAHMI NASUTION, M.Si";
const JABATAN = "KEPALA DINAS KESEHATAN KABUPATEN DELI SERDANG";

const S1 = "Meningkatnya derajat kesehatan masyarakat";
const S2 = "Meningkatnya mutu pelayanan kesehatan";
const S3 = "Meningkatnya akuntabilitas kinerja perangkat daerah";

const P = {
  p1: { nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 98_456_750_000, tw: [21_340_000_000, 24_115_600_000, 23_870_450_000] },
  p2: { nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", pagu: 142_318_500_000, tw: [18_500_000_000, 35_240_750_000, 41_880_300_000] },
  p3: { nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", pagu: 2_150_000_000, tw: [120_000_000, 540_000_000, 615_500_000] },
  p4: { nama: "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN", pagu: 1_275_400_000, tw: [95_000_000, 312_450_000, 401_200_000] },
  p5: { nama: "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN", pagu: 845_600_000, tw: [60_500_000, 210_000_000, 188_750_000] },
};
const ORDER = [P.p1, P.p2, P.p3, P.p4, P.p5];

function build(): Book {
  const book = new Book("deliserdang-dinkes-2024.xlsx");
  const pk = book.sheet("PK Dinkes 2024");
  for (const [r, t] of ["PEMERINTAH KABUPATEN DELI SERDANG", "PERNYATAAN PERJANJIAN KINERJA", "DINAS KESEHATAN", "PERJANJIAN KINERJA TAHUN 2024"].entries()) pk.merge(`A${r + 1}:F${r + 1}`, t);
  pk.merge("A6:F6", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  pk.rows("A7", [["Nama", `: ${KADIS}`], ["Jabatan", `: ${JABATAN}`]]);
  pk.put("A9", "Selanjutnya disebut sebagai PIHAK PERTAMA");
  pk.rows("A10", [["Nama", `: ${BUPATI}`], ["Jabatan", ": BUPATI DELI SERDANG"]]);
  pk.put("A12", "Selaku atasan langsung pihak pertama, selanjutnya disebut sebagai PIHAK KEDUA");
  pk.merge("A13:F13", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  pk.merge("A14:F14", "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  pk.put("B16", "Lubuk Pakam, 2 Januari 2024");
  pk.row("A17", ["PIHAK KEDUA", "PIHAK PERTAMA"]);
  pk.row("A19", [BUPATI, KADIS]);
  pk.put("B20", `NIP. ${NIP}`);

  // Page 2: the lampiran.
  pk.merge("A23:F23", "PERJANJIAN KINERJA");
  pk.rows("A24", [["SKPD", ": Dinas Kesehatan"], ["TAHUN ANGGARAN", ": 2024"]]);
  pk.row("A26", ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", null, "SATUAN", "TARGET"]).merge("C26:D26");
  pk.row("A27", ["(1)", "(2)", "(3)", null, "(4)", "(5)"]).merge("C27:D27");
  pk.merge("A28:A30", 1).merge("B28:B30", S1);
  pk.rows("C28", [
    ["1.1", "Angka Kematian Ibu", "per 100.000 KH", "85"],
    ["1.2", "Angka Kematian Bayi", "per 1.000 KH", "4,2"],
    ["1.3", "Prevalensi stunting", "%", "14"],
  ]);
  pk.merge("A31:A32", 2).merge("B31:B32", S2);
  pk.rows("C31", [
    ["2.4", "Persentase fasilitas pelayanan kesehatan terakreditasi", "%", "90"],
    ["2.5", "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan", "Indeks", "82,5"],
  ]);
  pk.row("A33", [3, S3]).merge("C33:F33", "Tidak ada indikator");
  pk.row("A35", ["No", "Program", "Anggaran (Rp)", "Keterangan"]);
  ORDER.forEach((p, i) => pk.row(`A${36 + i}`, [i + 1, p.nama, `Rp. ${idr(p.pagu)}`]));
  pk.merge("A41:B41", "Total").put("C41", `Rp. ${idr(sum(ORDER.map((p) => p.pagu)))}`);
  pk.put("B43", "Lubuk Pakam, 2 Januari 2024");
  pk.row("A44", ["BUPATI DELI SERDANG", JABATAN]);
  pk.row("A46", [BUPATI, KADIS]);
  pk.put("B47", `NIP. ${NIP}`);

  const ra = book.sheet("Realisasi Anggaran");
  ra.merge("A1:K1", "Pagu dan Realisasi Anggaran - Dinas Kesehatan\nPeriode 2024");
  ra.merge("A3:K3", "Pagu dan Realisasi Anggaran Tahun 2024 Dinas Kesehatan");
  ra.merge("A5:A6", "No").merge("B5:B6", "Program").merge("C5:C6", "Pagu Anggaran Tahun 2024");
  ["Triwulan 1", "Triwulan 2", "Triwulan 3", "Triwulan 4"].forEach((t, i) => {
    const c = String.fromCharCode(68 + 2 * i);
    const d = String.fromCharCode(69 + 2 * i);
    ra.merge(`${c}5:${d}5`, t).put(`${c}6`, "Penyerapan").put(`${d}6`, "Realisasi (%)");
  });
  let r = 7;
  let no = 1;
  for (const [sasaran, programs] of [[S1, [P.p2, P.p4, P.p5]], [S2, [P.p3]], [S3, [P.p1]]] as const) {
    ra.merge(`A${r}:K${r}`, `Sasaran: ${sasaran}`);
    r++;
    for (const p of programs) {
      ra.row(`A${r}`, [no++, p.nama, `Rp. ${idr(p.pagu, 2)}`, ...p.tw.flatMap((v) => [`Rp. ${idr(v, 2)}`, idr((v / p.pagu) * 100, 2)])]);
      r++;
    }
    const pagu = sum(programs.map((p) => p.pagu));
    const tw = [0, 1, 2].map((q) => sum(programs.map((p) => p.tw[q])));
    ra.merge(`A${r}:B${r}`, "Total Anggaran:").row(`C${r}`, [`Rp. ${idr(pagu, 2)}`, ...tw.flatMap((v) => [`Rp. ${idr(v, 2)}`, idr((v / pagu) * 100, 2)])]);
    r++;
  }
  return book;
}

const PK = "PK Dinkes 2024";
const REAL = "Realisasi Anggaran";

export const deliserdang: Layout = {
  name: "deliserdang-dinkes-2024",
  source: "rendyirawann/esakip-v2 @86c4da94 frontend/views/laporan/_cetak_laporan_tapkin.php + _cetak_laporan_realisasi_anggaran.php",
  build,
  truth: {
    tahun: 2024,
    sheets: { [PK]: "pk", [REAL]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: JABATAN, level: "eselon2", atasan: null, nama: KADIS, nip: NIP,
        pihakKedua: { jabatan: "BUPATI DELI SERDANG", nama: BUPATI, nip: null },
        indikator: [
          // `1.1` stands in its own column under the merged INDIKATOR KINERJA header: a number, not the name.
          { nama: "Angka Kematian Ibu", target: 85, satuan: "per 100.000 KH", sasaran: S1 },
          { nama: "Angka Kematian Bayi", target: 4.2, satuan: "per 1.000 KH", sasaran: S1 },
          { nama: "Prevalensi stunting", target: 14, satuan: "%", sasaran: S1 },
          { nama: "Persentase fasilitas pelayanan kesehatan terakreditasi", target: 90, satuan: "%", sasaran: S2 },
          { nama: "Indeks Kepuasan Masyarakat terhadap pelayanan kesehatan", target: 82.5, satuan: "Indeks", sasaran: S2 },
          // Sasaran 3 has `Tidak ada indikator`: no indikator, no target-missing.
        ],
        anggaran: ORDER.map((p) => ({ kode: null, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "pihak-missing", sheet: PK }, { rule: "level-unknown", sheet: PK }, { rule: "target-missing", sheet: PK },
      { rule: "tahun-missing", sheet: PK }, { rule: "value-unreadable", sheet: PK }, { rule: "jumlah-mismatch", sheet: PK },
      { rule: "sasaran-missing", sheet: PK }, { rule: "isi-tak-terbaca", sheet: PK },
      // Each sasaran's `Total Anggaran:` adds up its own programs, not everything above it.
      { rule: "jumlah-mismatch", sheet: REAL }, { rule: "pagu-mismatch", sheet: REAL }, { rule: "pk-unlinked", sheet: REAL },
      { rule: "value-unreadable", sheet: REAL }, { rule: "fisik-invalid", sheet: REAL }, { rule: "sheet-unrecognised", sheet: REAL },
    ],
  },
  checks: [
    {
      name: "the Realisasi sheet holds quarterly realisasi keuangan (Penyerapan), at months 3, 6, 9; its % column is no fisik",
      run(out) {
        const real = out.model.realisasi.find((r) => r.sheet === REAL);
        expect(real?.pk).toBe(PK);
        const rows = (real?.budget ?? []).map((b) => ({ nama: b.nama, pagu: b.pagu, keuangan: b.keuangan?.values, fisik: b.fisik }));
        const quarterly = (tw: number[]) => [null, null, tw[0], null, null, tw[1], null, null, tw[2], null, null, null];
        // Sheet order: sasaran 1's programs, then 2's, then 3's. The Total Anggaran rows are totals, not budget objects.
        expect(rows).toEqual([P.p2, P.p4, P.p5, P.p3, P.p1].map((p) => ({ nama: p.nama, pagu: p.pagu, keuangan: quarterly(p.tw), fisik: null })));
      },
    },
    {
      name: "triwulan III; capaian anggaran of each program up to TW III",
      run(out) {
        expect(out.results.triwulan).toBe(3);
        const got = out.results.anggaran.filter((a) => a.sheet === PK).map((a) => ({ nama: a.nama, pagu: a.pagu, realisasi: a.realisasi, capaian: Number(a.capaian?.toFixed(6)) }));
        expect(got).toEqual(ORDER.map((p) => ({ nama: p.nama, pagu: p.pagu, realisasi: sum(p.tw), capaian: Number(((sum(p.tw) / p.pagu) * 100).toFixed(6)) })));
      },
    },
  ],
};
