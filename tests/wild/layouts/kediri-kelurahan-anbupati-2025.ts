/**
 * Kabupaten Kediri, Kecamatan Pare: the PK of the Camat and of a Lurah under him, typed in Word and pasted; the Lurah's
 * PK carries a THIRD signature, `Mengetahui, / a.n. BUPATI KEDIRI / SEKRETARIS DAERAH / u.b. / ASISTEN ...`, below the
 * two parties.
 *
 * Layout of the third signature: index id 35164631409 (a Kabupaten Kediri PHP print, repository not named by the
 * index): the signer's title built as `a.n. BUPATI KEDIRI <br> SEKRETARIS DAERAH <br>u.b.<br> <jabatan>` (and
 * `a.n. BUPATI KEDIRI <br> <jabatan>`), each `<br>` its own row once pasted. `Mengetahui` over a signature: the form of
 * index id 56698494304 (see sleman-organisasi-renaksi-2025). The parties' blocks and the tables are the common PK of
 * workbook.md §1 with PIHAK words, each signature line on its own row, pangkat and NIP rows.
 * Made up: the kelurahan's data, names, NIPs, indikator, targets, amounts, kode (Kepmendagri form, urusan 7.01).
 */
import { Book } from "../book";
import { idr, sum, type Layout } from "../layout";

const BUPATI = "Hj. DEWI MARIYA ULFA";
const CAMAT = "Drs. AGUS SETIAWAN, M.Si.";
const LURAH = "WINDA PUSPITASARI, S.STP.";
const ASISTEN = "Dr. SUTRISNO WIDODO, S.H., M.Hum.";
const CAMAT_JAB = "CAMAT PARE";
const LURAH_JAB = "LURAH PARE";

const KEG = [
  { kode: "7.01.02.2.01", nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", pagu: 214_500_000 },
  { kode: "7.01.05.2.01", nama: "Pemberdayaan Masyarakat Desa dan Kelurahan", pagu: 486_200_000 },
];
const SUB = [
  { kode: "7.01.05.2.01.0001", nama: "Pembangunan Sarana dan Prasarana Kelurahan", pagu: 486_200_000 },
  // The workbook's own mistake: a sub kegiatan whose kegiatan the Camat does not carry (kode-orphan).
  { kode: "7.01.06.2.01.0002", nama: "Pelaksanaan Kegiatan Ketenteraman dan Ketertiban Umum Kelurahan", pagu: 38_750_000 },
];
const SP = "Meningkatnya kualitas penyelenggaraan pemerintahan dan pemberdayaan masyarakat di kecamatan";
const IND_CAMAT = [
  { nama: "Persentase kelurahan/desa dengan status berkembang", satuan: "%", target: 90 },
  { nama: "Indeks Kepuasan Masyarakat Kecamatan", satuan: "Indeks", target: 84 },
];
const SK = "Meningkatnya sarana prasarana dan ketenteraman di kelurahan";
const IND_LURAH = [
  { nama: "Persentase sarana prasarana kelurahan dalam kondisi baik", satuan: "%", target: 85 },
  { nama: "Jumlah kegiatan ketenteraman dan ketertiban yang difasilitasi", satuan: "Kegiatan", target: 12 },
];

function build(): Book {
  const book = new Book("kediri-kelurahan-anbupati-2025.xlsx");

  const c = book.sheet("PK Camat");
  c.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "KECAMATAN PARE KABUPATEN KEDIRI");
  c.row("A4", ["No", "Sasaran Program", "Indikator Kinerja", "Satuan", "Target"]);
  c.merge("A5:A6", 1).merge("B5:B6", SP);
  IND_CAMAT.forEach((i, j) => c.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  c.row("A8", ["No", "Kode", "Kegiatan", "Anggaran (Rp)"]);
  KEG.forEach((g, i) => c.row(`A${9 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  c.merge("A11:C11", "Jumlah").put("D11", idr(sum(KEG.map((g) => g.pagu))));
  c.put("D13", "Pare, 2 Januari 2025");
  c.rows("B14", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], ["BUPATI KEDIRI,", null, `${CAMAT_JAB},`]]);
  c.row("B19", [BUPATI, null, CAMAT]);
  c.row("D20", ["Pembina Tingkat I (IV/b)"]);
  c.row("D21", ["NIP. 19710305 199203 1 007"]);

  const l = book.sheet("PK Lurah Pare");
  l.merge("A1:E1", "PERJANJIAN KINERJA TAHUN 2025").merge("A2:E2", "KELURAHAN PARE KECAMATAN PARE KABUPATEN KEDIRI");
  l.row("A4", ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Satuan", "Target"]);
  l.merge("A5:A6", 1).merge("B5:B6", SK);
  IND_LURAH.forEach((i, j) => l.row(`C${5 + j}`, [i.nama, i.satuan, i.target]));
  l.row("A8", ["No", "Kode", "Sub Kegiatan", "Anggaran (Rp)"]);
  SUB.forEach((g, i) => l.row(`A${9 + i}`, [i + 1, g.kode, g.nama, idr(g.pagu)]));
  l.merge("A11:C11", "Jumlah").put("D11", idr(sum(SUB.map((g) => g.pagu))));
  l.put("D13", "Pare, 2 Januari 2025");
  l.rows("B14", [["PIHAK KEDUA,", null, "PIHAK PERTAMA,"], [`${CAMAT_JAB},`, null, `${LURAH_JAB},`]]);
  l.row("B19", [CAMAT, null, LURAH]);
  l.row("B20", ["Pembina Tingkat I (IV/b)", null, "Penata (III/c)"]);
  l.row("B21", ["NIP. 19710305 199203 1 007", null, "NIP. 19890721 201001 2 003"]);
  l.rows("C23", [["Mengetahui,"], ["a.n. BUPATI KEDIRI"], ["SEKRETARIS DAERAH"], ["u.b."], ["ASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT,"]]);
  l.rows("C32", [[ASISTEN], ["Pembina Utama Muda (IV/c)"], ["NIP. 19681110 199403 1 008"]]);
  return book;
}

const PK1 = "PK Camat";
const PK2 = "PK Lurah Pare";

export const kediriLurah: Layout = {
  name: "kediri-kelurahan-anbupati-2025",
  source: "index id 35164631409 (Kabupaten Kediri print: `a.n. BUPATI KEDIRI <br> SEKRETARIS DAERAH <br>u.b.<br> <jabatan>`); Mengetahui block of index id 56698494304",
  build,
  truth: {
    tahun: 2025,
    sheets: { [PK1]: "pk", [PK2]: "pk" },
    pk: [
      {
        sheet: PK1, jabatan: CAMAT_JAB, level: "eselon3", atasan: null, nama: CAMAT, nip: "197103051992031007",
        pihakKedua: { jabatan: "BUPATI KEDIRI", nama: BUPATI, nip: null },
        indikator: IND_CAMAT.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SP })),
        anggaran: KEG.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
      {
        // The `Mengetahui, a.n. BUPATI ...` block witnesses the agreement; it is no party (PIHAK words name both
        // parties above it). Lurah: eselon4 (workbook.md §1), Sub Kegiatan agrees.
        sheet: PK2, jabatan: LURAH_JAB, level: "eselon4", atasan: PK1, nama: LURAH, nip: "198907212010012003",
        pihakKedua: { jabatan: CAMAT_JAB, nama: CAMAT, nip: "197103051992031007" },
        indikator: IND_LURAH.map((i) => ({ nama: i.nama, target: i.target, satuan: i.satuan, sasaran: SK })),
        anggaran: SUB.map((g) => ({ kode: g.kode, nama: g.nama, pagu: g.pagu })),
      },
    ],
    // 7.01.06.2.01.0002 neither equals nor starts with a kode of the Camat's table (rules.md kode-orphan).
    errors: [{ rule: "kode-orphan", sheet: PK2, cell: "B10" }],
    allowed: ["polaritas-guessed"],
    warnings: [
      { rule: "atasan-missing", sheet: PK1 },
      { rule: "kode-uncovered", sheet: PK1, cell: "B9" },
    ],
    absent: [
      { rule: "atasan-missing", sheet: PK2 }, { rule: "atasan-mismatch", sheet: PK2 }, { rule: "level-mismatch", sheet: PK2 },
      { rule: "level-unknown", sheet: PK2 }, { rule: "nip-invalid", sheet: PK2 }, { rule: "pihak-missing", sheet: PK2 },
      { rule: "anggaran-rollup", sheet: PK1 }, { rule: "level-mismatch", sheet: PK1 },
    ],
  },
  checks: [
    {
      name: "the a.n. witness (Asisten, on behalf of the Bupati) is neither party of the Lurah's PK",
      run(out) {
        const pk = out.model.pk.find((p) => p.sheet === PK2);
        const names = [pk?.pihakPertama?.nama, pk?.pihakKedua?.nama].map((n) => (n ?? "").trim());
        expect(names).toEqual([LURAH, CAMAT]);
      },
    },
  ],
};
