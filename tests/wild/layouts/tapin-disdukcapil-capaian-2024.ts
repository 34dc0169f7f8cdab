/**
 * Kabupaten Tapin, Dinas Kependudukan dan Pencatatan Sipil: the Kadis PK (common layout of workbook.md §1) and the
 * app's `CAPAIAN KINERJA DISDUKCAPIL KABUPATEN TAPIN TAHUN 2024` page pasted as a second sheet.
 *
 * Layout of the capaian sheet: index id 28521186998 (Laravel blade `Catatan Kepala Dinas`, repository not named by the
 * index). Real, from the template: the title `CAPAIAN KINERJA DISDUKCAPIL KABUPATEN TAPIN TAHUN 2024` (neither
 * REALISASI nor PENGUKURAN KINERJA, no jabatan line); `No. | Dibuat oleh: | Sasaran Kinerja | Indikator | Target |
 * Satuan` (merged down two rows), then per quarter a group `Triwulan 1` .. `Triwulan 4` of FOUR columns `Realisasi |
 * Faktor Pendukung | Faktor Penghambat | Catatan` (the Kadis's note; the edit button does not survive the paste); the
 * sasaran printed on every row (no rowspan), `Dibuat oleh` the app user's name.
 * Made up: names, NIP, sasaran, indikator, targets, realisasi, the texts, amounts.
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "H. MUHAMMAD ARIFIN ARPAN";
const KADIS = "Drs. H. AHMAD RIZANI, M.AP.";
const KADIS_JAB = "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN";
const SS = "Meningkatnya kualitas pelayanan administrasi kependudukan";
const IND = [
  { nama: "Persentase penduduk wajib KTP yang memiliki KTP-el", satuan: "%", target: 99, tw: [96.2, 97.1], why: ["Jemput bola ke desa", "Blanko KTP-el tersedia"], hambat: ["Blanko terbatas", "-"] },
  { nama: "Persentase anak yang memiliki Kartu Identitas Anak (KIA)", satuan: "%", target: 45, tw: [31.5, 36.8], why: ["Kerja sama dengan sekolah", "Pelayanan di sekolah"], hambat: ["Kesadaran orang tua rendah", "Jaringan SIAK terganggu"] },
  { nama: "Persentase penduduk yang memiliki akta kelahiran", satuan: "%", target: 98, tw: [95.4, 96.0], why: ["Layanan terintegrasi RSUD", "-"], hambat: ["-", "-"] },
  { nama: "Indeks Kepuasan Masyarakat", satuan: "Indeks", target: 85, tw: [83.1, 84.6], why: ["Survei triwulanan", "Perbaikan ruang tunggu"], hambat: ["Antrean panjang", "-"] },
];
const PROG = [
  { kode: "2.12.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 5_214_380_000 },
  { kode: "2.12.02", nama: "PROGRAM PENDAFTARAN PENDUDUK", pagu: 1_186_500_000 },
  { kode: "2.12.03", nama: "PROGRAM PENCATATAN SIPIL", pagu: 642_750_000 },
];

function build(): Book {
  const book = new Book("tapin-disdukcapil-capaian-2024.xlsx");
  const k = book.sheet("PK Kadis");
  k.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2024").merge("A2:E2", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN");
  k.row("A4", ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]);
  k.merge("A5:A8", 1).merge("B5:B8", SS);
  IND.forEach((i, j) => k.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  k.row("A10", ["No", "Kode", "Program", "Anggaran (Rp)"]);
  PROG.forEach((p, i) => k.row(`A${11 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.merge("A14:C14", "Jumlah").put("D14", idr(sum(PROG.map((p) => p.pagu))));
  k.put("D16", "Rantau, 2 Januari 2024");
  k.row("B17", ["PIHAK KEDUA,", null, "PIHAK PERTAMA,"]);
  k.row("B18", ["BUPATI TAPIN,", null, `${KADIS_JAB},`]);
  k.row("B22", [BUPATI, null, KADIS]);
  k.put("D23", "NIP. 19690912 199303 1 010");

  const c = book.sheet("Capaian TW II");
  c.merge("A1:V1", "CAPAIAN KINERJA DISDUKCAPIL KABUPATEN TAPIN TAHUN 2024");
  ["No.", "Dibuat oleh:", "Sasaran Kinerja", "Indikator", "Target", "Satuan"].forEach((h, i) => c.merge(`${"ABCDEF"[i]}3:${"ABCDEF"[i]}4`, h));
  const groups = ["GHIJ", "KLMN", "OPQR", "STUV"];
  groups.forEach((g, q) => {
    c.merge(`${g[0]}3:${g[3]}3`, `Triwulan ${q + 1}`);
    c.row(`${g[0]}4`, ["Realisasi", "Faktor Pendukung", "Faktor Penghambat", "Catatan"]);
  });
  IND.forEach((i, j) => {
    const r = 5 + j;
    c.row(`A${r}`, [j + 1, "renbang_dukcapil", SS, i.nama, i.target, i.satuan]);
    c.row(`G${r}`, [i.tw[0], i.why[0], i.hambat[0], j === 1 ? "Tingkatkan sosialisasi KIA" : null]);
    c.row(`K${r}`, [i.tw[1], i.why[1], i.hambat[1], null]);
  });
  return book;
}

const PK = "PK Kadis";
const CAP = "Capaian TW II";

export const tapinCapaian: Layout = {
  name: "tapin-disdukcapil-capaian-2024",
  source: "index id 28521186998 (Laravel blade `CAPAIAN KINERJA DISDUKCAPIL KABUPATEN TAPIN TAHUN 2024`, per quarter Realisasi | Faktor Pendukung | Faktor Penghambat | Catatan)",
  build,
  truth: {
    tahun: 2024,
    // A realisasi of the PK by its content (`Realisasi` under each `Triwulan n`, the PK's indikator and targets); its
    // title words (`CAPAIAN KINERJA`) are not the spec's (§3) but the meaning is. One PK in the workbook: no jabatan
    // line needed (§2, §3).
    sheets: { [PK]: "pk", [CAP]: "realisasi" },
    pk: [
      {
        sheet: PK, jabatan: KADIS_JAB, level: "eselon2", atasan: null, nama: KADIS, nip: "196909121993031010",
        pihakKedua: { jabatan: "BUPATI TAPIN", nama: BUPATI, nip: null },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SS })),
        anggaran: PROG.map((p) => ({ kode: p.kode, nama: p.nama, pagu: p.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "indikator-unknown", sheet: CAP }, { rule: "target-mismatch", sheet: CAP }, { rule: "satuan-mismatch", sheet: CAP },
      { rule: "value-unreadable", sheet: CAP }, { rule: "pk-unlinked", sheet: CAP }, { rule: "tahun-missing", sheet: CAP },
      { rule: "realisasi-after-period", sheet: CAP },
    ],
    // Faktor Pendukung / Penghambat / Catatan and `Dibuat oleh`: text with no place in the model; read or reported.
    unreadOrRead: [
      { sheet: CAP, cells: ["H5", "I6", "J6", "L5", "M6"], what: "Faktor Pendukung / Penghambat / Catatan texts" },
    ],
  },
  checks: [
    {
      name: "realisasi TW I and TW II are the Realisasi sub-columns of the quarter groups, never a Faktor text",
      run(out) {
        const s = out.model.realisasi.find((x) => x.sheet === CAP);
        expect(s?.indikator.map((i) => [i.nama.trim(), i.tw])).toEqual(IND.map((i) => [i.nama, [i.tw[0], i.tw[1], null, null]]));
      },
    },
  ],
};
