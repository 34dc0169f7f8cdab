/**
 * Kabupaten Gianyar, Dinas Kependudukan dan Pencatatan Sipil: the PKs of one OPD typed in Word and pasted into Excel
 * page by page, the planner keeping the statement pages together and the lampiran together (the order in which the
 * Word files were printed): `PK Kadis`, `PK Sekretaris`, `PK Kabid Dafduk` (statement pages: `Nama : / Jabatan :` of
 * both parties, the pledge, the only signature), then `Lamp Kadis`, `Lamp Sekretaris`, `Lamp Kabid Dafduk` (the
 * lampiran: `LAMPIRAN PERJANJIAN KINERJA TAHUN 2025`, the official's jabatan line, the kinerja and budget tables, NO
 * signature). Each lampiran names its official only by that jabatan line.
 * One planted mistake: the Sekretaris's kegiatan under `2.12.01` add up to 5.150.000.000 while the Kadis's program has
 * 5.100.000.000 (anggaran-rollup at `Lamp Kadis`!D12).
 *
 * Source: brief round 12 ("a PK on two sheets (`PK` page 1 text, `Lampiran` page 2 table)", in an OPD cascade); the
 * statement wording after https://lawinsider.com/id/contracts/l6peapWyVbX (pages corpus, the Word PK of
 * banjarnegara-rsud-kabid-word-2019: `Nama : / Jabatan :`, `Selanjutnya disebut PIHAK PERTAMA`, `Selaku atasan …`); kode
 * after Kepmendagri 050-5889/2021 (urusan 2.12). No repository print of a grouped statement/lampiran workbook was found;
 * names, NIP, indikator and amounts made up.
 *
 * Correct reading, written before the engine was run (workbook.md §1, §6: "sheets are recognised by their content,
 * never by their name or position"; statement pages "may name the parties"): three statement pages (`pernyataan`) and
 * three PK lampiran; each lampiran takes the parties of the statement page whose Pihak Pertama jabatan is its jabatan
 * line (the spec is silent on how a lampiran finds its statement; by position the three lampiran would all take the last
 * statement's parties, the Kabid's: a planner expects each official's own). Then: Kadis eselon2 (atasan-missing: the
 * Bupati is not in the workbook), Sekretaris and Kabid eselon3 under the Kadis; the Kadis's `2.12.03` carried by no
 * subordinate (kode-uncovered at `Lamp Kadis`!B14); the planted rollup error.
 */
import { Book, rp } from "../book";
import { type Layout } from "../layout";

type Party = { nama: string; jab: string; nip: string | null };
const BUPATI: Party = { nama: "I MADE MAHAYASTRA, S.ST.Par.", jab: "BUPATI GIANYAR", nip: null };
const KADIS: Party = { nama: "I WAYAN SUDARSANA, S.Sos., M.Si.", jab: "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN GIANYAR", nip: "19700412 199303 1 008" };
const SEK: Party = { nama: "NI KETUT ARIANI, S.E., M.M.", jab: "SEKRETARIS DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN GIANYAR", nip: "19750619 199803 2 004" };
const KABID: Party = { nama: "I GUSTI NGURAH PUTRA, S.H.", jab: "KEPALA BIDANG PELAYANAN PENDAFTARAN PENDUDUK", nip: "19800225 200501 1 013" };

type Ind = { s: string; nama: string; text: string; target: number | string };
type Item = { kode: string; nama: string; pagu: number };
const KADIS_IND: Ind[] = [
  { s: "Meningkatnya kualitas pelayanan administrasi kependudukan", nama: "Persentase penduduk yang memiliki KTP-el", text: "99,5 %", target: 99.5 },
  { s: "Meningkatnya kualitas pelayanan administrasi kependudukan", nama: "Persentase anak yang memiliki akta kelahiran", text: "98 %", target: 98 },
];
const KADIS_PROG: Item[] = [
  { kode: "2.12.01", nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", pagu: 5_100_000_000 },
  { kode: "2.12.02", nama: "PROGRAM PENDAFTARAN PENDUDUK", pagu: 1_240_000_000 },
  { kode: "2.12.03", nama: "PROGRAM PENCATATAN SIPIL", pagu: 815_000_000 },
];
const SEK_IND: Ind[] = [
  { s: "Meningkatnya akuntabilitas kinerja dan keuangan dinas", nama: "Nilai SAKIP Dinas", text: "BB", target: "BB" },
  { s: "Meningkatnya akuntabilitas kinerja dan keuangan dinas", nama: "Persentase dokumen perencanaan dan pelaporan yang tepat waktu", text: "100 %", target: 100 },
];
const SEK_KEG: Item[] = [
  { kode: "2.12.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", pagu: 300_000_000 },
  { kode: "2.12.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", pagu: 4_850_000_000 }, // 4.800.000.000 meant
];
const KABID_IND: Ind[] = [
  { s: "PROGRAM PENDAFTARAN PENDUDUK", nama: "Persentase penduduk wajib KTP yang terlayani perekaman KTP-el", text: "99,5 %", target: 99.5 },
  { s: "PROGRAM PENDAFTARAN PENDUDUK", nama: "Jumlah dokumen pindah datang yang diterbitkan", text: "4.200 Dokumen", target: 4200 },
];
const KABID_KEG: Item[] = [{ kode: "2.12.02.2.01", nama: "Pelayanan Pendaftaran Penduduk", pagu: 1_240_000_000 }];

function statement(book: Book, name: string, pertama: Party, kedua: Party): void {
  const s = book.sheet(name);
  s.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025");
  s.merge("A3:E3", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
  s.rows("A5", [["Nama", ":", pertama.nama], ["Jabatan", ":", pertama.jab]]);
  s.put("A7", "Selanjutnya disebut PIHAK PERTAMA");
  s.rows("A9", [["Nama", ":", kedua.nama], ["Jabatan", ":", kedua.jab]]);
  s.put("A11", "Selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA");
  s.merge("A13:E13", "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.");
  s.merge("A14:E14", "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
  s.put("E16", "Gianyar, 2 Januari 2025");
  s.put("B17", "PIHAK KEDUA,").put("E17", "PIHAK PERTAMA,");
  s.put("B18", `${kedua.jab},`).put("E18", `${pertama.jab},`);
  s.put("B22", kedua.nama).put("E22", pertama.nama);
  if (kedua.nip) s.put("B23", `NIP. ${kedua.nip}`);
  s.put("E23", `NIP. ${pertama.nip}`);
}

function lampiran(book: Book, name: string, jab: string, sw: string, ind: Ind[], bw: string, items: Item[]): void {
  const s = book.sheet(name);
  s.merge("A1:E1", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", jab).merge("A3:E3", "KABUPATEN GIANYAR");
  s.row("A5", ["No", sw, "Indikator Kinerja", "Target"]);
  const end = 5 + ind.length;
  s.merge(`A6:A${end}`, 1).merge(`B6:B${end}`, ind[0].s);
  ind.forEach((i, k) => s.put(`C${6 + k}`, i.nama).put(`D${6 + k}`, i.text));
  s.row("A11", ["No", "Kode", bw, "Anggaran (Rp)"]);
  items.forEach((x, k) => s.row(`A${12 + k}`, [k + 1, x.kode, x.nama, rp(x.pagu)]));
  const j = 12 + items.length;
  s.put(`C${j}`, "Jumlah").put(`D${j}`, rp(items.reduce((a, x) => a + x.pagu, 0)));
}

const S = { kadis: "PK Kadis", sek: "PK Sekretaris", kabid: "PK Kabid Dafduk", lKadis: "Lamp Kadis", lSek: "Lamp Sekretaris", lKabid: "Lamp Kabid Dafduk" };

function build(): Book {
  const book = new Book("cs-gianyar-disdukcapil-pernyataan-lampiran-2025.xlsx");
  statement(book, S.kadis, KADIS, BUPATI);
  statement(book, S.sek, SEK, KADIS);
  statement(book, S.kabid, KABID, KADIS);
  lampiran(book, S.lKadis, KADIS.jab, "Sasaran Strategis", KADIS_IND, "Program", KADIS_PROG);
  lampiran(book, S.lSek, SEK.jab, "Sasaran Program", SEK_IND, "Kegiatan", SEK_KEG);
  lampiran(book, S.lKabid, KABID.jab, "Sasaran Program", KABID_IND, "Kegiatan", KABID_KEG);
  return book;
}

const digits = (n: string | null) => (n ? n.replace(/\D/g, "") : null);
const ind = (xs: Ind[]) => xs.map((i) => ({ nama: i.nama, target: i.target, sasaran: i.s }));
const ang = (xs: Item[]) => xs.map((x) => ({ kode: x.kode, nama: x.nama, pagu: x.pagu }));
const kedua = (p: Party) => ({ jabatan: p.jab, nama: p.nama, nip: digits(p.nip) });

export const csGianyarPernyataanLampiran: Layout = {
  name: "cs-gianyar-disdukcapil-pernyataan-lampiran-2025",
  source: "brief round 12 (PK on two sheets, statement pages grouped before the lampiran, one OPD cascade); statement wording after lawinsider l6peapWyVbX; kode after Kepmendagri 050-5889/2021; content made up",
  build,
  truth: {
    tahun: 2025,
    sheets: { [S.kadis]: "pernyataan", [S.sek]: "pernyataan", [S.kabid]: "pernyataan", [S.lKadis]: "pk", [S.lSek]: "pk", [S.lKabid]: "pk" },
    pk: [
      { sheet: S.lKadis, jabatan: KADIS.jab, level: "eselon2", atasan: null, nama: KADIS.nama, nip: digits(KADIS.nip),
        pihakKedua: kedua(BUPATI), indikator: ind(KADIS_IND), anggaran: ang(KADIS_PROG) },
      { sheet: S.lSek, jabatan: SEK.jab, level: "eselon3", atasan: S.lKadis, nama: SEK.nama, nip: digits(SEK.nip),
        pihakKedua: kedua(KADIS), indikator: ind(SEK_IND), anggaran: ang(SEK_KEG) },
      { sheet: S.lKabid, jabatan: KABID.jab, level: "eselon3", atasan: S.lKadis, nama: KABID.nama, nip: digits(KABID.nip),
        pihakKedua: kedua(KADIS), indikator: ind(KABID_IND), anggaran: ang(KABID_KEG) },
    ],
    errors: [{ rule: "anggaran-rollup", sheet: S.lKadis, cell: "D12" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: S.lKadis },
      { rule: "kode-uncovered", sheet: S.lKadis, cell: "B14" },
    ],
    absent: [
      ...[S.lSek, S.lKabid].flatMap((sheet) => [
        { rule: "atasan-missing", sheet }, { rule: "atasan-mismatch", sheet }, { rule: "kode-orphan", sheet },
        { rule: "level-mismatch", sheet }, { rule: "level-unknown", sheet }, { rule: "pihak-missing", sheet },
      ]),
      { rule: "level-mismatch", sheet: S.lKadis }, { rule: "pihak-missing", sheet: S.lKadis },
      { rule: "kode-uncovered", sheet: S.lKadis, cell: "B12" }, { rule: "kode-uncovered", sheet: S.lKadis, cell: "B13" },
    ],
  },
};
