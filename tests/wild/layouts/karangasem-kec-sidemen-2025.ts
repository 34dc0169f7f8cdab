/**
 * Kabupaten Karangasem, Kecamatan Sidemen: the PK of the Camat and of his Kepala Seksi Pemerintahan, typed by hand,
 * beside the IKU page copied from the kabupaten's public e-SAKIP.
 *
 * Sources. IKU sheet and the Camat's sasaran/indikator: the public page http://esakip.karangasemkab.go.id/18/publik_iku.php
 * ?unit_kerja=138&tahun=2&tw=4 (stored in the `pages` corpus): `E-SAKIP PEMERINTAH KABUPATEN Karangasem` / `INDIKATOR KINERJA
 * UTAMA` / `KECAMATAN SIDEMEN` / `TAHUN 2017 - 2021` / `IKU`, `NO | SASARAN STRATEGIS | INDIKATOR KINERJA UTAMA |
 * ALASAN/PENJELASAN | SUMBER DATA`, its four sasaran and five indikator and their formula text (`DTKB/SLRHD X 100% = 100`).
 * The header wording `PENJELASAN/FORMULASI PENGHITUNGAN`: the IKI of Kecamatan Pakisaji, Kabupaten Malang (vdokumen.com,
 * `pages` corpus). The signature form of a Camat (`Kudu, Pebruari 2016` / `CAMAT KUDU` / name / `Penata Tingkat.I` /
 * `NIP. ...`): LKIP Kecamatan Kudu 2015 (adoc.pub, `pages` corpus). Program kode: Kepmendagri 050-5889/2021 (urusan 7.01).
 * Made up: names, NIP, targets (`100,00%`, `85,00%` as typed), amounts, the Kasi's PK.
 */
import { Book, type Sheet } from "../book";
import { idr, sum, type Layout } from "../layout";

const CAMAT = { nama: "I WAYAN SUDIARTA, S.STP., M.Si.", nip: "19800617 200312 1 003", pangkat: "Penata Tingkat.I" };
const KASI = { nama: "I KETUT ARDANA, S.Sos.", nip: "19850311 201001 1 014", pangkat: "Penata Muda Tingkat I (III/b)" };
const BUPATI = "I NYOMAN SUARJAYA, S.E.";

const CAMAT_IND = [
  { s: 1, sasaran: "Meningkatnya pembinaan penyelenggaraan pemerintahan desa", nama: "Persentase Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik", f: "DTKB/SLRHD X 100% = 100", target: "100,00%" },
  { s: 1, sasaran: "", nama: "Persentase Desa yang dapat mengelola APBDes tepat waktu", f: "jumlah desa yang sudah mengelola APBDes tepat waktu dibagi jumlah desa dikalikan 100%", target: "100,00%" },
  { s: 2, sasaran: "Meningkatnya partisipasi organisasi dan lembaga desa/kelurahan dalam pembangunan", nama: "Persentase Partisipasi Organisasi dan Lembaga Desa yang ikut dalam pembinaan", f: "A/B X 100 % = 100", target: "85,00%" },
  { s: 3, sasaran: "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan Kecamatan", nama: "Persentase partisipasi masyarakat dalam perencanaan pembangunan", f: "A/B X 100%=100", target: "90,00%" },
  { s: 4, sasaran: "Meningkatnya tertib administrasi kependudukan bagi penduduk pendatang", nama: "Persentase penduduk pendatang yang melengkapi administrasi kependudukannya", f: "A/B X 100 % =100", target: "75,00%" },
];
const CAMAT_PROG = [
  { kode: "7.01.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 2_875_430_000 },
  { kode: "7.01.02", nama: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", pagu: 385_000_000 },
  { kode: "7.01.03", nama: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", pagu: 312_500_000 },
  { kode: "7.01.06", nama: "PROGRAM PEMBINAAN DAN PENGAWASAN PENYELENGGARAAN PEMERINTAHAN DESA", pagu: 198_750_000 },
];
const KASI_SUB = [
  { kode: "7.01.02.2.01.0001", nama: "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan", pagu: 145_000_000 },
  { kode: "7.01.02.2.02.0003", nama: "Fasilitasi dan Rekomendasi Penyelenggaraan Pelayanan Publik di Kecamatan", pagu: 240_000_000 },
];

function signature(s: Sheet, top: number, left: string[], right: string[]): void {
  s.put(`E${top}`, "Sidemen, 3 Pebruari 2025");
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) s.row(`B${top + 1 + i}`, [left[i] || null, null, null, right[i] || null]);
}

function build(): Book {
  const book = new Book("karangasem-kec-sidemen-2025.xlsx");
  const c = book.sheet("PK Camat");
  c.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["CAMAT SIDEMEN"], ["KABUPATEN KARANGASEM"]]);
  c.row("A5", ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "PENJELASAN / FORMULASI PENGHITUNGAN", "SATUAN", "TARGET"]);
  c.row("A6", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
  CAMAT_IND.forEach((i, k) => c.row(`A${7 + k}`, [i.sasaran ? i.s : null, i.sasaran || null, i.nama, i.f, "%", i.target]));
  c.merge("A7:A8").merge("B7:B8");
  c.row("A13", ["NO", "KODE", "PROGRAM", "ANGGARAN (Rp)"]);
  CAMAT_PROG.forEach((p, k) => c.row(`A${14 + k}`, [k + 1, p.kode, p.nama, idr(p.pagu)]));
  c.row("C18", ["JUMLAH", idr(sum(CAMAT_PROG.map((p) => p.pagu)))]);
  signature(c, 20, ["PIHAK KEDUA", "BUPATI KARANGASEM,", "", "", "", BUPATI], ["PIHAK PERTAMA", "CAMAT SIDEMEN,", "", "", "", CAMAT.nama, CAMAT.pangkat, `NIP. ${CAMAT.nip}`]);

  const k = book.sheet("PK Kasi Pem");
  k.rows("A1", [["PERJANJIAN KINERJA TAHUN 2025"], ["KEPALA SEKSI PEMERINTAHAN"], ["KECAMATAN SIDEMEN"]]);
  k.row("A5", ["NO", "SASARAN KEGIATAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"]);
  k.row("A6", ["(1)", "(2)", "(3)", "(4)", "(5)"]);
  k.merge("A7:A8", 1).merge("B7:B8", "Meningkatnya tertib administrasi pemerintahan desa");
  k.rows("C7", [["Persentase desa yang tertib administrasi pemerintahan", "%", "85,00%"], ["Jumlah desa yang dibina penyusunan APBDes", "Desa", "10"]]);
  k.row("A10", ["NO", "KODE", "SUB KEGIATAN", "ANGGARAN (Rp)"]);
  KASI_SUB.forEach((p, i) => k.row(`A${11 + i}`, [i + 1, p.kode, p.nama, idr(p.pagu)]));
  k.row("C13", ["JUMLAH", idr(sum(KASI_SUB.map((p) => p.pagu)))]);
  signature(k, 15, ["PIHAK KEDUA", "CAMAT SIDEMEN,", "", "", "", CAMAT.nama, CAMAT.pangkat, `NIP. ${CAMAT.nip}`], ["PIHAK PERTAMA", "KEPALA SEKSI PEMERINTAHAN,", "", "", "", KASI.nama, KASI.pangkat, `NIP. ${KASI.nip}`]);

  const iku = book.sheet("IKU");
  iku.rows("A1", [["E-SAKIP PEMERINTAH KABUPATEN Karangasem"], [null], ["INDIKATOR KINERJA UTAMA"], ["KECAMATAN SIDEMEN"], ["TAHUN 2017 - 2021"], [null], ["IKU"]]);
  iku.row("A9", ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "ALASAN/PENJELASAN", "SUMBER DATA"]);
  iku.rows("A10", [
    [1, CAMAT_IND[0].sasaran, CAMAT_IND[0].nama, "Jumlah Desa yang dapat melaksanakan tata kelola pemerintahan dengan baik (DTKB) dibagi jumlah seluruh Desa (SLRHD) di Kecamatan Sidemen dikalikan seratus persen sama dengan seratus atau DTKB/SLRHD X 100% = 100", "Kasi Pemerintahan di Kecamatan Sidemen"],
    [null, null, "% Desa yang dapat mengelola APBDes tepat waktu", "Dalam penyelenggaraan pemerintahan desa Camat berperan didalam membina dan mengawasi penyelenggaraan kegiatan desa, cara pengukuran kinerjanya yaitu jumlah desa yang sudah mengelola APBDes tepat waktu dibagi jumlah desa dikalikan 100%", "Kasi Pemerintahan di Kecamatan Sidemen"],
    [2, CAMAT_IND[2].sasaran, CAMAT_IND[2].nama, "Jumlah organisasi dan Lembaga Desa yang ikut dalam pembinaan (A) dibagi jumlah seluruh Organisasi dan Lembaga Desa yang dibina (B) dikalikan seratus persen sama dengan 100 atau A/B X 100 % = 100", "Kasi Kesos di Kecamatan Sidemen"],
    [3, CAMAT_IND[3].sasaran, CAMAT_IND[3].nama, "Jumlah masyarakat yang hadir dalam kegiatan Musrenbang RKPD (A) dibagi jumlah masyarakat yang diundang dalam kegiatan Musrenbang RKPD (B) dikalikan seratus persen sama dengan seratus persen atau A/B X 100%=100", "Kasi PMD Kecamatan Sidemen"],
    [4, CAMAT_IND[4].sasaran, CAMAT_IND[4].nama, "Jumlah penduduk yang melengkapi administrasi kependudukannya (A) dibagi jumlah penduduk pendatang yang terdata (B) dikalikan seratus persen sama dengan seratus atau A/B X 100 % =100", "Kasi Pemerintahan"],
  ]);
  return book;
}

const digits = (s: string) => s.replace(/\D/g, "");

export const karangasem: Layout = {
  name: "karangasem-kec-sidemen-2025",
  source: "esakip.karangasemkab.go.id publik_iku.php (Kecamatan Sidemen) + Pakisaji IKI header + LKIP Kec. Kudu signature (pages corpus)",
  build,
  truth: {
    tahun: 2025,
    sheets: { "PK Camat": "pk", "PK Kasi Pem": "pk", IKU: "lain" },
    pk: [
      {
        // workbook.md: Camat is eselon3. The formula column holds numbers (`= 100`) that are no target.
        sheet: "PK Camat", jabatan: "CAMAT SIDEMEN", level: "eselon3", atasan: null, nama: CAMAT.nama, nip: digits(CAMAT.nip),
        pihakKedua: { jabatan: "BUPATI KARANGASEM", nama: BUPATI, nip: null },
        indikator: CAMAT_IND.map((i) => ({ nama: i.nama, target: Number(i.target.replace(",00%", "")), satuan: "%" })),
        anggaran: CAMAT_PROG.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
      {
        sheet: "PK Kasi Pem", jabatan: "KEPALA SEKSI PEMERINTAHAN", level: "eselon4", atasan: "PK Camat", nama: KASI.nama, nip: digits(KASI.nip),
        pihakKedua: { jabatan: "CAMAT SIDEMEN", nama: CAMAT.nama, nip: digits(CAMAT.nip) },
        indikator: [
          { nama: "Persentase desa yang tertib administrasi pemerintahan", target: 85, satuan: "%" },
          { nama: "Jumlah desa yang dibina penyusunan APBDes", target: 10, satuan: "Desa" },
        ],
        anggaran: KASI_SUB.map((p) => ({ kode: p.kode, pagu: p.pagu })),
      },
    ],
    // Spec-literal (rules.md level-mismatch): a Camat is eselon3 (workbook.md), yet real kecamatan PKs, like this one, name
    // SASARAN STRATEGIS and PROGRAM (the kecamatan is an OPD). By the spec as written both header cells disagree with the level.
    errors: [
      { rule: "level-mismatch", sheet: "PK Camat", cell: "B5" },
      { rule: "level-mismatch", sheet: "PK Camat", cell: "C13" },
    ],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: "PK Camat" },
      // 7.01.01, 7.01.03 and 7.01.06 are carried by no subordinate in the workbook, while 7.01.02 is.
      { rule: "kode-uncovered", sheet: "PK Camat", cell: "B14" },
      { rule: "kode-uncovered", sheet: "PK Camat", cell: "B16" },
      { rule: "kode-uncovered", sheet: "PK Camat", cell: "B17" },
    ],
    absent: [
      { rule: "kode-uncovered", sheet: "PK Camat", cell: "B15" }, { rule: "anggaran-rollup", sheet: "PK Camat" },
      { rule: "kode-orphan", sheet: "PK Kasi Pem" }, { rule: "atasan-missing", sheet: "PK Kasi Pem" },
      { rule: "atasan-mismatch", sheet: "PK Kasi Pem" }, { rule: "value-unreadable", sheet: "PK Camat" },
      { rule: "value-unreadable", sheet: "PK Kasi Pem" }, { rule: "pihak-missing", sheet: "PK Camat" },
      { rule: "pihak-missing", sheet: "PK Kasi Pem" }, { rule: "level-unknown", sheet: "PK Camat" },
      { rule: "level-unknown", sheet: "PK Kasi Pem" }, { rule: "jumlah-mismatch", sheet: "PK Camat" },
      { rule: "jumlah-mismatch", sheet: "PK Kasi Pem" }, { rule: "sasaran-missing", sheet: "PK Camat" },
      { rule: "level-mismatch", sheet: "PK Kasi Pem" }, { rule: "pk-missing", sheet: "IKU" },
    ],
  },
};
