/**
 * Kabupaten Tabanan, Dinas Kesehatan: the PK 2025 of a Kepala UPTD Puskesmas (eselon IV, Pihak Kedua the Kepala Dinas)
 * and, beside it in the same workbook, the Kepala Puskesmas's SKP appraisal for the year in the PermenPAN-RB form
 * `Format D.2.1 Penilaian SKP Kepala Puskesmas`: the instansi and `PERIODE PENILAIAN: … JANUARI SD … DESEMBER … TAHUN …`,
 * two label blocks side by side `PEGAWAI YANG DINILAI` | `PEJABAT PENILAI KINERJA` (`NAMA`, `NIP`, `PANGKAT/GOL RUANG`,
 * `JABATAN` = `Kepala Puskesmas` / `Kepala Dinas Kesehatan`, `INSTANSI`), then `PERSPEKTIF | NO | RENCANA KINERJA |
 * INDIKATOR KINERJA INDIVIDU | TARGET | REALISASI | CAPAIAN IKI | KATEGORI CAPAIAN IKI | NILAI CAPAIAN IKI | NILAI
 * TERTIMBANG`, numbering `(1)..(10)`, band `A. KINERJA UTAMA`, the PK's own indikator as IKI (`100%` / `100%`, `3,5` /
 * `4`), and a rencana kinerja cell that ends with `… target Perjanjian Kinerja Puskesmas`.
 *
 * Sources: PermenPAN-RB Sistem Manajemen Kinerja, salinan p. 275 `b. Penilaian Kinerja Kepala Puskesmas / 1) Penilaian
 * SKP / Tabel 4 / Format D.2.1` (pages corpus: http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page428.html:
 * the header words, the perspektif, the IKI and their target / realisasi / capaian / kategori / nilai as printed);
 * the pemda and the Kepala Puskesmas SKP under the Kepala Dinas Kesehatan: https://id.scribd.com/document/561170561
 * (Dinas Kesehatan Kabupaten Tabanan, `Jabatan : Kepala Puskesmas …`, `Tabanan, 04 Januari 2021`). The PK sheet is a
 * plain workbook.md §1 lampiran. Made up: the Puskesmas (Marga I), names, NIP, pangkat, sub kegiatan pagu, the
 * second year (2025).
 *
 * Correct reading (workbook.md §1, §6): ONE PK (the Kepala Puskesmas, eselon4, `Sasaran Kegiatan` / `Sub Kegiatan`
 * agree), Pihak Kedua the Kepala Dinas (no PK of his here: atasan-missing). The SKP sheet is no PK, no Rencana Aksi
 * and no Realisasi (its title names neither REALISASI nor PENGUKURAN KINERJA; an appraisal of a person is no companion
 * of the PK, like an RFK or an Evaluasi Renja, §6): reported as a sheet not read (sheet-unrecognised), never a second
 * PK from its `PEGAWAI YANG DINILAI | PEJABAT PENILAI KINERJA` labels or its `Perjanjian Kinerja Puskesmas` words, and
 * its REALISASI column is no realisasi of the PK (nothing of it in the model, no false finding). The spec is silent on
 * SKP forms; a Bappeda planner keeps the SKP out of the PK's capaian (BKN's appraisal, not the SAKIP measurement).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const PK = "PK Kapus";
const SKP = "SKP Kapus";
const KADIS = { nama: "dr. I NYOMAN SURATMIKA, M.Kes.", nip: "19710412 200212 1 006", pangkat: "Pembina Utama Muda (IV/c)", jab: "KEPALA DINAS KESEHATAN KABUPATEN TABANAN" };
const KAPUS = { nama: "dr. NI KADEK AYU WIDIASTUTI", nip: "19830704 201001 2 015", pangkat: "Pembina (IV/a)", jab: "KEPALA UPTD PUSKESMAS MARGA I" };
const SK = "Meningkatnya kualitas pelayanan puskesmas";
const IND = [
  { nama: "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar", satuan: "%", target: 100 },
  { nama: "Persentase ibu bersalin mendapatkan pelayanan persalinan sesuai standar", satuan: "%", target: 100 },
  { nama: "Tingkat kepuasan penerima layanan Puskesmas", satuan: "Skala 5", target: 3.5, text: "3,5" },
];
const SUB = [
  { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 186_450_000 },
  { kode: "1.02.02.2.02.0002", nama: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin", pagu: 142_300_000 },
  { kode: "1.02.02.2.02.0038", nama: "Pengelolaan Pelayanan Kesehatan Dasar melalui Pendekatan Keluarga", pagu: 95_750_000 },
];

function build(): Book {
  const book = new Book("tabanan-puskesmas-skp-kapus-2025.xlsx");
  const p = book.sheet(PK);
  p.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025");
  p.merge("A2:E2", "UPTD PUSKESMAS MARGA I");
  p.merge("A3:E3", "DINAS KESEHATAN KABUPATEN TABANAN");
  p.row("A5", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  p.merge("A6:A8", 1).merge("B6:B8", SK);
  IND.forEach((i, k) => p.row(`C${6 + k}`, [i.nama, i.satuan, i.text ?? i.target]));
  p.row("A10", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)", "Keterangan"]);
  SUB.forEach((s, k) => p.row(`A${11 + k}`, [k + 1, s.kode, s.nama, idr(s.pagu), "APBD"]));
  p.merge("A14:C14", "Jumlah").put("D14", idr(sum(SUB.map((s) => s.pagu))));
  p.put("D16", "Tabanan, 2 Januari 2025");
  p.put("B17", "PIHAK KEDUA,").put("D17", "PIHAK PERTAMA,");
  p.put("B18", `${KADIS.jab},`).put("D18", `${KAPUS.jab},`);
  p.put("B22", KADIS.nama).put("D22", KAPUS.nama);
  p.put("B23", KADIS.pangkat).put("D23", KAPUS.pangkat);
  p.put("B24", `NIP. ${KADIS.nip}`).put("D24", `NIP. ${KAPUS.nip}`);

  const s = book.sheet(SKP);
  s.merge("A1:J1", "PENILAIAN SKP KEPALA PUSKESMAS");
  s.merge("A2:J2", "DINAS KESEHATAN KABUPATEN TABANAN   PERIODE PENILAIAN: 2 JANUARI SD 31 DESEMBER TAHUN 2025");
  s.merge("A4:E4", "PEGAWAI YANG DINILAI").merge("F4:J4", "PEJABAT PENILAI KINERJA");
  const labels: [string, string, string][] = [
    ["NAMA", KAPUS.nama, KADIS.nama],
    ["NIP", KAPUS.nip, KADIS.nip],
    ["PANGKAT/GOL RUANG", KAPUS.pangkat, KADIS.pangkat],
    ["JABATAN", "Kepala Puskesmas", "Kepala Dinas Kesehatan"],
    ["INSTANSI", "Puskesmas Marga I", "Dinas Kesehatan"],
  ];
  labels.forEach(([l, a, b], k) => {
    s.put(`A${5 + k}`, l).merge(`B${5 + k}:E${5 + k}`, a);
    s.put(`F${5 + k}`, l).merge(`G${5 + k}:J${5 + k}`, b);
  });
  s.row("A11", ["PERSPEKTIF *", "NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI", "CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI", "NILAI TERTIMBANG"]);
  s.row("A12", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
  s.merge("A13:J13", "A. KINERJA UTAMA");
  s.merge("A14:A16", "Penerima Layanan/ Stakeholders").merge("B14:B16", 1).merge("C14:C16", "Meningkatnya kualitas pelayanan puskesmas");
  s.row("D14", [IND[0].nama, "100%", "100%", "100%", "Sangat Baik", 120]);
  s.row("D15", [IND[1].nama, "100%", "100%", "100%", "Sangat Baik", 120]);
  s.row("D16", [`${IND[2].nama} skala 5`, "3,5", "4", "114%", "Sangat Baik", 120]);
  s.merge("A17:A19", "Proses Bisnis").merge("B17:B19", 2);
  s.row("C17", ["Terkelola operasional rutin UPT Puskesmas", "Tingkat kepuasan pegawai atas layanan internal Puskesmas skala 5", "3,5", "3,5", "100%", "Baik", 109]);
  s.row("C18", ["Tersedianya obat dan bahan medis habis pakai (BMHP)", "Persentase penyediaan obat-obatan dan bahan medis habis pakai (BMHP)", "100%", "100%", "100%", "Sangat Baik", 120]);
  s.row("C19", ["Terlaksananya rencana aksi/inisiatif strategis dalam rangka pencapaian target Perjanjian Kinerja Puskesmas", "Persentase penyelesaian rencana aksi/inisiatif strategis sesuai target waktu yang ditetapkan", "80%", "80%", "100%", "Baik", 109]);
  s.merge("J14:J19", "116,3");
  s.put("H21", "Tabanan, 5 Januari 2026");
  s.put("H22", "Pejabat Penilai Kinerja,");
  s.put("H26", KADIS.nama).put("H27", `NIP. ${KADIS.nip}`);
  return book;
}

const digits = (n: string) => n.replace(/\D/g, "");

export const tabananSkpKapus: Layout = {
  name: "tabanan-puskesmas-skp-kapus-2025",
  source: "PermenPAN-RB SMK Format D.2.1 (online.flipbuilder.com/vajnr/eqrv page428) + scribd 561170561 (Dinkes Kabupaten Tabanan SKP Kepala Puskesmas)",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK]: "pk", [SKP]: "lain" },
    pk: [
      {
        sheet: PK, jabatan: KAPUS.jab, level: "eselon4", atasan: null, nama: KAPUS.nama, nip: digits(KAPUS.nip),
        pihakKedua: { jabatan: KADIS.jab, nama: KADIS.nama, nip: digits(KADIS.nip) },
        indikator: IND.map((i) => ({ nama: i.nama, target: i.target })),
        anggaran: SUB.map((x) => ({ kode: x.kode, pagu: x.pagu })),
      },
    ],
    errors: [],
    allowed: ["polaritas-guessed"],
    warnings: [{ rule: "atasan-missing", sheet: PK }],
    absent: [
      { rule: "jumlah-mismatch", sheet: PK }, { rule: "level-mismatch", sheet: PK }, { rule: "nip-invalid", sheet: PK },
      { rule: "pihak-missing", sheet: SKP }, { rule: "tabel-missing", sheet: SKP }, { rule: "tahun-missing", sheet: SKP },
      { rule: "target-missing", sheet: SKP }, { rule: "value-unreadable", sheet: SKP }, { rule: "indikator-unknown", sheet: SKP },
      { rule: "pk-unlinked", sheet: SKP }, { rule: "level-unknown", sheet: SKP }, { rule: "atasan-missing", sheet: SKP },
    ],
  },
  checks: [
    {
      name: "the SKP appraisal adds nothing to the model and is reported once as a sheet not read",
      run(out) {
        expect({ pk: out.model.pk.map((x) => x.sheet), renaksi: out.model.renaksi.length, realisasi: out.model.realisasi.length })
          .toEqual({ pk: [PK], renaksi: 0, realisasi: 0 });
        expect(out.findings.filter((f) => f.rule === "sheet-unrecognised").map((f) => f.sheet)).toEqual([SKP]);
      },
    },
  ],
};
